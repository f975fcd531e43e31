// Wall-clock appointment times across daylight-saving changes.
#include "TestSupport.h"

#include "core/SystemTimeZone.h"
#include "core/WallClock.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;
using np::test::date;

namespace {

QDateTime local(const char* day, int hour, int minute = 0)
{
    return QDateTime(date(day), QTime(hour, minute));
}

QString utcText(const QDateTime& local, const char* zone)
{
    const auto utc = np::wallClockToUtc(local, QTimeZone(zone));
    return utc ? utc->toString(Qt::ISODate) : u"skipped"_s;
}

} // namespace

TEST_CASE("10:00 in London is 10:00 GMT in winter and 09:00 UTC in summer")
{
    CHECK(utcText(local("2026-03-28", 10), "Europe/London") == u"2026-03-28T10:00:00Z");
    CHECK(utcText(local("2026-03-29", 10), "Europe/London") == u"2026-03-29T09:00:00Z"); // clocks went forward at 01:00
    CHECK(utcText(local("2026-10-24", 10), "Europe/London") == u"2026-10-24T09:00:00Z");
    CHECK(utcText(local("2026-10-25", 10), "Europe/London") == u"2026-10-25T10:00:00Z"); // back at 02:00
}

TEST_CASE("10:00 in New York is 15:00 UTC in winter and 14:00 UTC in summer")
{
    CHECK(utcText(local("2026-03-07", 10), "America/New_York") == u"2026-03-07T15:00:00Z");
    CHECK(utcText(local("2026-03-08", 10), "America/New_York") == u"2026-03-08T14:00:00Z");
    CHECK(utcText(local("2026-10-31", 10), "America/New_York") == u"2026-10-31T14:00:00Z");
    CHECK(utcText(local("2026-11-01", 10), "America/New_York") == u"2026-11-01T15:00:00Z");
}

TEST_CASE("a time the clocks skip does not exist, and a time they pass twice is its first occurrence")
{
    CHECK(utcText(local("2026-03-29", 1, 30), "Europe/London") == u"skipped");
    CHECK(utcText(local("2026-03-08", 2, 30), "America/New_York") == u"skipped");
    CHECK(utcText(local("2026-10-25", 1, 30), "Europe/London") == u"2026-10-25T00:30:00Z"); // still BST
    CHECK(utcText(local("2026-11-01", 1, 30), "America/New_York") == u"2026-11-01T05:30:00Z"); // still EDT
}

TEST_CASE("a weekly 10:00 appointment stays at 10:00 on the wall clock through a change")
{
    for (const char* zone : {"Europe/London", "America/New_York"}) {
        INFO(zone);
        for (int week = 0; week < 8; ++week) {
            const QDateTime wall = local("2026-03-02", 10).addDays(7 * week);
            const auto utc = np::wallClockToUtc(wall, QTimeZone(zone));
            REQUIRE(utc);
            CHECK(np::utcToWallClock(*utc, QTimeZone(zone)) == wall);
            CHECK(np::fromEpochMinutes(np::epochMinutes(*utc)) == *utc);
        }
    }
}

TEST_CASE("WallClockCache gives the wall clock utcToWallClock gives, across daylight-saving changes")
{
    for (const char* name : {"Europe/London", "America/New_York", "Australia/Lord_Howe", "Asia/Kolkata"}) {
        const QTimeZone zone(name);
        REQUIRE(zone.isValid());
        np::WallClockCache cache(zone);
        // Every 7 minutes through 2026: both spring and autumn changes, and every quarter hour.
        const qint64 from = np::epochMinutes(QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC));
        for (qint64 m = from; m < from + 366 * 24 * 60; m += 7) {
            const QDateTime expected = np::utcToWallClock(np::fromEpochMinutes(m), zone);
            const QDateTime got = cache.at(m);
            if (got.date() != expected.date() || got.time() != expected.time()) {
                INFO(name << " minute " << m);
                CHECK(got.toString(Qt::ISODate).left(16) == expected.toString(Qt::ISODate).left(16));
                break;
            }
        }
    }
}

TEST_CASE("wallClockAfter: the end of an appointment across a change is the time the clock then shows")
{
    struct Case {
        const char* zone;
        const char* day;
        int hour;
        int minute;
        int minutes;
        const char* end;
    };
    const Case cases[] = {
        // Spring forward at 02:00 in New York and Madrid: an hour from 01:30 ends at 03:30.
        {"America/New_York", "2027-03-14", 1, 30, 60, "2027-03-14T03:30"},
        {"Europe/Madrid", "2027-03-28", 1, 30, 60, "2027-03-28T03:30"},
        // Fall back (02:00 -> 01:00 in New York, 03:00 -> 02:00 in Madrid): from the first 01:30
        // (02:30), an hour later the clock reads 01:30 (02:30) again.
        {"America/New_York", "2027-11-07", 1, 30, 60, "2027-11-07T01:30"},
        {"America/New_York", "2027-11-07", 0, 45, 90, "2027-11-07T01:15"},
        {"Europe/Madrid", "2027-10-31", 2, 30, 45, "2027-10-31T02:15"},
        // No change: plain arithmetic, over midnight too.
        {"Asia/Tokyo", "2027-03-14", 1, 30, 60, "2027-03-14T02:30"},
        {"Asia/Tokyo", "2027-03-14", 23, 30, 60, "2027-03-15T00:30"},
        {"Europe/Madrid", "2027-06-01", 10, 0, 75, "2027-06-01T11:15"},
        // A start inside the spring gap (never booked) is read with the offset before it: 03:30.
        {"America/New_York", "2027-03-14", 2, 30, 30, "2027-03-14T04:00"},
    };
    for (const Case& c : cases) {
        INFO(c.zone << " " << c.day << " " << c.hour << ":" << c.minute << " + " << c.minutes);
        const QDateTime start(np::test::date(c.day), QTime(c.hour, c.minute));
        const QDateTime end = np::wallClockAfter(start, c.minutes, QTimeZone(c.zone));
        CHECK(end.toString(u"yyyy-MM-ddTHH:mm"_s) == QString::fromLatin1(c.end));
        CHECK(np::wallClockToUtc(end, QTimeZone(c.zone)).has_value()); // a time that exists
    }
}

TEST_CASE("the system's zone is read once: the same local times, TZ pinned only when unset")
{
    const QByteArray saved = qgetenv("TZ");
    const bool wasSet = qEnvironmentVariableIsSet("TZ");
    const QDateTime winter(QDate(2026, 1, 15), QTime(10, 0));
    const QDateTime summer(QDate(2026, 7, 15), QTime(10, 0));
    const int winterOffset = winter.offsetFromUtc();
    const int summerOffset = summer.offsetFromUtc();

    qunsetenv("TZ");
    np::readSystemTimeZoneOnce();
    if (QFileInfo::exists(QStringLiteral("/etc/localtime")))
        CHECK(qgetenv("TZ") == ":/etc/localtime");
    CHECK(QDateTime(QDate(2026, 1, 15), QTime(10, 0)).offsetFromUtc() == winterOffset);
    CHECK(QDateTime(QDate(2026, 7, 15), QTime(10, 0)).offsetFromUtc() == summerOffset);

    qputenv("TZ", "America/New_York"); // set by the user: left alone
    np::readSystemTimeZoneOnce();
    CHECK(qgetenv("TZ") == "America/New_York");

    if (wasSet)
        qputenv("TZ", saved);
    else
        qunsetenv("TZ");
}
