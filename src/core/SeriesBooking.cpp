#include "SeriesBooking.h"

#include <QCoreApplication>
#include <QHash>

#include <limits>

using namespace Qt::StringLiterals;

namespace np {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(SeriesBooking)
};

// Slots asked for at first: the nearest free one the planner accepts is almost always among them;
// when none is, ten times as many are asked for, until the window has no more.
constexpr int FirstCandidates = 50;
constexpr int CandidateGrowth = 10;
// Days either side of a session's target tried before its whole window.
constexpr int NearDays = 3;

QString isoDay(const QDate& d)
{
    return d.toString(Qt::ISODate);
}

// The messages of the findings that block, one per line.
QString blockingReasons(const Plan& plan)
{
    QStringList lines;
    for (const ApplicableFinding& f : plan.findings)
        if (f.effect == Effect::Blocks)
            lines << f.message;
    return lines.join(u'\n');
}

class Booker {
public:
    Booker(const Catalogue& catalogue, const ClinicSetup& clinic, const SeriesBookingRequest& request,
        const BusyLookup& busy, const QDate& today)
        : m_catalogue(catalogue)
        , m_clinic(clinic)
        , m_request(request)
        , m_busy(busy)
        , m_today(today)
    { }

    std::expected<SeriesBooking, SeriesBookingRefusal> run()
    {
        QList<QDate> fixed = m_request.plan.fixedSessions;
        auto plan = planWith(fixed);
        if (!plan)
            return std::unexpected(plan.error());
        const qsizetype count = plan->sessions.size();
        for (const SessionAdjustment& a : m_request.adjustments)
            if (a.number <= fixed.size() || a.number > count)
                return refuse(a.number,
                    Tr::tr("session %1 cannot be adjusted: sessions %2 to %3 are being booked")
                        .arg(a.number)
                        .arg(fixed.size() + 1)
                        .arg(count));
        SeriesBooking out;
        for (qsizetype i = fixed.size(); i < count; ++i) {
            if (i > m_request.plan.fixedSessions.size()) {
                plan = planWith(fixed);
                if (!plan)
                    return std::unexpected(plan.error());
            }
            const PlannedSession& planned = plan->sessions[i];
            auto booked = bookSession(planned, fixed);
            if (!booked)
                return std::unexpected(booked.error());
            fixed.append(booked->slot.localStart.date());
            out.sessions.append(*booked);
        }
        plan = planWith(fixed);
        if (!plan)
            return std::unexpected(plan.error());
        out.plan = *plan;
        return out;
    }

private:
    static std::unexpected<SeriesBookingRefusal> refuse(int session, const QString& reason)
    {
        return std::unexpected(SeriesBookingRefusal {session, reason, std::nullopt});
    }

    // The engine's plan with the days in `fixed` settled; refused when a rule blocks it.
    std::expected<Plan, SeriesBookingRefusal> planWith(const QList<QDate>& fixed)
    {
        PlanRequest request = m_request.plan;
        request.fixedSessions = fixed;
        auto plan = planSeries(m_catalogue, request, m_today);
        if (!plan)
            return refuse(0, joinProblems(plan.error()));
        if (plan->status == PlanStatus::Blocked)
            return std::unexpected(
                SeriesBookingRefusal {static_cast<int>(fixed.size()), blockingReasons(*plan), *plan});
        return *plan;
    }

    [[nodiscard]] const SessionAdjustment* adjustment(int number) const
    {
        for (const SessionAdjustment& a : m_request.adjustments)
            if (a.number == number)
                return &a;
        return nullptr;
    }

    SlotQuery query(const QDate& from, const QDate& to, const QDate& target) const
    {
        SlotQuery q;
        q.modality = m_request.plan.treatment.modality;
        q.areaCount = static_cast<int>(m_request.plan.treatment.areas.size());
        q.from = from;
        q.to = to;
        q.target = target;
        q.weekdays = m_request.preferences.weekdays;
        q.part = m_request.preferences.part;
        q.practitioner = m_request.preferences.practitioner;
        q.limit = FirstCandidates;
        return q;
    }

    // Whether the planner accepts session `number` on `day` after the `fixed` ones.
    bool plannerAccepts(const QList<QDate>& fixed, const QDate& day)
    {
        const auto known = m_accepted.constFind(day.toJulianDay());
        if (known != m_accepted.cend())
            return *known;
        const bool ok = planWith(QList<QDate>(fixed) << day).has_value();
        m_accepted.insert(day.toJulianDay(), ok);
        return ok;
    }

    // The free slot in [from, to] nearest `target` that the planner accepts after the `fixed` days.
    std::optional<Slot> firstAccepted(
        const QDate& from, const QDate& to, const QDate& target, const QList<QDate>& fixed)
    {
        const QList<BusySpan> busy = m_busy(from, to);
        SlotQuery q = query(from, to, target);
        for (;; q.limit = q.limit > std::numeric_limits<int>::max() / CandidateGrowth ? std::numeric_limits<int>::max()
                                                                                      : q.limit * CandidateGrowth) {
            const QList<Slot> found = findSlots(m_clinic, m_catalogue, q, busy);
            for (const Slot& slot : found)
                if (plannerAccepts(fixed, slot.localStart.date()))
                    return slot;
            if (found.size() < q.limit)
                return std::nullopt; // every free slot of [from, to] was tried
        }
    }

