#include "SeriesPlanner.h"

#include "JsonReader.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>
#include <vector>

using namespace Qt::StringLiterals;

namespace np {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(SeriesPlanner)
};

// How far past its target a session is searched for before the plan gives up.
constexpr qint64 SearchHorizonDays = 730;
constexpr qint64 Forever = std::numeric_limits<qint64>::max();
constexpr qint64 Never = std::numeric_limits<qint64>::min();

qint64 jd(const QDate& d)
{
    return d.toJulianDay();
}
QDate day(qint64 julian)
{
    return QDate::fromJulianDay(julian);
}

// A span of days on which a blocking finding forbids treatment: [from, to).
struct BlockedSpan {
    qint64 from = Never;
    qint64 to = Forever;
};

// An existing session that shares an area with this treatment, and the gap it demands.
struct Neighbour {
    qint64 day = 0;
    int gap = 0;
};

struct Placement {
    std::vector<qint64> dates; // every session of the series, fixed ones first
    QList<PlanWarning> warnings;
    int failedSession = 0; // 1-based; 0 when every session found a date
    [[nodiscard]] bool ok() const { return failedSession == 0; }
    [[nodiscard]] qint64 last() const { return dates.back(); }
};

// Places sessions on valid days: clinic open, no blocking finding, far enough from every
// existing session that touches the same areas. Works on Julian days: it runs many times per plan.
class Placer {
public:
    Placer(const ClinicCalendar& calendar, const Modality& modality, std::vector<BlockedSpan> blocked,
        std::vector<Neighbour> neighbours, std::vector<qint64> fixed, int total)
        : m_calendar(calendar)
        , m_modality(modality)
        , m_blocked(std::move(blocked))
        , m_neighbours(std::move(neighbours))
        , m_fixed(std::move(fixed))
        , m_total(total)
    {
        std::sort(m_neighbours.begin(), m_neighbours.end(),
            [](const Neighbour& a, const Neighbour& b) { return a.day < b.day; });
        for (const Neighbour& n : m_neighbours)
            m_maxGap = std::max(m_maxGap, n.gap);
    }

    [[nodiscard]] bool isOpen(qint64 d) const { return !m_calendar.isClosed(day(d)); }

    [[nodiscard]] const BlockedSpan* blockedSpanAt(qint64 d) const
    {
        for (const BlockedSpan& s : m_blocked)
            if (s.from <= d && d < s.to)
                return &s;
        return nullptr;
    }

    [[nodiscard]] const Neighbour* neighbourTooClose(qint64 d) const
    {
        auto it = std::lower_bound(m_neighbours.begin(), m_neighbours.end(), d - m_maxGap + 1,
            [](const Neighbour& n, qint64 v) { return n.day < v; });
        for (; it != m_neighbours.end() && it->day < d + m_maxGap; ++it)
            if (std::abs(d - it->day) < it->gap)
                return &*it;
        return nullptr;
    }

    [[nodiscard]] bool valid(qint64 d) const { return isOpen(d) && !blockedSpanAt(d) && !neighbourTooClose(d); }

    [[nodiscard]] int fixedCount() const { return static_cast<int>(m_fixed.size()); }
    [[nodiscard]] int total() const { return m_total; }
    [[nodiscard]] std::optional<qint64> lastFixed() const
    {
        return m_fixed.empty() ? std::nullopt : std::optional(m_fixed.back());
    }

    // Plans the free sessions: the first on or after lowerBound, each next one as near to
    // `interval` days after the one before as a valid day allows, never nearer than the minimum.
    [[nodiscard]] Placement place(qint64 lowerBound, int interval) const
    {
        Placement p;
        p.dates.reserve(static_cast<std::size_t>(m_total));
        p.dates = m_fixed;
        for (int k = fixedCount(); k < m_total; ++k) {
            std::optional<qint64> d;
            if (p.dates.empty()) {
                d = firstValidFrom(lowerBound);
            } else {
                const qint64 prev = p.dates.back();
                const qint64 lo = std::max(prev + m_modality.intervalMin, lowerBound);
                const qint64 hi = prev + m_modality.intervalMax;
                d = nearestValid(std::max(prev + interval, lo), lo, hi);
                if (!d) {
                    d = firstValidFrom(std::max(hi + 1, lo));
                    if (d)
                        p.warnings.append({k + 1,
                            Tr::tr("Session %1 is %2 days after session %3, beyond the %4-day "
                                   "maximum: no open day fits sooner.")
                                .arg(k + 1)
                                .arg(*d - prev)
                                .arg(k)
                                .arg(m_modality.intervalMax)});
                }
            }
            if (!d) {
                p.failedSession = k + 1;
                return p;
            }
            p.dates.push_back(*d);
        }
        return p;
    }

private:
    [[nodiscard]] std::optional<qint64> firstValidFrom(qint64 from) const
    {
        for (qint64 d = from; d <= from + SearchHorizonDays; ++d)
            if (valid(d))
                return d;
        return std::nullopt;
    }

