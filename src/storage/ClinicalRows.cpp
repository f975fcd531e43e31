#include "ClinicalRows.h"

#include "Clock.h"
#include "Statement.h"

#include <QCoreApplication>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace np::storage {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ClinicalRows)
};

} // namespace

StorageError invalidRecord(const Problems& problems)
{
    QStringList lines;
    for (const Problem& p : problems)
        lines << p.toString();
    return {StorageError::Kind::Invalid, lines.join(u"; "_s)};
}

Result<void> requirePatient(const QSqlDatabase& db, qint64 patientId)
{
    auto q = run(db, u"SELECT 1 FROM patients WHERE id = ?"_s, {patientId}, Tr::tr("patient %1").arg(patientId));
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return fail(StorageError::Kind::NotFound, Tr::tr("no patient %1").arg(patientId));
    return {};
}

Result<QString> seriesModality(const QSqlDatabase& db, qint64 seriesId, qint64 patientId)
{
    auto q = run(
        db, u"SELECT patient_id, modality FROM series WHERE id = ?"_s, {seriesId}, Tr::tr("series %1").arg(seriesId));
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return fail(StorageError::Kind::NotFound, Tr::tr("no series %1").arg(seriesId));
    if (q->value(0).toLongLong() != patientId)
        return fail(StorageError::Kind::Invalid,
            Tr::tr("series_id: series %1 belongs to patient %2, not to patient %3")
                .arg(seriesId)
                .arg(q->value(0).toLongLong())
                .arg(patientId));
    return q->value(1).toString();
}

StorageError conflictOrMissing(
    const QSqlDatabase& db, const QString& table, const QString& kind, qint64 id, int readVersion)
{
    const QString record = u"%1 %2"_s.arg(kind).arg(id);
    auto q = run(db, u"SELECT version FROM "_s + table + u" WHERE id = ?"_s, {id}, record);
    if (!q)
        return q.error();
    if (!q->next())
        return {StorageError::Kind::NotFound, Tr::tr("no %1").arg(record)};
    return staleVersion(kind, id, readVersion, q->value(0).toInt());
}

StorageError staleVersion(const QString& kind, qint64 id, int readVersion, int storedVersion)
{
    return {StorageError::Kind::Conflict,
        Tr::tr("%1 %2 was changed by someone else since it was read (version %3, now %4)")
            .arg(kind)
            .arg(id)
            .arg(readVersion)
            .arg(storedVersion)};
}

QVariant dateColumn(const std::optional<QDate>& date)
{
    return date ? QVariant(date->toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

QVariant timeColumn(const std::optional<QDateTime>& time)
{
    return time ? QVariant(isoUtc(*time)) : QVariant(QMetaType::fromType<QString>());
}

QVariant idColumn(const std::optional<qint64>& id)
{
    return nullable(id);
}

std::optional<QDate> readDateColumn(const QVariant& value)
{
    if (value.isNull())
        return std::nullopt;
    return QDate::fromString(value.toString(), Qt::ISODate);
}

std::optional<QDateTime> readTimeColumn(const QVariant& value)
{
    if (value.isNull())
        return std::nullopt;
    return fromIsoUtc(value.toString());
}

std::optional<qint64> readIdColumn(const QVariant& value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

} // namespace np::storage
