#include "ClinicSetup.h"

#include <algorithm>

namespace np {
namespace {

template <typename T>
const T* byCode(const QList<T>& list, QStringView code)
{
    const auto it = std::find_if(list.begin(), list.end(), [&](const T& item) { return item.code == code; });
    return it == list.end() ? nullptr : &*it;
}

bool isHoliday(const QList<Holiday>& holidays, const QDate& day)
{
    return std::any_of(holidays.begin(), holidays.end(),
        [&](const Holiday& h) { return h.month == day.month() && h.day == day.day(); });
}

// The part of one time-off stretch that falls on `day`, as a range of that day (00:00 end = all day).
std::optional<TimeRange> partOn(const TimeOff& off, const QDate& day)
{
    const QDateTime dayStart(day, QTime(0, 0));
    const QDateTime dayEnd(day.addDays(1), QTime(0, 0));
    const QDateTime from = std::max(off.from, dayStart);
    const QDateTime to = std::min(off.to, dayEnd);
    if (from >= to)
        return std::nullopt;
    return TimeRange {from.time(), to == dayEnd ? QTime(23, 59, 59, 999) : to.time()};
}

} // namespace

const ClinicPractitioner* ClinicSetup::practitioner(QStringView code) const
{
    return byCode(practitioners, code);
}

const Room* ClinicSetup::room(QStringView code) const
{
    return byCode(rooms, code);
}

const Device* ClinicSetup::device(QStringView code) const
{
    return byCode(devices, code);
}

bool ClinicSetup::isClosed(const QDate& day) const
{
    if (opening[static_cast<std::size_t>(day.dayOfWeek())].isEmpty() || isHoliday(holidays, day))
        return true;
    return std::any_of(
        closures.begin(), closures.end(), [&](const Closure& c) { return c.from <= day && day <= c.to; });
}

QList<TimeRange> ClinicSetup::openingOn(const QDate& day) const
{
    if (isClosed(day))
        return {};
    return opening[static_cast<std::size_t>(day.dayOfWeek())];
}

QList<TimeRange> ClinicSetup::workingOn(const ClinicPractitioner& p, const QDate& day) const
{
    const QList<TimeRange> open = openingOn(day);
    if (open.isEmpty())
        return {};
    QList<TimeRange> hours
        = p.hours ? intersectRanges(open, (*p.hours)[static_cast<std::size_t>(day.dayOfWeek())]) : open;
    QList<TimeRange> away;
    for (const TimeOff& off : p.timeOff)
        if (const auto part = partOn(off, day))
            away.append(*part);
    std::sort(away.begin(), away.end(), [](const TimeRange& a, const TimeRange& b) { return a.start < b.start; });
    return subtractRanges(hours, away);
}

ClinicCalendar ClinicSetup::calendar(const QDate& from, const QDate& to) const
{
    ClinicCalendar calendar;
    for (int weekday = 1; weekday <= 7; ++weekday)
        calendar.setClosedWeekday(weekday, opening[static_cast<std::size_t>(weekday)].isEmpty());
    for (QDate day = from; day.isValid() && day <= to; day = day.addDays(1))
        if (!calendar.isClosedWeekday(day.dayOfWeek()) && isClosed(day))
            calendar.addClosure(day);
    return calendar;
}

QList<TimeRange> subtractRanges(const QList<TimeRange>& ranges, const QList<TimeRange>& cut)
{
    QList<TimeRange> out;
    for (const TimeRange& r : ranges) {
        QTime start = r.start;
        for (const TimeRange& c : cut) {
            if (c.end <= start || c.start >= r.end)
                continue;
            if (c.start > start)
                out.append({start, c.start});
            start = std::max(start, c.end);
            if (start >= r.end)
                break;
        }
        if (start < r.end)
            out.append({start, r.end});
    }
    return out;
}

QList<TimeRange> intersectRanges(const QList<TimeRange>& a, const QList<TimeRange>& b)
{
    QList<TimeRange> out;
    for (const TimeRange& x : a)
        for (const TimeRange& y : b) {
            const QTime start = std::max(x.start, y.start);
            const QTime end = std::min(x.end, y.end);
            if (start < end)
                out.append({start, end});
        }
    std::sort(out.begin(), out.end(), [](const TimeRange& l, const TimeRange& r) { return l.start < r.start; });
    return out;
}

} // namespace np
