// A series made concrete on the example clinic: intervals measured from real appointments, busy
// days skipped, preferences kept, and adjustments checked against the interval rules.
#include "TestSupport.h"

#include "core/ClinicLoader.h"
#include "core/SeriesBooking.h"

using namespace Qt::StringLiterals;
using np::test::date;

namespace {

const QDate Today(2026, 11, 22);

using np::test::exampleClinic;

// Four pen sessions on cheeks and forehead from Tuesday 1 December 2026.
np::SeriesBookingRequest request(const np::ClinicSetup& c)
{
    np::SeriesBookingRequest r;
    r.plan.patient = {date("1990-04-02"), 3, {}};
    r.plan.treatment = {u"automated_pen"_s, u"acne_scars"_s, np::Severity::Moderate, {u"cheeks"_s, u"forehead"_s}, 4};
    r.plan.earliestStart = date("2026-12-01");
    r.plan.clinic = c.calendar(Today, Today.addYears(2));
    return r;
}

std::expected<np::SeriesBooking, np::SeriesBookingRefusal> book(
    const np::SeriesBookingRequest& r, const QList<np::BusySpan>& busy = {})
{
    static const np::ClinicSetup c = exampleClinic();
    return np::bookSeriesSlots(np::test::builtInCatalogue(), c, r, busy, Today);
}

// Every practitioner busy all of `day`.
QList<np::BusySpan> wholeDayBusy(const np::ClinicSetup& c, const QDate& day)
{
    QList<np::BusySpan> out;
    for (const np::ClinicPractitioner& p : c.practitioners)
        out.append({p.code, QString(), QString(), false, QDateTime(day, QTime(0, 0)), QDateTime(day, QTime(23, 59))});
    return out;
}

void requireIntervalsKept(const np::SeriesBooking& b)
{
    for (qsizetype i = 1; i < b.sessions.size(); ++i) {
        const qint64 gap = b.sessions[i - 1].slot.localStart.date().daysTo(b.sessions[i].slot.localStart.date());
        INFO("session " << b.sessions[i].number << " is " << gap << " days after the one before");
        REQUIRE(gap >= 21);
        REQUIRE(gap <= 42);
    }
}

} // namespace

TEST_CASE("A series books one slot per session with every interval inside the protocol's window")
{
    const np::ClinicSetup c = exampleClinic();
    const auto b = book(request(c));
    REQUIRE(b);
    REQUIRE(b->sessions.size() == 4);
    CHECK(b->sessions.first().slot.localStart.date() == date("2026-12-01"));
    requireIntervalsKept(*b);
    for (qsizetype i = 0; i < b->sessions.size(); ++i) {
        const np::BookedSession& s = b->sessions[i];
        CHECK(s.number == i + 1);
        CHECK_FALSE(c.isClosed(s.slot.localStart.date()));
        CHECK_FALSE(s.slot.practitioner.isEmpty());
        CHECK_FALSE(s.slot.device.isEmpty());
        // The stored plan has every session fixed on its booked day.
        CHECK(b->plan.sessions[i].date == s.slot.localStart.date());
        CHECK(b->plan.sessions[i].fixed);
    }
    // Each window is measured from the session actually booked before.
    const QDate first = b->sessions[0].slot.localStart.date();
    CHECK(b->sessions[1].earliest == first.addDays(21));
    CHECK(b->sessions[1].latest == first.addDays(42));
}

TEST_CASE("A fully booked target day moves the session and the next one is measured from where it went")
{
    const np::ClinicSetup c = exampleClinic();
    const auto free = book(request(c));
    REQUIRE(free);
    const QDate secondTarget = free->sessions[1].slot.localStart.date();
    const auto b = book(request(c), wholeDayBusy(c, secondTarget));
    REQUIRE(b);
    const QDate second = b->sessions[1].slot.localStart.date();
    CHECK(second != secondTarget);
    CHECK(b->sessions[2].target == second.addDays(28));
    requireIntervalsKept(*b);
}

