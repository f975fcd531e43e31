// Property tests of the series planner over seeded random requests.
//
// Every request is generated from (seed, iteration), so a failure reproduces on its own:
//   NEEDLEPOINT_PROPERTY_SEED=<seed> NEEDLEPOINT_PROPERTY_ONLY=<iteration> core_tests "[property]"
// NEEDLEPOINT_PROPERTY_RUNS=<n> runs more (or fewer) requests; NEEDLEPOINT_PROPERTY_REPORT=<n> reports up to
// n failing requests per property (5 by default); NEEDLEPOINT_PROPERTY_STATS=1 prints what the requests cover. A
// failure prints the request in needlepoint-cli's format, so `needlepoint-cli --today <today> plan` replays it too.
//
// The requests are generated and planned once per process and shared by the test cases.

#include "TestSupport.h"

#include "core/Catalogue.h"
#include "core/ClinicCalendar.h"
#include "core/Codes.h"
#include "core/Patient.h"
#include "core/PlanJson.h"
#include "core/Screening.h"
#include "core/SeriesPlanner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtGlobal>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <expected>
#include <optional>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

using np::Catalogue;
using np::PlanRequest;

constexpr std::uint32_t DefaultSeed = 20261201;
constexpr int DefaultRuns = 10000;
constexpr int DefaultReported = 5; // per test case: the first few failing requests in full

std::string iso(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate).toStdString() : std::string("(none)");
}
std::string iso(const std::optional<QDate>& d)
{
    return d ? iso(*d) : std::string("(none)");
}
qint64 jd(const QDate& d)
{
    return d.toJulianDay();
}
QDate day(qint64 julian)
{
    return QDate::fromJulianDay(julian);
}

// ---------------------------------------------------------------------------------------------
// Random requests

class Random {
public:
    Random(std::uint32_t seed, std::uint32_t iteration)
        : m_rng(seed ^ (iteration * 0x9e3779b9u))
    { }
    int between(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(m_rng); }
    bool chance(double p) { return std::bernoulli_distribution(p)(m_rng); }
    template <typename T>
    const T& pick(const QList<T>& items)
    {
        return items[between(0, static_cast<int>(items.size()) - 1)];
    }

private:
    std::mt19937 m_rng;
};

// An independent statement of the planner's rules, to check plans against.
struct Oracle {
    np::ClinicCalendar clinic;
    QList<np::ApplicableFinding> blocking; // applicable findings that block
    struct Neighbour {
        qint64 day = 0;
        int gap = 0;
    };
    std::vector<Neighbour> neighbours; // existing sessions sharing a treated area
    int intervalMin = 0;
    int intervalMax = 0;
    qint64 requested = 0; // max(today, earliest start)
    std::vector<qint64> fixed;
    int total = 0;

    [[nodiscard]] bool open(qint64 d) const { return !clinic.isClosed(day(d)); }
    [[nodiscard]] const np::ApplicableFinding* blockingOn(qint64 d) const
    {
        for (const np::ApplicableFinding& f : blocking)
            if (f.inEffectOn(day(d)))
                return &f;
        return nullptr;
    }
    [[nodiscard]] const Neighbour* tooClose(qint64 d) const
    {
        for (const Neighbour& n : neighbours)
            if (std::abs(d - n.day) < n.gap)
                return &n;
        return nullptr;
    }
    [[nodiscard]] bool valid(qint64 d) const { return open(d) && !blockingOn(d) && !tooClose(d); }
    // The first valid day in [d, d + horizon], stepping over a blocking finding or another
    // session's gap at once.
    [[nodiscard]] std::optional<qint64> firstValidFrom(qint64 d, qint64 horizon = 800) const
    {
        for (qint64 x = d; x <= d + horizon;) {
            if (const np::ApplicableFinding* f = blockingOn(x)) {
                if (!f->clearsOn)
                    return std::nullopt;
                x = jd(*f->clearsOn);
            } else if (const Neighbour* n = tooClose(x)) {
                x = n->day + n->gap;
            } else if (open(x)) {
                return x;
            } else {
                ++x;
            }
        }
        return std::nullopt;
    }
    [[nodiscard]] int freeCount() const { return total - static_cast<int>(fixed.size()); }

    // The fixed sessions, then every free one on the first valid day at least the minimum
    // interval after the one before and not before `from`. Stops early when no day is found.
    [[nodiscard]] std::vector<qint64> tightest(qint64 from) const
    {
        std::vector<qint64> dates = fixed;
        while (static_cast<int>(dates.size()) < total) {
            const qint64 lo = dates.empty() ? from : std::max(dates.back() + intervalMin, from);
            const std::optional<qint64> d = firstValidFrom(lo);
            if (!d)
                break;
            dates.push_back(*d);
        }
        return dates;
    }

