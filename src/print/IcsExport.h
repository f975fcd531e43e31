#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <expected>

namespace np::print {

// One appointment as a calendar event. Holds only what the calendar's owner may carry on a phone:
// no findings or other health details.
struct CalendarEvent {
    QString uid; // stable for the appointment's life: appointmentUid()
    int sequence = 0; // the appointment's version: a calendar app replaces an older copy
    QString summary;
    QString location;
    QString description;
    QDateTime localStart; // wall-clock time in the calendar's zone, no zone attached
    QDateTime localEnd; // the end of the patient's time (no turnover), wall-clock, no zone attached
    bool cancelled = false; // STATUS:CANCELLED, so a calendar app removes it
    QDateTime createdAt; // UTC
    QDateTime updatedAt; // UTC; also the DTSTAMP, so the same data gives the same file
};

struct Calendar {
    QString name; // X-WR-CALNAME
    QTimeZone zone; // IANA; every DTSTART/DTEND carries its TZID, and its VTIMEZONE is included
    QList<CalendarEvent> events;
};

// "appointment-12@af1d97788df5cc3277f6eb37c777b4f3.needlepoint", named with the database's
// identity (Database::uid()): the same appointment always gets the same UID, whatever the clinic is
// called and wherever its database lives.
[[nodiscard]] QString appointmentUid(qint64 appointmentId, const QString& databaseUid);

// The iCalendar (RFC 5545) text of `calendar`, written by libical (escaping, line folding, CRLF,
// VTIMEZONE from the system's time zone data). Fails, naming it, on a zone libical does not know.
[[nodiscard]] std::expected<QByteArray, QString> icsText(const Calendar& calendar);

} // namespace np::print
