#include "ClinicRepository.h"

#include "AuditLog.h"
#include "Statement.h"

#include "core/ClinicLoader.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace np::storage {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ClinicRepository)
};

QString compact(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// One kind of row that follows the set-up's codes: practitioners, rooms or devices.
struct CodedRow {
    QString code;
    QJsonObject fields; // column -> value, as stored
};

class RowSync {
public:
    RowSync(const QSqlDatabase& db, AuditWriter& audit, QDateTime now, QString table)
        : m_db(db)
        , m_audit(audit)
        , m_now(std::move(now))
        , m_table(std::move(table))
    { }

    // Adds or updates every row, deactivates the rest. Returns the ids by code.
    Result<QHash<QString, qint64>> sync(const QList<CodedRow>& rows, bool adoptByName)
    {
        QHash<QString, qint64> ids;
        QHash<QString, QJsonObject> existing;
        QHash<QString, qint64> existingIds;
        const QStringList columns = rows.isEmpty() ? QStringList() : rows.first().fields.keys();
        auto q = run(m_db, u"SELECT id, code, active, %1 FROM %2"_s.arg(columnList(columns), m_table), {}, what());
        if (!q)
            return std::unexpected(q.error());
        QHash<QString, qint64> uncodedByName;
        while (q->next()) {
            const qint64 id = q->value(0).toLongLong();
            QJsonObject row {{u"active"_s, q->value(2).toInt()}};
            for (qsizetype c = 0; c < columns.size(); ++c)
                row.insert(columns[c], QJsonValue::fromVariant(q->value(static_cast<int>(3 + c))));
            if (q->value(1).isNull()) {
                if (adoptByName)
                    uncodedByName.insert(row.value(u"display_name").toString(), id);
                continue;
            }
            existing.insert(q->value(1).toString(), row);
            existingIds.insert(q->value(1).toString(), id);
        }
        for (const CodedRow& row : rows) {
            QJsonObject wanted = row.fields;
            wanted.insert(u"active"_s, 1);
            qint64 id = existingIds.value(row.code);
            if (!id && adoptByName)
                id = uncodedByName.value(row.fields.value(u"display_name").toString());
            if (!id) {
                auto added = insert(row.code, wanted);
                if (!added)
                    return std::unexpected(added.error());
                id = *added;
            } else if (existing.value(row.code) != wanted) {
                if (auto r = update(id, row.code, existing.value(row.code), wanted); !r)
                    return std::unexpected(r.error());
            }
            ids.insert(row.code, id);
        }
        for (auto it = existing.cbegin(); it != existing.cend(); ++it) {
            if (ids.contains(it.key()) || it.value().value(u"active").toInt() == 0)
                continue;
            QJsonObject inactive = it.value();
            inactive.insert(u"active"_s, 0);
            if (auto r = update(existingIds.value(it.key()), it.key(), it.value(), inactive); !r)
                return std::unexpected(r.error());
        }
        return ids;
    }

private:
    static QString columnList(const QStringList& columns) { return columns.isEmpty() ? u"1"_s : columns.join(u", "_s); }

    QString what() const { return Tr::tr("the clinic's %1").arg(m_table); }

    QVariantList values(const QJsonObject& fields) const
    {
        QVariantList out;
        for (auto it = fields.begin(); it != fields.end(); ++it)
            out << (it.value().isNull() ? QVariant(QMetaType::fromType<qint64>()) : it.value().toVariant());
        return out;
    }

    Result<qint64> insert(const QString& code, QJsonObject fields)
    {
        fields.insert(u"code"_s, code);
        if (m_table == u"practitioners") {
            fields.insert(u"created_at"_s, isoUtc(m_now));
            fields.insert(u"updated_at"_s, isoUtc(m_now));
        }
        QStringList marks;
        for (qsizetype i = 0; i < fields.size(); ++i)
            marks << u"?"_s;
        auto q = run(m_db,
            u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(m_table, fields.keys().join(u", "_s), marks.join(u", "_s)),
            values(fields), what());
        if (!q)
            return std::unexpected(q.error());
        const qint64 id = q->lastInsertId().toLongLong();
        if (auto r = m_audit.write(m_now, m_table, id, u"insert"_s, QString(), compact(fields)); !r)
            return std::unexpected(r.error());
        return id;
    }

    Result<void> update(qint64 id, const QString& code, QJsonObject before, QJsonObject after)
    {
        after.insert(u"code"_s, code);
        QStringList sets;
        for (const QString& column : after.keys())
            sets << column + u" = ?"_s;
        QString sql = u"UPDATE %1 SET %2, version = version + 1"_s.arg(m_table, sets.join(u", "_s));
        if (m_table == u"practitioners")
            sql += u", updated_at = '%1'"_s.arg(isoUtc(m_now));
        QVariantList bound = values(after);
        bound << id;
        if (auto q = run(m_db, sql + u" WHERE id = ?"_s, bound, what()); !q)
            return std::unexpected(q.error());
        before.insert(u"code"_s, code);
        const QString action = after.value(u"active").toInt() == 0 ? u"deactivate"_s : u"update"_s;
        return m_audit.write(m_now, m_table, id, action, compact(before), compact(after));
    }

    QSqlDatabase m_db;
    AuditWriter& m_audit;
    QDateTime m_now;
    QString m_table;
};

QList<CodedRow> practitionerRows(const ClinicSetup& setup)
{
    QList<CodedRow> rows;
    for (const ClinicPractitioner& p : setup.practitioners)
        rows.append(
            {p.code, {{u"display_name"_s, p.name}, {u"role"_s, p.role}, {u"modalities"_s, p.modalities.join(u',')}}});
    return rows;
}

QList<CodedRow> roomRows(const ClinicSetup& setup)
{
    QList<CodedRow> rows;
    for (const Room& r : setup.rooms)
        rows.append({r.code, {{u"name"_s, r.name}}});
    return rows;
}

QList<CodedRow> deviceRows(const ClinicSetup& setup, const QHash<QString, qint64>& roomIds)
{
    QList<CodedRow> rows;
    for (const Device& d : setup.devices)
        rows.append({d.code,
            {{u"name"_s, d.name}, {u"kind"_s, d.kind}, {u"serial"_s, d.serial},
                {u"home_room_id"_s, d.homeRoom.isEmpty() ? QJsonValue() : QJsonValue(roomIds.value(d.homeRoom))}}});
    return rows;
}

Result<QHash<QString, qint64>> idsByCode(const QSqlDatabase& db, const QString& table)
{
    auto q = run(
        db, u"SELECT code, id FROM %1 WHERE code IS NOT NULL"_s.arg(table), {}, Tr::tr("the clinic's %1").arg(table));
    if (!q)
        return std::unexpected(q.error());
    QHash<QString, qint64> ids;
    while (q->next())
        ids.insert(q->value(0).toString(), q->value(1).toLongLong());
    return ids;
}

} // namespace

