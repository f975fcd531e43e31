#pragma once

#include "Database.h"
#include "StorageError.h"

#include "core/Catalogue.h"
#include "core/Recalls.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

namespace np::storage {

// Who to call back and why: the recall lists of `needlepoint-cli recalls` (docs/cli.md says
// which rows each list takes). Archived patients are never listed.

// One recall: a patient to contact, what about, and the day it is due.
struct Recall {
    QString kind; // "unbooked", "overdue", "results_review", "maintenance", "washout_clearing"
    qint64 patientId = 0;
    QString name; // given names and family name
    QString phone;
    QString email;
    QString what; // in English, for the CLI and the CSV
    QDate due;
    // What `what` says, for a document to say it in the clinic's language.
    qint64 seriesId = 0; // the series concerned (not for a washout)
    QString modality; // its catalogue codes
    QString indication;
    int sessionNumber = 0; // unbooked and overdue: the session
    QDate plannedDate; // unbooked and overdue: the session's planned date
    QDate until; // results review: the window's last day
    QString findingCode; // washout: the contraindication
};

// Every list, each by due date then patient.
struct RecallLists {
    QList<Recall> unbooked;
    QList<Recall> overdue;
    QList<Recall> resultsReview;
    QList<Recall> maintenance;
    QList<Recall> washoutClearing;

    // The lists one after another, in the order above.
    [[nodiscard]] QList<Recall> all() const;
};

// How far back an unbooked session is still listed: its date may have slipped by a few weeks.
inline constexpr int UnbookedLookBackDays = 30;

// Reads every list for `window` (today and the days ahead), due dates from `catalogue`.
[[nodiscard]] Result<RecallLists> readRecalls(Database& db, const Catalogue& catalogue, const RecallWindow& window);

// The recalls as CSV (RFC 4180, UTF-8, CRLF): a header, then one row per recall with kind,
// patient_id, name, phone, email, what, due.
[[nodiscard]] QByteArray recallsToCsv(const QList<Recall>& recalls);

} // namespace np::storage
