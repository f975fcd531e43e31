#pragma once

#include "DocumentBuilders.h"
#include "DocumentData.h"
#include "PageSetup.h"

#include "core/Catalogue.h"
#include "storage/Clock.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QDate>
#include <QList>
#include <QString>

#include <expected>
#include <optional>

// From "print this" to documents ready to go out and back into the patient's file: gathers the
// data (DocumentSources), builds each document (DocumentBuilders) and records what was given
// (storage::DocumentLogRepository). The CLI and the app share it; the pages themselves come from
// PrintService.
namespace np::print {

// What to print. `id` is the appointment (post-care, pre-care) or the series (consent,
// appointment card); `date` the day of a day sheet or of a post-care batch (id 0); `today` and
// `withinDays` the recall list's window.
struct DocumentRequest {
    DocumentKind kind = DocumentKind::PostCare;
    qint64 id = 0;
    QDate date;
    QDate today;
    int withinDays = 30;
    QString language; // overrides the patient's preferred language; empty: theirs
    CardFormat cards = CardFormat::Page; // the appointment card's: full page or wallet-sized
};

// One built document and who it was for.
struct PreparedDocument {
    BuiltDocument built;
    std::optional<qint64> patientId; // none for the day sheet and the recall list
    std::optional<qint64> appointmentId;
    std::optional<qint64> seriesId;
    QString title; // "After your treatment: Begoña Núñez, 2027-03-09", in the document's language
};

// Why nothing can be printed: a record is missing or the database failed (`storage`), or a
// template is refused (`problems`, naming template and line).
struct DocumentFailure {
    std::optional<storage::StorageError> storage;
    Problems problems;

    [[nodiscard]] QString message() const;
};

// The documents of `request`: one, or for a post-care batch one per completed session that day
// (none is an empty list, not a failure).
[[nodiscard]] std::expected<QList<PreparedDocument>, DocumentFailure> prepareDocuments(storage::Database& db,
    const Catalogue& catalogue, const DocumentResources& resources, const DocumentRequest& request);

// The documents' HTML, one entry each, for PrintService (each starts a new page).
[[nodiscard]] QStringList documentPages(const QList<PreparedDocument>& documents);

// The title of `documents` going out together (the PDF's or the print job's): the document's own
// when there is one, else "Post-care sheets: 2026-03-10" for a day's batch.
[[nodiscard]] QString outputTitle(const DocumentRequest& request, const QList<PreparedDocument>& documents);

// The page set-up `request` prints with on `paper`: its card format for an appointment card, the
// full page for every other document.
[[nodiscard]] PageSetup pageSetupFor(const DocumentRequest& request, PaperSize paper);

// Records every document as given, in one transaction: `output` says where it went
// ("pdf:/path/file.pdf" or "printer:NAME").
[[nodiscard]] storage::Result<void> recordGiven(storage::Database& db, const QList<PreparedDocument>& documents,
    const QString& output, const QString& actor, const storage::Clock& clock = storage::systemUtcNow);

} // namespace np::print
