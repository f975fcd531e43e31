// series book: a whole series into the calendar, every session or none.
#include "SeriesCliSupport.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

using np::test::CliOutcome;

// Cheeks and forehead with a pen, four sessions from Tuesday 1 December 2026; the calendar is the
// clinic set-up's.
const QByteArray Request = R"({
    "treatment": {"modality": "automated_pen", "indication": "acne_scars", "severity": "moderate",
                  "areas": ["cheeks", "forehead"], "sessions": 4},
    "earliest_start": "2026-12-01"})";

struct BookingDesk : np::test::ClinicDesk {
    BookingDesk()
    {
        const CliOutcome o = run(
            {u"clinic"_s, u"load"_s, QStringLiteral(NEEDLEPOINT_SOURCE_DIR) + u"/resources/examples/clinic.json"_s});
        INFO(o.err.toStdString());
        REQUIRE(o.exitCode == 0);
    }

    CliOutcome book(const QByteArray& request, QStringList more = {}) const
    {
        return run(QStringList {u"series"_s, u"book"_s, u"--patient"_s, patient} + more, request);
    }

    QJsonArray appointmentsOn(const QString& day) const
    {
        const CliOutcome o = run({u"appointments"_s, u"list"_s, u"--date"_s, day});
        REQUIRE(o.exitCode == 0);
        return o.json().value(u"appointments"_s).toArray();
    }
};

QDate dayOf(const QJsonValue& appointment)
{
    return QDateTime::fromString(appointment.toObject().value(u"start"_s).toString(), u"yyyy-MM-ddTHH:mm"_s).date();
}

QString isoDateText(const QDate& d)
{
    return d.toString(Qt::ISODate);
}

} // namespace

TEST_CASE("series book --dry-run proposes every session and stores nothing")
{
    BookingDesk desk;
    const CliOutcome o = desk.book(Request, {u"--dry-run"_s});
    INFO(o.err.toStdString());
    REQUIRE(o.exitCode == 0);
    CHECK_FALSE(o.json().value(u"booked"_s).toBool());
    const QJsonArray proposed = o.json().value(u"appointments"_s).toArray();
    REQUIRE(proposed.size() == 4);
    CHECK(dayOf(proposed[0]) == QDate(2026, 12, 1));
    CHECK(desk.appointmentsOn(u"2026-12-01"_s).isEmpty());
    CHECK(desk.run({u"series"_s, u"list"_s, desk.patient}).array().isEmpty());
}

TEST_CASE("series book books every session as appointments of a stored series")
{
    BookingDesk desk;
    const CliOutcome o = desk.book(Request);
    INFO(o.err.toStdString());
    REQUIRE(o.exitCode == 0);
    CHECK(o.json().value(u"booked"_s).toBool());
    const QJsonArray booked = o.json().value(u"appointments"_s).toArray();
    REQUIRE(booked.size() == 4);
    for (qsizetype i = 1; i < booked.size(); ++i) {
        const qint64 gap = dayOf(booked[i - 1]).daysTo(dayOf(booked[i]));
        CHECK(gap >= 21);
        CHECK(gap <= 42);
    }
    const QJsonArray first = desk.appointmentsOn(u"2026-12-01"_s);
    REQUIRE(first.size() == 1);
    CHECK(first[0].toObject().value(u"id"_s) == booked[0].toObject().value(u"appointment_id"_s));
    CHECK(first[0].toObject().value(u"session_id"_s) == booked[0].toObject().value(u"session_id"_s));

    const CliOutcome series
        = desk.run({u"series"_s, u"show"_s, QString::number(o.json().value(u"series_id"_s).toInteger())});
    REQUIRE(series.exitCode == 0);
    for (const QJsonValue& s : series.json().value(u"sessions"_s).toArray())
        CHECK(s.toObject().value(u"status"_s).toString() == u"booked"_s);
}

TEST_CASE("series book never puts a second patient's series on the first one's practitioner at the same time")
{
    BookingDesk desk;
    REQUIRE(desk.book(Request, {}).exitCode == 0);
    const CliOutcome other = desk.run({u"patients"_s, u"add"_s},
        R"({"family_name": "Okafor", "given_names": "Ada", "birth_date": "1990-01-09", "fitzpatrick": 5})");
    REQUIRE(other.exitCode == 0);
    const QString second = QString::number(other.json().value(u"id"_s).toInteger());
    const CliOutcome o = desk.run({u"series"_s, u"book"_s, u"--patient"_s, second}, Request);
    INFO(o.err.toStdString());
    REQUIRE(o.exitCode == 0);
    // Same day, same target: the second series got a different practitioner or time.
    const QJsonArray day = desk.appointmentsOn(u"2026-12-01"_s);
    REQUIRE(day.size() == 2);
    const QJsonObject a = day[0].toObject();
    const QJsonObject b = day[1].toObject();
    CHECK((a.value(u"practitioner"_s) != b.value(u"practitioner"_s)
        || a.value(u"end"_s).toString() <= b.value(u"start"_s).toString()));
}

