#pragma once

#include "Database.h"
#include "StorageError.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlQuery>
#include <QString>

#include <optional>

namespace np::storage {

// One row of the audit log, as read back: who changed which record, when, and how (the record
// before and after; no `before` for an insert).
struct AuditEntry {
    qint64 id = 0;
    QDateTime at; // UTC
    QString actor;
    QString table;
    qint64 recordId = 0;
    QString action; // "insert", "update", "archive", "unarchive", "supersede", "correct", "retract"
    std::optional<QJsonObject> before;
    std::optional<QJsonObject> after;
};

// Writes audit rows inside the caller's transaction, so that a change and its audit row are
// committed or rolled back together. Prepares its statement once: reuse one for many rows.
class AuditWriter {
public:
    AuditWriter(const QSqlDatabase& db, QString actor);

    // `before` and `after` are the record as JSON text (RecordJson.h); a null string stands for
    // no record (an insert has nothing before).
    Result<void> write(const QDateTime& at, const QString& table, qint64 recordId, const QString& action,
        const QString& before, const QString& after);

private:
    QSqlDatabase m_db;
    QString m_actor;
    std::optional<QSqlQuery> m_insert;
};

// The audit trail of one record, oldest first.
[[nodiscard]] Result<QList<AuditEntry>> auditTrail(Database& db, const QString& table, qint64 recordId);

} // namespace np::storage
