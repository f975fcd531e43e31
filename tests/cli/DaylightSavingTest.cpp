// Times are wall-clock times in the clinic's zone: an appointment that crosses a daylight-saving
// change ends at its start plus its length as elapsed time, read on the clinic's clock then. The
// end in the JSON, on the day sheet and in the patient's calendar file is a time that exists and
// is right, in spring and autumn, in two zones with changes at different hours and one without.
#include "CliTestSupport.h"
#include "PdfText.h"
#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

using np::test::CliOutcome;

struct Change {
    const char* zone;
    const char* day; // a Sunday
    const char* start; // before the change
    int shiftMinutes; // how far the clocks move during the appointment: +60 spring, -60 autumn
};

// The clocks change at 02:00 in New York (EDT <-> EST) and at 02:00 / 03:00 in Madrid (CET <->
// CEST); Tokyo keeps one offset all year.
const Change Changes[] = {
    {"America/New_York", "2027-03-14", "01:30", 60},
    {"America/New_York", "2027-11-07", "01:30", -60}, // the first 01:30, before the clocks go back
    {"Europe/Madrid", "2027-03-28", "01:30", 60},
    {"Europe/Madrid", "2027-10-31", "02:30", -60},
    {"Asia/Tokyo", "2027-03-14", "01:30", 0},
};

// The example clinic, moved to `zone` and open on Sunday nights.
QByteArray clinicIn(const QString& zone)
{
    QJsonObject clinic = QJsonDocument::fromJson(
        np::test::readFile(QStringLiteral(NEEDLEPOINT_SOURCE_DIR) + u"/resources/examples/clinic.json"_s))
                             .object();
    QJsonObject header = clinic.value(u"clinic"_s).toObject();
    header.insert(u"time_zone"_s, zone);
    clinic.insert(u"clinic"_s, header);
    clinic.insert(u"opening_hours"_s, QJsonObject {{u"sunday"_s, QJsonArray {u"00:00-06:00"_s}}});
    return QJsonDocument(clinic).toJson();
}

// DTEND as Python's icalendar reads it: "YYYY-MM-DDTHH:MM TZID OFFSET_SECONDS".
QString icsEnd(const QString& file)
{
    const QString reader = uR"(
import sys, icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
for e in cal.walk('VEVENT'):
    end = e.decoded('DTEND')
    print(end.strftime('%Y-%m-%dT%H:%M'), e['DTEND'].params.get('TZID'), int(end.utcoffset().total_seconds()))
)"_s;
    QProcess python;
    python.start(u"/usr/bin/python3"_s, {u"-c"_s, reader, file});
    REQUIRE(python.waitForFinished(60000));
    INFO(QString::fromUtf8(python.readAllStandardError()).toStdString());
    REQUIRE(python.exitCode() == 0);
    return QString::fromUtf8(python.readAllStandardOutput()).trimmed();
}

QString wallClock(const QDateTime& t)
{
    return t.toString(u"yyyy-MM-ddTHH:mm"_s);
}

} // namespace

TEST_CASE("an appointment across a daylight-saving change ends at a time that exists, everywhere it is shown")
{
    for (const Change& c : Changes) {
        const QString zone = QString::fromLatin1(c.zone);
        const QDate day = QDate::fromString(QString::fromLatin1(c.day), Qt::ISODate);
        const QDateTime start(day, QTime::fromString(QString::fromLatin1(c.start), u"HH:mm"_s));
        INFO(c.zone << " " << c.day << " " << c.start);
        QTemporaryDir dir;
        const QString db = dir.filePath(u"needlepoint.db"_s);
        auto run = [&](const QStringList& args, const QByteArray& input = {}) {
            const CliOutcome o
                = np::test::runCli(QStringList {u"--database"_s, db, u"--today"_s, u"2027-03-01"_s} + args, input);
            INFO(args.join(u' ').toStdString() << ": " << o.err.toStdString());
            REQUIRE(o.exitCode == 0);
            return o;
        };
        run({u"init"_s});
        const QString clinicFile = dir.filePath(u"clinic.json"_s);
        QFile f(clinicFile);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(clinicIn(zone));
        f.close();
        run({u"clinic"_s, u"load"_s, clinicFile});
        const QString patient = QString::number(run({u"patients"_s, u"add"_s},
            R"({"family_name": "Ortiz", "given_names": "Marta", "birth_date": "1985-06-01"})")
                                                    .json()
                                                    .value(u"id"_s)
                                                    .toInteger());
        const QJsonObject booked
            = run({u"appointments"_s, u"book"_s, u"--patient"_s, patient, u"--practitioner"_s, u"ana"_s, u"--room"_s,
                      u"room-1"_s, u"--device"_s, u"pen-1"_s, u"--at"_s, wallClock(start), u"--modality"_s,
                      u"automated_pen"_s, u"--areas"_s, u"cheeks,forehead"_s})
                  .json();
        const int minutes = booked.value(u"duration_minutes"_s).toInt();
        const int patientMinutes = minutes - 15; // the example clinic's turnover is not the patient's
        REQUIRE(patientMinutes > 30); // long enough to cross the change
        const QDateTime end = start.addSecs(60LL * (minutes + c.shiftMinutes));
        const QDateTime patientEnd = start.addSecs(60LL * (patientMinutes + c.shiftMinutes));

        // JSON: the room's end (turnover included), on the clock then.
        CHECK(booked.value(u"start"_s).toString() == wallClock(start));
        CHECK(booked.value(u"end"_s).toString() == wallClock(end));
        const QJsonArray listed = run({u"appointments"_s, u"list"_s, u"--date"_s, day.toString(Qt::ISODate)})
                                      .json()[u"appointments"_s]
                                      .toArray();
        REQUIRE(listed.size() == 1);
        CHECK(listed.at(0)[u"end"_s].toString() == wallClock(end));

        // The patient's calendar: DTEND is the end of the patient's time, in the clinic's zone.
        const QString ics = dir.filePath(u"marta.ics"_s);
        run({u"ics"_s, u"--patient"_s, patient, u"--out"_s, ics});
        // The offset after the change (a day later), as UTC seconds east.
        const QTimeZone there(c.zone);
        const int offset = there.offsetFromUtc(QDateTime(day.addDays(1), QTime(12, 0), there));
        CHECK(icsEnd(ics) == u"%1 %2 %3"_s.arg(wallClock(patientEnd), zone).arg(offset));

        // The day sheet prints the patient's time.
        const QString pdf = dir.filePath(u"day.pdf"_s);
        run({u"print"_s, u"day-sheet"_s, u"--date"_s, day.toString(Qt::ISODate), u"--out"_s, pdf});
        const QString text = np::test::pdfText(pdf);
        INFO(text.toStdString());
        CHECK(text.contains(start.toString(u"HH:mm"_s) + u"–"_s + patientEnd.toString(u"HH:mm"_s)));
    }
}
