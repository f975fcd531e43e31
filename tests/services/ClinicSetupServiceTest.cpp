// services::appointmentsBrokenBy / updateClinic: a change of the set-up names the appointments it
// breaks, and is saved or not as asked, in one transaction.
#include "SchedulingTestSupport.h"
#include "ServiceTestSupport.h"

#include "services/AppointmentService.h"
#include "services/ClinicSetupService.h"

using namespace Qt::StringLiterals;
using np::services::BrokenAppointments;

namespace {

// Ana in room 1 on pen 1, cheeks.
qint64 book(const np::services::UseCaseContext& ctx, qint64 patientId, const QDateTime& start)
{
    auto booked = np::services::bookAppointment(
        ctx, {patientId, std::nullopt, u"ana"_s, u"room-1"_s, u"pen-1"_s, u"automated_pen"_s, {u"cheeks"_s}, start});
    if (!booked)
        FAIL(booked.error().message.toStdString());
    return booked->appointment.id;
}

} // namespace

TEST_CASE("services: a change of the clinic set-up names the appointments to come that it breaks")
{
    np::test::SchedulingFixture f;
    const auto booking = np::test::deskContext(f.db(), np::test::date("2026-11-01"));
    const qint64 past = book(booking, f.jose, np::test::at("2026-11-10", 10)); // before the day of the change
    const qint64 tuesday = book(booking, f.jose, np::test::at("2026-11-24", 16));
    const qint64 wednesday = book(booking, f.siobhan, np::test::at("2026-11-25", 10));
    const qint64 cancelled = book(booking, f.siobhan, np::test::at("2026-11-26", 16));
    REQUIRE(np::services::cancelAppointment(booking, {cancelled, 1}, u"moved away"_s).has_value());
    const auto ctx = np::test::deskContext(f.db(), np::test::date("2026-11-20"));

    SECTION("the same set-up breaks nothing")
    {
        auto broken = np::services::appointmentsBrokenBy(ctx, f.clinic.setup);
        REQUIRE(broken.has_value());
        CHECK(broken->isEmpty());
    }
    SECTION("shorter hours break the afternoon appointment only, not a cancelled or past one")
    {
        np::ClinicSetup changed = f.clinic.setup;
        for (int day = Qt::Monday; day <= Qt::Friday; ++day)
            changed.opening[std::size_t(day)] = {{QTime(9, 0), QTime(13, 0)}};
        auto broken = np::services::appointmentsBrokenBy(ctx, changed);
        REQUIRE(broken.has_value());
        REQUIRE(broken->size() == 1);
        CHECK(broken->at(0).appointment.id == tuesday);
        CHECK(broken->at(0).patientName == u"García, José Luis"_s);
        CHECK(broken->at(0).reason.contains(u"outside"_s));
        CHECK(past != tuesday);
    }
    SECTION("a closure added breaks what is booked on it, a device removed what is booked on it")
    {
        np::ClinicSetup closed = f.clinic.setup;
        closed.closures.append({np::test::date("2026-11-25"), np::test::date("2026-11-25"), u"Floods"_s});
        auto broken = np::services::appointmentsBrokenBy(ctx, closed);
        REQUIRE(broken.has_value());
        REQUIRE(broken->size() == 1);
        CHECK(broken->at(0).appointment.id == wednesday);
        CHECK(broken->at(0).reason == u"the clinic is closed on 2026-11-25"_s);

        np::ClinicSetup penless = f.clinic.setup;
        penless.devices.removeIf([](const np::Device& d) { return d.code == u"pen-1"_s; });
        broken = np::services::appointmentsBrokenBy(ctx, penless);
        REQUIRE(broken.has_value());
        REQUIRE(broken->size() == 2); // by start
        CHECK(broken->at(0).appointment.id == tuesday);
        CHECK(broken->at(1).appointment.id == wednesday);
        CHECK(broken->at(1).patientName == u"O'Brien, Siobhán"_s);
        CHECK(broken->at(0).reason == u"no device \"pen-1\" in the clinic set-up"_s);
    }
    SECTION("refused: nothing saved, the broken appointments returned; kept: saved with them")
    {
        np::ClinicSetup changed = f.clinic.setup;
        changed.rooms.removeIf([](const np::Room& r) { return r.code == u"room-1"_s; });
        changed.devices.removeIf([](const np::Device& d) { return d.homeRoom == u"room-1"_s; });
        auto refused = np::services::updateClinic(ctx, changed, {}, f.clinic.version, BrokenAppointments::Refuse);
        REQUIRE(refused.has_value());
        CHECK_FALSE(refused->stored.has_value());
        CHECK(refused->broken.size() == 2);
        auto still = np::services::clinic(ctx);
        REQUIRE(still.has_value());
        CHECK(still->version == f.clinic.version);
        CHECK(still->setup.room(u"room-1") != nullptr);

        auto kept = np::services::updateClinic(ctx, changed, {}, f.clinic.version, BrokenAppointments::Keep);
        REQUIRE(kept.has_value());
        REQUIRE(kept->stored.has_value());
        CHECK(kept->broken.size() == 2);
        CHECK(kept->stored->version == f.clinic.version + 1);
        CHECK(kept->stored->setup.room(u"room-1") == nullptr);
        CHECK(kept->stored->updatedBy == u"desk"_s);
    }
    SECTION("a change made meanwhile elsewhere is not overwritten")
    {
        np::ClinicSetup changed = f.clinic.setup;
        changed.phone = u"+44 20 7946 0001"_s;
        REQUIRE(np::services::loadClinic(ctx, changed, {}).has_value());
        changed.phone = u"+44 20 7946 0002"_s;
        auto stale = np::services::updateClinic(ctx, changed, {}, f.clinic.version, BrokenAppointments::Keep);
        REQUIRE_FALSE(stale.has_value());
        CHECK(stale.error().isConflict());
        CHECK(np::services::clinic(ctx)->setup.phone == u"+44 20 7946 0001"_s);
    }
}

TEST_CASE("services: a catalogue is checked against the stored set-up before it is put in use")
{
    np::test::SchedulingFixture f;
    const auto ctx = np::test::deskContext(f.db(), np::test::date("2026-11-20"));
    auto fits = np::services::setupProblemsWith(ctx, np::test::builtInCatalogue());
    REQUIRE(fits.has_value());
    CHECK(fits->isEmpty());

    np::Catalogue withoutPens = np::test::builtInCatalogue();
    withoutPens.modalities.removeIf([](const np::Modality& m) { return m.code == u"automated_pen"; });
    auto problems = np::services::setupProblemsWith(ctx, withoutPens);
    REQUIRE(problems.has_value());
    REQUIRE_FALSE(problems->isEmpty());
    CHECK(np::joinProblems(*problems).contains(u"automated_pen"_s));
}
