// The iCalendar writer: escaping, folding, the VTIMEZONE, stable UIDs.
#include "print/IcsExport.h"

#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QList>

using namespace Qt::StringLiterals;
using np::print::Calendar;
using np::print::CalendarEvent;

namespace {

const QTimeZone London("Europe/London");

CalendarEvent event(qint64 id, const QDateTime& localStart, int version = 1)
{
    CalendarEvent e;
    e.uid = np::print::appointmentUid(id, u"af1d97788df5cc3277f6eb37c777b4f3"_s);
    e.sequence = version;
    e.summary = u"José García — Automated pen"_s;
    e.location = u"Room 1"_s;
    e.localStart = localStart;
    e.localEnd = localStart.addSecs(75 * 60);
    e.createdAt = QDateTime(QDate(2026, 11, 22), QTime(9, 0), QTimeZone::utc());
    e.updatedAt = QDateTime(QDate(2026, 11, 22), QTime(9, 30), QTimeZone::utc());
    return e;
}

QByteArray ics(const QList<CalendarEvent>& events)
{
    const auto text = np::print::icsText(Calendar {u"Ana"_s, London, events});
    INFO((text ? QString() : text.error()).toStdString());
    REQUIRE(text.has_value());
    return *text;
}

// Content lines with the folding undone (RFC 5545 3.1: CRLF followed by one space or tab).
QList<QByteArray> unfolded(QByteArray text)
{
    text.replace("\r\n ", "").replace("\r\n\t", "");
    QList<QByteArray> lines = text.split('\n');
    for (QByteArray& line : lines)
        if (line.endsWith('\r'))
            line.chop(1);
    return lines;
}

} // namespace

TEST_CASE("ics escapes commas, semicolons, backslashes and newlines in text")
{
    CalendarEvent e = event(1, QDateTime(QDate(2027, 3, 22), QTime(10, 0)));
    e.summary = u"García, José; automated pen"_s;
    e.description = u"Bring a scarf\nRoom 1, first floor; back\\side"_s;
    const QList<QByteArray> lines = unfolded(ics({e}));
    CHECK(lines.contains(u"SUMMARY:García\\, José\\; automated pen"_s.toUtf8()));
    CHECK(lines.contains(QByteArray("DESCRIPTION:Bring a scarf\\nRoom 1\\, first floor\\; back\\\\side")));
}

TEST_CASE("ics folds long lines at 75 octets and ends every line with CRLF")
{
    CalendarEvent e = event(1, QDateTime(QDate(2027, 3, 22), QTime(10, 0)));
    e.description = QString(300, u'x') + u" é ü ñ "_s + QString(100, u'y');
    const QByteArray text = ics({e});
    CHECK(text.endsWith("\r\n"));
    CHECK(!text.contains("\n\n"));
    for (const QByteArray& line : text.split('\n')) {
        INFO(line.toStdString());
        CHECK(line.size() <= 76); // 75 octets and the CR
        CHECK((line.isEmpty() || line.endsWith('\r')));
    }
    CHECK(unfolded(text).contains("DESCRIPTION:" + e.description.toUtf8()));
    CHECK(text.contains("\r\n "));
}

TEST_CASE("ics carries the clinic's VTIMEZONE and wall-clock starts with its TZID on both sides of a DST change")
{
    const QList<QByteArray> lines = unfolded(ics({event(1, QDateTime(QDate(2027, 3, 22), QTime(10, 0))),
        event(2, QDateTime(QDate(2027, 3, 29), QTime(10, 0)))}));
    CHECK(lines.contains("BEGIN:VTIMEZONE"));
    CHECK(lines.contains("TZID:Europe/London"));
    CHECK(lines.contains("TZOFFSETTO:+0100"));
    CHECK(lines.contains("DTSTART;TZID=Europe/London:20270322T100000"));
    CHECK(lines.contains("DTEND;TZID=Europe/London:20270322T111500"));
    CHECK(lines.contains("DTSTART;TZID=Europe/London:20270329T100000"));
    CHECK(lines.count("BEGIN:VEVENT") == 2);
}

TEST_CASE("ics: the same appointment keeps its UID, and SEQUENCE follows its version")
{
    const QDateTime start(QDate(2027, 3, 22), QTime(10, 0));
    const QByteArray first = ics({event(7, start, 1)});
    CHECK(ics({event(7, start, 1)}) == first);
    CalendarEvent moved = event(7, start.addDays(1), 2);
    moved.cancelled = true;
    const QList<QByteArray> lines = unfolded(ics({moved}));
    CHECK(unfolded(first).contains("UID:appointment-7@af1d97788df5cc3277f6eb37c777b4f3.needlepoint"));
    CHECK(lines.contains("UID:appointment-7@af1d97788df5cc3277f6eb37c777b4f3.needlepoint"));
    CHECK(unfolded(first).contains("SEQUENCE:1"));
    CHECK(unfolded(first).contains("STATUS:CONFIRMED"));
    CHECK(lines.contains("SEQUENCE:2"));
    CHECK(lines.contains("STATUS:CANCELLED"));
    CHECK(lines.contains("DTSTAMP:20261122T093000Z"));
}

TEST_CASE("ics refuses a time zone the system's time zone data lacks, naming it")
{
    const auto text = np::print::icsText(Calendar {u"Ana"_s, QTimeZone(3600), {}});
    REQUIRE(!text.has_value());
    CHECK(text.error() == u"time zone \"UTC+01\" is not in the system's time zone data"_s);
}

TEST_CASE("appointmentUid names the appointment with the database's identity")
{
    CHECK(np::print::appointmentUid(12, u"af1d97788df5cc3277f6eb37c777b4f3"_s)
        == u"appointment-12@af1d97788df5cc3277f6eb37c777b4f3.needlepoint"_s);
}