    // The valid day nearest `target` within [lo, hi]; on a tie the later day (more healing time).
    [[nodiscard]] std::optional<qint64> nearestValid(qint64 target, qint64 lo, qint64 hi) const
    {
        for (qint64 off = 0; target + off <= hi || target - off >= lo; ++off) {
            if (target + off <= hi && target + off >= lo && valid(target + off))
                return target + off;
            if (off > 0 && target - off >= lo && target - off <= hi && valid(target - off))
                return target - off;
        }
        return std::nullopt;
    }

    const ClinicCalendar& m_calendar;
    const Modality& m_modality;
    std::vector<BlockedSpan> m_blocked;
    std::vector<Neighbour> m_neighbours;
    std::vector<qint64> m_fixed;
    int m_total = 0;
    int m_maxGap = 0;
};

int sessionCount(const Catalogue& c, const Modality& m, const Indication& i, const Treatment& t)
{
    return t.sessions.value_or(c.defaultSessions(m, i, t.severity));
}

QString dateText(qint64 d)
{
    return isoDate(day(d));
}

ApplicableFinding refusal(const QString& code, const QString& message)
{
    return {code, Effect::Blocks, message, std::nullopt, std::nullopt};
}

// Fixed sessions on or after today are ones being moved now: each must keep every rule.
QList<ApplicableFinding> checkFixedSessions(const Placer& placer, const Modality& m, const std::vector<qint64>& fixed,
    const QList<ApplicableFinding>& applicable, qint64 today)
{
    QList<ApplicableFinding> out;
    for (std::size_t i = 0; i < fixed.size(); ++i) {
        const qint64 d = fixed[i];
        if (d < today)
            continue;
        const int number = static_cast<int>(i) + 1;
        if (i > 0 && d - fixed[i - 1] < m.intervalMin) {
            out.append(refusal(u"interval_too_short"_s,
                Tr::tr("Session %1 on %2 would be %3 days after session %4 on %5; %6 needs at least %7 days.")
                    .arg(number)
                    .arg(dateText(d))
                    .arg(d - fixed[i - 1])
                    .arg(number - 1)
                    .arg(dateText(fixed[i - 1]), m.name)
                    .arg(m.intervalMin)));
        }
        if (const Neighbour* n = placer.neighbourTooClose(d)) {
            out.append(refusal(u"interval_too_short"_s,
                Tr::tr("Session %1 on %2 would be %3 days from another session on %4 that treats the same "
                       "area; at least %5 days are needed.")
                    .arg(number)
                    .arg(dateText(d))
                    .arg(std::abs(d - n->day))
                    .arg(dateText(n->day))
                    .arg(n->gap)));
        }
        if (!placer.isOpen(d)) {
            out.append(refusal(u"clinic_closed"_s,
                Tr::tr("Session %1 on %2 falls on a day the clinic is closed.").arg(number).arg(dateText(d))));
        }
        for (const ApplicableFinding& f : applicable) {
            if (f.effect == Effect::Blocks && f.inEffectOn(day(d))) {
                out.append(refusal(
                    u"finding_blocks_date"_s, Tr::tr("Session %1 on %2: %3").arg(number).arg(dateText(d), f.message)));
            }
        }
    }
    return out;
}

