// ics --practitioner / --patient, run in-process; the file is read back by an independent parser
// (Python's icalendar, Debian's python3-icalendar, installed by scripts/common.sh).
#include "CliTestSupport.h"
#include "TestSupport.h"

#include "storage/Database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace {

using Outcome = np::test::CliOutcome;

// Every VEVENT as {uid, status, sequence, summary, description, start (local), tzid, utc_offset}.
const QString Reader = uR"(
import json, sys
import icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
events = []
for e in cal.walk('VEVENT'):
    start = e.decoded('DTSTART')
    events.append({'uid': str(e['UID']), 'status': str(e['STATUS']), 'sequence': int(e['SEQUENCE']),
                   'summary': str(e['SUMMARY']), 'description': str(e.get('DESCRIPTION', '')),
                   'start': start.strftime('%Y-%m-%dT%H:%M'), 'tzid': e['DTSTART'].params.get('TZID'),
                   'utc_offset': int(start.utcoffset().total_seconds())})
zones = [str(z['TZID']) for z in cal.walk('VTIMEZONE')]
print(json.dumps({'events': events, 'zones': zones}))
)"_s;

// The file as the independent parser reads it. Fails (never skips) when the parser is missing.
QJsonObject parsed(const QString& file)
{
    QProcess python;
    python.start(u"/usr/bin/python3"_s, {u"-c"_s, Reader, file});
    INFO("/usr/bin/python3 with the icalendar module is needed (apt-get install python3-icalendar)");
    REQUIRE(python.waitForFinished(60000));
    const QString err = QString::fromUtf8(python.readAllStandardError());
    INFO(err.toStdString());
    REQUIRE(python.exitStatus() == QProcess::NormalExit);
    REQUIRE(python.exitCode() == 0);
    return QJsonDocument::fromJson(python.readAllStandardOutput()).object();
}

// The example clinic, one patient and three appointments of Dr Ana Núñez, 10:00 on the Mondays
// either side of the March 2027 clock change and a week later; the last one cancelled.
struct Diary {
    QTemporaryDir dir;
    QString path = dir.filePath(u"needlepoint.db"_s);
    QString out = dir.filePath(u"ana.ics"_s);

    Outcome run(const QStringList& args, const QByteArray& input = {}) const
    {
        return np::test::runCli(QStringList {u"--database"_s, path, u"--today"_s, u"2027-03-01"_s} + args, input);
    }

    // The database's identity, which names every event.
    QString uid() const
    {
        auto db = np::storage::Database::open(path);
        REQUIRE(db);
        auto id = (*db)->uid();
        REQUIRE(id);
        REQUIRE(id->size() == 32);
        return *id;
    }

    void setUp() const
    {
        REQUIRE(run({u"init"_s}).exitCode == 0);
        REQUIRE(
            run({u"clinic"_s, u"load"_s, QStringLiteral(NEEDLEPOINT_SOURCE_DIR) + u"/resources/examples/clinic.json"_s})
                .exitCode
            == 0);
        REQUIRE(run({u"patients"_s, u"add"_s},
                    R"({"family_name": "García", "given_names": "José, Mª", "birth_date": "1985-03-02"})")
                    .exitCode
            == 0);
        for (const QString& at : {u"2027-03-22T10:00"_s, u"2027-03-29T10:00"_s, u"2027-04-05T10:00"_s}) {
            const Outcome booked
                = run({u"appointments"_s, u"book"_s, u"--patient"_s, u"1"_s, u"--practitioner"_s, u"ana"_s, u"--room"_s,
                    u"room-1"_s, u"--at"_s, at, u"--modality"_s, u"automated_pen"_s, u"--areas"_s, u"cheeks"_s});
            INFO(booked.err.toStdString());
            REQUIRE(booked.exitCode == 0);
        }
        REQUIRE(run({u"appointments"_s, u"cancel"_s, u"3"_s, u"--reason"_s, u"Cold sore"_s}).exitCode == 0);
    }
};

} // namespace

