#pragma once

#include "ServiceError.h"
#include "UseCaseContext.h"

#include "print/DocumentJobs.h"
#include "storage/SeriesRepository.h"

#include <QDateTime>
#include <QList>

#include <optional>

// The clinic's documents: which appointment or series a patient's document is about, the documents
// of a request, and the record of what was given to whom.
namespace np::services {

// What each patient document is meant for. A document whose subject is clear has its id; where
// several series could be meant it has none and lists them; otherwise it does not apply.
struct DocumentSubjects {
    // Post-care: the session seen today (completed or checked in), else the latest one seen.
    std::optional<qint64> lastVisit;
    std::optional<qint64> nextBooked; // pre-care: the first booked appointment not yet started
    // Appointment card: the series with sessions to come, the next booked appointment's first;
    // none for a patient whose series are all over.
    std::optional<qint64> cardSeries;
    QList<storage::SeriesRecord> cardChoices;
    // Consent: the series about to start or under way (the next booked appointment's first), never
    // a finished one while one is planned or active; the latest series when all are over.
    std::optional<qint64> consentSeries;
    QList<storage::SeriesRecord> consentChoices;
};
// Read at `now` (what is "next" and "today"), in the clinic's time zone (the system's before the
// clinic is set up: only the appointments' order matters here). A few small queries.
[[nodiscard]] Outcome<DocumentSubjects> documentSubjects(
    const UseCaseContext& ctx, qint64 patientId, const QDateTime& now);

// The documents of `request` (print::prepareDocuments): a missing record or a failing database is
// a Storage error, a template refused an Invalid one naming the template and line.
[[nodiscard]] Outcome<QList<print::PreparedDocument>> prepareDocuments(
    const UseCaseContext& ctx, const print::DocumentResources& resources, const print::DocumentRequest& request);

// Records every document as given by ctx's actor, in one transaction; `output` says where it went
// ("pdf:/path/file.pdf" or "printer:NAME").
[[nodiscard]] Outcome<void> recordDocumentsGiven(
    const UseCaseContext& ctx, const QList<print::PreparedDocument>& documents, const QString& output);

} // namespace np::services