EventFit fitEvent(const Placer& placer, const Modality& m, qint64 start, const QDate& event, Placement& chosen)
{
    EventFit fit;
    fit.date = event;
    const qint64 a = jd(event) - m.eventWindow.max;
    const qint64 b = jd(event) - m.eventWindow.min;
    fit.lastSessionFrom = day(a);
    fit.lastSessionTo = day(b);
    const std::optional<qint64> cap = placer.lastFixed().transform([&](qint64 f) { return f + m.intervalMax; });

    // Delays the first free session until the last lands on or after `a`, keeping `interval`.
    auto delayInto = [&](const Placement& from, int interval) -> Placement {
        if (placer.fixedCount() >= placer.total())
            return from;
        qint64 delay = 0;
        qint64 last = from.last();
        for (int iter = 0; iter < 64 && last < a; ++iter) {
            const qint64 previous = delay;
            delay += a - last;
            if (cap && start + delay > *cap)
                break;
            Placement q = placer.place(start + delay, interval);
            if (!q.ok())
                break;
            if (q.last() > b) { // closures pushed it past the window: try the days skipped
                for (qint64 dd = previous + 1; dd < delay; ++dd) {
                    Placement r = placer.place(start + dd, interval);
                    if (r.ok() && r.last() >= a && r.last() <= b)
                        return r;
                }
                break;
            }
            if (q.last() >= a)
                return q;
            last = q.last();
        }
        return from;
    };

    if (chosen.last() > b) {
        for (int interval = m.intervalTarget - 1; interval >= m.intervalMin; --interval) {
            Placement q = placer.place(start, interval);
            if (q.ok() && q.last() <= b) {
                chosen = q.last() < a ? delayInto(q, interval) : q;
                break;
            }
        }
    } else if (chosen.last() < a) {
        chosen = delayInto(chosen, m.intervalTarget);
    }
    fit.fits = chosen.last() >= a && chosen.last() <= b;

    // What the minimum interval allows: how many sessions fit, and the latest start for all.
    const Placement tightest = placer.place(start, m.intervalMin);
    fit.sessionsThatFit = static_cast<int>(
        std::count_if(tightest.dates.begin(), tightest.dates.end(), [&](qint64 d) { return d <= b; }));
    if (placer.fixedCount() < placer.total()) {
        const int free = placer.total() - placer.fixedCount();
        qint64 s = b - static_cast<qint64>(free - 1) * m.intervalMin;
        for (int iter = 0; iter < 64; ++iter) {
            const Placement q = placer.place(s, m.intervalMin);
            if (!q.ok())
                break;
            if (q.last() <= b) {
                fit.latestFullStart = day(q.dates[static_cast<std::size_t>(placer.fixedCount())]);
                break;
            }
            s -= std::max<qint64>(1, q.last() - b);
        }
    }
    return fit;
}

} // namespace

QString planStatusCode(PlanStatus s)
{
    switch (s) {
    case PlanStatus::Ok:
        return u"ok"_s;
    case PlanStatus::Review:
        return u"review"_s;
    case PlanStatus::Blocked:
        return u"blocked"_s;
    }
    return {};
}