TEST_CASE("ics --practitioner writes their schedule at 10:00 London time either side of the clock change")
{
    Diary d;
    d.setUp();
    const Outcome written = d.run({u"ics"_s, u"--practitioner"_s, u"ana"_s, u"--from"_s, u"2027-03-01"_s, u"--to"_s,
        u"2027-04-30"_s, u"--out"_s, d.out});
    INFO(written.err.toStdString());
    REQUIRE(written.exitCode == 0);
    CHECK(written.json() == QJsonObject {{u"out"_s, d.out}, {u"events"_s, 2}});

    const QJsonObject ics = parsed(d.out);
    CHECK(ics.value(u"zones"_s).toArray() == QJsonArray {u"Europe/London"_s});
    const QJsonArray events = ics.value(u"events"_s).toArray();
    REQUIRE(events.size() == 2); // the cancelled one holds no time
    const QJsonObject winter = events[0].toObject();
    const QJsonObject summer = events[1].toObject();
    CHECK(winter.value(u"start"_s).toString() == u"2027-03-22T10:00");
    CHECK(winter.value(u"tzid"_s).toString() == u"Europe/London");
    CHECK(winter.value(u"utc_offset"_s).toInt() == 0);
    CHECK(summer.value(u"start"_s).toString() == u"2027-03-29T10:00");
    CHECK(summer.value(u"tzid"_s).toString() == u"Europe/London");
    CHECK(summer.value(u"utc_offset"_s).toInt() == 3600);
    CHECK(winter.value(u"uid"_s).toString() == u"appointment-1@%1.needlepoint"_s.arg(d.uid()));
    CHECK(summer.value(u"uid"_s).toString() == u"appointment-2@%1.needlepoint"_s.arg(d.uid()));
    CHECK(winter.value(u"status"_s).toString() == u"CONFIRMED");
    CHECK(winter.value(u"summary"_s).toString() == u"José, Mª García: Automated microneedling pen");

    // The same practitioner by database id, and a narrower range.
    const Outcome byId = d.run({u"ics"_s, u"--practitioner"_s, u"1"_s, u"--from"_s, u"2027-03-29"_s, u"--to"_s,
        u"2027-03-29"_s, u"--out"_s, d.out});
    REQUIRE(byId.exitCode == 0);
    CHECK(byId.json().value(u"events"_s).toInt() == 1);
    CHECK(parsed(d.out).value(u"events"_s).toArray()[0].toObject().value(u"uid"_s) == summer.value(u"uid"_s));
}

TEST_CASE("ics --patient writes every appointment, a cancelled one as CANCELLED with a new SEQUENCE")
{
    Diary d;
    d.setUp();
    const Outcome written = d.run({u"ics"_s, u"--patient"_s, u"1"_s, u"--out"_s, d.out});
    INFO(written.err.toStdString());
    REQUIRE(written.exitCode == 0);
    CHECK(written.json().value(u"events"_s).toInt() == 3);
    const QJsonArray events = parsed(d.out).value(u"events"_s).toArray();
    REQUIRE(events.size() == 3);
    const QJsonObject cancelled = events[2].toObject();
    CHECK(cancelled.value(u"uid"_s).toString() == u"appointment-3@%1.needlepoint"_s.arg(d.uid()));
    CHECK(cancelled.value(u"status"_s).toString() == u"CANCELLED");
    CHECK(cancelled.value(u"sequence"_s).toInt() == 2);
    CHECK(events[0].toObject().value(u"sequence"_s).toInt() == 1);
    CHECK(events[0].toObject().value(u"status"_s).toString() == u"CONFIRMED");
    CHECK(events[0].toObject().value(u"description"_s).toString()
        == u"With Dr Ana Núñez. To change or cancel, call +44 20 7946 0000.");
    CHECK(!np::test::readFile(d.out).contains("Cold sore")); // no health details on a phone
}

