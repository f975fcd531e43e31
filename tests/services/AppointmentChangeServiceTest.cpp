// services: moving, cancelling, completing and missing an appointment, with what each does to its
// series, the stale-version rule, an appointment's history and a day of the calendar.
#include "SchedulingTestSupport.h"
#include "ServiceTestSupport.h"

#include "services/AppointmentService.h"
#include "services/SeriesService.h"
#include "storage/SeriesRepository.h"

using namespace Qt::StringLiterals;
using np::services::AppointmentTarget;
using np::services::MoveRefusal;
using np::services::ServiceError;
using np::storage::AppointmentStatus;

namespace {

using np::test::Today;

// The first day from `day` on that the example clinic is open (no Sundays, no winter break).
QDate openDay(QDate day)
{
    while (day.dayOfWeek() == Qt::Sunday || (day >= QDate(2026, 12, 24) && day <= QDate(2027, 1, 1)))
        day = day.addDays(1);
    return day;
}

QDateTime tenOn(QDate day)
{
    return QDateTime(day, QTime(10, 0));
}

// José's three-session automated-pen series with Ana from 2026-12-01, booked.
struct BookedSeries {
    QList<qint64> ids;
    QList<QDate> days;
    qint64 seriesId = 0;
};

BookedSeries bookThree(np::test::SchedulingFixture& f)
{
    auto booked = np::services::bookSeries(np::test::deskContext(f.db(), Today), np::test::threeSessions(f.jose));
    REQUIRE(booked.has_value());
    REQUIRE(booked->stored.has_value());
    BookedSeries out;
    out.ids = booked->stored->appointmentIds;
    for (const auto& s : booked->booking->sessions)
        out.days << s.slot.localStart.date();
    out.seriesId = booked->stored->series.id;
    REQUIRE(out.ids.size() == 3);
    return out;
}

np::storage::AppointmentRecord stored(np::test::SchedulingFixture& f, qint64 id)
{
    auto a = f.appointments().get(id);
    REQUIRE(a.has_value());
    return *a;
}

} // namespace

TEST_CASE("services: a single appointment moves within the clinic's rules, and a stale version is refused")
{
    np::test::SchedulingFixture f;
    const auto ctx = np::test::deskContext(f.db(), Today);
    const qint64 id = *f.appointments().book(f.request(f.jose, np::test::at("2026-11-24", 10)), u"desk"_s);

    auto moved = np::services::moveAppointment(ctx, {id, 1}, np::test::at("2026-11-25", 11), false);
    REQUIRE(moved.has_value());
    CHECK(moved->refusal == MoveRefusal::None);
    CHECK_FALSE(moved->change.series.has_value());
    CHECK(moved->change.appointment.localStart == np::test::at("2026-11-25", 11));
    CHECK(stored(f, id).localStart == np::test::at("2026-11-25", 11));

    // Based on the version read before the move: someone has changed it since. Nothing merged.
    auto stale = np::services::moveAppointment(ctx, {id, 1}, np::test::at("2026-11-26", 11), false);
    REQUIRE_FALSE(stale.has_value());
    REQUIRE(stale.error().storage.has_value());
    CHECK(stale.error().storage->kind == np::storage::StorageError::Kind::Conflict);
    CHECK(stored(f, id).localStart == np::test::at("2026-11-25", 11));

    // Sunday: closed, refused with the reason, nothing moved.
    auto closed = np::services::moveAppointment(ctx, {id, std::nullopt}, np::test::at("2026-11-29", 11), false);
    REQUIRE_FALSE(closed.has_value());
    CHECK(closed.error().kind == ServiceError::Kind::Refused);
    CHECK(closed.error().message.contains(u"closed"_s));
    CHECK(stored(f, id).localStart == np::test::at("2026-11-25", 11));

    auto history = np::services::appointmentHistory(ctx, id);
    REQUIRE(history.has_value());
    REQUIRE(history->size() == 2); // booked, moved
    CHECK(history->last().actor == u"desk"_s);

    auto missing = np::services::appointmentHistory(ctx, id + 100);
    REQUIRE_FALSE(missing.has_value());
    CHECK(missing.error().storage->kind == np::storage::StorageError::Kind::NotFound);
}

