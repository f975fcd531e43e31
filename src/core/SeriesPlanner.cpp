#include "SeriesPlanner.h"

#include "JsonReader.h"
#include "SessionPlacer.h"

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

qint64 jd(const QDate& d)
{
    return d.toJulianDay();
}
QDate day(qint64 julian)
{
    return QDate::fromJulianDay(julian);
}

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
QList<ApplicableFinding> checkFixedSessions(const SessionPlacer& placer, const Modality& m,
    const std::vector<qint64>& fixed, const QList<ApplicableFinding>& applicable, qint64 today)
{
    QList<ApplicableFinding> out;
    for (std::size_t i = 0; i < fixed.size(); ++i) {
        const qint64 d = fixed[i];
        if (d < today)
            continue;
        const int number = static_cast<int>(i) + 1;
        if (i > 0 && d - fixed[i - 1] < m.intervalMin) {
            out.append(refusal(u"interval_too_short"_s,
                Tr::tr("Session %1 on %2 would be %3 after session %4 on %5; %6 needs at least %7 days.")
                    .arg(number)
                    .arg(dateText(d))
                    .arg(d - fixed[i - 1] == 1 ? Tr::tr("1 day") : Tr::tr("%1 days").arg(d - fixed[i - 1]))
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

EventFit fitEvent(const SessionPlacer& placer, const Modality& m, qint64 start, const QDate& event, Placement& chosen)
{
    EventFit fit;
    fit.date = event;
    const qint64 a = jd(event) - m.eventWindow.max;
    const qint64 b = jd(event) - m.eventWindow.min;
    fit.lastSessionFrom = day(a);
    fit.lastSessionTo = day(b);

    if (!(chosen.last() >= a && chosen.last() <= b)) {
        // Keep the target spacing, delaying the start as little as possible; else tighten the
        // spacing toward the minimum, never below; else any series the rules allow.
        // The exhaustive search runs once the cheap one fails: it tells whether tightening can
        // work at all, and gives a series when no uniform spacing does.
        std::optional<Placement> found = placer.placeEndingIn(start, m.intervalTarget, a, b);
        if (!found) {
            if (std::optional<Placement> any = placer.anySeriesEndingIn(start, a, b)) {
                for (int interval = m.intervalTarget - 1; interval >= m.intervalMin && !found; --interval)
                    found = placer.placeEndingIn(start, interval, a, b);
                if (!found)
                    found = std::move(any);
            }
        }
        if (found)
            chosen = std::move(*found);
    }
    fit.fits = chosen.last() >= a && chosen.last() <= b;

    // What the minimum interval allows: how many sessions fit, and the latest start for all.
    const Placement tightest = placer.place(start, m.intervalMin);
    fit.sessionsThatFit = static_cast<int>(
        std::count_if(tightest.dates.begin(), tightest.dates.end(), [&](qint64 d) { return d <= b; }));
    constexpr qint64 LookBackDays = 366;
    if (const auto latest = placer.latestTightStart(b, std::min(start, b) - LookBackDays))
        fit.latestFullStart = day(*latest);
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
    // Paths are built only for problems: validation runs on every live re-plan.
    auto item
        = [](QStringView list, qsizetype i, QStringView key) { return jsonPath(jsonPath(list.toString(), i), key); };
    auto checkAreas = [&](const QStringList& areas, auto&& path) {
        for (qsizetype i = 0; i < areas.size(); ++i)
            if (c.areaIndex(areas[i]) < 0)
                add(jsonPath(path(), i), Tr::tr("unknown area \"%1\"").arg(areas[i]));
    };

    if (!r.patient.birthDate.isValid())
        add(u"patient.birth_date"_s, Tr::tr("is required"));
    else if (r.patient.birthDate > today)
        add(u"patient.birth_date"_s,
            Tr::tr("%1 is after today (%2)").arg(isoDate(r.patient.birthDate), isoDate(today)));
    for (qsizetype i = 0; i < r.patient.findings.size(); ++i) {
        const Finding& f = r.patient.findings[i];
        if (!c.contraindication(f.code))
            add(item(u"patient.findings", i, u"code"), Tr::tr("unknown finding code \"%1\"").arg(f.code));
        checkAreas(f.areas, [&] { return item(u"patient.findings", i, u"areas"); });
        if (f.since && f.until && *f.since > *f.until)
            add(item(u"patient.findings", i, u"until"),
                Tr::tr("%1 is before since (%2)").arg(isoDate(*f.until), isoDate(*f.since)));
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
    checkAreas(r.treatment.areas, [] { return u"treatment.areas"_s; });
    if (m && r.treatment.sessions && !r.booked
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
        if (!c.modality(s.modality))
            add(item(u"existing_sessions", i, u"modality"), Tr::tr("unknown modality \"%1\"").arg(s.modality));
        checkAreas(s.areas, [&] { return item(u"existing_sessions", i, u"areas"); });
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
            blocked.push_back({f.from ? jd(*f.from) : NeverDay, f.clearsOn ? jd(*f.clearsOn) : ForeverDay});

    std::vector<Neighbour> neighbours;
    const std::uint64_t treated = c.areaMask(r.treatment.areas);
    for (const ExistingSession& s : r.existingSessions)
        if (c.areaMask(s.areas) & treated)
            neighbours.push_back({jd(s.date), std::max(m.intervalMin, c.modality(s.modality)->intervalMin)});

    std::vector<qint64> fixed;
    for (const QDate& d : r.fixedSessions)
        fixed.push_back(jd(d));
    const SessionPlacer placer(r.clinic, m, blocked, std::move(neighbours), fixed, total);

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
                if (s.to == ForeverDay) {
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
    // Gaps beyond the maximum: a planned session no valid day could bring closer, or a settled
    // one being moved now.
    for (int i = 1; i < total; ++i) {
        const qint64 d = chosen.dates[static_cast<std::size_t>(i)];
        const qint64 gap = d - chosen.dates[static_cast<std::size_t>(i - 1)];
        if ((i >= placer.fixedCount() || d >= jd(today)) && gap > m.intervalMax)
            plan.warnings.append({i + 1,
                Tr::tr("Session %1 is %2 days after session %3, beyond the %4-day maximum.")
                    .arg(i + 1)
                    .arg(gap)
                    .arg(i)
                    .arg(m.intervalMax)});
    }

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
