// services::bookAppointment: the clinic's rules, the catalogue's length, no double booking.
#include "SchedulingTestSupport.h"
#include "ServiceTestSupport.h"

#include "services/AppointmentService.h"

using namespace Qt::StringLiterals;
using np::services::ServiceError;

namespace {

np::services::AppointmentRequest request(qint64 patientId, const QDateTime& start)
{
    return {patientId, std::nullopt, u"ana"_s, u"room-1"_s, u"pen-1"_s, u"automated_pen"_s, {u"cheeks"_s}, start};
}

} // namespace

TEST_CASE("services: an appointment is booked to the clinic's rules, its length from the catalogue")
{
    np::test::SchedulingFixture f;
    const auto ctx = np::test::deskContext(f.db(), np::test::date("2026-11-20"));

    auto booked = np::services::bookAppointment(ctx, request(f.jose, np::test::at("2026-11-24", 10)));
    REQUIRE(booked.has_value());
    CHECK(booked->appointment.localStart == np::test::at("2026-11-24", 10));
    CHECK(booked->appointment.durationMinutes() == 45); // numbing, one area, turnover (as the CLI prints)
    CHECK(booked->appointment.createdBy == u"desk"_s);

    // The same practitioner at the same time: a conflict naming the other appointment.
    auto clash = np::services::bookAppointment(ctx, request(f.siobhan, np::test::at("2026-11-24", 10, 15)));
    REQUIRE_FALSE(clash.has_value());
    CHECK(clash.error().storage->kind == np::storage::StorageError::Kind::Conflict);
    CHECK(clash.error().message.contains(u"appointment %1"_s.arg(booked->appointment.id)));

    // Sunday: the clinic is closed. Refused, with the reason.
    auto closed = np::services::bookAppointment(ctx, request(f.siobhan, np::test::at("2026-11-22", 10)));
    REQUIRE_FALSE(closed.has_value());
    CHECK(closed.error().kind == ServiceError::Kind::Refused);
    CHECK(closed.error().message == u"the clinic is closed on 2026-11-22"_s);

    auto unknownArea = request(f.siobhan, np::test::at("2026-11-24", 11));
    unknownArea.areas = {u"elbows"_s};
    auto refused = np::services::bookAppointment(ctx, unknownArea);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().kind == ServiceError::Kind::Invalid);
    REQUIRE(refused.error().problems.size() == 1);
    CHECK(refused.error().problems[0].path == u"areas"_s);
}