    // Free sessions on valid days, each within [min, max] days of the one before (the first not
    // before `requested`, nor too soon or too late after the last fixed one), the last in [a, b];
    // none when no such series exists.
    [[nodiscard]] std::optional<std::vector<qint64>> seriesEndingIn(qint64 a, qint64 b) const
    {
        const int free = freeCount();
        if (free <= 0)
            return std::nullopt;
        qint64 firstLo = requested;
        qint64 firstHi = b;
        if (!fixed.empty()) {
            firstLo = std::max(firstLo, fixed.back() + intervalMin);
            firstHi = std::min(firstHi, fixed.back() + intervalMax);
        }
        if (firstLo > firstHi)
            return std::nullopt;
        const qint64 base = firstLo;
        const auto at = [&](qint64 d) { return static_cast<std::size_t>(d - base); };
        const std::size_t size = at(b) + 1;
        std::vector<char> ok(size);
        for (qint64 d = base; d <= b; ++d)
            ok[at(d)] = valid(d);
        // reach[k][d]: session k+1 of the free ones can fall on day d.
        std::vector<std::vector<char>> reach(static_cast<std::size_t>(free), std::vector<char>(size, 0));
        for (qint64 d = base; d <= firstHi; ++d)
            reach[0][at(d)] = ok[at(d)];
        std::vector<int> prefix(size + 1);
        for (std::size_t k = 1; k < reach.size(); ++k) {
            for (std::size_t i = 0; i < size; ++i)
                prefix[i + 1] = prefix[i] + reach[k - 1][i];
            for (qint64 d = base; d <= b; ++d) {
                const qint64 hi = d - intervalMin;
                const qint64 lo = std::max(d - intervalMax, base);
                if (ok[at(d)] && hi >= base)
                    reach[k][at(d)] = prefix[at(hi) + 1] - prefix[at(lo)] > 0;
            }
        }
        for (qint64 last = std::max(a, base); last <= b; ++last) {
            if (!reach.back()[at(last)])
                continue;
            std::vector<qint64> series {last};
            for (std::size_t k = reach.size() - 1; k > 0; --k) {
                qint64 p = series.back() - intervalMin;
                while (!reach[k - 1][at(p)])
                    --p;
                series.push_back(p);
            }
            std::reverse(series.begin(), series.end());
            return series;
        }
        return std::nullopt;
    }
};

struct Case {
    std::uint32_t seed = 0;
    std::uint32_t iteration = 0;
    QDate today;
    PlanRequest request;
    int total = 0; // the series' session count the request asks for
    Oracle oracle;
    np::Problems validation;
    std::expected<np::Plan, np::Problems> result;
};

QStringList someAreas(Random& rnd, const Catalogue& c, int count, const QStringList& prefer = {})
{
    QStringList out;
    if (!prefer.isEmpty() && rnd.chance(0.5))
        out << rnd.pick(prefer);
    for (int guard = 0; out.size() < count && guard < 100; ++guard) {
        const QString a = rnd.pick(c.areas).code;
        if (!out.contains(a))
            out << a;
    }
    return out;
}

QDate randomBirthDate(Random& rnd, const QDate& today)
{
    if (rnd.chance(0.08)) { // born on 29 February, aged 13 to 69
        static const int leapYears[] = {1960, 1964, 1972, 1984, 1996, 2000, 2004, 2008, 2012};
        const int y = leapYears[rnd.between(0, static_cast<int>(std::size(leapYears)) - 1)];
        const QDate d(y, 2, 29);
        return d <= today ? d : QDate(2012, 2, 29);
    }
    if (rnd.chance(0.05)) // turns 18 or 22 close to today
        return today.addYears(-(rnd.chance(0.5) ? 18 : 22)).addDays(rnd.between(-90, 400));
    const int age = rnd.chance(0.15) ? rnd.between(10, 17) : rnd.between(18, 80);
    const QDate d = today.addYears(-age).addDays(-rnd.between(0, 364));
    return std::min(d, today);
}

np::Finding randomFinding(Random& rnd, const Catalogue& c, const QStringList& treated, qint64 start)
{
    np::Finding f;
    f.code = rnd.pick(c.contraindications).code;
    if (rnd.chance(0.5))
        f.areas = someAreas(rnd, c, rnd.between(1, 2), treated);
    if (rnd.chance(0.7))
        f.since = day(start + rnd.between(-400, 300));
    if (rnd.chance(0.65))
        f.until = f.since ? f.since->addDays(rnd.between(0, 200)) : day(start + rnd.between(-300, 200));
    return f;
}

// A plausible start of the series: mostly at the protocol's intervals, now and then too close;
// those on or after today mostly moved onto a day every rule allows.
QList<QDate> randomFixedSessions(Random& rnd, const np::Modality& m, const Oracle& oracle, qint64 today, int total)
{
    QList<QDate> out;
    const int count = rnd.chance(0.15) ? total : rnd.between(1, std::max(1, total - 1));
    qint64 d = today - rnd.between(0, 60 + m.intervalMax * (count - 1));
    for (int i = 0; i < count; ++i) {
        if (i > 0) {
            const qint64 prev = jd(out.back());
            d = prev
                + (rnd.chance(0.9) ? rnd.between(m.intervalMin, m.intervalMax + 7)
                                   : rnd.between(m.intervalMin - 6, m.intervalMin - 1));
            if (d >= today && rnd.chance(0.75)) {
                if (const auto valid = oracle.firstValidFrom(std::max(d, prev + m.intervalMin), 120))
                    d = *valid;
            }
        } else if (d >= today && rnd.chance(0.75)) {
            if (const auto valid = oracle.firstValidFrom(d, 120))
                d = *valid;
        }
        out << day(d);
    }
    return out;
}

// The rules that bear on a request, stated independently of the planner.
Oracle makeOracle(const Catalogue& c, const PlanRequest& r, const QDate& today, int total)
{
    const np::Modality& m = *c.modality(r.treatment.modality);
    Oracle o;
    o.clinic = r.clinic;
    for (const np::ApplicableFinding& f : np::applicableFindings(c, r.patient, r.treatment))
        if (f.effect == np::Effect::Blocks)
            o.blocking << f;
    for (const np::ExistingSession& s : r.existingSessions) {
        const bool shares = std::any_of(
            s.areas.begin(), s.areas.end(), [&](const QString& a) { return r.treatment.areas.contains(a); });
        if (shares)
            o.neighbours.push_back({jd(s.date), std::max(m.intervalMin, c.modality(s.modality)->intervalMin)});
    }
    o.intervalMin = m.intervalMin;
    o.intervalMax = m.intervalMax;
    o.requested = jd(std::max(r.earliestStart.value_or(today), today));
    o.total = total;
    for (const QDate& d : r.fixedSessions)
        o.fixed.push_back(jd(d));
    return o;
}

