#pragma once

#include "ServiceError.h"
#include "UseCaseContext.h"

#include "core/SeriesBooking.h"
#include "core/SeriesPlanner.h"
#include "storage/BookedSeries.h"

#include <optional>

// Treatment series: planned from the patient's record and booked into the clinic's calendar.
namespace np::services {

// `request` (a plan request's treatment and dates) completed from the database for `patientId`:
// their birth date, skin type and current findings, and the sessions of their other series that
// still stand (not cancelled or missed) as existing sessions. `ownSeries`: a stored series being
// re-planned, whose own sessions are left out. An archived patient is Kind::Invalid.
[[nodiscard]] Outcome<PlanRequest> planRequestFor(
    const UseCaseContext& ctx, qint64 patientId, PlanRequest request, std::optional<qint64> ownSeries = std::nullopt);

// What the front desk asks for: a series for the patient, planned and placed in free slots.
struct SeriesBookingInput {
    qint64 patientId = 0;
    PlanRequest plan; // treatment and dates; the patient's data and the clinic's calendar are read here
    SlotPreferences preferences;
    QList<SessionAdjustment> adjustments;
    // Why the series goes ahead though the plan needs a clinician's review; kept as the series'
    // notes. A plan that needs review is not booked without it.
    QString reviewNote;
    bool dryRun = false; // propose only: nothing stored
};

// What came of it: the booking (or, when a rule refused, why not) and, unless a dry run or
// refused, the series and appointments as stored.
struct SeriesBookingOutcome {
    std::optional<SeriesBooking> booking;
    std::optional<SeriesBookingRefusal> refusal;
    std::optional<storage::BookedSeries> stored;
};

// Plans the series from the patient's record (planRequestFor), places every session in the free
// slot nearest its planned day within its window and the preferences, and stores the series with
// all its appointments in one transaction, or nothing (a slot taken meanwhile by another
// workstation is a storage Conflict naming it). A plan that needs a clinician's review is refused
// (session 0) unless `reviewNote` says why it goes ahead; a dry run proposes it all the same.
// Audited as ctx.actor.
[[nodiscard]] Outcome<SeriesBookingOutcome> bookSeries(const UseCaseContext& ctx, const SeriesBookingInput& input);

// A series planned for the patient and stored with its planned sessions (no appointments): the
// plan as the engine made it, and the series unless the plan is blocked (then nothing is stored).
// `request` is completed from the record as planRequestFor() does; a request the planner refuses
// is Invalid with its problems.
struct SeriesCreation {
    Plan plan;
    std::optional<storage::SeriesRecord> stored;
};
[[nodiscard]] Outcome<SeriesCreation> createSeries(const UseCaseContext& ctx, qint64 patientId, PlanRequest request);

[[nodiscard]] Outcome<storage::SeriesRecord> seriesRecord(const UseCaseContext& ctx, qint64 id);
// The patient's series, oldest first; an unknown patient is a storage NotFound.
[[nodiscard]] Outcome<QList<storage::SeriesRecord>> seriesOf(const UseCaseContext& ctx, qint64 patientId);
// Sets the series' status (storage::seriesStatuses()) from `version`; the series as changed.
[[nodiscard]] Outcome<storage::SeriesRecord> setSeriesStatus(
    const UseCaseContext& ctx, qint64 id, int version, const QString& status);

} // namespace np::services