TEST_CASE("services: a series session closer than the protocol's minimum to the one before is refused")
{
    np::test::SchedulingFixture f;
    const auto ctx = np::test::deskContext(f.db(), Today);
    const BookedSeries series = bookThree(f);

    const QDate tooSoon = openDay(series.days[0].addDays(14));
    auto moved = np::services::moveAppointment(ctx, {series.ids[1], std::nullopt}, tenOn(tooSoon), false);
    REQUIRE(moved.has_value());
    CHECK(moved->refusal == MoveRefusal::BreaksRule);
    CHECK(moved->reason.contains(u"at least 21 days"_s));
    CHECK(stored(f, series.ids[1]).localStart.date() == series.days[1]);
}

TEST_CASE("services: a series session moved within its window leaves the later sessions where they are")
{
    np::test::SchedulingFixture f;
    const auto ctx = np::test::deskContext(f.db(), Today);
    const BookedSeries series = bookThree(f);

    const QDate later = openDay(series.days[1].addDays(2));
    auto moved = np::services::moveAppointment(ctx, {series.ids[1], std::nullopt}, tenOn(later), false);
    REQUIRE(moved.has_value());
    INFO(moved->reason.toStdString());
    REQUIRE(moved->refusal == MoveRefusal::None);
    REQUIRE(moved->change.series.has_value());
    CHECK(moved->change.series->session == 2);
    CHECK(moved->change.appointment.localStart == tenOn(later));
    CHECK(stored(f, series.ids[2]).localStart.date() == series.days[2]);
}

TEST_CASE("services: a move crowding the next session offers new slots, and shifts them when asked")
{
    np::test::SchedulingFixture f;
    const auto ctx = np::test::deskContext(f.db(), Today);
    const BookedSeries series = bookThree(f);

    const QDate crowding = openDay(series.days[2].addDays(-10));
    auto offer = np::services::moveAppointment(ctx, {series.ids[1], std::nullopt}, tenOn(crowding), false);
    REQUIRE(offer.has_value());
    CHECK(offer->refusal == MoveRefusal::LaterOutOfWindow);
    REQUIRE(offer->change.series.has_value());
    REQUIRE(offer->change.series->later.has_value());
    CHECK_FALSE(offer->change.series->laterApplied);
    CHECK(offer->change.series->later->sessions.size() == 1);
    CHECK(stored(f, series.ids[1]).localStart.date() == series.days[1]); // nothing moved yet

    auto shifted = np::services::moveAppointment(ctx, {series.ids[1], std::nullopt}, tenOn(crowding), true);
    REQUIRE(shifted.has_value());
    REQUIRE(shifted->refusal == MoveRefusal::None);
    REQUIRE(shifted->change.series->laterApplied);
    const QDate third = stored(f, series.ids[2]).localStart.date();
    CHECK(third == shifted->change.series->later->sessions[0].slot.localStart.date());
    CHECK(crowding.daysTo(third) >= 21);
    CHECK(stored(f, series.ids[1]).localStart == tenOn(crowding));
}