void plan(const Catalogue& c, Case& out)
{
    out.validation = np::validatePlanRequest(c, out.request, out.today);
    out.result = np::planSeries(c, out.request, out.today);
}

Case generate(const Catalogue& c, std::uint32_t seed, std::uint32_t iteration)
{
    Random rnd(seed, iteration);
    Case out;
    out.seed = seed;
    out.iteration = iteration;

    // Today: anywhere in 2026-2029, often near the leap day of 2028 or a year's end.
    const QDate first(2026, 1, 1);
    if (rnd.chance(0.1))
        out.today = QDate(2028, 2, 29).addDays(rnd.between(-60, 30));
    else if (rnd.chance(0.08))
        out.today = QDate(2026 + rnd.between(0, 3), 12, 31).addDays(rnd.between(-45, 10));
    else
        out.today = first.addDays(rnd.between(0, static_cast<int>(first.daysTo(QDate(2029, 12, 31)))));
    out.today = std::clamp(out.today, first, QDate(2029, 12, 31));
    const qint64 today = jd(out.today);

    PlanRequest& r = out.request;
    const np::Modality& m = rnd.pick(c.modalities);
    const np::Indication& ind = rnd.pick(c.indications);
    r.treatment.modality = m.code;
    r.treatment.indication = ind.code;
    r.treatment.severity = static_cast<np::Severity>(rnd.between(0, np::SeverityCount - 1));
    r.treatment.areas = someAreas(rnd, c, rnd.between(1, 4));
    if (rnd.chance(0.4))
        r.treatment.sessions = rnd.between(m.minSessions, m.maxSessions);
    out.total = r.treatment.sessions.value_or(c.defaultSessions(m, ind, r.treatment.severity));

    if (rnd.chance(0.8))
        r.earliestStart = out.today.addDays(rnd.between(0, 60));
    const qint64 start = jd(r.earliestStart.value_or(out.today));

    // Clinic: a few closed weekdays (never all), closures scattered or in runs of holidays.
    static const double closedShare[] = {0.0, 0.15, 0.3, 0.6, 0.85};
    const double share = closedShare[rnd.between(0, 4)];
    std::vector<int> closed;
    for (int wd = 1; wd <= 7; ++wd)
        if (rnd.chance(share))
            closed.push_back(wd);
    if (closed.size() == 7)
        closed.erase(closed.begin() + rnd.between(0, 6));
    for (const int wd : closed)
        r.clinic.setClosedWeekday(wd);
    const int closures = rnd.between(0, 50);
    for (int i = 0; i < closures;) {
        const qint64 d = start + rnd.between(-30, 460);
        const int run = rnd.chance(0.2) ? rnd.between(2, 14) : 1;
        for (int k = 0; k < run && i < closures; ++k, ++i)
            r.clinic.addClosure(day(d + k));
    }

    const int existing = rnd.chance(0.2) ? 0 : rnd.between(1, 20);
    for (int i = 0; i < existing; ++i) {
        np::ExistingSession s;
        s.date = day(start + rnd.between(-90, 420));
        s.modality = rnd.pick(c.modalities).code;
        s.areas = someAreas(rnd, c, rnd.between(1, 3), r.treatment.areas);
        r.existingSessions << s;
    }

    r.patient.birthDate = randomBirthDate(rnd, out.today);
    if (rnd.chance(0.7))
        r.patient.fitzpatrick = rnd.between(1, 6);
    const int findings = rnd.chance(0.35) ? 0 : rnd.between(1, 4);
    for (int i = 0; i < findings; ++i)
        r.patient.findings << randomFinding(rnd, c, r.treatment.areas, start);

    if (rnd.chance(0.45))
        r.eventDate = day(start + rnd.between(0, 400));

    out.oracle = makeOracle(c, r, out.today, out.total);
    if (rnd.chance(0.25)) {
        r.fixedSessions = randomFixedSessions(rnd, m, out.oracle, today, out.total);
        out.oracle = makeOracle(c, r, out.today, out.total);
    }
    plan(c, out);
    return out;
}

std::uint32_t configured(const char* name, std::uint32_t fallback)
{
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok && v >= 0 ? static_cast<std::uint32_t>(v) : fallback;
}

int reportedRequests()
{
    static const int n = static_cast<int>(configured("NEEDLEPOINT_PROPERTY_REPORT", DefaultReported));
    return n;
}

const std::vector<Case>& cases()
{
    static const std::vector<Case> all = [] {
        const Catalogue& c = np::test::builtInCatalogue();
        const std::uint32_t seed = configured("NEEDLEPOINT_PROPERTY_SEED", DefaultSeed);
        std::vector<Case> out;
        if (qEnvironmentVariableIsSet("NEEDLEPOINT_PROPERTY_ONLY")) {
            out.push_back(generate(c, seed, configured("NEEDLEPOINT_PROPERTY_ONLY", 0)));
            return out;
        }
        const std::uint32_t runs = configured("NEEDLEPOINT_PROPERTY_RUNS", DefaultRuns);
        out.reserve(runs);
        for (std::uint32_t i = 0; i < runs; ++i)
            out.push_back(generate(c, seed, i));
        return out;
    }();
    return all;
}

