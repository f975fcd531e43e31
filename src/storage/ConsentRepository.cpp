#include "ConsentRepository.h"

#include "AuditLog.h"
#include "ClinicalRecordJson.h"
#include "ClinicalRows.h"
#include "Statement.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace np::storage {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ConsentRepository)
};

const QString Table = u"consents"_s;
const QString Columns = u"id, version, patient_id, series_id, modality, form_version, signed_at, witnessed_by, "
                        u"recorded_by, created_at, withdrawn_at, withdrawn_reason"_s;
const QString NewestFirst = u"signed_at DESC, id DESC"_s;

QString kindName()
{
    return Tr::tr("consent");
}

ConsentRecord readConsent(const QSqlQuery& q)
{
    ConsentRecord c;
    c.id = q.value(0).toLongLong();
    c.version = q.value(1).toInt();
    c.patientId = q.value(2).toLongLong();
    c.seriesId = readIdColumn(q.value(3));
    c.modality = q.value(4).toString();
    c.formVersion = q.value(5).toString();
    c.signedAt = fromIsoUtc(q.value(6).toString());
    c.witnessedBy = q.value(7).toString();
    c.recordedBy = q.value(8).toString();
    c.createdAt = fromIsoUtc(q.value(9).toString());
    c.withdrawnAt = readTimeColumn(q.value(10));
    c.withdrawnReason = q.value(11).toString();
    return c;
}

Result<QList<ConsentRecord>> readConsents(
    const QSqlDatabase& db, const QString& where, const QVariantList& values, const QString& order)
{
    auto q = run(db, u"SELECT "_s + Columns + u" FROM consents WHERE "_s + where + u" ORDER BY "_s + order, values,
        Tr::tr("the consents"));
    if (!q)
        return std::unexpected(q.error());
    QList<ConsentRecord> out;
    while (q->next())
        out.append(readConsent(*q));
    return out;
}

} // namespace

QString consentCoversSql(QStringView consent, QStringView patient, QStringView modality, QStringView day)
{
    return u"%1.patient_id = %2 AND (%1.modality = %3 OR %1.modality = '') AND substr(%1.signed_at, 1, 10) <= %4 "
           u"AND (%1.withdrawn_at IS NULL OR substr(%1.withdrawn_at, 1, 10) > %4)"_s.arg(
               consent, patient, modality, day);
}

Result<void> ConsentRepository::validate(const ConsentRecord& c) const
{
    Problems problems;
    auto add = [&](const QString& path, const QString& message) { problems.append({QString(), path, message}); };
    if (!c.modality.isEmpty() && !m_catalogue.modality(c.modality))
        add(u"modality"_s, Tr::tr("unknown modality \"%1\"").arg(c.modality));
    if (c.formVersion.trimmed().isEmpty())
        add(u"form_version"_s, Tr::tr("is required: which form was signed"));
    if (!c.signedAt.isValid())
        add(u"signed_at"_s, Tr::tr("is required"));
    else if (c.signedAt > m_clock())
        add(u"signed_at"_s, Tr::tr("%1 is in the future").arg(isoUtc(c.signedAt)));
    if (problems.isEmpty())
        return {};
    return std::unexpected(invalidRecord(problems));
}

