#include "AuditLog.h"

#include "Clock.h"
#include "Statement.h"

#include <QCoreApplication>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace np::storage {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(AuditLog)
};

std::optional<QJsonObject> jsonObject(const QVariant& value)
{
    if (value.isNull())
        return std::nullopt;
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

} // namespace

AuditWriter::AuditWriter(const QSqlDatabase& db, QString actor)
    : m_db(db)
    , m_actor(text(actor))
{ }

Result<void> AuditWriter::write(const QDateTime& at, const QString& table, qint64 recordId, const QString& action,
    const QString& before, const QString& after)
{
    const QString what = Tr::tr("the audit log");
    if (!m_insert) {
        auto prepared = prepare(m_db,
            u"INSERT INTO audit_log (at, actor, table_name, record_id, action, before_json, after_json) "
            u"VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
            what);
        if (!prepared)
            return std::unexpected(prepared.error());
        m_insert = std::move(*prepared);
    }
    return execute(*m_insert, {isoUtc(at), m_actor, table, recordId, action, before, after}, what);
}

Result<QList<AuditEntry>> auditTrail(Database& db, const QString& table, qint64 recordId)
{
    auto q = run(db.connection(),
        u"SELECT id, at, actor, table_name, record_id, action, before_json, after_json FROM audit_log "
        u"WHERE table_name = ? AND record_id = ? ORDER BY id"_s,
        {table, recordId}, Tr::tr("the audit log of %1 %2").arg(table).arg(recordId));
    if (!q)
        return std::unexpected(q.error());
    QList<AuditEntry> out;
    while (q->next()) {
        out.append({q->value(0).toLongLong(), fromIsoUtc(q->value(1).toString()), q->value(2).toString(),
            q->value(3).toString(), q->value(4).toLongLong(), q->value(5).toString(), jsonObject(q->value(6)),
            jsonObject(q->value(7))});
    }
    return out;
}

} // namespace np::storage