TEST_CASE("services: cancelling needs a reason, completing needs a check-in")
{
    np::test::SchedulingFixture f;
    const auto ctx = np::test::deskContext(f.db(), Today);
    const qint64 id = *f.appointments().book(f.request(f.jose, np::test::at("2026-11-24", 10)), u"desk"_s);

    auto noReason = np::services::cancelAppointment(ctx, {id, std::nullopt}, u"  "_s);
    REQUIRE_FALSE(noReason.has_value());
    CHECK(noReason.error().kind == ServiceError::Kind::Invalid);
    REQUIRE(noReason.error().problems.size() == 1);
    CHECK(noReason.error().problems[0].path == u"reason"_s);
    CHECK(stored(f, id).status == AppointmentStatus::Booked);

    auto notArrived = np::services::completeAppointment(ctx, {id, std::nullopt});
    REQUIRE_FALSE(notArrived.has_value());
    CHECK(stored(f, id).status == AppointmentStatus::Booked);

    auto cancelled = np::services::cancelAppointment(ctx, {id, std::nullopt}, u"patient has a cold"_s);
    REQUIRE(cancelled.has_value());
    CHECK(cancelled->appointment.status == AppointmentStatus::Cancelled);
    CHECK(cancelled->appointment.statusReason == u"patient has a cold"_s);

    const qint64 other = *f.appointments().book(f.request(f.siobhan, np::test::at("2026-11-24", 10)), u"desk"_s);
    auto repo = f.appointments();
    REQUIRE(repo.setStatus(other, 1, AppointmentStatus::CheckedIn, QString(), u"desk"_s).has_value());
    auto completed = np::services::completeAppointment(ctx, {other, std::nullopt});
    REQUIRE(completed.has_value());
    CHECK(completed->appointment.status == AppointmentStatus::Completed);
}

TEST_CASE("services: a missed series session is re-planned, and booked again when asked")
{
    np::test::SchedulingFixture f;
    const BookedSeries series = bookThree(f);
    const auto onTheDay = np::test::deskContext(f.db(), series.days[1]);

    auto missed = np::services::markNoShow(onTheDay, {series.ids[1], std::nullopt}, true);
    REQUIRE(missed.has_value());
    CHECK(missed->appointment.status == AppointmentStatus::NoShow);
    REQUIRE(missed->series.has_value());
    CHECK(missed->series->session == 2);
    REQUIRE(missed->series->later.has_value());
    REQUIRE(missed->series->rebookedAppointmentId.has_value());
    const auto rebooked = stored(f, *missed->series->rebookedAppointmentId);
    CHECK(rebooked.status == AppointmentStatus::Booked);
    CHECK(rebooked.localStart.date() > series.days[1]);
    CHECK(rebooked.localStart.date().daysTo(stored(f, series.ids[2]).localStart.date()) >= 21);

    // A single appointment missed: just the mark.
    const qint64 single = *f.appointments().book(f.request(f.siobhan, np::test::at("2026-11-24", 10)), u"desk"_s);
    auto plain = np::services::markNoShow(onTheDay, {single, std::nullopt}, false);
    REQUIRE(plain.has_value());
    CHECK(plain->appointment.status == AppointmentStatus::NoShow);
    CHECK_FALSE(plain->series.has_value());
}

TEST_CASE("services: a day of the calendar names each patient, and an unknown practitioner is refused")
{
    np::test::SchedulingFixture f;
    const auto ctx = np::test::deskContext(f.db(), Today);
    REQUIRE(f.appointments().book(f.request(f.jose, np::test::at("2026-11-24", 10)), u"desk"_s).has_value());
    REQUIRE(f.appointments().book(f.request(f.jose, np::test::at("2026-11-24", 14)), u"desk"_s).has_value());

    auto day = np::services::appointmentsOn(ctx, QDate(2026, 11, 24), u"ana"_s);
    REQUIRE(day.has_value());
    CHECK(day->appointments.size() == 2);
    CHECK(day->patientNames.value(f.jose) == u"García, José Luis"_s);
    auto otherDay = np::services::appointmentsOn(ctx, QDate(2026, 11, 25));
    REQUIRE(otherDay.has_value());
    CHECK(otherDay->appointments.isEmpty());

    auto nobody = np::services::appointmentsOn(ctx, QDate(2026, 11, 24), u"nobody"_s);
    REQUIRE_FALSE(nobody.has_value());
    REQUIRE(nobody.error().problems.size() == 1);
    CHECK(nobody.error().problems[0].path == u"practitioner"_s);
}