// ---------------------------------------------------------------------------------------------
// Reporting

QJsonValue dateJson(const QDate& d)
{
    return d.toString(Qt::ISODate);
}

QJsonArray stringsJson(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

// The request in needlepoint-cli's format.
QJsonObject requestJson(const PlanRequest& r)
{
    QJsonArray findings;
    for (const np::Finding& f : r.patient.findings) {
        QJsonObject o {{u"code"_s, f.code}};
        if (!f.areas.isEmpty())
            o[u"areas"_s] = stringsJson(f.areas);
        if (f.since)
            o[u"since"_s] = dateJson(*f.since);
        if (f.until)
            o[u"until"_s] = dateJson(*f.until);
        findings.append(o);
    }
    QJsonObject patient {{u"birth_date"_s, dateJson(r.patient.birthDate)}, {u"findings"_s, findings}};
    if (r.patient.fitzpatrick)
        patient[u"fitzpatrick"_s] = *r.patient.fitzpatrick;

    QJsonObject treatment {{u"modality"_s, r.treatment.modality}, {u"indication"_s, r.treatment.indication},
        {u"severity"_s, np::severityCode(r.treatment.severity)}, {u"areas"_s, stringsJson(r.treatment.areas)}};
    if (r.treatment.sessions)
        treatment[u"sessions"_s] = *r.treatment.sessions;

    QJsonArray closedWeekdays;
    for (int wd = 1; wd <= 7; ++wd)
        if (r.clinic.isClosedWeekday(wd))
            closedWeekdays.append(np::weekdayCode(wd));
    QJsonArray closures;
    for (const QDate& d : r.clinic.closures())
        closures.append(dateJson(d));

    QJsonArray existing;
    for (const np::ExistingSession& s : r.existingSessions)
        existing.append(QJsonObject {
            {u"date"_s, dateJson(s.date)}, {u"modality"_s, s.modality}, {u"areas"_s, stringsJson(s.areas)}});
    QJsonArray fixed;
    for (const QDate& d : r.fixedSessions)
        fixed.append(dateJson(d));

    QJsonObject out {{u"patient"_s, patient}, {u"treatment"_s, treatment},
        {u"clinic"_s, QJsonObject {{u"closed_weekdays"_s, closedWeekdays}, {u"closures"_s, closures}}},
        {u"existing_sessions"_s, existing}};
    if (r.earliestStart)
        out[u"earliest_start"_s] = dateJson(*r.earliestStart);
    if (r.eventDate)
        out[u"event_date"_s] = dateJson(*r.eventDate);
    if (!fixed.isEmpty())
        out[u"fixed_sessions"_s] = fixed;
    return out;
}

std::string describe(const Case& c)
{
    std::ostringstream s;
    s << "seed " << c.seed << ", iteration " << c.iteration << " (NEEDLEPOINT_PROPERTY_SEED=" << c.seed
      << " NEEDLEPOINT_PROPERTY_ONLY=" << c.iteration << "), today " << iso(c.today)
      << "\nrequest: " << QJsonDocument(requestJson(c.request)).toJson(QJsonDocument::Compact).toStdString()
      << "\nplan: ";
    if (c.result)
        s << QJsonDocument(np::planToJson(*c.result)).toJson(QJsonDocument::Compact).toStdString();
    else
        s << "error: " << np::joinProblems(c.result.error()).toStdString();
    return s.str();
}

// Collects what one request breaks; the messages are only built on failure.
struct Failures {
    std::vector<std::string> messages;
};

#define EXPECT_PROPERTY(condition, message)                                                                            \
    do {                                                                                                               \
        if (!(condition)) {                                                                                            \
            std::ostringstream what_;                                                                                  \
            what_ << message << "  [" #condition "]";                                                                  \
            failures.messages.push_back(what_.str());                                                                  \
        }                                                                                                              \
    } while (false)

// Runs `property` on every generated request that produced a plan; reports the first few failing
// requests in full, then how many failed.
template <typename Property>
void forEveryPlan(Property&& property)
{
    const Catalogue& catalogue = np::test::builtInCatalogue();
    int failing = 0;
    int checked = 0;
    for (const Case& c : cases()) {
        if (!c.result)
            continue;
        ++checked;
        Failures failures;
        property(catalogue, c, *c.result, failures);
        if (failures.messages.empty())
            continue;
        if (++failing > reportedRequests())
            continue;
        INFO(describe(c));
        for (const std::string& m : failures.messages)
            FAIL_CHECK(m);
    }
    INFO(failing << " of " << checked << " plans break the property");
    CHECK(failing == 0);
}

bool isBlocked(const np::Plan& p)
{
    return p.status == np::PlanStatus::Blocked;
}

const np::Modality& modalityOf(const Catalogue& catalogue, const Case& c)
{
    return *catalogue.modality(c.request.treatment.modality);
}

// Fixed sessions on or after today (moves being made now) that break a rule, with the reasons.
std::vector<std::string> brokenMoves(const Catalogue& catalogue, const Case& c)
{
    const np::Modality& m = modalityOf(catalogue, c);
    const Oracle& o = c.oracle;
    const QList<QDate>& fixed = c.request.fixedSessions;
    std::vector<std::string> broken;
    for (qsizetype i = 0; i < fixed.size(); ++i) {
        const qint64 d = jd(fixed[i]);
        if (fixed[i] < c.today)
            continue;
        std::string why;
        if (i > 0 && d - jd(fixed[i - 1]) < m.intervalMin)
            why += "under the minimum interval after the one before; ";
        if (!o.open(d))
            why += "clinic closed; ";
        if (o.blockingOn(d))
            why += "a finding blocks; ";
        if (o.tooClose(d))
            why += "too close to an existing session; ";
        if (!why.empty())
            broken.push_back("fixed session " + std::to_string(i + 1) + " on " + iso(fixed[i]) + ": " + why);
    }
    return broken;
}

} // namespace

