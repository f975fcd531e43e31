// How fast the planner re-plans: the GUI plans again on every step while a user drags an
// appointment, so one plan must take well under 10 microseconds (100,000 plans per second).
//
// The request is the worst realistic case: a 6-session series, a clinic with 50 closures
// (a Christmas run and scattered days, some on target dates), 20 existing sessions of which several
// share a treated area, with or without an event date, with or without findings whose washouts
// move the start.
//
//   build-release/bench/plan_bench [--benchmark_filter=...]
// PLAN_BENCH_DUMP=1 prints each benchmarked plan (JSON) to stderr, to check what is measured.

#include "core/Catalogue.h"
#include "core/CatalogueLoader.h"
#include "core/Patient.h"
#include "core/PlanJson.h"
#include "core/Problem.h"
#include "core/SeriesPlanner.h"

#include <benchmark/benchmark.h>

#include <QDate>
#include <QJsonDocument>

#include <cstdio>
#include <cstdlib>
#include <random>

using namespace Qt::StringLiterals;

namespace {

const QDate Today(2026, 12, 1);

const np::Catalogue& catalogue()
{
    static const np::Catalogue c = [] {
        auto loaded = np::loadBuiltInCatalogue();
        if (!loaded) {
            std::fprintf(stderr, "%s\n", qPrintable(np::joinProblems(loaded.error())));
            std::exit(1);
        }
        return *loaded;
    }();
    return c;
}

enum class Event { None, Later, TooSoon };
enum class Findings { None, Washouts };
enum class Existing { Spread, Crowded };

np::PlanRequest request(Event event, Findings findings, Existing existing = Existing::Spread)
{
    np::PlanRequest r;
    r.patient.birthDate = QDate(1991, 3, 14);
    r.patient.fitzpatrick = 4;
    r.treatment.modality = u"automated_pen"_s;
    r.treatment.indication = u"acne_scars"_s;
    r.treatment.severity = np::Severity::Severe; // 6 sessions
    r.treatment.areas = {u"cheeks"_s, u"forehead"_s, u"jaw_chin"_s};
    r.earliestStart = Today.addDays(6);

    // 50 closures: Sundays are closed too; 10 days over Christmas, 40 more scattered over the
    // year, a few of them on the days a 28-day rhythm would pick.
    r.clinic.setClosedWeekday(Qt::Sunday);
    int closures = 0;
    for (QDate d(2026, 12, 24); d <= QDate(2027, 1, 2); d = d.addDays(1), ++closures)
        r.clinic.addClosure(d);
    for (int k = 1; k <= 5; ++k, ++closures)
        r.clinic.addClosure(r.earliestStart->addDays(28 * k + 30));
    std::mt19937 rng(50);
    std::uniform_int_distribution<int> offset(0, 360);
    while (closures < 50) {
        const QDate d = Today.addDays(offset(rng));
        if (!r.clinic.isClosed(d)) {
            r.clinic.addClosure(d);
            ++closures;
        }
    }

    // 20 existing sessions over the past months and the coming year. Six touch a treated area:
    // two just before the start (one moves it), one in the middle of the series (it moves a
    // session) and three after it; the others are on the body. Crowded: the six are spread over
    // the months before the event instead, so that the planner must work round them.
    struct Shared {
        int day; // from today
        const char16_t* modality;
    };
    const Shared spread[] = {{-40, u"automated_pen"}, {-8, u"roller"}, {56, u"roller"}, {420, u"prp_microneedling"},
        {450, u"peel_microneedling"}, {480, u"rf_microneedling"}};
    const Shared crowded[] = {{-40, u"automated_pen"}, {-8, u"roller"}, {150, u"rf_microneedling"},
        {230, u"prp_microneedling"}, {330, u"peel_microneedling"}, {380, u"automated_pen"}};
    const Shared* shared = existing == Existing::Crowded ? crowded : spread;
    const QString modalities[]
        = {u"automated_pen"_s, u"roller"_s, u"rf_microneedling"_s, u"prp_microneedling"_s, u"peel_microneedling"_s};
    const QStringList body[] = {{u"neck"_s}, {u"hands"_s}, {u"abdomen"_s, u"thighs"_s}, {u"chest"_s}, {u"back"_s}};
    for (int i = 0; i < 20; ++i) {
        np::ExistingSession s;
        if (i < 6) {
            s.date = Today.addDays(shared[i].day);
            s.modality = QString::fromUtf16(shared[i].modality);
            s.areas = {i % 2 ? u"cheeks"_s : u"jaw_chin"_s, u"neck"_s};
        } else {
            s.date = Today.addDays(-60 + 30 * (i - 6));
            s.modality = modalities[i % 5];
            s.areas = body[i % 5];
        }
        r.existingSessions << s;
    }

    if (findings == Findings::Washouts) {
        auto finding
            = [&](const char16_t* code, std::optional<int> since, std::optional<int> until, QStringList areas = {}) {
                  np::Finding f;
                  f.code = QString::fromUtf16(code);
                  f.areas = std::move(areas);
                  if (since)
                      f.since = Today.addDays(*since);
                  if (until)
                      f.until = Today.addDays(*until);
                  r.patient.findings << f;
              };
        finding(u"isotretinoin", -300, -160); // clears 22 days from today
        finding(u"topical_retinoid", std::nullopt, 3, {u"cheeks"_s}); // clears in 8 days
        finding(u"herpes_active", 12, 20); // face: blocks until 27 days from today
        finding(u"sunburn_or_tan", 60, std::nullopt, {u"forehead"_s}); // one-off: 14 days
        finding(u"active_acne", 120, 135, {u"jaw_chin"_s}); // a flare mid-series
        finding(u"filler_in_area", -10, std::nullopt, {u"cheeks"_s}); // review for 28 days
        finding(u"anticoagulants", -400, std::nullopt); // review, ongoing
        finding(u"nsaids_supplements", -30, std::nullopt); // advice
        finding(u"tattoo_in_area", -2000, std::nullopt, {u"hands"_s}); // not a treated area
    }

    switch (event) {
    case Event::None:
        break;
    case Event::Later: // well after the series would end: the planner delays it into the window
        r.eventDate = Today.addDays(330);
        break;
    case Event::TooSoon: // the series cannot fit: how many do, and the latest full start
        r.eventDate = Today.addDays(90);
        break;
    }
    return r;
}

void setCounters(benchmark::State& state, const np::PlanRequest& r, const np::Plan& plan)
{
    const std::uint64_t treated = catalogue().areaMask(r.treatment.areas);
    int sharing = 0;
    for (const np::ExistingSession& s : r.existingSessions)
        sharing += (catalogue().areaMask(s.areas) & treated) != 0;
    state.SetItemsProcessed(state.iterations());
    state.counters["plans/s"]
        = benchmark::Counter(static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
    state.counters["sessions"] = static_cast<double>(plan.sessions.size());
    state.counters["closures"] = static_cast<double>(r.clinic.closures().size());
    state.counters["existing"] = static_cast<double>(r.existingSessions.size());
    state.counters["sharing"] = sharing;
    state.counters["findings"] = static_cast<double>(r.patient.findings.size());
    state.counters["warnings"] = static_cast<double>(plan.warnings.size());
    state.counters["span_days"] = plan.sessions.isEmpty()
        ? 0
        : static_cast<double>(plan.sessions.front().date.daysTo(plan.sessions.back().date));
    if (plan.event) {
        state.counters["fits"] = plan.event->fits;
        state.counters["that_fit"] = plan.event->sessionsThatFit;
    }
}

// range(0): Event; range(1): Findings; range(2): Existing.
void BM_PlanSeries(benchmark::State& state)
{
    const np::PlanRequest r = request(static_cast<Event>(state.range(0)), static_cast<Findings>(state.range(1)),
        static_cast<Existing>(state.range(2)));
    const auto first = np::planSeries(catalogue(), r, Today);
    if (!first || first->status == np::PlanStatus::Blocked || first->sessions.size() != 6) {
        state.SkipWithError("the benchmark request does not plan a 6-session series");
        return;
    }
    if (qEnvironmentVariableIsSet("PLAN_BENCH_DUMP"))
        std::fprintf(stderr, "%s\n", QJsonDocument(np::planToJson(*first)).toJson(QJsonDocument::Compact).constData());
    for (auto _ : state) {
        auto plan = np::planSeries(catalogue(), r, Today);
        benchmark::DoNotOptimize(plan);
    }
    setCounters(state, r, *first);
}
BENCHMARK(BM_PlanSeries)
    ->ArgNames({"event", "findings", "crowded"})
    ->ArgsProduct({{static_cast<int>(Event::None), static_cast<int>(Event::Later), static_cast<int>(Event::TooSoon)},
        {static_cast<int>(Findings::None), static_cast<int>(Findings::Washouts)},
        {static_cast<int>(Existing::Spread), static_cast<int>(Existing::Crowded)}});

// Dragging session 3 of a running series over 30 days, one plan per day: sessions 1 and 2 are
// held, the rest is planned again from the dragged one, with the event in place. Sundays and the
// Christmas closure are refused; days more than 42 days after session 2 plan with a warning.
void BM_ReplanWhileDragging(benchmark::State& state)
{
    np::PlanRequest r = request(Event::Later, Findings::None);
    r.earliestStart.reset();
    r.fixedSessions = {Today.addDays(-42), Today.addDays(-14), Today.addDays(14)};
    int step = 0;
    std::int64_t refused = 0;
    for (auto _ : state) {
        r.fixedSessions.last() = Today.addDays(14 + step);
        step = (step + 1) % 30;
        auto plan = np::planSeries(catalogue(), r, Today);
        refused += plan && plan->status == np::PlanStatus::Blocked;
        benchmark::DoNotOptimize(plan);
    }
    r.fixedSessions.last() = Today.addDays(15);
    const auto plan = np::planSeries(catalogue(), r, Today);
    if (!plan || plan->status == np::PlanStatus::Blocked) {
        state.SkipWithError("the dragged request does not plan");
        return;
    }
    setCounters(state, r, *plan);
    state.counters["refused"] = static_cast<double>(refused) / static_cast<double>(state.iterations());
}
BENCHMARK(BM_ReplanWhileDragging);

} // namespace

BENCHMARK_MAIN();
