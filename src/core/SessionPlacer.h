#pragma once

#include "Catalogue.h"
#include "ClinicCalendar.h"

#include <QtGlobal>

#include <limits>
#include <optional>
#include <vector>

namespace np {

// Internal to the planner: places a series' sessions on valid days. Works on Julian day numbers
// because it runs many times per plan (event fitting, live re-planning while dragging).

inline constexpr qint64 ForeverDay = std::numeric_limits<qint64>::max();
inline constexpr qint64 NeverDay = std::numeric_limits<qint64>::min();

// How far past its target a session is searched for before the plan gives up.
inline constexpr qint64 SearchHorizonDays = 730;

// A span of days on which a blocking finding forbids treatment: [from, to).
struct BlockedSpan {
    qint64 from = NeverDay;
    qint64 to = ForeverDay;
};

// An existing session that shares an area with this treatment, and the gap it demands.
struct Neighbour {
    qint64 day = 0;
    int gap = 0;
};

struct Placement {
    std::vector<qint64> dates; // every session of the series, fixed ones first
    int failedSession = 0; // 1-based; 0 when every session found a day
    [[nodiscard]] bool ok() const { return failedSession == 0; }
    [[nodiscard]] qint64 last() const { return dates.back(); }
};

class SessionPlacer {
public:
    SessionPlacer(const ClinicCalendar& calendar, const Modality& modality, std::vector<BlockedSpan> blocked,
        std::vector<Neighbour> neighbours, std::vector<qint64> fixed, int total);

    // A valid day: the clinic is open, no blocking finding is in effect, and every existing
    // session sharing an area is at least its gap away.
    [[nodiscard]] bool isOpen(qint64 d) const { return !m_calendar.isClosed(QDate::fromJulianDay(d)); }
    [[nodiscard]] const BlockedSpan* blockedSpanAt(qint64 d) const;
    [[nodiscard]] const Neighbour* neighbourTooClose(qint64 d) const;
    [[nodiscard]] bool valid(qint64 d) const { return isOpen(d) && !blockedSpanAt(d) && !neighbourTooClose(d); }
    // The first valid day in [from, from + SearchHorizonDays].
    [[nodiscard]] std::optional<qint64> firstValidFrom(qint64 from) const;

    [[nodiscard]] int total() const { return m_total; }
    [[nodiscard]] int fixedCount() const { return static_cast<int>(m_fixed.size()); }
    [[nodiscard]] int freeCount() const { return m_total - fixedCount(); }
    [[nodiscard]] std::optional<qint64> lastFixed() const
    {
        return m_fixed.empty() ? std::nullopt : std::optional(m_fixed.back());
    }

    // The free sessions after the fixed ones: the first on the first valid day on or after
    // `lowerBound`, each next one on the valid day nearest `interval` days after the one before,
    // within the modality's [min, max] (the later day on a tie); past max only when no day fits.
    [[nodiscard]] Placement place(qint64 lowerBound, int interval) const;

    // The placement at `interval` whose last session falls in [a, b], starting as soon after
    // `start` as that allows; none when delaying the start at this spacing cannot do it.
    [[nodiscard]] std::optional<Placement> placeEndingIn(qint64 start, int interval, qint64 a, qint64 b) const;

    // Any series the rules allow (each gap within [min, max], every day valid, the first free
    // session on or after `start`) whose last session falls in [a, b]: the last as early in the
    // window as possible, each gap as near the target as possible. None when no series exists.
    [[nodiscard]] std::optional<Placement> anySeriesEndingIn(qint64 start, qint64 a, qint64 b) const;

    // The latest first day from which the tightest series (every gap at the minimum where a valid
    // day allows) ends on or before `b`; searched back to `floor`.
    [[nodiscard]] std::optional<qint64> latestTightStart(qint64 b, qint64 floor) const;

private:
    [[nodiscard]] std::optional<qint64> nearestValid(qint64 target, qint64 lo, qint64 hi) const;

    const ClinicCalendar& m_calendar;
    const Modality& m_modality;
    std::vector<BlockedSpan> m_blocked;
    std::vector<Neighbour> m_neighbours; // sorted by day
    std::vector<qint64> m_fixed;
    int m_total = 0;
    int m_maxGap = 0;
};

} // namespace np
