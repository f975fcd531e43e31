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
