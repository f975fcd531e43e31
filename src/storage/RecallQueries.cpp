#include "RecallQueries.h"

#include "ClinicalRows.h"
#include "CsvReader.h"
#include "Statement.h"

#include "core/JsonReader.h"

#include <QCoreApplication>

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

namespace np::storage {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(RecallQueries)
};

// Every query starts with the patient's contact details (columns 0-4); the rest follow.
const QString ContactColumns = u"p.id, p.given_names, p.family_name, p.phone, p.email"_s;
constexpr int FirstOwnColumn = 5;

// Series that still have sessions to come, of patients who are not archived.
const QString OpenSessions = u" FROM planned_sessions ps JOIN series s ON s.id = ps.series_id"
                             u" JOIN patients p ON p.id = s.patient_id"
                             u" WHERE p.archived = 0 AND s.status IN ('planned', 'active')"_s;

Recall contact(const QString& kind, const QSqlQuery& q)
{
    Recall r;
    r.kind = kind;
    r.patientId = q.value(0).toLongLong();
    r.name = u"%1 %2"_s.arg(q.value(1).toString(), q.value(2).toString()).trimmed();
    r.phone = q.value(3).toString();
    r.email = q.value(4).toString();
    return r;
}

QString modalityName(const Catalogue& catalogue, const QString& code)
{
    const Modality* m = catalogue.modality(code);
    return m ? m->name : code;
}

QString indicationName(const Catalogue& catalogue, const QString& code)
{
    const Indication* i = catalogue.indication(code);
    return i ? i->name : code;
}

QDate dateAt(const QSqlQuery& q, int column)
{
    return QDate::fromString(q.value(column).toString(), Qt::ISODate);
}

void sortByDue(QList<Recall>& list)
{
    std::stable_sort(list.begin(), list.end(),
        [](const Recall& a, const Recall& b) { return std::tie(a.due, a.patientId) < std::tie(b.due, b.patientId); });
}

// Sessions of `sql` (after the contact columns: series id, modality, number, planned date,
// latest), due on the planned date or, for overdue ones, the latest.
Result<QList<Recall>> sessionRecalls(
    Database& db, const Catalogue& catalogue, const QString& kind, const QString& where, const QVariantList& values)
{
    auto q = run(db.connection(),
        u"SELECT "_s + ContactColumns + u", s.id, s.modality, ps.number, ps.planned_date, ps.latest, s.indication"_s
            + OpenSessions + where + u" ORDER BY ps.planned_date, p.id, ps.id"_s,
        values, Tr::tr("the %1 recalls").arg(kind));
    if (!q)
        return std::unexpected(q.error());
    QList<Recall> out;
    while (q->next()) {
        Recall r = contact(kind, *q);
        const int c = FirstOwnColumn;
        const QString session
            = Tr::tr("session %1 of series %2 (%3), planned for %4")
                  .arg(q->value(c + 2).toInt())
                  .arg(q->value(c).toLongLong())
                  .arg(modalityName(catalogue, q->value(c + 1).toString()), q->value(c + 3).toString());
        r.seriesId = q->value(c).toLongLong();
        r.modality = q->value(c + 1).toString();
        r.sessionNumber = q->value(c + 2).toInt();
        r.plannedDate = dateAt(*q, c + 3);
        r.indication = q->value(c + 5).toString();
        if (kind == u"overdue"_s) {
            r.due = dateAt(*q, c + 4);
            r.what = Tr::tr("%1: latest date %2 has passed").arg(session, isoDate(r.due));
        } else {
            r.due = dateAt(*q, c + 3);
            r.what = Tr::tr("%1: not booked").arg(session);
        }
        out.append(r);
    }
    return out;
}

// Series that are over (completed, or every session done or cancelled with one done at least)
// and not followed by another series of the patient: their last done session's date.
Result<void> finishedSeriesRecalls(
    Database& db, const Catalogue& catalogue, const RecallWindow& window, RecallLists& lists)
{
    auto q = run(db.connection(),
        u"SELECT "_s + ContactColumns
            + u", s.id, s.modality, s.indication, MAX(ps.planned_date)"
              u" FROM series s JOIN patients p ON p.id = s.patient_id"
              u" JOIN planned_sessions ps ON ps.series_id = s.id AND ps.status = 'done'"
              u" WHERE p.archived = 0 AND s.status <> 'cancelled'"
              u" AND (s.status = 'completed' OR NOT EXISTS (SELECT 1 FROM planned_sessions o"
              u" WHERE o.series_id = s.id AND o.status NOT IN ('done', 'cancelled')))"
              u" AND NOT EXISTS (SELECT 1 FROM series l WHERE l.patient_id = s.patient_id AND l.id > s.id"
              u" AND l.status <> 'cancelled')"
              u" GROUP BY p.id, p.given_names, p.family_name, p.phone, p.email, s.id, s.modality, s.indication"
              u" ORDER BY p.id, s.id"_s,
        {}, Tr::tr("the finished series"));
    if (!q)
        return std::unexpected(q.error());
    while (q->next()) {
        const int c = FirstOwnColumn;
        const QDate last = dateAt(*q, c + 3);
        const QString series = Tr::tr("series %1 (%2, %3), last session %4")
                                   .arg(q->value(c).toLongLong())
                                   .arg(modalityName(catalogue, q->value(c + 1).toString()),
                                       indicationName(catalogue, q->value(c + 2).toString()), isoDate(last));
        auto recall = [&](const QString& kind, const QDate& due) {
            Recall r = contact(kind, *q);
            r.due = due;
            r.seriesId = q->value(c).toLongLong();
            r.modality = q->value(c + 1).toString();
            r.indication = q->value(c + 2).toString();
            return r;
        };
        if (const auto due = resultsReviewDue(catalogue, last, window)) {
            Recall r = recall(u"results_review"_s, *due);
            r.until = resultsReviewWindow(catalogue, last).to;
            r.what = Tr::tr("results review of %1: from %2 to %3")
                         .arg(series, isoDate(*due), isoDate(resultsReviewWindow(catalogue, last).to));
            lists.resultsReview.append(r);
        }
        if (const auto due = maintenanceDue(catalogue, last, window)) {
            Recall r = recall(u"maintenance"_s, *due);
            r.what = Tr::tr("maintenance session after %1").arg(series);
            lists.maintenance.append(r);
        }
    }
    sortByDue(lists.resultsReview);
    sortByDue(lists.maintenance);
    return {};
}

