#include "TestSupport.h"

#include "core/SeriesPlanner.h"

using namespace Qt::StringLiterals;
using np::test::date;

namespace {

const QDate PlanningDay(2026, 11, 22);

np::PlanRequest request(const QString& modality = u"automated_pen"_s, np::Severity severity = np::Severity::Moderate)
{
    np::PlanRequest r;
    r.patient = {date("1990-04-02"), 3, {}};
    r.treatment = {modality, u"acne_scars"_s, severity, {u"cheeks"_s, u"forehead"_s}, std::nullopt};
    r.earliestStart = date("2026-12-01"); // a Tuesday
    return r;
}

np::Plan plan(const np::PlanRequest& r, const QDate& today = PlanningDay)
{
    auto result = np::planSeries(np::test::builtInCatalogue(), r, today);
    if (!result)
        FAIL(np::joinProblems(result.error()).toStdString());
    return *result;
}

QList<QDate> dates(const np::Plan& p)
{
    QList<QDate> out;
    for (const auto& s : p.sessions)
        out << s.date;
    return out;
}

bool hasFinding(const np::Plan& p, const QString& code)
{
    return std::any_of(p.findings.begin(), p.findings.end(), [&](const auto& f) { return f.code == code; });
}

np::Problems problems(const np::PlanRequest& r)
{
    auto result = np::planSeries(np::test::builtInCatalogue(), r, PlanningDay);
    REQUIRE_FALSE(result.has_value());
    return result.error();
}

} // namespace

TEST_CASE("a plain series is spaced at the target interval with windows from the session before")
{
    const np::Plan p = plan(request());
    CHECK(p.status == np::PlanStatus::Ok);
    REQUIRE(p.sessions.size() == 4); // the pen's moderate default
    CHECK(dates(p) == QList<QDate> {date("2026-12-01"), date("2026-12-29"), date("2027-01-26"), date("2027-02-23")});
    CHECK(p.sessions[0].earliest == date("2026-12-01"));
    CHECK_FALSE(p.sessions[0].latest.has_value());
    CHECK(p.sessions[1].earliest == date("2026-12-22")); // 21 days minimum
    CHECK(p.sessions[1].latest == date("2027-01-12")); // 42 days maximum
    CHECK(p.reviewFrom == date("2027-05-23"));
    CHECK(p.reviewTo == date("2027-08-23"));
    CHECK(p.maintenanceDue == date("2028-02-23"));
}

TEST_CASE("the session count follows severity, the indication, or an explicit count within bounds")
{
    CHECK(plan(request(u"automated_pen"_s, np::Severity::Mild)).sessions.size() == 3);
    CHECK(plan(request(u"automated_pen"_s, np::Severity::Severe)).sessions.size() == 6);
    CHECK(plan(request(u"rf_microneedling"_s, np::Severity::Severe)).sessions.size() == 4);
    auto icepick = request(u"automated_pen"_s, np::Severity::Mild);
    icepick.treatment.indication = u"acne_scars_icepick"_s;
    CHECK(plan(icepick).sessions.size() == 4);
    auto explicitCount = request();
    explicitCount.treatment.sessions = 5;
    CHECK(plan(explicitCount).sessions.size() == 5);
    explicitCount.treatment.sessions = 7;
    const auto errors = problems(explicitCount);
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].path == u"treatment.sessions"_s);
    // A series booked before the catalogue's bounds narrowed keeps its count when re-checked.
    explicitCount.booked = true;
    CHECK(plan(explicitCount).sessions.size() == 7);
}

TEST_CASE("no session falls on a closed day: the nearest open day wins, later on a tie")
{
    auto r = request();
    r.clinic.setClosedWeekday(Qt::Tuesday);
    r.clinic.addClosure(date("2026-12-02"));
    const np::Plan p = plan(r);
    // 1 Dec is a Tuesday (closed), 2 Dec a closure: the series starts on Thursday 3 Dec.
    CHECK(p.sessions[0].date == date("2026-12-03"));
    // Target 31 Dec is a Thursday: open.
    CHECK(p.sessions[1].date == date("2026-12-31"));
    for (const auto& s : p.sessions)
        CHECK(s.date.dayOfWeek() != Qt::Tuesday);

    auto tie = request();
    tie.clinic.addClosure(date("2026-12-29")); // session 2's target
    CHECK(plan(tie).sessions[1].date == date("2026-12-30"));
}

TEST_CASE("existing sessions on the same area keep the minimum interval, from any series")
{
    auto r = request();
    r.existingSessions = {{date("2026-11-20"), u"rf_microneedling"_s, {u"cheeks"_s}},
        {date("2026-11-30"), u"automated_pen"_s, {u"neck"_s}}};
    const np::Plan p = plan(r);
    // RF's 28-day minimum is the larger: the series may start on 18 Dec at the earliest.
    CHECK(p.sessions[0].date == date("2026-12-18"));
    CHECK(p.earliestStart == date("2026-12-18"));
}

TEST_CASE("an existing session after the start keeps its distance too")
{
    auto r = request();
    r.existingSessions = {{date("2026-12-10"), u"automated_pen"_s, {u"forehead"_s}}};
    const np::Plan p = plan(r);
    CHECK(p.sessions[0].date == date("2026-12-31")); // 21 days after the booked session
}