// ---------------------------------------------------------------------------------------------

TEST_CASE("planner property: generated requests are valid and always plan", "[property][planner]")
{
    REQUIRE(cases().size() >= 1);
    int failing = 0;
    for (const Case& c : cases()) {
        if (c.validation.isEmpty() && c.result)
            continue;
        if (++failing > reportedRequests())
            continue;
        INFO(describe(c));
        INFO("validation: " << np::joinProblems(c.validation).toStdString());
        FAIL_CHECK("the request does not validate or does not plan");
    }
    INFO(failing << " of " << cases().size() << " requests do not validate or do not plan");
    CHECK(failing == 0);
}

TEST_CASE("planner property: the generator reaches the interesting cases", "[property][planner]")
{
    if (cases().size() < static_cast<std::size_t>(DefaultRuns))
        return; // a replayed request or a short run says nothing about coverage
    int planned = 0, blocked = 0, withEvent = 0, fits = 0, missesWithAllFitting = 0, tooFewFit = 0, fixedPlanned = 0,
        allFixed = 0, warned = 0, moved = 0, minors = 0, leapBirths = 0, neighbourShifted = 0, reviewed = 0,
        refusedMoves = 0, latestFullStarts = 0;
    for (const Case& c : cases()) {
        const np::PlanRequest& r = c.request;
        minors += r.patient.birthDate.addYears(18) > c.today;
        leapBirths += r.patient.birthDate.month() == 2 && r.patient.birthDate.day() == 29;
        if (!c.result)
            continue;
        const np::Plan& p = *c.result;
        if (isBlocked(p)) {
            ++blocked;
            refusedMoves += !brokenMoves(np::test::builtInCatalogue(), c).empty();
            continue;
        }
        ++planned;
        reviewed += p.status == np::PlanStatus::Review;
        fixedPlanned += !r.fixedSessions.isEmpty();
        allFixed += r.fixedSessions.size() == c.total;
        warned += !p.warnings.isEmpty();
        moved += c.oracle.blockingOn(c.oracle.requested) != nullptr;
        for (const np::PlannedSession& s : p.sessions)
            if (!s.fixed && jd(s.date) > c.oracle.requested && c.oracle.open(jd(s.date) - 1)
                && c.oracle.tooClose(jd(s.date) - 1)) {
                ++neighbourShifted;
                break;
            }
        if (p.event) {
            ++withEvent;
            fits += p.event->fits;
            tooFewFit += p.event->sessionsThatFit < c.total;
            missesWithAllFitting += !p.event->fits && p.event->sessionsThatFit == c.total;
            latestFullStarts += p.event->latestFullStart.has_value();
        }
    }
    std::ostringstream stats;
    stats << "planned " << planned << ", blocked " << blocked << " (refused moves " << refusedMoves << "), review "
          << reviewed << ", with event " << withEvent << " (fits " << fits << ", too few fit " << tooFewFit
          << ", misses with all fitting " << missesWithAllFitting << ", latest full start " << latestFullStarts
          << "), with fixed sessions " << fixedPlanned << " (all fixed " << allFixed << "), warned " << warned
          << ", start moved by a finding " << moved << ", next to an existing session " << neighbourShifted
          << ", minors " << minors << ", born 29 Feb " << leapBirths;
    if (qEnvironmentVariableIsSet("NEEDLEPOINT_PROPERTY_STATS"))
        WARN(stats.str());
    INFO(stats.str());
    const int n = static_cast<int>(cases().size());
    CHECK(planned > n / 2);
    CHECK(blocked > n / 20);
    CHECK(refusedMoves > n / 200);
    CHECK(latestFullStarts > n / 10);
    CHECK(reviewed > n / 10);
    CHECK(withEvent > n / 5);
    CHECK(fits > n / 20);
    CHECK(tooFewFit > n / 50);
    CHECK(fixedPlanned > n / 20);
    CHECK(allFixed > n / 500);
    CHECK(warned > n / 200);
    CHECK(moved > n / 50);
    CHECK(neighbourShifted > n / 50);
    CHECK(minors > n / 20);
    CHECK(leapBirths > n / 50);
}

TEST_CASE("planner property: blocked plans have no sessions and others exactly the series", "[property][planner]")
{
    forEveryPlan([](const Catalogue& catalogue, const Case& c, const np::Plan& p, Failures& failures) {
        const np::Modality& m = modalityOf(catalogue, c);
        const np::Indication& ind = *catalogue.indication(c.request.treatment.indication);
        const int expected
            = c.request.treatment.sessions.value_or(catalogue.defaultSessions(m, ind, c.request.treatment.severity));
        EXPECT_PROPERTY(p.sessionCount == expected, "session_count " << p.sessionCount << ", expected " << expected);
        if (isBlocked(p)) {
            EXPECT_PROPERTY(p.sessions.isEmpty(), "a blocked plan has " << p.sessions.size() << " sessions");
        } else {
            EXPECT_PROPERTY(p.sessions.size() == expected, p.sessions.size() << " sessions, expected " << expected);
        }
    });
}