TEST_CASE("ics refuses bad options and a database without a clinic set-up")
{
    Diary d;
    d.setUp();
    const auto ics = [&](const QStringList& args) { return d.run(QStringList {u"ics"_s} + args); };
    CHECK(ics({u"--patient"_s, u"1"_s}).exitCode == 1);
    CHECK(ics({u"--patient"_s, u"1"_s, u"--practitioner"_s, u"ana"_s, u"--out"_s, d.out}).exitCode == 1);
    const Outcome badDate = ics(
        {u"--practitioner"_s, u"ana"_s, u"--from"_s, u"2027-13-01"_s, u"--to"_s, u"2027-04-30"_s, u"--out"_s, d.out});
    CHECK(badDate.exitCode == 2);
    CHECK(badDate.err.contains(u"--from: \"2027-13-01\" is not a date (YYYY-MM-DD)"_s));
    const Outcome unknown = ics(
        {u"--practitioner"_s, u"bob"_s, u"--from"_s, u"2027-03-01"_s, u"--to"_s, u"2027-04-30"_s, u"--out"_s, d.out});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(u"--practitioner: no practitioner \"bob\" in the clinic set-up"_s));
    CHECK(ics({u"--patient"_s, u"9"_s, u"--out"_s, d.out}).exitCode == 2);
    CHECK(!QFile::exists(d.out));

    QTemporaryDir empty;
    const QString db = empty.filePath(u"needlepoint.db"_s);
    REQUIRE(np::test::runCli({u"--database"_s, db, u"init"_s}).exitCode == 0);
    const Outcome none = np::test::runCli({u"--database"_s, db, u"ics"_s, u"--patient"_s, u"1"_s, u"--out"_s, d.out});
    CHECK(none.exitCode == 5);
    CHECK(none.err.contains(u"has no clinic set-up yet"_s));
}

TEST_CASE("ics: an event keeps its UID when the clinic is renamed and the database moved and restored")
{
    Diary d;
    d.setUp();
    REQUIRE(d.run({u"ics"_s, u"--patient"_s, u"1"_s, u"--out"_s, d.out}).exitCode == 0);
    const QJsonArray before = parsed(d.out).value(u"events"_s).toArray();
    REQUIRE(before.size() == 3);

    // Renamed: the clinic set-up loaded again under another name.
    QJsonObject clinic = QJsonDocument::fromJson(
        np::test::readFile(QStringLiteral(NEEDLEPOINT_SOURCE_DIR) + u"/resources/examples/clinic.json"_s))
                             .object();
    QJsonObject header = clinic.value(u"clinic"_s).toObject();
    header.insert(u"name"_s, u"Piel Clara Dermatología"_s);
    clinic.insert(u"clinic"_s, header);
    const QString renamed = d.dir.filePath(u"renamed.json"_s);
    QFile file(renamed);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(clinic).toJson());
    file.close();
    REQUIRE(d.run({u"clinic"_s, u"load"_s, renamed}).exitCode == 0);
    REQUIRE(d.run({u"ics"_s, u"--patient"_s, u"1"_s, u"--out"_s, d.out}).exitCode == 0);
    const QJsonArray afterRename = parsed(d.out).value(u"events"_s).toArray();
    REQUIRE(afterRename.size() == 3);
    for (qsizetype i = 0; i < before.size(); ++i)
        CHECK(afterRename[i].toObject().value(u"uid"_s) == before[i].toObject().value(u"uid"_s));

    // Moved to a new computer: a backup restored under another path.
    const QString backup = d.dir.filePath(u"backup.db"_s);
    REQUIRE(d.run({u"backup"_s, backup}).exitCode == 0);
    const QString moved = d.dir.filePath(u"elsewhere/clinic.db"_s);
    const Outcome restored = np::test::runCli({u"--database"_s, moved, u"restore"_s, backup});
    INFO(restored.err.toStdString());
    REQUIRE(restored.exitCode == 0);
    const QString movedOut = d.dir.filePath(u"moved.ics"_s);
    REQUIRE(np::test::runCli({u"--database"_s, moved, u"--today"_s, u"2027-03-01"_s, u"ics"_s, u"--patient"_s, u"1"_s,
                                 u"--out"_s, movedOut})
                .exitCode
        == 0);
    const QJsonArray afterMove = parsed(movedOut).value(u"events"_s).toArray();
    REQUIRE(afterMove.size() == 3);
    for (qsizetype i = 0; i < before.size(); ++i)
        CHECK(afterMove[i].toObject().value(u"uid"_s) == before[i].toObject().value(u"uid"_s));

    // Another database never shares them.
    Diary other;
    other.setUp();
    CHECK(other.uid() != d.uid());
}
