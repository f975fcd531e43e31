// clinic load|show and appointments book|list|move|cancel|no-show, run in-process.
#include "CliTestSupport.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace {

using Outcome = np::test::CliOutcome;

// A database with the example clinic loaded and one patient, and needlepoint-cli run against it.
struct Calendar {
    QTemporaryDir dir;
    QString path = dir.filePath(u"needlepoint.db"_s);

    Calendar()
    {
        REQUIRE(run({u"init"_s}).exitCode == 0);
        const Outcome loaded = run({u"clinic"_s, u"load"_s, np::test::exampleClinicFile()});
        INFO(loaded.err.toStdString());
        REQUIRE(loaded.exitCode == 0);
        const Outcome added = run({u"patients"_s, u"add"_s},
            R"({"family_name": "García", "given_names": "José", "birth_date": "1985-03-02"})");
        REQUIRE(added.exitCode == 0);
    }

    Outcome run(QStringList args, const QByteArray& input = {}) const
    {
        return np::test::runCli(
            QStringList {u"--database"_s, path, u"--user"_s, u"desk"_s, u"--today"_s, u"2026-11-22"_s} + args, input);
    }

    Outcome book(const QString& at, const QString& practitioner = u"ana"_s) const
    {
        return run({u"appointments"_s, u"book"_s, u"--patient"_s, u"1"_s, u"--practitioner"_s, practitioner,
            u"--room"_s, u"room-1"_s, u"--device"_s, u"pen-1"_s, u"--at"_s, at, u"--modality"_s, u"automated_pen"_s,
            u"--areas"_s, u"cheeks,forehead"_s});
    }
};

} // namespace

TEST_CASE("clinic load stores the set-up and clinic show prints it back in the same format")
{
    Calendar c;
    const Outcome shown = c.run({u"clinic"_s, u"show"_s});
    REQUIRE(shown.exitCode == 0);
    const Outcome again = c.run({u"clinic"_s, u"load"_s, u"-"_s}, shown.out);
    INFO(again.err.toStdString());
    REQUIRE(again.exitCode == 0);
    CHECK(again.json().value(u"version"_s).toInt() == 2);
    CHECK(again.json().value(u"rooms"_s).toObject().value(u"room-1"_s).toInt() == 1);
    CHECK(c.run({u"clinic"_s, u"show"_s}).json() == shown.json());
    CHECK(shown.json().value(u"clinic"_s).toObject().value(u"time_zone"_s).toString() == u"Europe/London");
    CHECK_FALSE(again.json().contains(u"broken_appointments"_s)); // none to list
}

TEST_CASE("clinic load lists the booked appointments the new set-up leaves outside its hours, still booked")
{
    Calendar c;
    const Outcome booked = c.book(u"2026-11-24T10:00"_s); // a Tuesday morning
    REQUIRE(booked.exitCode == 0);
    const qint64 id = booked.json().value(u"id"_s).toInteger();
    QJsonObject setup = c.run({u"clinic"_s, u"show"_s}).json();
    QJsonObject hours = setup.value(u"opening_hours"_s).toObject();
    hours.insert(u"tuesday"_s, QJsonArray {u"14:00-18:00"_s}); // afternoons only
    setup.insert(u"opening_hours"_s, hours);

    const Outcome loaded = c.run({u"clinic"_s, u"load"_s, u"-"_s}, QJsonDocument(setup).toJson());
    INFO(loaded.err.toStdString());
    REQUIRE(loaded.exitCode == 0);
    CHECK(loaded.json().value(u"version"_s).toInt() == 2); // stored
    const QJsonArray broken = loaded.json().value(u"broken_appointments"_s).toArray();
    REQUIRE(broken.size() == 1);
    const QJsonObject b = broken.first().toObject();
    CHECK(b.value(u"id"_s).toInteger() == id);
    CHECK(b.value(u"start"_s).toString() == u"2026-11-24T10:00");
    CHECK(b.value(u"patient"_s).toString() == u"García, José");
    CHECK_FALSE(b.value(u"reason"_s).toString().isEmpty());
    const Outcome day = c.run({u"appointments"_s, u"list"_s, u"--date"_s, u"2026-11-24"_s});
    REQUIRE(day.json().value(u"appointments"_s).toArray().size() == 1);
    CHECK(day.json().value(u"appointments"_s).toArray().first().toObject().value(u"status"_s).toString() == u"booked");
}

