// services::MovePreview and the calendar's reads: where an appointment may be dragged, answered from
// memory the same way moveAppointment answers in its transaction, and a move to another column.
#include "SchedulingTestSupport.h"
#include "ServiceTestSupport.h"

#include "services/AppointmentService.h"
#include "services/CalendarService.h"
#include "services/ChangeUndo.h"
#include "services/MovePreview.h"
#include "services/SeriesService.h"

using namespace Qt::StringLiterals;
using np::services::MoveDestination;
using np::test::at;

namespace {

np::services::AppointmentRequest singleAt(
    qint64 patientId, const QDateTime& start, const QString& practitioner = u"ana"_s)
{
    return {patientId, std::nullopt, practitioner, u"room-1"_s, u"pen-1"_s, u"automated_pen"_s, {u"cheeks"_s}, start};
}

} // namespace

TEST_CASE("services: a move preview refuses what the move itself refuses, each with its reason")
{
    np::test::SchedulingFixture f;
    const auto ctx = np::test::deskContext(f.db(), np::test::date("2026-11-23"));
    const auto moving = np::services::bookAppointment(ctx, singleAt(f.jose, at("2026-11-24", 10)));
    REQUIRE(moving);
    REQUIRE(np::services::bookAppointment(ctx, singleAt(f.siobhan, at("2026-11-24", 12))));
    const qint64 id = moving->appointment.id;

    auto preview
        = np::services::MovePreview::prepare(ctx, id, np::test::date("2026-11-23"), np::test::date("2026-11-30"));
    REQUIRE(preview);
    const auto refusal = [&](const QDateTime& start, const QString& practitioner = {}, const QString& room = {}) {
        return preview->refusal(MoveDestination {start, practitioner, room});
    };
    CHECK_FALSE(refusal(at("2026-11-24", 11)).has_value());
    CHECK_FALSE(refusal(at("2026-11-25", 10)).has_value());
    // Ana holds 12:00-12:45 with Siobhán: 11:30 would run into it.
    CHECK(refusal(at("2026-11-24", 11, 30)) == u"Dr Ana Núñez has another appointment then"_s);
    CHECK(refusal(at("2026-11-29", 10)) == u"the clinic is closed on 2026-11-29"_s);
    CHECK(refusal(at("2026-11-24", 10, 5)).value_or(QString()).contains(u"grid"_s));
    CHECK(refusal(at("2026-11-20", 10)) == u"2026-11-20 is a day gone by"_s);
    // Li works Tuesday mornings; pen 1 stays in room 1, so room 2 cannot have it.
    CHECK_FALSE(refusal(at("2026-11-24", 11), u"li"_s).has_value());
    CHECK(refusal(at("2026-11-24", 11), {}, u"room-2"_s).value_or(QString()).contains(u"room"_s));

    // The move agrees: refused where the preview refused, done where it allowed.
    auto closed
        = np::services::moveAppointment(ctx, {id, std::nullopt}, MoveDestination {at("2026-11-29", 10), {}, {}}, false);
    REQUIRE_FALSE(closed);
    CHECK(closed.error().message == *refusal(at("2026-11-29", 10)));
    auto toLi = np::services::moveAppointment(
        ctx, {id, std::nullopt}, MoveDestination {at("2026-11-24", 11), u"li"_s, {}}, false);
    REQUIRE(toLi);
    CHECK(toLi->change.appointment.localStart == at("2026-11-24", 11));
    CHECK(toLi->change.appointment.practitionerId == f.clinic.practitionerIds.value(u"li"_s));
    CHECK(toLi->change.appointment.roomId == f.clinic.roomIds.value(u"room-1"_s));
}

