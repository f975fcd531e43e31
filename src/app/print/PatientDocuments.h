#pragma once

#include "services/ServiceError.h"
#include "services/UseCaseContext.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace np {
class Catalogue;
}

namespace np::app {

// A series a document could be about, named for the person choosing.
struct SeriesChoice {
    qint64 id = 0;
    QString label; // "Acne scars, Automated microneedling pen, from 1 Dec 2026 (active)"
};

// What can be printed for one patient: the appointment or series each patient document of the
// Print menu is meant for. A document whose subject is clear has its id; where several series
// could be meant it has none and lists them to choose from; otherwise it does not apply.
struct PatientDocuments {
    // Post-care: the session seen today (completed or checked in), else the latest one seen.
    std::optional<qint64> lastVisit;
    std::optional<qint64> nextBooked; // pre-care: the first booked appointment not yet started
    // Appointment card: the series with sessions to come, the next booked appointment's first;
    // none for a patient whose series are all over.
    std::optional<qint64> cardSeries;
    QList<SeriesChoice> cardChoices;
    // Consent: the series about to start or under way (the next booked appointment's first), never
    // a finished one while one is planned or active; the latest series when all are over.
    std::optional<qint64> consentSeries;
    QList<SeriesChoice> consentChoices;
};

// Reads them through services::documentSubjects (a few small queries, fast enough for the GUI
// thread) and names the series to choose from. `now` decides what is "next" and "today".
[[nodiscard]] services::Outcome<PatientDocuments> findPatientDocuments(
    const services::UseCaseContext& ctx, qint64 patientId, const QDateTime& now);

} // namespace np::app