// Current findings (no superseded revision) that end by the window's last day: those whose
// washout clears inside it.
Result<QList<Recall>> washoutRecalls(Database& db, const Catalogue& catalogue, const RecallWindow& window)
{
    auto q = run(db.connection(),
        u"SELECT "_s + ContactColumns
            + u", f.id, f.code, f.areas, f.since, f.until FROM findings f JOIN patients p ON p.id = f.patient_id"
              u" WHERE p.archived = 0 AND f.superseded = 0 AND COALESCE(f.until, f.since) <= ?"
              u" ORDER BY p.id, f.id"_s,
        {isoDate(window.last())}, Tr::tr("the findings"));
    if (!q)
        return std::unexpected(q.error());
    QList<Recall> out;
    while (q->next()) {
        const int c = FirstOwnColumn;
        const Finding finding {q->value(c + 1).toString(), q->value(c + 2).toString().split(u',', Qt::SkipEmptyParts),
            readDateColumn(q->value(c + 3)), readDateColumn(q->value(c + 4))};
        const auto clears = washoutClearsWithin(catalogue, finding, window);
        if (!clears)
            continue;
        Recall r = contact(u"washout_clearing"_s, *q);
        r.due = *clears;
        r.findingCode = finding.code;
        const Contraindication* rule = catalogue.contraindication(finding.code);
        r.what = Tr::tr("%1 (finding %2) no longer counts from %3")
                     .arg(rule->name)
                     .arg(q->value(c).toLongLong())
                     .arg(isoDate(*clears));
        out.append(r);
    }
    sortByDue(out);
    return out;
}

} // namespace

QList<Recall> RecallLists::all() const
{
    return unbooked + overdue + resultsReview + maintenance + washoutClearing;
}

Result<RecallLists> readRecalls(Database& db, const Catalogue& catalogue, const RecallWindow& window)
{
    RecallLists lists;
    const QString today = isoDate(window.today);
    auto unbooked = sessionRecalls(db, catalogue, u"unbooked"_s,
        u" AND ps.status = 'planned' AND ps.planned_date BETWEEN ? AND ?"
        u" AND (ps.latest IS NULL OR ps.latest >= ?) AND NOT EXISTS (SELECT 1 FROM appointments a"
        u" WHERE a.session_id = ps.id AND a.status IN ('booked', 'checked_in', 'completed'))"_s,
        {isoDate(window.today.addDays(-UnbookedLookBackDays)), isoDate(window.last()), today});
    if (!unbooked)
        return std::unexpected(unbooked.error());
    lists.unbooked = *unbooked;
    auto overdue = sessionRecalls(
        db, catalogue, u"overdue"_s, u" AND ps.status NOT IN ('done', 'cancelled') AND ps.latest < ?"_s, {today});
    if (!overdue)
        return std::unexpected(overdue.error());
    lists.overdue = *overdue;
    if (auto finished = finishedSeriesRecalls(db, catalogue, window, lists); !finished)
        return std::unexpected(finished.error());
    auto washouts = washoutRecalls(db, catalogue, window);
    if (!washouts)
        return std::unexpected(washouts.error());
    lists.washoutClearing = *washouts;
    return lists;
}

QByteArray recallsToCsv(const QList<Recall>& recalls)
{
    QByteArray out;
    out.append("\xEF\xBB\xBF");
    appendCsvRecord(out, {u"kind"_s, u"patient_id"_s, u"name"_s, u"phone"_s, u"email"_s, u"what"_s, u"due"_s});
    for (const Recall& r : recalls)
        appendCsvRecord(out, {r.kind, QString::number(r.patientId), r.name, r.phone, r.email, r.what, isoDate(r.due)});
    return out;
}

} // namespace np::storage
