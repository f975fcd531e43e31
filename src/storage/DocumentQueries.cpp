#include "DocumentQueries.h"

#include "ConsentRepository.h"
#include "PatientRows.h"
#include "Statement.h"

#include "core/WallClock.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace np::storage {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(DocumentQueries)
};

const QString LocalFormat = u"yyyy-MM-ddTHH:mm"_s; // appointments.local_start

// PatientColumns on the table aliased `p`, in readPatient()'s order.
QString patientColumnsOfP()
{
    QStringList columns = PatientColumns.split(u", "_s);
    for (QString& c : columns)
        c.prepend(u"p."_s);
    return columns.join(u", "_s);
}

QString screeningStatus(const QVariant& result)
{
    if (result.isNull())
        return {};
    return QJsonDocument::fromJson(result.toString().toUtf8()).object().value(u"status"_s).toString();
}

bool isUnclearedReview(const QVariant& result, const QVariant& overrideAt)
{
    return overrideAt.isNull() && screeningStatus(result) == u"review";
}

// id -> name of every row of `table`.
Result<QHash<qint64, QString>> namesOf(const QSqlDatabase& db, const QString& table, const QString& nameColumn)
{
    auto q = run(db, u"SELECT id, %1 FROM %2"_s.arg(nameColumn, table), {}, Tr::tr("the %1").arg(table));
    if (!q)
        return std::unexpected(q.error());
    QHash<qint64, QString> out;
    while (q->next())
        out.insert(q->value(0).toLongLong(), q->value(1).toString());
    return out;
}

} // namespace

Result<QList<DaySheetEntry>> readDaySheet(Database& db, const QDate& day)
{
    // Per row: the session's place in its series, whether an earlier visit took place, the latest
    // full screening up to the day (joined by id), and whether a consent covers the day. The
    // correlated subqueries run inside the one statement, each on an index (patient, series).
    const QString sql = u"SELECT "_s + patientColumnsOfP()
        + u", a.id, coalesce(ps.number, 0), "
          u"(SELECT count(*) FROM planned_sessions x WHERE x.series_id = ps.series_id), "
          u"NOT EXISTS (SELECT 1 FROM appointments e WHERE e.patient_id = a.patient_id "
          u"AND e.status IN ('checked_in', 'completed') AND e.start_minute < a.start_minute), "
          u"s.result, s.override_at, "
          u"(SELECT r.result FROM screenings r WHERE r.patient_id = a.patient_id AND r.kind = 'pre_session' "
          u"AND r.screened_on = ? AND r.override_at IS NULL ORDER BY r.id DESC LIMIT 1), "
          u"NOT EXISTS (SELECT 1 FROM consents c WHERE "_s
        + consentCoversSql(u"c", u"a.patient_id", u"a.modality", u"?")
        + u") FROM appointments a JOIN patients p ON p.id = a.patient_id "
          u"LEFT JOIN planned_sessions ps ON ps.id = a.session_id "
          u"LEFT JOIN screenings s ON s.id = (SELECT s2.id FROM screenings s2 WHERE s2.patient_id = a.patient_id "
          u"AND s2.kind = 'full' AND s2.screened_on <= ? ORDER BY s2.screened_on DESC, s2.id DESC LIMIT 1) "
          u"WHERE a.local_start >= ? AND a.local_start < ? AND a.start_minute >= ? AND a.start_minute < ? "
          u"ORDER BY a.local_start, a.id"_s;
    const QString iso = day.toString(Qt::ISODate);
    // Wall-clock text picks the day; the instants a day either side bound the index range.
    const qint64 from = epochMinutes(QDateTime(day.addDays(-1), QTime(0, 0), Qt::UTC));
    const qint64 to = epochMinutes(QDateTime(day.addDays(2), QTime(0, 0), Qt::UTC));
    auto q = run(db.connection(), sql,
        {iso, iso, iso, iso, QDateTime(day, QTime(0, 0)).toString(LocalFormat),
            QDateTime(day.addDays(1), QTime(0, 0)).toString(LocalFormat), from, to},
        Tr::tr("the appointments of %1").arg(iso));
    if (!q)
        return std::unexpected(q.error());
    const int own = static_cast<int>(PatientColumns.count(u',')) + 1; // the first column after the patient's
    QList<DaySheetEntry> out;
    while (q->next()) {
        DaySheetEntry e;
        e.patient = readPatient(*q);
        e.appointmentId = q->value(own).toLongLong();
        e.sessionNumber = q->value(own + 1).toInt();
        e.sessionCount = e.sessionNumber > 0 ? q->value(own + 2).toInt() : 0;
        e.firstVisit = q->value(own + 3).toInt() != 0;
        e.reviewNeeded = isUnclearedReview(q->value(own + 4), q->value(own + 5))
            || screeningStatus(q->value(own + 6)) == u"review";
        e.screeningBlocked = screeningStatus(q->value(own + 4)) == u"blocked";
        e.consentMissing = q->value(own + 7).toInt() != 0;
        out.append(e);
    }
    return out;
}

Result<ResourceNames> readResourceNames(Database& db)
{
    const QSqlDatabase c = db.connection();
    auto practitioners = namesOf(c, u"practitioners"_s, u"display_name"_s);
    if (!practitioners)
        return std::unexpected(practitioners.error());
    auto rooms = namesOf(c, u"rooms"_s, u"name"_s);
    if (!rooms)
        return std::unexpected(rooms.error());
    auto devices = namesOf(c, u"devices"_s, u"name"_s);
    if (!devices)
        return std::unexpected(devices.error());
    return ResourceNames {*practitioners, *rooms, *devices};
}

} // namespace np::storage
