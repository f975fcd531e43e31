#include "PractitionerRepository.h"

#include "AuditLog.h"
#include "ClinicalRecordJson.h"
#include "ClinicalRows.h"
#include "Statement.h"

#include "core/JsonReader.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace np::storage {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(PractitionerRepository)
};

const QString Table = u"practitioners"_s;
const QString Columns = u"id, version, display_name, role, modalities, active, created_at, updated_at"_s;

QString kindName()
{
    return Tr::tr("practitioner");
}

QString what(qint64 id)
{
    return Tr::tr("practitioner %1").arg(id);
}

PractitionerRecord readPractitioner(const QSqlQuery& q)
{
    PractitionerRecord p;
    p.id = q.value(0).toLongLong();
    p.version = q.value(1).toInt();
    p.displayName = q.value(2).toString();
    p.role = q.value(3).toString();
    p.modalities = q.value(4).toString().split(u',', Qt::SkipEmptyParts);
    p.active = q.value(5).toInt() != 0;
    p.createdAt = fromIsoUtc(q.value(6).toString());
    p.updatedAt = fromIsoUtc(q.value(7).toString());
    return p;
}

Result<QList<PractitionerRecord>> readPractitioners(
    const QSqlDatabase& db, const QString& where, const QVariantList& values)
{
    auto q = run(db,
        u"SELECT "_s + Columns + u" FROM practitioners WHERE "_s + where
            + u" ORDER BY display_name COLLATE NOCASE, id"_s,
        values, Tr::tr("the practitioners"));
    if (!q)
        return std::unexpected(q.error());
    QList<PractitionerRecord> out;
    while (q->next())
        out.append(readPractitioner(*q));
    return out;
}

PractitionerRecord normalized(PractitionerRecord p)
{
    p.displayName = p.displayName.trimmed();
    p.role = p.role.trimmed();
    return p;
}

} // namespace

Result<void> PractitionerRepository::validate(const PractitionerRecord& p) const
{
    Problems problems;
    auto add = [&](const QString& path, const QString& message) { problems.append({QString(), path, message}); };
    if (p.displayName.trimmed().isEmpty())
        add(u"display_name"_s, Tr::tr("is required"));
    QSet<QString> seen;
    for (qsizetype i = 0; i < p.modalities.size(); ++i) {
        const QString path = jsonPath(u"modalities"_s, i);
        if (!m_catalogue.modality(p.modalities[i]))
            add(path, Tr::tr("unknown modality \"%1\"").arg(p.modalities[i]));
        else if (seen.contains(p.modalities[i]))
            add(path, Tr::tr("\"%1\" is listed twice").arg(p.modalities[i]));
        seen.insert(p.modalities[i]);
    }
    if (problems.isEmpty())
        return {};
    return std::unexpected(invalidRecord(problems));
}

Result<qint64> PractitionerRepository::add(const PractitionerRecord& practitioner, const QString& actor)
{
    if (auto r = validate(practitioner); !r)
        return std::unexpected(r.error());
    qint64 id = 0;
    auto done = m_db.transaction([&]() -> Result<void> {
        const QSqlDatabase db = m_db.connection();
        PractitionerRecord p = normalized(practitioner);
        p.version = 1;
        p.createdAt = m_clock();
        p.updatedAt = p.createdAt;
        auto q = run(db,
            u"INSERT INTO practitioners (display_name, role, modalities, active, version, created_at, updated_at) "
            u"VALUES (?, ?, ?, ?, 1, ?, ?)"_s,
            {p.displayName, text(p.role), text(p.modalities.join(u',')), p.active ? 1 : 0, isoUtc(p.createdAt),
                isoUtc(p.updatedAt)},
            Tr::tr("a new practitioner"));
        if (!q)
            return std::unexpected(q.error());
        id = q->lastInsertId().toLongLong();
        p.id = id;
        return AuditWriter(db, actor).write(p.createdAt, Table, id, u"insert"_s, QString(), practitionerJsonText(p));
    });
    if (!done)
        return std::unexpected(done.error());
    return id;
}

Result<void> PractitionerRepository::update(const PractitionerRecord& practitioner, const QString& actor)
{
    if (auto r = validate(practitioner); !r)
        return std::unexpected(r.error());
    const PractitionerRecord p = normalized(practitioner);
    return m_db.transaction([&]() -> Result<void> {
        const QSqlDatabase db = m_db.connection();
        auto before = get(p.id);
        if (!before)
            return std::unexpected(before.error());
        const QDateTime now = m_clock();
        auto q = run(db,
            u"UPDATE practitioners SET display_name = ?, role = ?, modalities = ?, version = version + 1, "
            u"updated_at = ? WHERE id = ? AND version = ?"_s,
            {p.displayName, text(p.role), text(p.modalities.join(u',')), isoUtc(now), p.id, p.version}, what(p.id));
        if (!q)
            return std::unexpected(q.error());
        if (q->numRowsAffected() == 0)
            return std::unexpected(conflictOrMissing(db, Table, kindName(), p.id, p.version));
        auto after = get(p.id);
        if (!after)
            return std::unexpected(after.error());
        return AuditWriter(db, actor).write(
            now, Table, p.id, u"update"_s, practitionerJsonText(*before), practitionerJsonText(*after));
    });
}

Result<void> PractitionerRepository::setActive(qint64 id, int version, bool active, const QString& actor)
{
    return m_db.transaction([&]() -> Result<void> {
        const QSqlDatabase db = m_db.connection();
        auto before = get(id);
        if (!before)
            return std::unexpected(before.error());
        if (before->version != version)
            return std::unexpected(staleVersion(kindName(), id, version, before->version));
        if (before->active == active)
            return fail(StorageError::Kind::Invalid,
                (active ? Tr::tr("practitioner %1 is already active") : Tr::tr("practitioner %1 is already inactive"))
                    .arg(id));
        const QDateTime now = m_clock();
        auto q = run(db,
            u"UPDATE practitioners SET active = ?, version = version + 1, updated_at = ? WHERE id = ? AND version = ?"_s,
            {active ? 1 : 0, isoUtc(now), id, version}, what(id));
        if (!q)
            return std::unexpected(q.error());
        if (q->numRowsAffected() == 0)
            return std::unexpected(conflictOrMissing(db, Table, kindName(), id, version));
        auto after = get(id);
        if (!after)
            return std::unexpected(after.error());
        return AuditWriter(db, actor).write(now, Table, id, active ? u"activate"_s : u"deactivate"_s,
            practitionerJsonText(*before), practitionerJsonText(*after));
    });
}

Result<PractitionerRecord> PractitionerRepository::get(qint64 id)
{
    auto found = readPractitioners(m_db.connection(), u"id = ?"_s, {id});
    if (!found)
        return std::unexpected(found.error());
    if (found->isEmpty())
        return fail(StorageError::Kind::NotFound, Tr::tr("no practitioner %1").arg(id));
    return found->first();
}

Result<QList<PractitionerRecord>> PractitionerRepository::all(bool includeInactive)
{
    return readPractitioners(m_db.connection(), includeInactive ? u"1 = 1"_s : u"active = 1"_s, {});
}

} // namespace np::storage