Result<qint64> ConsentRepository::add(const ConsentRecord& consent, const QString& actor)
{
    if (auto r = validate(consent); !r)
        return std::unexpected(r.error());
    qint64 id = 0;
    auto done = m_db.transaction([&]() -> Result<void> {
        const QSqlDatabase db = m_db.connection();
        if (auto r = requirePatient(db, consent.patientId); !r)
            return r;
        ConsentRecord c = consent;
        if (consent.seriesId) {
            auto modality = seriesModality(db, *consent.seriesId, consent.patientId);
            if (!modality)
                return std::unexpected(modality.error());
            if (!consent.modality.isEmpty() && consent.modality != *modality)
                return fail(StorageError::Kind::Invalid,
                    Tr::tr("modality: \"%1\", but series %2 is \"%3\"")
                        .arg(consent.modality)
                        .arg(*consent.seriesId)
                        .arg(*modality));
            c.modality = *modality; // as migration 0002 did for the consents before it
        }
        c.version = 1;
        c.formVersion = c.formVersion.trimmed();
        c.recordedBy = actor;
        c.createdAt = m_clock();
        c.withdrawnAt.reset();
        c.withdrawnReason.clear();
        auto q = run(db,
            u"INSERT INTO consents (patient_id, series_id, modality, form_version, signed_at, witnessed_by, "
            u"recorded_by, created_at, withdrawn_at, withdrawn_reason, version) "
            u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, '', 1)"_s,
            {c.patientId, idColumn(c.seriesId), text(c.modality), c.formVersion, isoUtc(c.signedAt),
                text(c.witnessedBy), text(c.recordedBy), isoUtc(c.createdAt)},
            Tr::tr("a new consent for patient %1").arg(c.patientId));
        if (!q)
            return std::unexpected(q.error());
        id = q->lastInsertId().toLongLong();
        c.id = id;
        return AuditWriter(db, actor).write(c.createdAt, Table, id, u"insert"_s, QString(), consentJsonText(c));
    });
    if (!done)
        return std::unexpected(done.error());
    return id;
}

Result<void> ConsentRepository::withdraw(qint64 id, int version, const QString& reason, const QString& actor)
{
    if (reason.trimmed().isEmpty())
        return fail(StorageError::Kind::Invalid, Tr::tr("reason: is required to withdraw consent %1").arg(id));
    return m_db.transaction([&]() -> Result<void> {
        const QSqlDatabase db = m_db.connection();
        auto before = get(id);
        if (!before)
            return std::unexpected(before.error());
        if (before->withdrawn())
            return fail(StorageError::Kind::Conflict,
                Tr::tr("consent %1 is already withdrawn (%2)").arg(id).arg(isoUtc(*before->withdrawnAt)));
        ConsentRecord after = *before;
        after.withdrawnAt = m_clock();
        after.withdrawnReason = reason.trimmed();
        after.version += 1;
        auto q = run(db,
            u"UPDATE consents SET withdrawn_at = ?, withdrawn_reason = ?, version = version + 1 "
            u"WHERE id = ? AND version = ? AND withdrawn_at IS NULL"_s,
            {isoUtc(*after.withdrawnAt), after.withdrawnReason, id, version}, Tr::tr("consent %1").arg(id));
        if (!q)
            return std::unexpected(q.error());
        if (q->numRowsAffected() == 0)
            return std::unexpected(conflictOrMissing(db, Table, kindName(), id, version));
        return AuditWriter(db, actor).write(
            *after.withdrawnAt, Table, id, u"withdraw"_s, consentJsonText(*before), consentJsonText(after));
    });
}

Result<ConsentRecord> ConsentRepository::get(qint64 id)
{
    auto found = readConsents(m_db.connection(), u"id = ?"_s, {id}, u"id"_s);
    if (!found)
        return std::unexpected(found.error());
    if (found->isEmpty())
        return fail(StorageError::Kind::NotFound, Tr::tr("no consent %1").arg(id));
    return found->first();
}

Result<QList<ConsentRecord>> ConsentRepository::forPatient(qint64 patientId)
{
    return readConsents(m_db.connection(), u"patient_id = ?"_s, {patientId}, NewestFirst);
}

Result<std::optional<ConsentRecord>> ConsentRepository::validFor(
    qint64 patientId, const QString& modality, const QDate& onDate)
{
    const QString day = onDate.toString(Qt::ISODate);
    auto found = readConsents(m_db.connection(), consentCoversSql(u"consents", u"?", u"?", u"?"),
        {patientId, text(modality), day, day}, NewestFirst + u" LIMIT 1"_s);
    if (!found)
        return std::unexpected(found.error());
    if (found->isEmpty())
        return std::optional<ConsentRecord>();
    return std::optional(found->first());
}

} // namespace np::storage
