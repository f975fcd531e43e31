#pragma once

#include "Catalogue.h"
#include "ClinicCalendar.h"
#include "Patient.h"
#include "Problem.h"
#include "Screening.h"

#include <QDate>
#include <QList>

#include <expected>
#include <optional>

namespace np {

// A session the patient already has or had, from any series.
struct ExistingSession {
    QDate date;
    QString modality;
    QStringList areas;
};

struct PlanRequest {
    PatientProfile patient;
    Treatment treatment;
    std::optional<QDate> earliestStart; // none: today
    std::optional<QDate> eventDate;
    ClinicCalendar clinic;
    QList<ExistingSession> existingSessions;
    // This series' sessions whose dates are settled (held, or moved to a chosen day), in order.
    // The rest of the series is planned after the last of them.
    QList<QDate> fixedSessions;
    // The series is already booked: its session count stands even where the catalogue's bounds
    // have since changed (they govern what is prescribed, not what a move or re-plan re-checks).
    bool booked = false;
};

enum class PlanStatus { Ok, Review, Blocked };
[[nodiscard]] QString planStatusCode(PlanStatus s);

struct PlannedSession {
    int number = 0;
    QDate date;
    QDate earliest; // allowed window, measured from the session before
    std::optional<QDate> latest; // none for a first session
    bool fixed = false;
};

struct EventFit {
    QDate date;
    QDate lastSessionFrom;
    QDate lastSessionTo;
    bool fits = false;
    int sessionsThatFit = 0; // at the minimum interval from the earliest start
    std::optional<QDate> latestFullStart; // the latest start from which every session fits
};

struct PlanWarning {
    int session = 0;
    QString message;
};

struct Plan {
    PlanStatus status = PlanStatus::Ok;
    QList<ApplicableFinding> findings;
    std::optional<QDate> earliestStart;
    QList<PlannedSession> sessions; // empty when blocked
    std::optional<EventFit> event;
    QDate reviewFrom;
    QDate reviewTo;
    QDate maintenanceDue;
    int sessionCount = 0;
    QList<PlanWarning> warnings;
};

// Checks a request against the catalogue: known codes, counts within the protocol's bounds,
// dates in order, a clinic open on some weekday. Paths name request fields.
[[nodiscard]] Problems validatePlanRequest(const Catalogue& catalogue, const PlanRequest& request, const QDate& today);

// Plans a treatment series. A request that fails validation comes back as its problems; a plan
// that rules forbid comes back as a Plan with status Blocked and the reasons as findings.
[[nodiscard]] std::expected<Plan, Problems> planSeries(
    const Catalogue& catalogue, const PlanRequest& request, const QDate& today);

} // namespace np