Result<StoredClinic> ClinicRepository::load(
    const ClinicSetup& setup, const QByteArray& logo, const QString& actor, std::optional<int> expectedVersion)
{
    StoredClinic stored;
    auto done = m_db.transaction([&]() -> Result<void> {
        const QSqlDatabase db = m_db.connection();
        const QDateTime now = m_clock();
        AuditWriter audit(db, actor);
        auto q = run(db, u"SELECT version, document FROM clinic_setup WHERE id = 1"_s, {}, Tr::tr("the clinic set-up"));
        if (!q)
            return std::unexpected(q.error());
        const bool exists = q->next();
        const int version = exists ? q->value(0).toInt() : 0;
        const QString before = exists ? q->value(1).toString() : QString();
        if (expectedVersion && *expectedVersion != version)
            return fail(StorageError::Kind::Conflict,
                Tr::tr("the clinic set-up was changed by someone else since it was read (version %1, now %2)")
                    .arg(*expectedVersion)
                    .arg(version));
        const QString document = compact(clinicSetupToJson(setup));
        const QVariant logoValue = logo.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(logo);
        auto write = exists
            ? run(db,
                u"UPDATE clinic_setup SET document = ?, logo = ?, logo_name = ?, version = version + 1, "
                u"updated_by = ?, updated_at = ? WHERE id = 1"_s,
                {document, logoValue, text(setup.logo), text(actor), isoUtc(now)}, Tr::tr("the clinic set-up"))
            : run(db,
                u"INSERT INTO clinic_setup (id, document, logo, logo_name, version, updated_by, updated_at) "
                u"VALUES (1, ?, ?, ?, 1, ?, ?)"_s,
                {document, logoValue, text(setup.logo), text(actor), isoUtc(now)}, Tr::tr("the clinic set-up"));
        if (!write)
            return std::unexpected(write.error());
        if (auto r = audit.write(now, u"clinic_setup"_s, 1, exists ? u"update"_s : u"insert"_s, before, document); !r)
            return r;
        auto practitioners = RowSync(db, audit, now, u"practitioners"_s).sync(practitionerRows(setup), true);
        if (!practitioners)
            return std::unexpected(practitioners.error());
        auto rooms = RowSync(db, audit, now, u"rooms"_s).sync(roomRows(setup), false);
        if (!rooms)
            return std::unexpected(rooms.error());
        auto devices = RowSync(db, audit, now, u"devices"_s).sync(deviceRows(setup, *rooms), false);
        if (!devices)
            return std::unexpected(devices.error());
        stored = {setup, logo, version + 1, actor, now, *practitioners, *rooms, *devices};
        return {};
    });
    if (!done)
        return std::unexpected(done.error());
    return stored;
}

Result<std::optional<StoredClinic>> ClinicRepository::current()
{
    const QSqlDatabase db = m_db.connection();
    auto q = run(db, u"SELECT document, logo, version, updated_by, updated_at FROM clinic_setup WHERE id = 1"_s, {},
        Tr::tr("the clinic set-up"));
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return std::optional<StoredClinic>();
    auto setup = parseClinicSetup(q->value(0).toString().toUtf8(), Tr::tr("the stored clinic set-up"), m_catalogue);
    if (!setup)
        return fail(StorageError::Kind::Invalid,
            Tr::tr("the clinic set-up in the database no longer reads with this protocol catalogue (%1)")
                .arg(joinProblems(setup.error()).replace(u'\n', u"; "_s)),
            StorageError::Remedy::LoadClinicSetup);
    StoredClinic stored;
    stored.setup = *setup;
    stored.logo = q->value(1).toByteArray();
    stored.version = q->value(2).toInt();
    stored.updatedBy = q->value(3).toString();
    stored.updatedAt = fromIsoUtc(q->value(4).toString());
    for (auto [ids, table] : {std::pair {&stored.practitionerIds, u"practitioners"_s}, {&stored.roomIds, u"rooms"_s},
             {&stored.deviceIds, u"devices"_s}}) {
        auto found = idsByCode(db, table);
        if (!found)
            return std::unexpected(found.error());
        *ids = *found;
    }
    return std::optional(stored);
}

} // namespace np::storage
