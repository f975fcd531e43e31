// A session follows its appointment and a series its sessions: book a series, check the patient in
// and complete each session on its day, and the results review and the maintenance session come
// due on the recall list on the dates docs/cli.md gives, from nothing but that everyday use.
#include "CliTestSupport.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace {

using np::test::CliOutcome;

// Three sessions with a pen from Tuesday 1 December 2026.
const QByteArray Request = R"({
    "treatment": {"modality": "automated_pen", "indication": "acne_scars", "severity": "moderate",
                  "areas": ["cheeks"], "sessions": 3},
    "earliest_start": "2026-12-01"})";

struct Desk {
    QTemporaryDir dir;
    QString path = dir.filePath(u"needlepoint.db"_s);
    QString patient;

    Desk()
    {
        REQUIRE(run(u"2026-11-22"_s, {u"init"_s}).exitCode == 0);
        REQUIRE(run(u"2026-11-22"_s, {u"clinic"_s, u"load"_s, np::test::exampleClinicFile()}).exitCode == 0);
        const CliOutcome added = run(u"2026-11-22"_s, {u"patients"_s, u"add"_s},
            R"({"family_name": "Ibáñez", "given_names": "Lucía", "birth_date": "1990-02-11", "phone": "+34 611 222 333"})");
        REQUIRE(added.exitCode == 0);
        patient = QString::number(added.json().value(u"id"_s).toInteger());
    }

    // needlepoint-cli on `today`.
    CliOutcome run(const QString& today, const QStringList& args, const QByteArray& input = {}) const
    {
        const CliOutcome o = np::test::runCli(
            QStringList {u"--database"_s, path, u"--user"_s, u"desk"_s, u"--today"_s, today} + args, input);
        INFO(args.join(u' ').toStdString() << ": " << o.err.toStdString());
        return o;
    }

    // Books the series; returns its id and its appointments (id, day) in order.
    std::pair<QString, QList<std::pair<QString, QString>>> book() const
    {
        const CliOutcome o = run(u"2026-11-22"_s, {u"series"_s, u"book"_s, u"--patient"_s, patient}, Request);
        REQUIRE(o.exitCode == 0);
        QList<std::pair<QString, QString>> appointments;
        for (const QJsonValue& a : o.json().value(u"appointments"_s).toArray())
            appointments.append(
                {QString::number(a[u"appointment_id"_s].toInteger()), a[u"start"_s].toString().left(10)});
        return {QString::number(o.json().value(u"series_id"_s).toInteger()), appointments};
    }

    QJsonObject series(const QString& id) const
    {
        const CliOutcome o = run(u"2026-11-22"_s, {u"series"_s, u"show"_s, id});
        REQUIRE(o.exitCode == 0);
        return o.json();
    }

    void checkIn(const QString& day, const QString& appointment) const
    {
        QJsonObject answers;
        for (const QString& code : np::test::builtInCatalogue().preSessionScreen.contraindications)
            answers.insert(code, false);
        const QJsonObject input {{u"answers"_s, answers}, {u"other"_s, QJsonObject {{u"new_medication"_s, u""_s}}}};
        REQUIRE(run(day, {u"checkin"_s, appointment}, QJsonDocument(input).toJson()).exitCode == 0);
    }

    QJsonObject recalls(const QString& today, int within = 30) const
    {
        const CliOutcome o = run(today, {u"recalls"_s, u"--within"_s, QString::number(within)});
        REQUIRE(o.exitCode == 0);
        return o.json().value(u"recalls"_s).toObject();
    }
};

QStringList sessionStatuses(const QJsonObject& series)
{
    QStringList out;
    for (const QJsonValue& s : series.value(u"sessions"_s).toArray())
        out << s[u"status"_s].toString();
    return out;
}

QStringList dues(const QJsonObject& recalls, const QString& list)
{
    QStringList out;
    for (const QJsonValue& r : recalls.value(list).toArray())
        out << r[u"due"_s].toString();
    return out;
}

} // namespace