TEST_CASE("a bad clinic file is refused with its problems and nothing is stored")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"needlepoint.db"_s);
    REQUIRE(np::test::runCli({u"--database"_s, db, u"init"_s}).exitCode == 0);
    QByteArray file = np::test::readFile(np::test::exampleClinicFile());
    file.replace("Europe/London", "Europe/Atlantis");
    const Outcome refused = np::test::runCli({u"--database"_s, db, u"clinic"_s, u"load"_s, u"-"_s}, file);
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains(u"clinic.time_zone: unknown time zone \"Europe/Atlantis\""_s));
    const Outcome none = np::test::runCli({u"--database"_s, db, u"clinic"_s, u"show"_s});
    CHECK(none.exitCode == 5);
    CHECK(none.err.contains(u"has no clinic set-up yet"_s));
}

TEST_CASE("a missing logo file is named")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"needlepoint.db"_s);
    REQUIRE(np::test::runCli({u"--database"_s, db, u"init"_s}).exitCode == 0);
    QByteArray file = np::test::readFile(np::test::exampleClinicFile());
    file.replace("\"time_zone\"", "\"logo\": \"logo.png\", \"time_zone\"");
    const QString setup = dir.filePath(u"clinic.json"_s);
    QFile out(setup);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(file);
    out.close();
    Outcome refused = np::test::runCli({u"--database"_s, db, u"clinic"_s, u"load"_s, setup});
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains(u"clinic.logo: cannot read "_s + dir.filePath(u"logo.png"_s)));

    QFile logo(dir.filePath(u"logo.png"_s));
    REQUIRE(logo.open(QIODevice::WriteOnly));
    logo.write("\x89PNG\r\n");
    logo.close();
    CHECK(np::test::runCli({u"--database"_s, db, u"clinic"_s, u"load"_s, setup}).exitCode == 0);
}

TEST_CASE("appointments book takes its length from the catalogue and lists by day")
{
    Calendar c;
    const Outcome booked = c.book(u"2026-11-23T10:00"_s);
    INFO(booked.err.toStdString());
    REQUIRE(booked.exitCode == 0);
    const QJsonObject a = booked.json();
    CHECK(a.value(u"start"_s).toString() == u"2026-11-23T10:00");
    CHECK(a.value(u"duration_minutes"_s).toInt() == 20 + 2 * 10 + 15); // numbing, 2 areas, turnover
    CHECK(a.value(u"end"_s).toString() == u"2026-11-23T10:55");
    CHECK(a.value(u"practitioner"_s).toString() == u"ana");
    CHECK(a.value(u"device"_s).toString() == u"pen-1");
    CHECK(a.value(u"status"_s).toString() == u"booked");

    const Outcome day = c.run({u"appointments"_s, u"list"_s, u"--date"_s, u"2026-11-23"_s});
    REQUIRE(day.exitCode == 0);
    REQUIRE(day.json().value(u"appointments"_s).toArray().size() == 1);
    CHECK(day.json().value(u"appointments"_s).toArray().first().toObject().value(u"patient"_s).toString()
        == u"García, José");
    CHECK(c.run({u"appointments"_s, u"list"_s, u"--date"_s, u"2026-11-24"_s})
              .json()
              .value(u"appointments"_s)
              .toArray()
              .isEmpty());
    CHECK(c.run({u"appointments"_s, u"list"_s, u"--date"_s, u"2026-11-23"_s, u"--practitioner"_s, u"li"_s})
              .json()
              .value(u"appointments"_s)
              .toArray()
              .isEmpty());
}