    std::expected<BookedSession, SeriesBookingRefusal> bookSession(
        const PlannedSession& planned, const QList<QDate>& fixed)
    {
        BookedSession out;
        out.number = planned.number;
        out.target = planned.date;
        out.earliest = planned.earliest;
        out.latest = planned.latest;
        const QDate last = planned.latest.value_or(planned.date.addDays(FirstSessionWindowDays));
        m_accepted.clear();
        if (const SessionAdjustment* a = adjustment(planned.number))
            return adjusted(out, *a, fixed, last);
        // The days nearest the target first: the slot is nearly always there, and the calendar of
        // a few days is quicker to read than the whole window's. The ranking is the same either way.
        const QDate nearFrom = std::max(planned.earliest, planned.date.addDays(-NearDays));
        const QDate nearTo = std::min(last, planned.date.addDays(NearDays));
        if (nearFrom <= nearTo && (nearFrom > planned.earliest || nearTo < last))
            if (auto slot = firstAccepted(nearFrom, nearTo, planned.date, fixed)) {
                out.slot = *slot;
                return out;
            }
        if (auto slot = firstAccepted(planned.earliest, last, planned.date, fixed)) {
            out.slot = *slot;
            return out;
        }
        return refuse(planned.number,
            Tr::tr("session %1: no free slot between %2 and %3 that the rules and the preferences allow")
                .arg(planned.number)
                .arg(isoDay(planned.earliest), isoDay(last)));
    }

    std::expected<BookedSession, SeriesBookingRefusal> adjusted(
        BookedSession out, const SessionAdjustment& a, const QList<QDate>& fixed, const QDate& last)
    {
        const QDate day = a.localStart.date();
        const Modality* m = m_catalogue.modality(m_request.plan.treatment.modality);
        if (!fixed.isEmpty() && m) {
            const qint64 gap = fixed.last().daysTo(day);
            if (gap > m->intervalMax)
                return refuse(a.number,
                    Tr::tr("session %1 on %2 would be %3 days after session %4 on %5; %6 allows at most %7 days")
                        .arg(a.number)
                        .arg(isoDay(day))
                        .arg(gap)
                        .arg(a.number - 1)
                        .arg(isoDay(fixed.last()), m->name)
                        .arg(m->intervalMax));
        } else if (day < out.earliest || day > last) {
            return refuse(a.number,
                Tr::tr("session %1 on %2 is outside the days the plan allows for it (%3 to %4)")
                    .arg(a.number)
                    .arg(isoDay(day), isoDay(out.earliest), isoDay(last)));
        }
        // The planner names the rule a day breaks: the minimum interval, a finding, a closure.
        if (auto plan = planWith(QList<QDate>(fixed) << day); !plan) {
            SeriesBookingRefusal refusal = plan.error();
            refusal.session = a.number;
            return std::unexpected(refusal);
        }
        SlotQuery q = query(day, day, day);
        q.limit = std::numeric_limits<int>::max();
        q.weekdays.clear();
        q.part = PartOfDay::Any;
        if (!a.practitioner.isEmpty())
            q.practitioner = a.practitioner;
        for (const Slot& slot : findSlots(m_clinic, m_catalogue, q, m_busy(day, day)))
            if (slot.localStart == a.localStart) {
                out.slot = slot;
                out.adjusted = true;
                return out;
            }
        const QString who = q.practitioner.isEmpty() ? Tr::tr("any practitioner") : q.practitioner;
        return refuse(a.number,
            Tr::tr("session %1 at %2: %3 has no free time then (with a room and device), or the clinic's "
                   "hours or slot grid do not allow it")
                .arg(a.number)
                .arg(a.localStart.toString(u"yyyy-MM-dd HH:mm"_s), who));
    }

    const Catalogue& m_catalogue;
    const ClinicSetup& m_clinic;
    const SeriesBookingRequest& m_request;
    const BusyLookup& m_busy;
    QDate m_today;
    QHash<qint64, bool> m_accepted; // per Julian day, for the session being placed
};

} // namespace

std::expected<SeriesBooking, SeriesBookingRefusal> bookSeriesSlots(const Catalogue& catalogue,
    const ClinicSetup& clinic, const SeriesBookingRequest& request, const BusyLookup& busy, const QDate& today)
{
    return Booker(catalogue, clinic, request, busy, today).run();
}

std::expected<SeriesBooking, SeriesBookingRefusal> bookSeriesSlots(const Catalogue& catalogue,
    const ClinicSetup& clinic, const SeriesBookingRequest& request, const QList<BusySpan>& busy, const QDate& today)
{
    const BusyLookup all = [&](const QDate&, const QDate&) { return busy; };
    return bookSeriesSlots(catalogue, clinic, request, all, today);
}

SessionMoveCheck checkSessionMove(const Catalogue& catalogue, const PlanRequest& plan, const QDate& day,
    const std::optional<QDate>& next, const QDate& today)
{
    SessionMoveCheck out;
    PlanRequest request = plan;
    request.fixedSessions.append(day);
    const int number = static_cast<int>(request.fixedSessions.size());
    const auto result = planSeries(catalogue, request, today);
    if (!result) {
        out.refusal = joinProblems(result.error());
        return out;
    }
    if (result->status == PlanStatus::Blocked) {
        out.refusal = blockingReasons(*result);
        return out;
    }
    for (const PlanWarning& w : result->warnings)
        if (w.session == number)
            out.warnings << w.message;
    const Modality* m = catalogue.modality(plan.treatment.modality);
    if (next && m) {
        const qint64 gap = day.daysTo(*next);
        if (gap < m->intervalMin || gap > m->intervalMax) {
            out.laterOutOfWindow = true;
            out.warnings << Tr::tr("session %1 on %2 would be %3 days after this one; %4 needs %5 to %6 days")
                                .arg(number + 1)
                                .arg(isoDay(*next))
                                .arg(gap)
                                .arg(m->name)
                                .arg(m->intervalMin)
                                .arg(m->intervalMax);
        }
    }
    return out;
}

} // namespace np