TEST_CASE("checked in and completed on each day: the series finishes, and its recalls come due")
{
    Desk desk;
    const auto [series, appointments] = desk.book();
    REQUIRE(appointments.size() == 3);
    CHECK(desk.series(series).value(u"status"_s).toString() == u"planned"_s);
    CHECK(sessionStatuses(desk.series(series)) == QStringList {u"booked"_s, u"booked"_s, u"booked"_s});

    for (qsizetype i = 0; i < appointments.size(); ++i) {
        const auto& [id, day] = appointments[i];
        INFO("session " << i + 1 << " on " << day.toStdString());
        desk.checkIn(day, id);
        const CliOutcome completed = desk.run(day, {u"appointments"_s, u"complete"_s, id});
        REQUIRE(completed.exitCode == 0);
        CHECK(completed.json().value(u"status"_s).toString() == u"completed"_s);
        const QJsonObject now = desk.series(series);
        CHECK(sessionStatuses(now).mid(0, i + 1) == QStringList(i + 1, u"done"_s));
        CHECK(now.value(u"status"_s).toString() == (i + 1 < appointments.size() ? u"active"_s : u"completed"_s));
        // A done session is dated the day it happened.
        CHECK(now.value(u"sessions"_s).toArray().at(i)[u"planned_date"_s].toString() == day);
    }

    // docs/cli.md: the review window opens results_review.from_months (3) after the last session,
    // maintenance comes maintenance_months (12) after it.
    const QDate last = QDate::fromString(appointments.last().second, Qt::ISODate);
    const QDate reviewFrom = last.addMonths(3);
    const QDate maintenance = last.addMonths(12);
    CHECK(dues(desk.recalls(last.addDays(1).toString(Qt::ISODate)), u"results_review"_s).isEmpty());
    const QJsonObject review = desk.recalls(reviewFrom.addDays(-10).toString(Qt::ISODate));
    CHECK(dues(review, u"results_review"_s) == QStringList {reviewFrom.toString(Qt::ISODate)});
    CHECK(dues(review, u"maintenance"_s).isEmpty());
    CHECK(dues(review, u"unbooked"_s).isEmpty());
    CHECK(dues(review, u"overdue"_s).isEmpty());
    const QJsonObject yearly = desk.recalls(maintenance.addDays(-5).toString(Qt::ISODate));
    CHECK(dues(yearly, u"maintenance"_s) == QStringList {maintenance.toString(Qt::ISODate)});
}

TEST_CASE("a chart says the session was done: its checked-in appointment completes with it")
{
    Desk desk;
    const auto [series, appointments] = desk.book();
    const auto& [id, day] = appointments.first();
    desk.checkIn(day, id);
    const QString session
        = QString::number(desk.series(series).value(u"sessions"_s).toArray().at(0)[u"id"_s].toInteger());
    const QJsonObject chart {{u"charted_on"_s, day}, {u"depths"_s, QJsonObject {{u"cheeks"_s, 1.0}}}, {u"passes"_s, 2}};
    const CliOutcome charted = desk.run(day, {u"charts"_s, u"add"_s, session}, QJsonDocument(chart).toJson());
    REQUIRE(charted.exitCode == 0);
    CHECK(sessionStatuses(desk.series(series)) == QStringList {u"done"_s, u"booked"_s, u"booked"_s});
    CHECK(desk.series(series).value(u"status"_s).toString() == u"active"_s);
    const CliOutcome list = desk.run(day, {u"appointments"_s, u"list"_s, u"--date"_s, day});
    REQUIRE(list.exitCode == 0);
    CHECK(list.json().value(u"appointments"_s).toArray().at(0)[u"status"_s].toString() == u"completed"_s);
}

TEST_CASE("a cancelled appointment leaves its session to be booked again, a no-show marks it missed")
{
    Desk desk;
    const auto [series, appointments] = desk.book();
    const CliOutcome cancelled = desk.run(
        u"2026-11-22"_s, {u"appointments"_s, u"cancel"_s, appointments[0].first, u"--reason"_s, u"patient ill"_s});
    REQUIRE(cancelled.exitCode == 0);
    CHECK(sessionStatuses(desk.series(series)).first() == u"planned"_s);
    // On the recall list as not booked, for the desk to call.
    CHECK(dues(desk.recalls(u"2026-11-22"_s), u"unbooked"_s) == QStringList {appointments[0].second});

    const auto& [second, day] = appointments[1];
    const CliOutcome missed = desk.run(day, {u"appointments"_s, u"no-show"_s, second});
    INFO(missed.err.toStdString());
    REQUIRE(missed.exitCode == 0);
    const QJsonObject after = desk.series(series);
    // Re-planned from the day after: the missed session waits, planned on its new day.
    CHECK(after.value(u"sessions"_s).toArray().at(1)[u"status"_s].toString()
        == (missed.json().value(u"series"_s).toObject().contains(u"replanned"_s) ? u"planned"_s : u"missed"_s));
    CHECK(after.value(u"status"_s).toString() == u"planned"_s);
}