TEST_CASE("planner property: sessions are numbered 1..n on strictly increasing dates", "[property][planner]")
{
    forEveryPlan([](const Catalogue&, const Case&, const np::Plan& p, Failures& failures) {
        for (qsizetype i = 0; i < p.sessions.size(); ++i) {
            const np::PlannedSession& s = p.sessions[i];
            EXPECT_PROPERTY(s.number == i + 1, "session at index " << i << " is numbered " << s.number);
            EXPECT_PROPERTY(s.date.isValid(), "session " << s.number << " has no date");
            if (i > 0)
                EXPECT_PROPERTY(s.date > p.sessions[i - 1].date,
                    "session " << s.number << " on " << iso(s.date) << " is not after session " << i << " on "
                               << iso(p.sessions[i - 1].date));
        }
    });
}

TEST_CASE("planner property: fixed sessions are kept as given and come first", "[property][planner]")
{
    forEveryPlan([](const Catalogue&, const Case& c, const np::Plan& p, Failures& failures) {
        if (isBlocked(p))
            return;
        const QList<QDate>& fixed = c.request.fixedSessions;
        for (qsizetype i = 0; i < p.sessions.size(); ++i) {
            const np::PlannedSession& s = p.sessions[i];
            EXPECT_PROPERTY(s.fixed == (i < fixed.size()),
                "session " << s.number << " fixed " << s.fixed << " but " << fixed.size() << " fixed sessions given");
            if (i < fixed.size())
                EXPECT_PROPERTY(s.date == fixed[i],
                    "fixed session " << s.number << " on " << iso(s.date) << ", given " << iso(fixed[i]));
        }
    });
}

TEST_CASE("planner property: planned sessions keep every rule", "[property][planner]")
{
    forEveryPlan([](const Catalogue& catalogue, const Case& c, const np::Plan& p, Failures& failures) {
        const np::Modality& m = modalityOf(catalogue, c);
        const Oracle& o = c.oracle;
        bool first = true;
        for (qsizetype i = 0; i < p.sessions.size(); ++i) {
            const np::PlannedSession& s = p.sessions[i];
            if (s.fixed)
                continue;
            const qint64 d = jd(s.date);
            if (first)
                EXPECT_PROPERTY(d >= o.requested,
                    "first planned session " << s.number << " on " << iso(s.date) << " is before "
                                             << iso(day(o.requested)) << " (max of today and earliest start)");
            first = false;
            if (i > 0) {
                const qint64 gap = d - jd(p.sessions[i - 1].date);
                EXPECT_PROPERTY(gap >= m.intervalMin,
                    "session " << s.number << " is " << gap << " days after the one before; minimum " << m.intervalMin);
            }
            EXPECT_PROPERTY(!o.clinic.isClosedWeekday(s.date.dayOfWeek()),
                "session " << s.number << " on " << iso(s.date) << " falls on a closed weekday");
            EXPECT_PROPERTY(
                !o.clinic.isClosed(s.date), "session " << s.number << " on " << iso(s.date) << " falls on a closure");
            if (const np::ApplicableFinding* f = o.blockingOn(d))
                EXPECT_PROPERTY(false,
                    "session " << s.number << " on " << iso(s.date) << " while " << f->code.toStdString()
                               << " blocks (from " << iso(f->from) << ", clears " << iso(f->clearsOn) << ")");
            for (const np::ExistingSession& e : c.request.existingSessions) {
                const bool shares = std::any_of(e.areas.begin(), e.areas.end(),
                    [&](const QString& a) { return c.request.treatment.areas.contains(a); });
                if (!shares)
                    continue;
                const int gap = std::max(m.intervalMin, catalogue.modality(e.modality)->intervalMin);
                const qint64 apart = std::abs(d - jd(e.date));
                EXPECT_PROPERTY(apart >= gap,
                    "session " << s.number << " on " << iso(s.date) << " is " << apart << " days from an existing "
                               << e.modality.toStdString() << " session on " << iso(e.date)
                               << " sharing an area; at least " << gap << " needed");
            }
        }
    });
}

TEST_CASE(
    "planner property: fixed sessions on or after today keep every rule or the plan is blocked", "[property][planner]")
{
    forEveryPlan([](const Catalogue& catalogue, const Case& c, const np::Plan& p, Failures& failures) {
        const std::vector<std::string> broken = brokenMoves(catalogue, c);
        for (const std::string& b : broken)
            EXPECT_PROPERTY(isBlocked(p), b << "but the plan is not blocked");
        if (!broken.empty() && isBlocked(p)) {
            const bool refused = std::any_of(p.findings.begin(), p.findings.end(), [](const np::ApplicableFinding& f) {
                return f.code == u"interval_too_short"_s || f.code == u"clinic_closed"_s
                    || f.code == u"finding_blocks_date"_s;
            });
            EXPECT_PROPERTY(refused, "the plan is blocked without naming the refused move");
        }
    });
}

