#include "ScreeningRepository.h"

#include "AuditLog.h"
#include "ClinicalRecordJson.h"
#include "ClinicalRows.h"
#include "Statement.h"

#include "core/JsonReader.h"
#include "core/ScreeningAnswers.h"

#include <QCoreApplication>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace np::storage {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ScreeningRepository)
};

const QString Table = u"screenings"_s;
const QString Columns = u"id, version, patient_id, series_id, kind, screened_on, answers, result, override_reason, "
                        u"override_by, override_at, recorded_by, created_at, updated_at"_s;

QString kindName()
{
    return Tr::tr("screening");
}

QString what(qint64 id)
{
    return Tr::tr("screening %1").arg(id);
}

QJsonObject parsedObject(const QVariant& value)
{
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

ScreeningRecord readScreening(const QSqlQuery& q)
{
    ScreeningRecord s;
    s.id = q.value(0).toLongLong();
    s.version = q.value(1).toInt();
    s.patientId = q.value(2).toLongLong();
    s.seriesId = readIdColumn(q.value(3));
    s.kind = screeningKindFromCode(q.value(4).toString()).value_or(ScreeningKind::Full);
    s.screenedOn = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    s.answers = parsedObject(q.value(6));
    s.result = parsedObject(q.value(7));
    if (!q.value(8).isNull())
        s.overrideReason = q.value(8).toString();
    if (!q.value(9).isNull())
        s.overrideBy = q.value(9).toString();
    s.overrideAt = readTimeColumn(q.value(10));
    s.recordedBy = q.value(11).toString();
    s.createdAt = fromIsoUtc(q.value(12).toString());
    s.updatedAt = fromIsoUtc(q.value(13).toString());
    return s;
}

Result<QList<ScreeningRecord>> readScreenings(
    const QSqlDatabase& db, const QString& where, const QVariantList& values, const QString& order)
{
    auto q = run(db, u"SELECT "_s + Columns + u" FROM screenings WHERE "_s + where + u" ORDER BY "_s + order, values,
        Tr::tr("the screenings"));
    if (!q)
        return std::unexpected(q.error());
    QList<ScreeningRecord> out;
    while (q->next())
        out.append(readScreening(*q));
    return out;
}

const QString NewestFirst = u"screened_on DESC, id DESC"_s;

} // namespace

QString screeningKindCode(ScreeningKind kind)
{
    return kind == ScreeningKind::PreSession ? u"pre_session"_s : u"full"_s;
}

std::optional<ScreeningKind> screeningKindFromCode(QStringView code)
{
    if (code == u"full")
        return ScreeningKind::Full;
    if (code == u"pre_session")
        return ScreeningKind::PreSession;
    return std::nullopt;
}

Result<void> ScreeningRepository::validate(const ScreeningRecord& s) const
{
    JsonContext ctx;
    if (!s.screenedOn.isValid())
        ctx.add(u"screened_on"_s, Tr::tr("is required"));
    (void)answersToFindings(m_catalogue, s.answers, ctx, u"answers"_s);
    const QJsonValue status = s.result.value(u"status"_s);
    if (status.isUndefined())
        ctx.add(u"result.status"_s, Tr::tr("is required"));
    else if (!isScreeningStatus(status.toString()))
        ctx.add(u"result.status"_s,
            Tr::tr("must be \"clear\", \"advice\", \"review\" or \"blocked\", not \"%1\"").arg(status.toString()));
    if (ctx.ok())
        return {};
    return std::unexpected(invalidRecord(ctx.problems));
}