TEST_CASE("Weekday and part-of-day preferences hold for every session")
{
    const np::ClinicSetup c = exampleClinic();
    np::SeriesBookingRequest r = request(c);
    r.preferences.weekdays = {Qt::Thursday};
    r.preferences.part = np::PartOfDay::Afternoon;
    const auto b = book(r);
    REQUIRE(b);
    for (const np::BookedSession& s : b->sessions) {
        CHECK(s.slot.localStart.date().dayOfWeek() == Qt::Thursday);
        CHECK(s.slot.localStart.time() >= QTime(12, 0));
    }
    requireIntervalsKept(*b);
}

TEST_CASE("An adjusted session is booked where asked and the rest follow from it")
{
    const np::ClinicSetup c = exampleClinic();
    np::SeriesBookingRequest r = request(c);
    r.adjustments = {{2, QDateTime(date("2026-12-29"), QTime(10, 0)), QString()}}; // 28 days on, 10:00
    // 29 December is inside the winter closure: refused with the planner's reason.
    auto refused = book(r);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().session == 2);

    r.adjustments = {{2, QDateTime(date("2027-01-05"), QTime(15, 0)), QString()}};
    const auto b = book(r);
    REQUIRE(b);
    CHECK(b->sessions[1].adjusted);
    CHECK(b->sessions[1].slot.localStart == QDateTime(date("2027-01-05"), QTime(15, 0)));
    CHECK(b->sessions[2].target == date("2027-02-02"));
    requireIntervalsKept(*b);
}

TEST_CASE("An adjustment closer than the minimum or further than the maximum is refused with the reason")
{
    const np::ClinicSetup c = exampleClinic();
    np::SeriesBookingRequest r = request(c);
    r.adjustments = {{2, QDateTime(date("2026-12-15"), QTime(10, 0)), QString()}}; // 14 days on
    auto tooSoon = book(r);
    REQUIRE_FALSE(tooSoon);
    CHECK(tooSoon.error().session == 2);
    CHECK(tooSoon.error().reason.contains(u"at least 21 days"_s));

    r.adjustments = {{2, QDateTime(date("2027-01-26"), QTime(10, 0)), QString()}}; // 56 days on
    auto tooLate = book(r);
    REQUIRE_FALSE(tooLate);
    CHECK(tooLate.error().reason.contains(u"at most 42 days"_s));

    r.adjustments = {{7, QDateTime(date("2027-01-26"), QTime(10, 0)), QString()}};
    CHECK_FALSE(book(r));
}

TEST_CASE("An adjustment to a taken time is refused naming the session and the time")
{
    const np::ClinicSetup c = exampleClinic();
    np::SeriesBookingRequest r = request(c);
    r.adjustments = {{2, QDateTime(date("2027-01-05"), QTime(15, 0)), QString()}};
    const auto b = book(r, wholeDayBusy(c, date("2027-01-05")));
    REQUIRE_FALSE(b);
    CHECK(b.error().session == 2);
    CHECK(b.error().reason.contains(u"2027-01-05 15:00"_s));
}

TEST_CASE("A blocked plan books nothing and carries the plan with its reasons")
{
    const np::ClinicSetup c = exampleClinic();
    np::SeriesBookingRequest r = request(c);
    r.plan.patient.findings = {{u"pregnancy"_s, {}, std::nullopt, std::nullopt}};
    const auto b = book(r);
    REQUIRE_FALSE(b);
    REQUIRE(b.error().plan);
    CHECK(b.error().plan->status == np::PlanStatus::Blocked);
    CHECK_FALSE(b.error().reason.isEmpty());
}

TEST_CASE("No free slot in a session's window refuses the series naming the session and the window")
{
    const np::ClinicSetup c = exampleClinic();
    QList<np::BusySpan> busy;
    for (QDate d = date("2026-12-22"); d <= date("2027-01-12"); d = d.addDays(1))
        busy.append(wholeDayBusy(c, d));
    const auto b = book(request(c), busy);
    REQUIRE_FALSE(b);
    CHECK(b.error().session == 2);
    CHECK(b.error().reason.contains(u"2027-01-12"_s));
}