Problems validatePlanRequest(const Catalogue& c, const PlanRequest& r, const QDate& today)
{
    Problems out;
    auto add = [&](const QString& path, const QString& message) { out.append({QString(), path, message}); };
    auto checkAreas = [&](const QStringList& areas, const QString& path) {
        for (qsizetype i = 0; i < areas.size(); ++i)
            if (!c.area(areas[i]))
                add(jsonPath(path, i), Tr::tr("unknown area \"%1\"").arg(areas[i]));
    };

    if (!r.patient.birthDate.isValid())
        add(u"patient.birth_date"_s, Tr::tr("is required"));
    else if (r.patient.birthDate > today)
        add(u"patient.birth_date"_s,
            Tr::tr("%1 is after today (%2)").arg(isoDate(r.patient.birthDate), isoDate(today)));
    for (qsizetype i = 0; i < r.patient.findings.size(); ++i) {
        const Finding& f = r.patient.findings[i];
        const QString path = jsonPath(u"patient.findings"_s, i);
        if (!c.contraindication(f.code))
            add(jsonPath(path, u"code"), Tr::tr("unknown finding code \"%1\"").arg(f.code));
        checkAreas(f.areas, jsonPath(path, u"areas"));
        if (f.since && f.until && *f.since > *f.until)
            add(jsonPath(path, u"until"), Tr::tr("%1 is before since (%2)").arg(isoDate(*f.until), isoDate(*f.since)));
    }

    const Modality* m = c.modality(r.treatment.modality);
    if (!m) {
        QStringList known;
        for (const Modality& mod : c.modalities)
            known << mod.code;
        add(u"treatment.modality"_s,
            Tr::tr("unknown modality \"%1\" (known: %2)").arg(r.treatment.modality, known.join(u", "_s)));
    }
    const Indication* ind = c.indication(r.treatment.indication);
    if (!ind)
        add(u"treatment.indication"_s, Tr::tr("unknown indication \"%1\"").arg(r.treatment.indication));
    if (r.treatment.areas.isEmpty())
        add(u"treatment.areas"_s, Tr::tr("lists no area"));
    checkAreas(r.treatment.areas, u"treatment.areas"_s);
    if (m && r.treatment.sessions
        && (*r.treatment.sessions < m->minSessions || *r.treatment.sessions > m->maxSessions)) {
        add(u"treatment.sessions"_s,
            Tr::tr("%1 sessions is outside %2's bounds (%3-%4)")
                .arg(*r.treatment.sessions)
                .arg(m->code)
                .arg(m->minSessions)
                .arg(m->maxSessions));
    }
    if (r.clinic.allWeekdaysClosed())
        add(u"clinic.closed_weekdays"_s, Tr::tr("closes every weekday: the clinic would never be open"));
    for (qsizetype i = 0; i < r.existingSessions.size(); ++i) {
        const ExistingSession& s = r.existingSessions[i];
        const QString path = jsonPath(u"existing_sessions"_s, i);
        if (!c.modality(s.modality))
            add(jsonPath(path, u"modality"), Tr::tr("unknown modality \"%1\"").arg(s.modality));
        checkAreas(s.areas, jsonPath(path, u"areas"));
    }
    for (qsizetype i = 1; i < r.fixedSessions.size(); ++i)
        if (r.fixedSessions[i] <= r.fixedSessions[i - 1])
            add(jsonPath(u"fixed_sessions"_s, i),
                Tr::tr("%1 is not after session %2 (%3)")
                    .arg(isoDate(r.fixedSessions[i]))
                    .arg(i)
                    .arg(isoDate(r.fixedSessions[i - 1])));
    if (m && ind) {
        const int n = sessionCount(c, *m, *ind, r.treatment);
        if (r.fixedSessions.size() > n)
            add(u"fixed_sessions"_s,
                Tr::tr("%1 sessions are given but the series has %2").arg(r.fixedSessions.size()).arg(n));
    }
    return out;
}

