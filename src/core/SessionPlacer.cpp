#include "SessionPlacer.h"

#include <algorithm>
#include <cstdlib>

namespace np {

SessionPlacer::SessionPlacer(const ClinicCalendar& calendar, const Modality& modality, std::vector<BlockedSpan> blocked,
    std::vector<Neighbour> neighbours, std::vector<qint64> fixed, int total)
    : m_calendar(calendar)
    , m_modality(modality)
    , m_blocked(std::move(blocked))
    , m_neighbours(std::move(neighbours))
    , m_fixed(std::move(fixed))
    , m_total(total)
{
    std::sort(
        m_neighbours.begin(), m_neighbours.end(), [](const Neighbour& a, const Neighbour& b) { return a.day < b.day; });
    for (const Neighbour& n : m_neighbours)
        m_maxGap = std::max(m_maxGap, n.gap);
}

const BlockedSpan* SessionPlacer::blockedSpanAt(qint64 d) const
{
    for (const BlockedSpan& s : m_blocked)
        if (s.from <= d && d < s.to)
            return &s;
    return nullptr;
}

const Neighbour* SessionPlacer::neighbourTooClose(qint64 d) const
{
    auto it = std::lower_bound(m_neighbours.begin(), m_neighbours.end(), d - m_maxGap + 1,
        [](const Neighbour& n, qint64 v) { return n.day < v; });
    for (; it != m_neighbours.end() && it->day < d + m_maxGap; ++it)
        if (std::abs(d - it->day) < it->gap)
            return &*it;
    return nullptr;
}

std::optional<qint64> SessionPlacer::firstValidFrom(qint64 from) const
{
    const qint64 horizon = from + SearchHorizonDays;
    for (qint64 d = from; d <= horizon;) {
        // Step over a blocked span or another session's gap at once rather than day by day.
        if (const BlockedSpan* s = blockedSpanAt(d)) {
            if (s->to == ForeverDay)
                return std::nullopt;
            d = s->to;
        } else if (const Neighbour* n = neighbourTooClose(d)) {
            d = n->day + n->gap;
        } else if (isOpen(d)) {
            return d;
        } else {
            ++d;
        }
    }
    return std::nullopt;
}

std::optional<qint64> SessionPlacer::nearestValid(qint64 target, qint64 lo, qint64 hi) const
{
    for (qint64 off = 0; target + off <= hi || target - off >= lo; ++off) {
        if (target + off <= hi && target + off >= lo && valid(target + off))
            return target + off;
        if (off > 0 && target - off >= lo && target - off <= hi && valid(target - off))
            return target - off;
    }
    return std::nullopt;
}

Placement SessionPlacer::place(qint64 lowerBound, int interval) const
{
    Placement p;
    p.dates.reserve(static_cast<std::size_t>(m_total));
    p.dates.assign(m_fixed.begin(), m_fixed.end());
    for (int k = fixedCount(); k < m_total; ++k) {
        std::optional<qint64> d;
        if (p.dates.empty()) {
            d = firstValidFrom(lowerBound);
        } else {
            const qint64 prev = p.dates.back();
            const qint64 lo = std::max(prev + m_modality.intervalMin, lowerBound);
            const qint64 hi = prev + m_modality.intervalMax;
            d = nearestValid(std::max(prev + interval, lo), lo, hi);
            if (!d)
                d = firstValidFrom(std::max(hi + 1, lo)); // the plan warns of the gap
        }
        if (!d) {
            p.failedSession = k + 1;
            return p;
        }
        p.dates.push_back(*d);
    }
    return p;
}

std::optional<Placement> SessionPlacer::placeEndingIn(qint64 start, int interval, qint64 a, qint64 b) const
{
    if (freeCount() <= 0)
        return std::nullopt;
    const auto inWindow = [&](const Placement& p) { return p.ok() && p.last() >= a && p.last() <= b; };
    Placement p = place(start, interval);
    if (!p.ok() || p.last() > b)
        return std::nullopt; // a later start ends later still (anySeriesEndingIn covers the rest)
    if (p.last() >= a)
        return p;

    // Delay: aim the first session so that the last lands on `a`, a few days early to allow for
    // sessions moved off closed days, then walk forward one first day at a time.
    constexpr qint64 Slack = 7;
    const qint64 spans = freeCount() - 1;
    qint64 lb = std::max(start + 1, a - spans * interval - Slack);
    qint64 limit = b - spans * m_modality.intervalMin; // any later first session ends after b
    if (m_fixed.size() > 0)
        limit = std::min(limit, m_fixed.back() + m_modality.intervalMax); // no gap past the maximum
    // Bounded: the exhaustive search (anySeriesEndingIn) backs this one up.
    constexpr int MaxSteps = 2 * Slack;
    for (int step = 0; lb <= limit && step < MaxSteps; ++step) {
        Placement q = place(lb, interval);
        if (!q.ok())
            return std::nullopt;
        if (inWindow(q))
            return q;
        lb = std::max(lb, q.dates[static_cast<std::size_t>(fixedCount())]) + 1;
    }
    return std::nullopt;
}

std::optional<Placement> SessionPlacer::anySeriesEndingIn(qint64 start, qint64 a, qint64 b) const
{
    const int free = freeCount();
    if (free <= 0)
        return std::nullopt;
    const int min = m_modality.intervalMin;
    const int max = m_modality.intervalMax;
    qint64 firstLo = start;
    qint64 firstHi = b;
    if (!m_fixed.empty()) {
        firstLo = std::max(firstLo, m_fixed.back() + min);
        firstHi = std::min(firstHi, m_fixed.back() + max);
    }
    if (firstLo > firstHi || firstLo + static_cast<qint64>(free - 1) * min > b)
        return std::nullopt;

    // reach[k][i]: free session k can fall on day firstLo + i with sessions 0..k-1 before it.
    const auto size = static_cast<std::size_t>(b - firstLo + 1);
    std::vector<char> ok(size);
    for (std::size_t i = 0; i < size; ++i)
        ok[i] = valid(firstLo + static_cast<qint64>(i));
    std::vector<std::vector<char>> reach(static_cast<std::size_t>(free), std::vector<char>(size, 0));
    for (std::size_t i = 0; i < size && firstLo + static_cast<qint64>(i) <= firstHi; ++i)
        reach[0][i] = ok[i];
    std::vector<int> prefix(size + 1);
    for (std::size_t k = 1; k < reach.size(); ++k) {
        for (std::size_t i = 0; i < size; ++i)
            prefix[i + 1] = prefix[i] + reach[k - 1][i];
        for (std::size_t i = static_cast<std::size_t>(min); i < size; ++i) {
            const std::size_t hi = i - static_cast<std::size_t>(min);
            const std::size_t lo = i >= static_cast<std::size_t>(max) ? i - static_cast<std::size_t>(max) : 0;
            reach[k][i] = ok[i] && prefix[hi + 1] - prefix[lo] > 0;
        }
    }

    const std::size_t aIndex = a > firstLo ? static_cast<std::size_t>(a - firstLo) : 0;
    for (std::size_t last = aIndex; last < size; ++last) {
        if (!reach.back()[last])
            continue;
        // Walk back, each time to the reachable day nearest the target interval (later on a tie).
        std::vector<std::size_t> picked {last};
        for (std::size_t k = reach.size() - 1; k > 0; --k) {
            const std::size_t next = picked.back();
            const qint64 target = static_cast<qint64>(next) - m_modality.intervalTarget;
            std::optional<std::size_t> best;
            for (qint64 i = static_cast<qint64>(next) - min; i >= 0 && i >= static_cast<qint64>(next) - max; --i) {
                if (!reach[k - 1][static_cast<std::size_t>(i)])
                    continue;
                if (!best || std::abs(i - target) < std::abs(static_cast<qint64>(*best) - target))
                    best = static_cast<std::size_t>(i);
            }
            picked.push_back(*best); // reach[k] guarantees one exists
        }
        Placement p;
        p.dates.assign(m_fixed.begin(), m_fixed.end());
        for (auto it = picked.rbegin(); it != picked.rend(); ++it)
            p.dates.push_back(firstLo + static_cast<qint64>(*it));
        return p;
    }
    return std::nullopt;
}

std::optional<qint64> SessionPlacer::latestTightStart(qint64 b, qint64 floor) const
{
    if (freeCount() <= 0)
        return std::nullopt;
    if (!m_fixed.empty())
        floor = std::max(floor, m_fixed.back() + m_modality.intervalMin);
    // Each date of the tightest series is a non-decreasing function of its start (every session
    // goes on the first valid day it may), so the last one is too: binary search the latest start.
    const auto fits = [&](qint64 s) {
        const Placement p = place(s, m_modality.intervalMin);
        return p.ok() && p.last() <= b;
    };
    qint64 lo = floor;
    qint64 hi = b - static_cast<qint64>(freeCount() - 1) * m_modality.intervalMin;
    if (hi < lo || !fits(lo))
        return std::nullopt;
    while (lo < hi) {
        const qint64 mid = lo + (hi - lo + 1) / 2;
        if (fits(mid))
            lo = mid;
        else
            hi = mid - 1;
    }
    // The latest such start is a valid day: an invalid one starts on the next valid day.
    return lo;
}

} // namespace np