TEST_CASE("a blocking washout moves the start, and an ongoing blocking finding blocks the plan")
{
    auto r = request();
    r.patient.findings = {{u"isotretinoin"_s, {}, std::nullopt, date("2026-08-01")}};
    const np::Plan moved = plan(r);
    CHECK(moved.status == np::PlanStatus::Ok);
    CHECK(moved.earliestStart == date("2027-01-30"));
    CHECK(moved.sessions[0].date == date("2027-01-30"));
    REQUIRE(moved.findings.size() == 1);
    CHECK(moved.findings[0].clearsOn == date("2027-01-30"));

    r.patient.findings.append({u"pregnancy"_s, {}, std::nullopt, std::nullopt});
    const np::Plan blocked = plan(r);
    CHECK(blocked.status == np::PlanStatus::Blocked);
    CHECK(blocked.sessions.isEmpty());
    CHECK_FALSE(blocked.earliestStart.has_value());
    CHECK(hasFinding(blocked, u"pregnancy"_s));
}

TEST_CASE("a review finding makes the plan need review")
{
    auto r = request();
    r.patient.findings = {{u"anticoagulants"_s, {}, std::nullopt, std::nullopt}};
    CHECK(plan(r).status == np::PlanStatus::Review);
}

TEST_CASE("a minor's series starts on the 18th birthday")
{
    auto r = request(u"roller"_s);
    r.patient.birthDate = date("2009-01-10");
    const np::Plan p = plan(r);
    CHECK(p.sessions[0].date == date("2027-01-10"));
    CHECK(hasFinding(p, u"under_minimum_age"_s));
}

TEST_CASE("the last session lands in the event window when it can")
{
    SECTION("compressed toward the minimum when the target spacing ends too late")
    {
        auto r = request();
        r.eventDate = date("2027-02-20"); // window 2027-01-21 .. 2027-02-13
        const np::Plan p = plan(r);
        REQUIRE(p.event);
        CHECK(p.event->fits);
        CHECK(p.sessions.last().date <= date("2027-02-13"));
        CHECK(p.sessions.last().date >= date("2027-01-21"));
        for (qsizetype i = 1; i < p.sessions.size(); ++i)
            CHECK(p.sessions[i - 1].date.daysTo(p.sessions[i].date) >= 21);
    }
    SECTION("delayed when the series would end long before the event")
    {
        auto r = request();
        r.eventDate = date("2027-09-01"); // window 2027-08-02 .. 2027-08-25
        const np::Plan p = plan(r);
        CHECK(p.event->fits);
        CHECK(p.sessions.last().date >= date("2027-08-02"));
        CHECK(p.sessions.last().date <= date("2027-08-25"));
        CHECK(p.sessions[0].date.daysTo(p.sessions[1].date) == 28);
        CHECK(p.earliestStart == date("2026-12-01"));
    }
    SECTION("never squeezed below the minimum: the plan says how many fit and when to have started")
    {
        auto r = request();
        r.eventDate = date("2027-01-20"); // window 2026-12-21 .. 2027-01-13
        const np::Plan p = plan(r);
        CHECK_FALSE(p.event->fits);
        CHECK(p.event->sessionsThatFit == 3); // 1 Dec, 22 Dec, 12 Jan
        CHECK(p.event->latestFullStart == date("2026-11-11"));
        REQUIRE(p.sessions.size() == 4);
        CHECK(p.sessions[1].date == date("2026-12-29")); // target spacing kept
    }
}

TEST_CASE("re-planning after a moved session plans the rest from its actual date")
{
    auto r = request();
    r.fixedSessions = {date("2026-12-01"), date("2027-01-08")}; // session 2 moved a week later
    const np::Plan p = plan(r, date("2027-01-02"));
    REQUIRE(p.sessions.size() == 4);
    CHECK(p.sessions[0].fixed);
    CHECK(p.sessions[1].fixed);
    CHECK(p.sessions[2].date == date("2027-02-05"));
    CHECK(p.sessions[3].date == date("2027-03-05"));
}

TEST_CASE("a move that breaks the minimum interval is refused with the reason")
{
    auto r = request();
    r.fixedSessions = {date("2026-12-01"), date("2026-12-15")};
    const np::Plan p = plan(r, date("2026-12-05"));
    CHECK(p.status == np::PlanStatus::Blocked);
    CHECK(p.sessions.isEmpty());
    REQUIRE(hasFinding(p, u"interval_too_short"_s));
    CHECK(p.findings.last().message.contains(u"14 days"_s));
}

TEST_CASE("a request with unknown codes is refused naming each field")
{
    auto r = request();
    r.treatment.modality = u"laser"_s;
    r.treatment.areas = {u"cheeks"_s, u"elbow"_s};
    r.patient.findings = {{u"flu"_s, {}, std::nullopt, std::nullopt}};
    QStringList paths;
    for (const auto& p : problems(r))
        paths << p.path;
    CHECK(paths.contains(u"treatment.modality"_s));
    CHECK(paths.contains(u"treatment.areas[1]"_s));
    CHECK(paths.contains(u"patient.findings[0].code"_s));
}

TEST_CASE("an earliest start in the past means today")
{
    auto r = request();
    r.earliestStart = date("2026-10-01");
    CHECK(plan(r).sessions[0].date == PlanningDay);
}

TEST_CASE("a clinic closed every weekday is refused rather than searched forever")
{
    auto r = request();
    for (int d = 1; d <= 7; ++d)
        r.clinic.setClosedWeekday(d);
    CHECK(problems(r).first().path == u"clinic.closed_weekdays"_s);
}
