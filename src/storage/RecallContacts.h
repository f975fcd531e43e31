#pragma once

#include "Clock.h"
#include "Database.h"
#include "RecallQueries.h"
#include "StorageError.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QString>

namespace np::storage {

// A call the front desk made about a recall: who was called about what, on which day, and what came
// of it. Every call is kept (table "recall_contacts", audited); a list shows the newest per recall.
struct RecallContact {
    qint64 id = 0; // 0 until stored
    qint64 patientId = 0;
    QString recall; // recallKey() of the recall called about
    QDate contactedOn;
    QString note; // "left a message", "will call back to book"
    QString recordedBy; // set when stored: the actor
    QDateTime recordedAt; // set when stored: UTC now
};

// What identifies a recall from one reading of the lists to the next: its list and what it is
// about (the series and session, the series, or the finding and its day).
[[nodiscard]] QString recallKey(const Recall& recall);

// Stores a call; the patient must exist and the day be given (Kind::Invalid, naming the field,
// otherwise). Returns it as stored.
[[nodiscard]] Result<RecallContact> addRecallContact(
    Database& db, RecallContact contact, const QString& actor, const Clock& clock);
// The newest call of each recall key called about, by key.
[[nodiscard]] Result<QHash<QString, RecallContact>> latestRecallContacts(Database& db);

} // namespace np::storage
