#include "WallClock.h"

#include <algorithm>
#include <array>

namespace np {

std::expected<QDateTime, WallClockError> wallClockToUtc(const QDateTime& local, const QTimeZone& zone)
{
    // The wall-clock reading as if it were UTC; the true instant is that minus the zone's offset
    // then. The offsets a day either side cover any change near it: try each and keep those
    // that agree with themselves.
    const QDateTime asUtc(local.date(), local.time(), Qt::UTC);
    const std::array offsets {zone.offsetFromUtc(asUtc.addDays(-1)), zone.offsetFromUtc(asUtc.addDays(1))};
    QDateTime first;
    for (const int offset : offsets) {
        const QDateTime candidate = asUtc.addSecs(-offset);
        if (zone.offsetFromUtc(candidate) == offset && (!first.isValid() || candidate < first))
            first = candidate;
    }
    if (!first.isValid())
        return std::unexpected(WallClockError::Skipped);
    return first;
}

QDateTime utcToWallClock(const QDateTime& utc, const QTimeZone& zone)
{
    const QDateTime there = utc.toTimeZone(zone);
    return QDateTime(there.date(), there.time());
}

QDateTime wallClockAfter(const QDateTime& localStart, qint64 minutes, const QTimeZone& zone)
{
    auto start = wallClockToUtc(localStart, zone);
    if (!start) {
        // Inside a gap: read with the offset from before the change.
        const QDateTime asUtc(localStart.date(), localStart.time(), Qt::UTC);
        start = asUtc.addSecs(-zone.offsetFromUtc(asUtc.addDays(-1)));
    }
    return utcToWallClock(start->addSecs(60 * minutes), zone);
}

QDateTime WallClockCache::at(qint64 utcMinute)
{
    constexpr qint64 Quarter = 15;
    const qint64 quarter = utcMinute >= 0 ? utcMinute / Quarter : (utcMinute - Quarter + 1) / Quarter;
    auto it = m_offsetMinutes.constFind(quarter);
    if (it == m_offsetMinutes.cend())
        it = m_offsetMinutes.insert(quarter, m_zone.offsetFromUtc(fromEpochMinutes(quarter * Quarter)) / 60);
    return QDateTime::fromSecsSinceEpoch((utcMinute + *it) * 60, Qt::UTC);
}

} // namespace np