TEST_CASE("services: a move preview of a series session keeps the protocol's spacing")
{
    np::test::SchedulingFixture f;
    const auto ctx = np::test::deskContext(f.db(), np::test::Today);
    auto booked = np::services::bookSeries(ctx, np::test::threeSessions(f.jose));
    REQUIRE(booked);
    auto stored = f.appointments().forPatient(f.jose);
    REQUIRE(stored);
    REQUIRE(stored->size() == 3);
    const np::storage::AppointmentRecord second = stored->at(1);
    const QDate first = stored->at(0).localStart.date();

    auto preview = np::services::MovePreview::prepare(ctx, second.id, first, first.addDays(90));
    REQUIRE(preview);
    // A week after the first session: under the protocol's 21 days.
    QDate tooSoon = first.addDays(7);
    while (np::test::exampleClinic().isClosed(tooSoon))
        tooSoon = tooSoon.addDays(1);
    const auto refused = preview->refusal(MoveDestination {QDateTime(tooSoon, QTime(10, 0)), {}, {}});
    REQUIRE(refused.has_value());
    CHECK(refused->contains(u"21"_s));
    auto moved = np::services::moveAppointment(
        ctx, {second.id, std::nullopt}, MoveDestination {QDateTime(tooSoon, QTime(10, 0)), {}, {}}, false);
    REQUIRE(moved);
    CHECK(moved->refusal == np::services::MoveRefusal::BreaksRule);
    CHECK(moved->reason == *refused);

    // Only a booked appointment is dragged.
    REQUIRE(np::services::cancelAppointment(ctx, {second.id, std::nullopt}, u"Away"_s));
    auto cancelled = np::services::MovePreview::prepare(ctx, second.id, first, first.addDays(90));
    REQUIRE_FALSE(cancelled);
    CHECK(cancelled.error().message.contains(u"cancelled"_s));
}

TEST_CASE("services: the calendar's days hold every appointment with its patient and its place in the series")
{
    np::test::SchedulingFixture f;
    const auto ctx = np::test::deskContext(f.db(), np::test::Today);
    REQUIRE(np::services::bookSeries(ctx, np::test::threeSessions(f.jose)));
    const auto single = np::services::bookAppointment(ctx, singleAt(f.siobhan, at("2026-11-24", 12)));
    REQUIRE(single);
    REQUIRE(np::services::cancelAppointment(ctx, {single->appointment.id, std::nullopt}, u"Ill"_s));

    auto week = np::services::calendarSpan(ctx, np::test::date("2026-11-23"), 7);
    REQUIRE(week);
    REQUIRE(week->items.size() == 1);
    CHECK(week->items[0].label.familyName == u"O'Brien"_s);
    CHECK(week->items[0].label.sessionNumber == 0);
    CHECK(week->items[0].appointment.status == np::storage::AppointmentStatus::Cancelled);

    auto stored = f.appointments().forPatient(f.jose);
    REQUIRE(stored);
    const QDate first = stored->at(0).localStart.date();
    auto span = np::services::calendarSpan(ctx, first, 1);
    REQUIRE(span);
    REQUIRE(span->items.size() == 1);
    CHECK(span->items[0].label.sessionNumber == 1);
    CHECK(span->items[0].label.sessionCount == 3);
    CHECK(span->names.practitioners.value(stored->at(0).practitionerId) == u"Dr Ana Núñez"_s);

    // One practitioner's: only theirs; someone not in the set-up is named as the problem.
    CHECK(np::services::calendarSpan(ctx, first, 1, u"ana"_s)->items.size() == 1);
    CHECK(np::services::calendarSpan(ctx, first, 1, u"li"_s)->items.isEmpty());
    CHECK(np::services::calendarSpan(ctx, first, 1, u"li"_s)->practitioner == u"li"_s);
    auto nobody = np::services::calendarSpan(ctx, first, 1, u"dr-who"_s);
    REQUIRE_FALSE(nobody);
    REQUIRE(nobody.error().problems.size() == 1);
    CHECK(nobody.error().problems[0].path == u"practitioner"_s);

    auto tooLong = np::services::calendarSpan(ctx, first, 40);
    REQUIRE_FALSE(tooLong);
    REQUIRE(tooLong.error().problems.size() == 1);
    CHECK(tooLong.error().problems[0].path == u"days"_s);
}

