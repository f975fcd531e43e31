#pragma once

#include <QDateTime>
#include <QHash>
#include <QTimeZone>

#include <expected>

namespace np {

// Appointments are wall-clock times in the clinic's zone: 10:00 is 10:00 before and after a
// daylight-saving change. These turn a wall-clock time into an instant and back.

enum class WallClockError {
    Skipped, // the clocks jump over this time (spring forward): it never happens that day
};

// The UTC instant of `local` (date and time, no zone) in `zone`. A time the clocks pass twice
// (fall back) is its first occurrence, the one before the change.
[[nodiscard]] std::expected<QDateTime, WallClockError> wallClockToUtc(const QDateTime& local, const QTimeZone& zone);
// The wall-clock time in `zone` of `utc`, with no zone attached.
[[nodiscard]] QDateTime utcToWallClock(const QDateTime& utc, const QTimeZone& zone);

// The wall-clock time in `zone` that `minutes` of elapsed time after `localStart` (a wall-clock
// time there) shows: the end of an appointment. Across a daylight-saving change it is the time the
// clock then shows, which always exists (an hour's session from 01:30 on a spring-forward night
// in New York ends at 03:30, not at 02:30, which never happens). A start the clocks skip (never
// booked) is read with the offset before the change: 02:30 in a one-hour gap is 03:30 after it.
[[nodiscard]] QDateTime wallClockAfter(const QDateTime& localStart, qint64 minutes, const QTimeZone& zone);

// utcToWallClock for many instants in one zone (a calendar's busy time): the zone's offset is
// looked up once per quarter hour (every zone's changes fall on one), and the result is built without
// a zone lookup of its own. Its date() and time() are the wall clock; it is labelled Qt::UTC only
// so that building it costs nothing, and must be read through date() and time() alone.
class WallClockCache {
public:
    explicit WallClockCache(QTimeZone zone)
        : m_zone(std::move(zone))
    { }

    [[nodiscard]] QDateTime at(qint64 utcMinute);

private:
    QTimeZone m_zone;
    QHash<qint64, int> m_offsetMinutes; // by quarter hour since the epoch
};

// Minutes since 1970-01-01T00:00Z: how the database stores instants for overlap checks.
[[nodiscard]] inline qint64 epochMinutes(const QDateTime& utc)
{
    return utc.toSecsSinceEpoch() / 60;
}
[[nodiscard]] inline QDateTime fromEpochMinutes(qint64 minutes)
{
    return QDateTime::fromSecsSinceEpoch(minutes * 60, Qt::UTC);
}

} // namespace np
