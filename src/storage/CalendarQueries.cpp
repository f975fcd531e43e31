#include "CalendarQueries.h"

#include "Statement.h"

#include <QCoreApplication>
#include <QDateTime>

using namespace Qt::StringLiterals;

namespace np::storage {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(CalendarQueries)
};

qint64 utcMinute(const QDate& day)
{
    return QDateTime(day, QTime(0, 0), Qt::UTC).toSecsSinceEpoch() / 60;
}

} // namespace

Result<QHash<qint64, CalendarLabel>> readCalendarLabels(Database& db, const QDate& from, const QDate& to)
{
    // Wall-clock text picks the days; the instants a day either side bound the index range.
    static const char* const sql = "SELECT a.id, p.family_name, p.given_names, coalesce(ps.number, 0), "
                                   "(SELECT count(*) FROM planned_sessions x WHERE x.series_id = ps.series_id) "
                                   "FROM appointments a JOIN patients p ON p.id = a.patient_id "
                                   "LEFT JOIN planned_sessions ps ON ps.id = a.session_id "
                                   "WHERE a.start_minute >= ? AND a.start_minute < ? "
                                   "AND a.local_start >= ? AND a.local_start < ?";
    auto q = DirectStatement::prepare(db.connection(), sql, Tr::tr("the calendar"));
    if (!q)
        return std::unexpected(q.error());
    const QString fromText = from.toString(Qt::ISODate);
    const QString toText = to.toString(Qt::ISODate);
    q->bind(1, utcMinute(from.addDays(-1)));
    q->bind(2, utcMinute(to.addDays(1)));
    q->bind(3, fromText);
    q->bind(4, toText);
    QHash<qint64, CalendarLabel> out;
    for (;;) {
        auto row = q->next();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        CalendarLabel label {q->textAt(1), q->textAt(2), static_cast<int>(q->integerAt(3)), 0};
        if (label.sessionNumber > 0)
            label.sessionCount = static_cast<int>(q->integerAt(4));
        out.insert(q->integerAt(0), std::move(label));
    }
    return out;
}

} // namespace np::storage
