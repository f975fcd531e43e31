// services::dayList: the Today screen's appointments, with their flags and versions.
#include "SchedulingTestSupport.h"
#include "ServiceTestSupport.h"

#include "services/AppointmentService.h"
#include "services/DayService.h"

using namespace Qt::StringLiterals;

TEST_CASE("services: the day's list has every appointment by time, cancelled ones too, with versions and flags")
{
    np::test::SchedulingFixture f;
    const auto ctx = np::test::deskContext(f.db(), np::test::date("2026-11-20"));
    const auto book = [&](qint64 patient, const QDateTime& start) {
        auto booked = np::services::bookAppointment(
            ctx, {patient, std::nullopt, u"ana"_s, u"room-1"_s, u"pen-1"_s, u"automated_pen"_s, {u"cheeks"_s}, start});
        REQUIRE(booked);
        return booked->appointment.id;
    };
    const qint64 late = book(f.jose, np::test::at("2026-11-24", 16));
    const qint64 early = book(f.siobhan, np::test::at("2026-11-24", 10));
    const qint64 cancelled = book(f.siobhan, np::test::at("2026-11-24", 12));
    REQUIRE(np::services::cancelAppointment(ctx, {cancelled, 1}, u"Called in sick"_s));
    book(f.jose, np::test::at("2026-11-25", 10)); // another day

    auto day = np::services::dayList(ctx, np::test::date("2026-11-24"));
    REQUIRE(day);
    REQUIRE(day->size() == 3);
    CHECK(day->at(0).row.appointment.id == early);
    CHECK(day->at(1).row.appointment.id == cancelled);
    CHECK(day->at(2).row.appointment.id == late);
    CHECK(day->at(0).version == 1);
    CHECK(day->at(1).version == 2); // cancelling changed it
    CHECK(day->at(1).row.appointment.status == u"cancelled"_s);
    CHECK(day->at(1).row.statusReason == u"Called in sick"_s);
    CHECK(day->at(0).row.firstVisit);
    CHECK(day->at(0).row.appointment.practitioner == f.clinic.setup.practitioners.front().name);
    CHECK(day->at(0).row.patient.familyName == u"O'Brien"_s);

    auto empty = np::services::dayList(ctx, np::test::date("2026-11-26"));
    REQUIRE(empty);
    CHECK(empty->isEmpty());
}