TEST_CASE("series book refuses an adjustment that breaks the minimum interval and stores nothing")
{
    BookingDesk desk;
    QByteArray request = Request;
    request.chop(1);
    request += R"(, "booking": {"sessions": [{"number": 2, "start": "2026-12-15T10:00"}]}})";
    const CliOutcome o = desk.book(request);
    CHECK(o.exitCode == 3);
    CHECK(o.err.contains(u"at least 21 days"_s));
    CHECK(o.json().value(u"session"_s).toInt() == 2);
    CHECK(desk.appointmentsOn(u"2026-12-01"_s).isEmpty());
}

TEST_CASE("series book keeps the patient's preferences and books an adjusted session where asked")
{
    BookingDesk desk;
    QByteArray request = Request;
    request.chop(1);
    request += R"(, "booking": {"weekdays": ["tuesday", "thursday"], "part": "afternoon", "practitioner": "ana",
                                "sessions": [{"number": 2, "start": "2027-01-05T15:00"}]}})";
    const CliOutcome o = desk.book(request);
    INFO(o.err.toStdString());
    REQUIRE(o.exitCode == 0);
    const QJsonArray booked = o.json().value(u"appointments"_s).toArray();
    REQUIRE(booked.size() == 4);
    CHECK(booked[1].toObject().value(u"start"_s).toString() == u"2027-01-05T15:00"_s);
    CHECK(booked[1].toObject().value(u"adjusted"_s).toBool());
    for (const QJsonValue& v : booked) {
        const QJsonObject a = v.toObject();
        CHECK(a.value(u"practitioner"_s).toString() == u"ana"_s);
        CHECK(a.value(u"start"_s).toString().mid(11) >= u"12:00"_s);
        const int weekday = dayOf(v).dayOfWeek();
        CHECK((weekday == Qt::Tuesday || weekday == Qt::Thursday));
    }
}

TEST_CASE("series book names bad booking input by its JSON path")
{
    BookingDesk desk;
    QByteArray request = Request;
    request.chop(1);
    request += R"(, "booking": {"weekdays": ["funday"], "practitioner": "nobody"}})";
    CliOutcome o = desk.book(request);
    CHECK(o.exitCode == 2);
    CHECK(o.err.contains(u"booking.weekdays"_s));
    CHECK(o.err.contains(u"booking.practitioner"_s));

    o = desk.book(np::test::SeriesRequest); // carries a "clinic": the set-up's calendar is used instead
    CHECK(o.exitCode == 2);
    CHECK(o.err.contains(u"clinic"_s));
}

namespace {

// The series of Request with Ana, booked: sessions on 2026-12-01, 2027-01-02, 2027-01-30 and
// 2027-02-27; returns the appointment ids in session order.
QStringList bookWithAna(const BookingDesk& desk)
{
    QByteArray request = Request;
    request.chop(1);
    request += R"(, "booking": {"practitioner": "ana"}})";
    const CliOutcome o = desk.book(request);
    INFO(o.err.toStdString());
    REQUIRE(o.exitCode == 0);
    QStringList ids;
    for (const QJsonValue& v : o.json().value(u"appointments"_s).toArray())
        ids << QString::number(v.toObject().value(u"appointment_id"_s).toInteger());
    REQUIRE(desk.appointmentsOn(u"2027-01-30"_s).size() == 1);
    return ids;
}

QString startOf(const BookingDesk& desk, const QString& id)
{
    const CliOutcome o = desk.run({u"appointments"_s, u"history"_s, id});
    REQUIRE(o.exitCode == 0);
    const QJsonArray changes = o.json().value(u"history"_s).toArray();
    REQUIRE_FALSE(changes.isEmpty());
    return changes.last().toObject().value(u"local_start"_s).toString();
}

} // namespace

TEST_CASE("Moving a series session closer than the minimum to the one before is refused with the reason")
{
    BookingDesk desk;
    const QStringList ids = bookWithAna(desk);
    const CliOutcome o = desk.run({u"appointments"_s, u"move"_s, ids[1], u"--to"_s, u"2026-12-15T10:00"_s});
    CHECK(o.exitCode == 3);
    CHECK(o.err.contains(u"14 days after session 1"_s));
    CHECK(o.err.contains(u"at least 21 days"_s));
    CHECK(desk.appointmentsOn(u"2027-01-02"_s).size() == 1);
}