TEST_CASE("planner property: each session's window is measured from the session before", "[property][planner]")
{
    forEveryPlan([](const Catalogue& catalogue, const Case& c, const np::Plan& p, Failures& failures) {
        if (isBlocked(p))
            return;
        const np::Modality& m = modalityOf(catalogue, c);
        std::set<int> warned;
        for (const np::PlanWarning& w : p.warnings)
            warned.insert(w.session);
        std::set<int> beyond;
        for (qsizetype i = 0; i < p.sessions.size(); ++i) {
            const np::PlannedSession& s = p.sessions[i];
            if (i == 0) {
                EXPECT_PROPERTY(!s.latest, "session 1 has a latest date " << iso(s.latest));
                if (s.fixed) {
                    EXPECT_PROPERTY(s.earliest == s.date, "fixed session 1: earliest " << iso(s.earliest));
                } else {
                    EXPECT_PROPERTY(p.earliestStart && s.earliest == *p.earliestStart,
                        "session 1: earliest " << iso(s.earliest) << ", plan's earliest start "
                                               << iso(p.earliestStart));
                    EXPECT_PROPERTY(s.earliest <= s.date,
                        "session 1 on " << iso(s.date) << " is before its earliest " << iso(s.earliest));
                }
                continue;
            }
            const QDate prev = p.sessions[i - 1].date;
            EXPECT_PROPERTY(s.earliest == prev.addDays(m.intervalMin),
                "session " << s.number << ": earliest " << iso(s.earliest) << ", previous " << iso(prev) << " + "
                           << m.intervalMin);
            EXPECT_PROPERTY(s.latest && *s.latest == prev.addDays(m.intervalMax),
                "session " << s.number << ": latest " << iso(s.latest) << ", previous " << iso(prev) << " + "
                           << m.intervalMax);
            // Past sessions are history; every session still to come beyond its maximum is named.
            if ((!s.fixed || s.date >= c.today) && s.latest && s.date > *s.latest)
                beyond.insert(s.number);
        }
        const auto list = [](const std::set<int>& numbers) {
            std::string out;
            for (const int n : numbers)
                out += ' ' + std::to_string(n);
            return out.empty() ? std::string(" none") : out;
        };
        EXPECT_PROPERTY(warned == beyond,
            "warnings for sessions" << list(warned) << "; planned or moved beyond their latest date:" << list(beyond));
    });
}

TEST_CASE("planner property: the earliest start is the first day every rule allows", "[property][planner]")
{
    forEveryPlan([](const Catalogue&, const Case& c, const np::Plan& p, Failures& failures) {
        if (isBlocked(p))
            return;
        const Oracle& o = c.oracle;
        const bool anyFree = o.freeCount() > 0;
        EXPECT_PROPERTY(p.earliestStart.has_value() == anyFree,
            "earliest start " << iso(p.earliestStart) << " with " << o.freeCount() << " sessions to plan");
        if (!p.earliestStart)
            return;
        const qint64 e = jd(*p.earliestStart);
        EXPECT_PROPERTY(o.valid(e), "the earliest start " << iso(*p.earliestStart) << " is not a valid day");
        if (o.fixed.empty()) {
            const std::optional<qint64> expected = o.firstValidFrom(o.requested, e - o.requested);
            EXPECT_PROPERTY(expected && *expected == e,
                "earliest start " << iso(*p.earliestStart) << " but " << iso(expected.transform(day))
                                  << " is the first valid day from " << iso(day(o.requested)));
            if (!c.request.eventDate && !p.sessions.isEmpty())
                EXPECT_PROPERTY(p.sessions.front().date == *p.earliestStart,
                    "without an event the first session (" << iso(p.sessions.front().date)
                                                           << ") is not on the earliest start");
        } else {
            EXPECT_PROPERTY(e >= std::max(o.requested, o.fixed.back() + o.intervalMin),
                "earliest start " << iso(*p.earliestStart) << " is too soon after the last fixed session");
        }
    });
}

TEST_CASE("planner property: an event's window holds whenever the rules allow it", "[property][planner]")
{
    forEveryPlan([](const Catalogue& catalogue, const Case& c, const np::Plan& p, Failures& failures) {
        if (isBlocked(p))
            return;
        EXPECT_PROPERTY(p.event.has_value() == c.request.eventDate.has_value(), "event given and reported differ");
        if (!p.event || !c.request.eventDate || p.sessions.isEmpty())
            return;
        const np::Modality& m = modalityOf(catalogue, c);
        const np::EventFit& e = *p.event;
        const QDate from = c.request.eventDate->addDays(-m.eventWindow.max);
        const QDate to = c.request.eventDate->addDays(-m.eventWindow.min);
        EXPECT_PROPERTY(e.date == *c.request.eventDate, "event date " << iso(e.date));
        EXPECT_PROPERTY(e.lastSessionFrom == from && e.lastSessionTo == to,
            "window " << iso(e.lastSessionFrom) << ".." << iso(e.lastSessionTo) << ", expected " << iso(from) << ".."
                      << iso(to));
        const QDate last = p.sessions.back().date;
        const bool inside = from <= last && last <= to;
        EXPECT_PROPERTY(e.fits == inside,
            "fits " << e.fits << " but the last session is on " << iso(last) << ", window " << iso(from) << ".."
                    << iso(to));
        if (e.fits)
            return;
        if (const auto series = c.oracle.seriesEndingIn(jd(from), jd(to))) {
            std::string dates;
            for (const qint64 d : *series)
                dates += ' ' + iso(day(d));
            EXPECT_PROPERTY(false,
                "fits is false (last session " << iso(last) << ", sessions_that_fit " << e.sessionsThatFit << " of "
                                               << c.total << "), yet the sessions to plan fit the window " << iso(from)
                                               << ".." << iso(to) << " on open, unblocked days " << m.intervalMin << "-"
                                               << m.intervalMax << " days apart:" << dates);
        }
    });
}

