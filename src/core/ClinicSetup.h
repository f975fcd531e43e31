#pragma once

#include "ClinicCalendar.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>
#include <QTimeZone>

#include <array>
#include <optional>

namespace np {

// A stretch of one day, local wall-clock time: [start, end).
struct TimeRange {
    QTime start;
    QTime end;
    friend bool operator==(const TimeRange&, const TimeRange&) = default;
};

// Hours for each weekday, indexed by Qt::DayOfWeek (1 = Monday; index 0 unused). No range: closed.
using WeeklyHours = std::array<QList<TimeRange>, 8>;

// Dated closure, both days included.
struct Closure {
    QDate from;
    QDate to;
    QString reason;
};

// A closure every year on the same day (1 January, 25 December).
struct Holiday {
    int month = 1;
    int day = 1;
    QString name;
};

// A practitioner away, local wall-clock time [from, to): whole days run from 00:00 to 00:00.
struct TimeOff {
    QDateTime from;
    QDateTime to;
    QString reason;
};

struct ClinicPractitioner {
    QString code; // stable key in the set-up file ("ana"); the database id follows it
    QString name;
    QString role;
    QStringList modalities; // catalogue modality codes this practitioner performs
    std::optional<WeeklyHours> hours; // none: the clinic's opening hours
    QList<TimeOff> timeOff;
};

struct Room {
    QString code;
    QString name;
};

struct Device {
    QString code;
    QString name;
    QString kind; // a catalogue modality's device_kind
    QString serial;
    QString homeRoom; // a room code; empty: mobile, used in any room
};

// Everything about the clinic itself that scheduling and printed documents need. Read from a
// set-up file (docs/clinic-format.md) and kept in the database for every workstation.
struct ClinicSetup {
    QString name;
    QString address;
    QString phone;
    QString afterHoursPhone;
    QString email;
    QString website;
    QString logo; // file name of the logo beside the set-up file; the bytes live in the database
    QString language; // documents print in it when the patient has none ("es"); empty: English
    QTimeZone timeZone; // IANA; appointments are wall-clock times in this zone
    WeeklyHours opening;
    QList<Closure> closures;
    QList<Holiday> holidays;
    QList<ClinicPractitioner> practitioners;
    QList<Room> rooms;
    QList<Device> devices;
    int turnoverMinutes = 15; // cleaning and set-up after each appointment
    int slotStepMinutes = 15; // appointments start on this grid from opening time

    [[nodiscard]] const ClinicPractitioner* practitioner(QStringView code) const;
    [[nodiscard]] const Room* room(QStringView code) const;
    [[nodiscard]] const Device* device(QStringView code) const;

    // Closed all day: a weekday without opening hours, a dated closure or a yearly holiday.
    [[nodiscard]] bool isClosed(const QDate& day) const;
    // Opening hours on `day`; empty when closed.
    [[nodiscard]] QList<TimeRange> openingOn(const QDate& day) const;
    // When `p` works on `day`: their hours (else the clinic's) inside opening hours, less time off.
    [[nodiscard]] QList<TimeRange> workingOn(const ClinicPractitioner& p, const QDate& day) const;
    // The planner's view of [from, to]: closed weekdays and every closed day in between.
    [[nodiscard]] ClinicCalendar calendar(const QDate& from, const QDate& to) const;
};

// Range arithmetic on sorted, non-overlapping lists of one day's ranges.
[[nodiscard]] QList<TimeRange> subtractRanges(const QList<TimeRange>& ranges, const QList<TimeRange>& cut);
[[nodiscard]] QList<TimeRange> intersectRanges(const QList<TimeRange>& a, const QList<TimeRange>& b);

} // namespace np
