#include "FindingRepository.h"

#include "AuditLog.h"
#include "JsonText.h"
#include "RecordJson.h"
#include "Statement.h"

#include "core/JsonReader.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace np::storage {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(FindingRepository)
};

const QString Table = u"findings"_s;
const QString Columns
    = u"id, finding_key, revision, version, patient_id, code, areas, since, until, note, "
      u"recorded_by, recorded_at, superseded, superseded = 1 AND NOT EXISTS (SELECT 1 FROM findings "
      u"later WHERE later.finding_key = findings.finding_key AND later.revision > findings.revision)"_s;

QString what(qint64 id)
{
    return Tr::tr("finding %1").arg(id);
}

QVariant dateValue(const std::optional<QDate>& date)
{
    return date ? QVariant(date->toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

std::optional<QDate> readDate(const QVariant& value)
{
    if (value.isNull())
        return std::nullopt;
    return QDate::fromString(value.toString(), Qt::ISODate);
}

FindingRecord readFinding(const QSqlQuery& q)
{
    FindingRecord f;
    f.id = q.value(0).toLongLong();
    f.findingKey = q.value(1).toLongLong();
    f.revision = q.value(2).toInt();
    f.version = q.value(3).toInt();
    f.patientId = q.value(4).toLongLong();
    f.code = q.value(5).toString();
    f.areas = q.value(6).toString().split(u',', Qt::SkipEmptyParts);
    f.since = readDate(q.value(7));
    f.until = readDate(q.value(8));
    f.note = q.value(9).toString();
    f.recordedBy = q.value(10).toString();
    f.recordedAt = fromIsoUtc(q.value(11).toString());
    f.superseded = q.value(12).toInt() != 0;
    f.retracted = q.value(13).toInt() != 0;
    return f;
}

Result<QList<FindingRecord>> readFindings(const QSqlDatabase& db, const QString& where, qint64 id, const QString& order)
{
    auto q = run(db, u"SELECT "_s + Columns + u" FROM findings WHERE "_s + where + u" ORDER BY "_s + order, {id},
        Tr::tr("the findings"));
    if (!q)
        return std::unexpected(q.error());
    QList<FindingRecord> out;
    while (q->next())
        out.append(readFinding(*q));
    return out;
}

// Inserts one revision; returns it as stored (id, key, recorded_by/at set).
Result<FindingRecord> insertRevision(const QSqlDatabase& db, FindingRecord f)
{
    auto q = run(db,
        u"INSERT INTO findings (patient_id, finding_key, revision, code, areas, since, until, note, recorded_by, "
        u"recorded_at, superseded, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 1)"_s,
        {f.patientId, f.findingKey ? QVariant(f.findingKey) : QVariant(QMetaType::fromType<qint64>()), f.revision,
            text(f.code), text(f.areas.join(u',')), dateValue(f.since), dateValue(f.until), text(f.note),
            text(f.recordedBy), isoUtc(f.recordedAt)},
        Tr::tr("a new finding for patient %1").arg(f.patientId));
    if (!q)
        return std::unexpected(q.error());
    f.id = q->lastInsertId().toLongLong();
    f.version = 1;
    f.superseded = false;
    if (!f.findingKey) {
        f.findingKey = f.id;
        if (auto r = run(db, u"UPDATE findings SET finding_key = id WHERE id = ?"_s, {f.id}, what(f.id)); !r)
            return std::unexpected(r.error());
    }
    return f;
}

} // namespace

Result<void> FindingRepository::validate(const FindingRecord& f) const
{
    Problems problems;
    auto add = [&](const QString& path, const QString& message) { problems.append({QString(), path, message}); };
    if (f.code.isEmpty())
        add(u"code"_s, Tr::tr("is required"));
    else if (!m_catalogue.contraindication(f.code))
        add(u"code"_s, Tr::tr("unknown finding code \"%1\"").arg(f.code));
    QSet<QString> seen;
    for (qsizetype i = 0; i < f.areas.size(); ++i) {
        const QString path = jsonPath(u"areas"_s, i);
        if (m_catalogue.areaIndex(f.areas[i]) < 0)
            add(path, Tr::tr("unknown area \"%1\"").arg(f.areas[i]));
        else if (seen.contains(f.areas[i]))
            add(path, Tr::tr("\"%1\" is listed twice").arg(f.areas[i]));
        seen.insert(f.areas[i]);
    }
    if (f.since && f.until && *f.since > *f.until)
        add(u"until"_s, Tr::tr("%1 is before since (%2)").arg(isoDate(*f.until), isoDate(*f.since)));
    if (problems.isEmpty())
        return {};
    QStringList lines;
    for (const Problem& p : problems)
        lines << p.toString();
    return fail(StorageError::Kind::Invalid, lines.join(u"; "_s));
}

Result<qint64> FindingRepository::add(const FindingRecord& finding, const QString& actor)
{
    if (auto r = validate(finding); !r)
        return std::unexpected(r.error());
    qint64 id = 0;
    auto done = m_db.transaction([&]() -> Result<void> {
        const QSqlDatabase db = m_db.connection();
        auto patient = run(db, u"SELECT 1 FROM patients WHERE id = ?"_s, {finding.patientId},
            Tr::tr("patient %1").arg(finding.patientId));
        if (!patient)
            return std::unexpected(patient.error());
        if (!patient->next())
            return fail(StorageError::Kind::NotFound, Tr::tr("no patient %1").arg(finding.patientId));
        FindingRecord f = finding;
        f.findingKey = 0;
        f.revision = 1;
        f.recordedBy = actor;
        f.recordedAt = m_clock();
        auto stored = insertRevision(db, f);
        if (!stored)
            return std::unexpected(stored.error());
        id = stored->id;
        return AuditWriter(db, actor).write(
            stored->recordedAt, Table, id, u"insert"_s, QString(), findingJsonText(*stored));
    });
    if (!done)
        return std::unexpected(done.error());
    return id;
}

Result<qint64> FindingRepository::correct(const FindingRecord& corrected, const QString& actor)
{
    if (auto r = validate(corrected); !r)
        return std::unexpected(r.error());
    qint64 id = 0;
    auto done = m_db.transaction([&]() -> Result<void> {
        const QSqlDatabase db = m_db.connection();
        auto old = get(corrected.id);
        if (!old)
            return std::unexpected(old.error());
        const QDateTime now = m_clock();
        auto q = run(db,
            u"UPDATE findings SET superseded = 1, version = version + 1 "
            u"WHERE id = ? AND version = ? AND superseded = 0"_s,
            {corrected.id, corrected.version}, what(corrected.id));
        if (!q)
            return std::unexpected(q.error());
        if (q->numRowsAffected() == 0) {
            const QString why = old->superseded
                ? Tr::tr("finding %1 was already corrected or retracted by someone else (version %2, now %3)")
                : Tr::tr("finding %1 was changed by someone else since it was read (version %2, now %3)");
            return fail(StorageError::Kind::Conflict, why.arg(corrected.id).arg(corrected.version).arg(old->version));
        }
        FindingRecord superseded = *old;
        superseded.superseded = true;
        superseded.version += 1;
        FindingRecord f = corrected;
        f.patientId = old->patientId;
        f.findingKey = old->findingKey;
        f.revision = old->revision + 1;
        f.recordedBy = actor;
        f.recordedAt = now;
        auto stored = insertRevision(db, f);
        if (!stored)
            return std::unexpected(stored.error());
        id = stored->id;
        AuditWriter audit(db, actor);
        const QString oldJson = findingJsonText(*old);
        if (auto r = audit.write(now, Table, old->id, u"supersede"_s, oldJson, findingJsonText(superseded)); !r)
            return r;
        return audit.write(now, Table, id, u"correct"_s, oldJson, findingJsonText(*stored));
    });
    if (!done)
        return std::unexpected(done.error());
    return id;
}

Result<void> FindingRepository::retract(qint64 id, int version, const QString& reason, const QString& actor)
{
    if (reason.trimmed().isEmpty())
        return fail(StorageError::Kind::Invalid, Tr::tr("reason: is required to retract finding %1").arg(id));
    return m_db.transaction([&]() -> Result<void> {
        const QSqlDatabase db = m_db.connection();
        auto old = get(id);
        if (!old)
            return std::unexpected(old.error());
        if (old->superseded)
            return fail(StorageError::Kind::Conflict,
                (old->retracted ? Tr::tr("finding %1 is already retracted: only a current revision can be retracted")
                                : Tr::tr("finding %1 was corrected: only its current revision can be retracted"))
                    .arg(id));
        auto q = run(db,
            u"UPDATE findings SET superseded = 1, version = version + 1 "
            u"WHERE id = ? AND version = ? AND superseded = 0"_s,
            {id, version}, what(id));
        if (!q)
            return std::unexpected(q.error());
        if (q->numRowsAffected() == 0)
            return fail(StorageError::Kind::Conflict,
                Tr::tr("finding %1 was changed by someone else since it was read (version %2, now %3)")
                    .arg(id)
                    .arg(version)
                    .arg(old->version));
        FindingRecord retracted = *old;
        retracted.superseded = true;
        retracted.version += 1;
        QString after = findingJsonText(retracted);
        after.chop(1);
        after += u",\"reason\":"_s + jsonString(reason) + u'}';
        return AuditWriter(db, actor).write(m_clock(), Table, id, u"retract"_s, findingJsonText(*old), after);
    });
}

Result<FindingRecord> FindingRepository::get(qint64 id)
{
    auto found = readFindings(m_db.connection(), u"id = ?"_s, id, u"id"_s);
    if (!found)
        return std::unexpected(found.error());
    if (found->isEmpty())
        return fail(StorageError::Kind::NotFound, Tr::tr("no finding %1").arg(id));
    return found->first();
}

Result<QList<FindingRecord>> FindingRepository::current(qint64 patientId)
{
    return readFindings(m_db.connection(), u"patient_id = ? AND superseded = 0"_s, patientId, u"finding_key, id"_s);
}

Result<QList<Finding>> FindingRepository::currentFindings(qint64 patientId)
{
    auto records = current(patientId);
    if (!records)
        return std::unexpected(records.error());
    QList<Finding> out;
    out.reserve(records->size());
    for (const FindingRecord& r : *records)
        out.append(r.toFinding());
    return out;
}

Result<QList<FindingRecord>> FindingRepository::history(qint64 findingKey)
{
    return readFindings(m_db.connection(), u"finding_key = ?"_s, findingKey, u"revision, id"_s);
}

Result<QList<FindingRecord>> FindingRepository::allRevisions(qint64 patientId)
{
    return readFindings(m_db.connection(), u"patient_id = ?"_s, patientId, u"finding_key, revision, id"_s);
}

} // namespace np::storage