TEST_CASE("services: a change of appointments is put back and made again, never over someone else's change")
{
    np::test::SchedulingFixture f;
    const auto ctx = np::test::deskContext(f.db(), np::test::Today);
    REQUIRE(np::services::bookSeries(ctx, np::test::threeSessions(f.jose)));
    auto stored = f.appointments().forPatient(f.jose);
    REQUIRE(stored);
    const np::storage::AppointmentRecord first = stored->at(0);

    auto before = np::services::appointmentsState(ctx, {first.id});
    REQUIRE(before);
    CHECK(before->appointments.size() == 3); // the whole series: a move may shift the later sessions
    CHECK(before->sessions.size() == 3);
    const QDateTime later = first.localStart.addSecs(3600);
    REQUIRE(np::services::moveAppointment(ctx, {first.id, std::nullopt}, later, false));
    auto after = np::services::appointmentsState(ctx, {first.id});
    REQUIRE(after);

    // Undone: the appointment back at its time, one more version on it, the audit saying so.
    auto undone = np::services::restoreAppointments(ctx, *after, *before);
    REQUIRE(undone);
    CHECK(f.appointments().get(first.id)->localStart == first.localStart);
    CHECK(f.appointments().get(first.id)->version == first.version + 2);
    // Redone from there.
    auto redone = np::services::restoreAppointments(ctx, *undone, *after);
    REQUIRE(redone);
    CHECK(f.appointments().get(first.id)->localStart == later);

    // Someone else moves it meanwhile: the undo is refused and nothing changes.
    REQUIRE(np::services::moveAppointment(ctx, {first.id, std::nullopt}, later.addSecs(1800), false));
    auto stale = np::services::restoreAppointments(ctx, *redone, *before);
    REQUIRE_FALSE(stale);
    CHECK(stale.error().storage->kind == np::storage::StorageError::Kind::Conflict);
    CHECK(stale.error().message.contains(u"changed by someone else"_s));
    CHECK(f.appointments().get(first.id)->localStart == later.addSecs(1800));

    // A cancellation undone: booked again, and its session with it.
    auto beforeCancel = np::services::appointmentsState(ctx, {first.id});
    REQUIRE(beforeCancel);
    REQUIRE(np::services::cancelAppointment(ctx, {first.id, std::nullopt}, u"Unwell"_s));
    auto cancelled = np::services::appointmentsState(ctx, {first.id});
    REQUIRE(cancelled);
    CHECK(cancelled->sessions[0].status == u"planned"_s);
    REQUIRE(np::services::restoreAppointments(ctx, *cancelled, *beforeCancel));
    CHECK(f.appointments().get(first.id)->status == np::storage::AppointmentStatus::Booked);
    auto series = np::storage::SeriesRepository(f.db(), np::test::builtInCatalogue()).session(*first.sessionId);
    REQUIRE(series);
    CHECK(series->status == u"booked"_s);
}

TEST_CASE("services: a planned session is booked on its own, to the series' spacing, once")
{
    np::test::SchedulingFixture f;
    const auto ctx = np::test::deskContext(f.db(), np::test::Today);
    auto created = np::services::createSeries(ctx, f.jose, np::test::threeSessions(f.jose).plan);
    REQUIRE(created);
    REQUIRE(created->stored);
    auto series = np::services::seriesRecord(ctx, created->stored->id);
    REQUIRE(series);
    const np::storage::PlannedSessionRecord first = series->sessions[0];
    const np::storage::PlannedSessionRecord second = series->sessions[1];
    auto at10 = [&](const QDate& day, std::optional<qint64> session) {
        auto r = singleAt(f.jose, QDateTime(day, QTime(10, 0)));
        r.sessionId = session;
        return r;
    };
    auto booked = np::services::bookSession(ctx, at10(first.plannedDate, first.id));
    REQUIRE(booked);
    CHECK(booked->appointment.sessionId == first.id);
    CHECK(np::services::seriesRecord(ctx, series->id)->sessions[0].status == u"booked"_s);

    // Again: refused, the session has its appointment.
    auto twice = np::services::bookSession(ctx, at10(first.plannedDate.addDays(1), first.id));
    REQUIRE_FALSE(twice);
    CHECK(twice.error().kind == np::services::ServiceError::Kind::Refused);
    // The second a week after the first: under the protocol's 21 days, nothing booked.
    QDate soon = first.plannedDate.addDays(7);
    while (np::test::exampleClinic().isClosed(soon) || soon.dayOfWeek() == Qt::Saturday)
        soon = soon.addDays(1);
    auto close = np::services::bookSession(ctx, at10(soon, second.id));
    REQUIRE_FALSE(close);
    CHECK(close.error().message.contains(u"21"_s));
    CHECK(f.appointments().forPatient(f.jose)->size() == 1);
    CHECK(np::services::seriesRecord(ctx, series->id)->sessions[1].status == u"planned"_s);
}