TEST_CASE("the clinic's rules refuse a booking with exit 3, a clash with exit 4")
{
    Calendar c;
    const Outcome lunch = c.book(u"2026-11-23T12:30"_s);
    CHECK(lunch.exitCode == 3);
    CHECK(lunch.err.trimmed()
        == u"12:30 to 13:25 is outside Dr Ana Núñez's hours on 2026-11-23 (09:00-13:00, 14:00-18:00)");
    REQUIRE(c.book(u"2026-11-23T10:00"_s).exitCode == 0);
    const Outcome clash = c.book(u"2026-11-23T10:30"_s);
    CHECK(clash.exitCode == 4);
    CHECK(clash.err.trimmed()
        == u"cannot book 2026-11-23 10:30: Dr Ana Núñez is already booked from 10:00 to 10:55 on 2026-11-23 "
           "(appointment 1)");
    const Outcome skipped = c.book(u"2026-03-29T01:30"_s);
    CHECK(skipped.exitCode == 3); // before opening: the clinic's hours refuse it first
}

TEST_CASE("appointments move, cancel and no-show keep the record and refuse a stale version")
{
    Calendar c;
    REQUIRE(c.book(u"2026-11-23T10:00"_s).exitCode == 0);
    const Outcome moved = c.run({u"appointments"_s, u"move"_s, u"1"_s, u"--to"_s, u"2026-11-24T14:00"_s});
    INFO(moved.err.toStdString());
    REQUIRE(moved.exitCode == 0);
    CHECK(moved.json().value(u"start"_s).toString() == u"2026-11-24T14:00");
    CHECK(moved.json().value(u"version"_s).toInt() == 2);

    const Outcome stale
        = c.run({u"appointments"_s, u"cancel"_s, u"1"_s, u"--reason"_s, u"Unwell"_s, u"--version"_s, u"1"_s});
    CHECK(stale.exitCode == 4);
    CHECK(stale.err.contains(u"appointment 1 was changed by someone else"_s));

    const Outcome noReason = c.run({u"appointments"_s, u"cancel"_s, u"1"_s});
    CHECK(noReason.exitCode == 1);
    CHECK(noReason.err.contains(u"needs --reason"_s));

    const Outcome cancelled = c.run({u"appointments"_s, u"cancel"_s, u"1"_s, u"--reason"_s, u"Unwell"_s});
    REQUIRE(cancelled.exitCode == 0);
    CHECK(cancelled.json().value(u"status"_s).toString() == u"cancelled");
    CHECK(cancelled.json().value(u"status_reason"_s).toString() == u"Unwell");

    const Outcome noShow = c.run({u"appointments"_s, u"no-show"_s, u"1"_s});
    CHECK(noShow.exitCode == 2);
    CHECK(noShow.err.contains(u"appointment 1 is cancelled and cannot become no_show"_s));

    REQUIRE(c.book(u"2026-11-25T14:00"_s).exitCode == 0);
    const Outcome missed = c.run({u"appointments"_s, u"no-show"_s, u"2"_s});
    REQUIRE(missed.exitCode == 0);
    CHECK(missed.json().value(u"status"_s).toString() == u"no_show");
}

TEST_CASE("appointments history lists every change with who made it")
{
    Calendar c;
    REQUIRE(c.book(u"2026-11-23T10:00"_s).exitCode == 0);
    REQUIRE(c.run({u"appointments"_s, u"move"_s, u"1"_s, u"--to"_s, u"2026-11-24T14:00"_s}).exitCode == 0);
    REQUIRE(c.run({u"appointments"_s, u"cancel"_s, u"1"_s, u"--reason"_s, u"Unwell"_s}).exitCode == 0);
    const Outcome h = c.run({u"appointments"_s, u"history"_s, u"1"_s});
    INFO(h.err.toStdString());
    REQUIRE(h.exitCode == 0);
    const QJsonArray history = h.json().value(u"history"_s).toArray();
    REQUIRE(history.size() == 3);
    CHECK(history[0].toObject().value(u"action"_s).toString() == u"insert");
    CHECK(history[0].toObject().value(u"status"_s).toString() == u"booked");
    CHECK(history[1].toObject().value(u"action"_s).toString() == u"move");
    CHECK(history[1].toObject().value(u"local_start"_s).toString() == u"2026-11-24T14:00");
    CHECK(history[2].toObject().value(u"status"_s).toString() == u"cancelled");
    CHECK(history[2].toObject().value(u"status_reason"_s).toString() == u"Unwell");
    CHECK(history[2].toObject().value(u"by"_s).toString() == u"desk");
    CHECK(c.run({u"appointments"_s, u"history"_s, u"9"_s}).exitCode == 2);
}