Result<qint64> ScreeningRepository::add(const ScreeningRecord& screening, const QString& actor)
{
    if (auto r = validate(screening); !r)
        return std::unexpected(r.error());
    qint64 id = 0;
    auto done = m_db.transaction([&]() -> Result<void> {
        const QSqlDatabase db = m_db.connection();
        if (auto r = requirePatient(db, screening.patientId); !r)
            return r;
        if (screening.seriesId)
            if (auto r = seriesModality(db, *screening.seriesId, screening.patientId); !r)
                return std::unexpected(r.error());
        ScreeningRecord s = screening;
        s.version = 1;
        s.overrideReason.reset();
        s.overrideBy.reset();
        s.overrideAt.reset();
        s.recordedBy = actor;
        s.createdAt = m_clock();
        s.updatedAt = s.createdAt;
        auto q = run(db,
            u"INSERT INTO screenings (patient_id, series_id, kind, screened_on, answers, result, recorded_by, "
            u"version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?)"_s,
            {s.patientId, idColumn(s.seriesId), screeningKindCode(s.kind), s.screenedOn.toString(Qt::ISODate),
                compactJsonText(s.answers), compactJsonText(s.result), text(s.recordedBy), isoUtc(s.createdAt),
                isoUtc(s.updatedAt)},
            Tr::tr("a new screening for patient %1").arg(s.patientId));
        if (!q)
            return std::unexpected(q.error());
        id = q->lastInsertId().toLongLong();
        s.id = id;
        return AuditWriter(db, actor).write(s.createdAt, Table, id, u"insert"_s, QString(), screeningJsonText(s));
    });
    if (!done)
        return std::unexpected(done.error());
    return id;
}

Result<void> ScreeningRepository::override(qint64 id, int version, const QString& reason, const QString& actor)
{
    if (reason.trimmed().isEmpty())
        return fail(StorageError::Kind::Invalid, Tr::tr("reason: is required to override screening %1").arg(id));
    return m_db.transaction([&]() -> Result<void> {
        const QSqlDatabase db = m_db.connection();
        auto before = get(id);
        if (!before)
            return std::unexpected(before.error());
        if (before->overrideReason)
            return fail(StorageError::Kind::Conflict,
                Tr::tr("screening %1 is already overridden by %2: \"%3\"")
                    .arg(id)
                    .arg(before->overrideBy.value_or(QString()), *before->overrideReason));
        if (before->version != version)
            return std::unexpected(staleVersion(kindName(), id, version, before->version));
        const QString status = before->status();
        if (status == u"blocked")
            return fail(StorageError::Kind::Invalid,
                Tr::tr("screening %1 is blocked: a blocking finding means no session, and cannot be overridden")
                    .arg(id));
        if (status != u"review")
            return fail(StorageError::Kind::Invalid,
                Tr::tr("screening %1 is \"%2\": only a \"review\" result needs an override").arg(id).arg(status));
        ScreeningRecord after = *before;
        after.overrideReason = reason.trimmed();
        after.overrideBy = actor;
        after.overrideAt = m_clock();
        after.updatedAt = *after.overrideAt;
        after.version += 1;
        auto q = run(db,
            u"UPDATE screenings SET override_reason = ?, override_by = ?, override_at = ?, updated_at = ?, "
            u"version = version + 1 WHERE id = ? AND version = ? AND override_reason IS NULL"_s,
            {*after.overrideReason, text(actor), isoUtc(*after.overrideAt), isoUtc(after.updatedAt), id, version},
            what(id));
        if (!q)
            return std::unexpected(q.error());
        if (q->numRowsAffected() == 0)
            return std::unexpected(conflictOrMissing(db, Table, kindName(), id, version));
        return AuditWriter(db, actor).write(
            after.updatedAt, Table, id, u"override"_s, screeningJsonText(*before), screeningJsonText(after));
    });
}

Result<ScreeningRecord> ScreeningRepository::get(qint64 id)
{
    auto found = readScreenings(m_db.connection(), u"id = ?"_s, {id}, u"id"_s);
    if (!found)
        return std::unexpected(found.error());
    if (found->isEmpty())
        return fail(StorageError::Kind::NotFound, Tr::tr("no screening %1").arg(id));
    return found->first();
}

Result<QList<ScreeningRecord>> ScreeningRepository::forPatient(qint64 patientId)
{
    return readScreenings(m_db.connection(), u"patient_id = ?"_s, {patientId}, NewestFirst);
}

Result<std::optional<ScreeningRecord>> ScreeningRepository::latestFor(qint64 patientId, ScreeningKind kind)
{
    auto found = readScreenings(m_db.connection(), u"patient_id = ? AND kind = ?"_s,
        {patientId, screeningKindCode(kind)}, NewestFirst + u" LIMIT 1"_s);
    if (!found)
        return std::unexpected(found.error());
    if (found->isEmpty())
        return std::optional<ScreeningRecord>();
    return std::optional(found->first());
}

} // namespace np::storage