TEST_CASE("planner property: sessions that fit count the tightest series before the event", "[property][planner]")
{
    forEveryPlan([](const Catalogue& catalogue, const Case& c, const np::Plan& p, Failures& failures) {
        if (isBlocked(p) || !p.event)
            return;
        const np::Modality& m = modalityOf(catalogue, c);
        const np::EventFit& e = *p.event;
        const qint64 to = jd(*c.request.eventDate) - m.eventWindow.min;
        const std::vector<qint64> tight = c.oracle.tightest(c.oracle.requested);
        const int expected
            = static_cast<int>(std::count_if(tight.begin(), tight.end(), [&](qint64 d) { return d <= to; }));
        EXPECT_PROPERTY(e.sessionsThatFit == expected,
            "sessions_that_fit " << e.sessionsThatFit << ", but at the minimum interval " << expected
                                 << " sessions fall on or before " << iso(day(to)));
        EXPECT_PROPERTY(e.sessionsThatFit >= 0 && e.sessionsThatFit <= c.total,
            "sessions_that_fit " << e.sessionsThatFit << " out of bounds");
        if (e.fits)
            EXPECT_PROPERTY(e.sessionsThatFit == c.total,
                "the plan fits the event but says only " << e.sessionsThatFit << " of " << c.total << " sessions fit");
    });
}

TEST_CASE("planner property: the latest full start is the latest start that fits every session", "[property][planner]")
{
    forEveryPlan([](const Catalogue& catalogue, const Case& c, const np::Plan& p, Failures& failures) {
        if (isBlocked(p) || !p.event)
            return;
        const Oracle& o = c.oracle;
        const np::Modality& m = modalityOf(catalogue, c);
        const np::EventFit& e = *p.event;
        const qint64 to = jd(*c.request.eventDate) - m.eventWindow.min;
        if (o.freeCount() == 0) {
            EXPECT_PROPERTY(
                !e.latestFullStart, "every session is fixed, yet latest_full_start " << iso(e.latestFullStart));
            return;
        }
        const auto fitsFrom = [&](qint64 s) {
            const std::vector<qint64> dates = o.tightest(s);
            return static_cast<int>(dates.size()) == o.total && dates.back() <= to;
        };
        if (e.sessionsThatFit == c.total)
            EXPECT_PROPERTY(e.latestFullStart,
                "all " << c.total << " sessions fit at the minimum interval, but there is no latest full start");
        if (!e.latestFullStart)
            return;
        const qint64 l = jd(*e.latestFullStart);
        EXPECT_PROPERTY(o.valid(l), "latest_full_start " << iso(day(l)) << " is not a valid day");
        if (!o.fixed.empty())
            EXPECT_PROPERTY(l >= o.fixed.back() + m.intervalMin,
                "latest_full_start " << iso(day(l)) << " is too soon after the last fixed session");
        EXPECT_PROPERTY(fitsFrom(l),
            "starting on latest_full_start " << iso(day(l)) << " the series does not end by " << iso(day(to)));
        if (const std::optional<qint64> later = o.firstValidFrom(l + 1, to - l); later && *later <= to)
            EXPECT_PROPERTY(!fitsFrom(*later),
                "latest_full_start is " << iso(day(l)) << " but starting on " << iso(day(*later))
                                        << " still ends the series by " << iso(day(to)));
        if (e.sessionsThatFit == c.total) {
            const std::vector<qint64> tight = o.tightest(o.requested);
            const qint64 firstFree = tight[o.fixed.size()];
            EXPECT_PROPERTY(l >= firstFree,
                "all sessions fit from " << iso(day(firstFree))
                                         << ", yet latest_full_start is earlier: " << iso(day(l)));
        }
    });
}

TEST_CASE("planner property: results review and maintenance follow the last session", "[property][planner]")
{
    forEveryPlan([](const Catalogue& catalogue, const Case&, const np::Plan& p, Failures& failures) {
        if (isBlocked(p)) {
            EXPECT_PROPERTY(!p.reviewFrom.isValid() && !p.reviewTo.isValid() && !p.maintenanceDue.isValid(),
                "a blocked plan has review or maintenance dates");
            return;
        }
        if (p.sessions.isEmpty())
            return;
        const QDate last = p.sessions.back().date;
        EXPECT_PROPERTY(p.reviewFrom == last.addMonths(catalogue.reviewFromMonths),
            "results review from " << iso(p.reviewFrom) << ", last session " << iso(last));
        EXPECT_PROPERTY(p.reviewTo == last.addMonths(catalogue.reviewToMonths),
            "results review to " << iso(p.reviewTo) << ", last session " << iso(last));
        EXPECT_PROPERTY(p.maintenanceDue == last.addMonths(catalogue.maintenanceMonths),
            "maintenance due " << iso(p.maintenanceDue) << ", last session " << iso(last));
    });
}

TEST_CASE("planner property: the status follows the findings and warnings", "[property][planner]")
{
    forEveryPlan([](const Catalogue&, const Case&, const np::Plan& p, Failures& failures) {
        const auto has = [&](np::Effect effect) {
            return std::any_of(p.findings.begin(), p.findings.end(),
                [&](const np::ApplicableFinding& f) { return f.effect == effect; });
        };
        if (isBlocked(p)) {
            EXPECT_PROPERTY(has(np::Effect::Blocks), "a blocked plan reports no blocking reason");
            return;
        }
        // A session beyond its maximum interval needs a clinician's decision too.
        const bool review = has(np::Effect::Review) || !p.warnings.isEmpty();
        EXPECT_PROPERTY((p.status == np::PlanStatus::Review) == review,
            "status " << np::planStatusCode(p.status).toStdString() << " with " << p.warnings.size()
                      << " warnings, and a review finding is " << (has(np::Effect::Review) ? "" : "not ")
                      << "reported");
    });
}