std::expected<Plan, Problems> planSeries(const Catalogue& c, const PlanRequest& r, const QDate& today)
{
    if (Problems problems = validatePlanRequest(c, r, today); !problems.isEmpty())
        return std::unexpected(problems);

    const Modality& m = *c.modality(r.treatment.modality);
    const Indication& ind = *c.indication(r.treatment.indication);
    const int total = sessionCount(c, m, ind, r.treatment);
    const QList<ApplicableFinding> applicable = applicableFindings(c, r.patient, r.treatment);

    std::vector<BlockedSpan> blocked;
    for (const ApplicableFinding& f : applicable)
        if (f.effect == Effect::Blocks)
            blocked.push_back({f.from ? jd(*f.from) : Never, f.clearsOn ? jd(*f.clearsOn) : Forever});

    std::vector<Neighbour> neighbours;
    const std::uint64_t treated = c.areaMask(r.treatment.areas);
    for (const ExistingSession& s : r.existingSessions)
        if (c.areaMask(s.areas) & treated)
            neighbours.push_back({jd(s.date), std::max(m.intervalMin, c.modality(s.modality)->intervalMin)});

    std::vector<qint64> fixed;
    for (const QDate& d : r.fixedSessions)
        fixed.push_back(jd(d));
    const Placer placer(r.clinic, m, blocked, std::move(neighbours), fixed, total);

    Plan plan;
    plan.sessionCount = total;
    const qint64 requested = jd(std::max(r.earliestStart.value_or(today), today));

    // Washouts move the start; an ongoing blocking finding blocks the plan.
    qint64 start = requested;
    bool blockedForever = false;
    for (bool moved = true; moved && !blockedForever;) {
        moved = false;
        for (const BlockedSpan& s : blocked) {
            if (s.from <= start && start < s.to) {
                if (s.to == Forever) {
                    blockedForever = true;
                    break;
                }
                start = s.to;
                moved = true;
            }
        }
    }

    auto report = [&](auto&& keep) {
        for (const ApplicableFinding& f : applicable)
            if (keep(f))
                plan.findings.append(f);
    };
    auto explainsStart = [&](const ApplicableFinding& f) {
        return f.effect == Effect::Blocks && f.inEffectDuring(day(requested), day(start));
    };

    QList<ApplicableFinding> refusals = checkFixedSessions(placer, m, fixed, applicable, jd(today));
    if (blockedForever || !refusals.isEmpty()) {
        plan.status = PlanStatus::Blocked;
        report([&](const ApplicableFinding& f) { return explainsStart(f) || f.inEffectOn(day(start)); });
        plan.findings.append(refusals);
        return plan;
    }

    Placement chosen = placer.place(start, m.intervalTarget);
    if (!chosen.ok()) {
        plan.status = PlanStatus::Blocked;
        const qint64 stuck = chosen.dates.empty() ? start : chosen.dates.back();
        report([&](const ApplicableFinding& f) {
            return explainsStart(f)
                || (f.effect == Effect::Blocks && f.inEffectDuring(day(stuck), day(stuck + SearchHorizonDays)));
        });
        plan.findings.append(refusal(u"no_open_date"_s,
            Tr::tr("No day within %1 days for session %2: the clinic is closed, a finding "
                   "blocks treatment or other sessions are too close.")
                .arg(SearchHorizonDays)
                .arg(chosen.failedSession)));
        return plan;
    }

    // The earliest day the first planned session could take place, before any event moves it.
    if (placer.fixedCount() < total)
        plan.earliestStart = day(chosen.dates[static_cast<std::size_t>(placer.fixedCount())]);
    if (r.eventDate)
        plan.event = fitEvent(placer, m, start, *r.eventDate, chosen);

    for (int i = 0; i < total; ++i) {
        PlannedSession s;
        s.number = i + 1;
        s.date = day(chosen.dates[static_cast<std::size_t>(i)]);
        s.fixed = i < placer.fixedCount();
        if (i == 0) {
            s.earliest = s.fixed ? s.date : *plan.earliestStart;
        } else {
            const qint64 prev = chosen.dates[static_cast<std::size_t>(i - 1)];
            s.earliest = day(prev + m.intervalMin);
            s.latest = day(prev + m.intervalMax);
        }
        plan.sessions.append(s);
    }
    for (int i = 1; i < placer.fixedCount(); ++i) {
        const qint64 d = fixed[static_cast<std::size_t>(i)];
        const qint64 gap = d - fixed[static_cast<std::size_t>(i - 1)];
        if (d >= jd(today) && gap > m.intervalMax)
            plan.warnings.append({i + 1,
                Tr::tr("Session %1 is %2 days after session %3, beyond the %4-day maximum.")
                    .arg(i + 1)
                    .arg(gap)
                    .arg(i)
                    .arg(m.intervalMax)});
    }
    plan.warnings.append(chosen.warnings);

    const QDate last = day(chosen.last());
    plan.reviewFrom = last.addMonths(c.reviewFromMonths);
    plan.reviewTo = last.addMonths(c.reviewToMonths);
    plan.maintenanceDue = last.addMonths(c.maintenanceMonths);

    // Sessions still to come: the planned ones and settled ones on or after today.
    std::vector<qint64> upcoming;
    for (const qint64 d : chosen.dates)
        if (d >= jd(today))
            upcoming.push_back(d);
    report([&](const ApplicableFinding& f) {
        // A blocking finding shows why the start moved or why the series has a gap.
        if (f.effect == Effect::Blocks)
            return f.inEffectDuring(day(requested), day(chosen.last()));
        return std::any_of(upcoming.begin(), upcoming.end(), [&](qint64 d) { return f.inEffectOn(day(d)); });
    });
    // A session beyond its maximum interval breaks the protocol: a clinician must decide.
    plan.status = !plan.warnings.isEmpty()
            || std::any_of(plan.findings.begin(), plan.findings.end(),
                [](const ApplicableFinding& f) { return f.effect == Effect::Review; })
        ? PlanStatus::Review
        : PlanStatus::Ok;
    return plan;
}

} // namespace np