TEST_CASE("Moving a series session within the rules keeps the later sessions where they are")
{
    BookingDesk desk;
    const QStringList ids = bookWithAna(desk);
    const CliOutcome o = desk.run({u"appointments"_s, u"move"_s, ids[1], u"--to"_s, u"2027-01-05T10:00"_s});
    INFO(o.err.toStdString());
    REQUIRE(o.exitCode == 0);
    CHECK(o.json().value(u"start"_s).toString() == u"2027-01-05T10:00"_s);
    CHECK(o.json().value(u"series"_s).toObject().value(u"warnings"_s).toArray().isEmpty());
    CHECK(desk.appointmentsOn(u"2027-01-30"_s).size() == 1);
}

TEST_CASE("Moving a series session that crowds the next one offers new slots and shifts them when asked")
{
    BookingDesk desk;
    const QStringList ids = bookWithAna(desk);
    CliOutcome o = desk.run({u"appointments"_s, u"move"_s, ids[1], u"--to"_s, u"2027-01-12T10:00"_s});
    CHECK(o.exitCode == 3);
    CHECK(o.err.contains(u"--shift-later"_s));
    const QJsonArray offer = o.json().value(u"series"_s).toObject().value(u"offer"_s).toArray();
    REQUIRE(offer.size() == 2);
    CHECK(desk.appointmentsOn(u"2027-01-02"_s).size() == 1); // nothing moved yet

    o = desk.run({u"appointments"_s, u"move"_s, ids[1], u"--to"_s, u"2027-01-12T10:00"_s, u"--shift-later"_s});
    INFO(o.err.toStdString());
    REQUIRE(o.exitCode == 0);
    const QJsonArray shifted = o.json().value(u"series"_s).toObject().value(u"shifted"_s).toArray();
    REQUIRE(shifted.size() == 2);
    CHECK(startOf(desk, ids[2]) == shifted[0].toObject().value(u"start"_s).toString());
    CHECK(startOf(desk, ids[3]) == shifted[1].toObject().value(u"start"_s).toString());
    const QDate third = dayOf(shifted[0]);
    CHECK(QDate(2027, 1, 12).daysTo(third) >= 21);
    CHECK(third.daysTo(dayOf(shifted[1])) >= 21);
    CHECK(desk.appointmentsOn(u"2027-01-30"_s).isEmpty());
}

TEST_CASE("A no-show re-plans the missed session and the later ones, and --rebook books it again")
{
    BookingDesk desk;
    const QStringList ids = bookWithAna(desk);
    const auto onDay = [&](const QStringList& args) {
        return np::test::runCli(
            QStringList {u"--database"_s, desk.path, u"--user"_s, u"desk"_s, u"--today"_s, u"2027-01-02"_s} + args);
    };
    CliOutcome o = onDay({u"appointments"_s, u"no-show"_s, ids[1]});
    INFO(o.err.toStdString());
    REQUIRE(o.exitCode == 0);
    CHECK(o.json().value(u"status"_s).toString() == u"no_show"_s);
    const QJsonArray replanned = o.json().value(u"series"_s).toObject().value(u"replanned"_s).toArray();
    REQUIRE(replanned.size() == 3); // sessions 2, 3 and 4
    CHECK(dayOf(replanned[0]) > QDate(2027, 1, 2));
    CHECK(dayOf(replanned[0]).daysTo(dayOf(replanned[1])) >= 21);
    // The missed session waits, planned, for the front desk; the later appointments moved.
    const CliOutcome series = desk.run({u"series"_s, u"show"_s, u"1"_s});
    const QJsonArray sessions = series.json().value(u"sessions"_s).toArray();
    CHECK(sessions[1].toObject().value(u"status"_s).toString() == u"planned"_s);
    CHECK(sessions[1].toObject().value(u"planned_date"_s).toString() == isoDateText(dayOf(replanned[0])));
    CHECK(startOf(desk, ids[2]) == replanned[1].toObject().value(u"start"_s).toString());

    o = onDay({u"appointments"_s, u"no-show"_s, ids[2], u"--rebook"_s});
    INFO(o.err.toStdString());
    REQUIRE(o.exitCode == 0);
    const QJsonObject result = o.json().value(u"series"_s).toObject();
    REQUIRE(result.contains(u"rebooked_appointment_id"_s));
    // The same field as without --rebook: an option never renames one.
    CHECK_FALSE(result.contains(u"rebooked"_s));
    const QJsonArray rebooked = result.value(u"replanned"_s).toArray();
    REQUIRE_FALSE(rebooked.isEmpty());
    CHECK(startOf(desk, QString::number(result.value(u"rebooked_appointment_id"_s).toInteger()))
        == rebooked[0].toObject().value(u"start"_s).toString());
}
