// services: free slots for a treatment, the calendars exported for phones, and the recall lists.
#include "SchedulingTestSupport.h"
#include "ServiceTestSupport.h"

#include "services/CalendarService.h"
#include "services/RecallService.h"

using namespace Qt::StringLiterals;
using np::services::ServiceError;

namespace {

using np::test::Today;

np::SlotQuery penOn(QDate from, QDate to)
{
    np::SlotQuery q;
    q.modality = u"automated_pen"_s;
    q.from = from;
    q.to = to;
    q.practitioner = u"ana"_s;
    return q;
}

QString pathOf(const ServiceError& e)
{
    REQUIRE(e.problems.size() == 1);
    return e.problems[0].path;
}

} // namespace

TEST_CASE("services: free slots start today at the earliest and leave out the time already taken")
{
    np::test::SchedulingFixture f;
    const auto ctx = np::test::deskContext(f.db(), Today);
    REQUIRE(f.appointments().book(f.request(f.siobhan, np::test::at("2026-11-24", 9)), u"desk"_s).has_value());

    auto found = np::services::freeSlots(ctx, f.jose, {u"cheeks"_s}, penOn(QDate(2026, 11, 1), QDate(2026, 11, 24)));
    REQUIRE(found.has_value());
    REQUIRE_FALSE(found->isEmpty());
    for (const np::Slot& s : *found) {
        CHECK(s.localStart.date() >= Today);
        CHECK(s.practitioner == u"ana"_s);
        // Ana is with Siobhán from 09:00 to 10:05 that Tuesday.
        if (s.localStart.date() == QDate(2026, 11, 24))
            CHECK((s.localEnd.time() <= QTime(9, 0) || s.localStart.time() >= QTime(10, 5)));
    }

    auto past = np::services::freeSlots(ctx, f.jose, {u"cheeks"_s}, penOn(QDate(2026, 11, 1), QDate(2026, 11, 10)));
    REQUIRE_FALSE(past.has_value());
    CHECK(pathOf(past.error()) == u"to"_s);
    auto tooLong = np::services::freeSlots(ctx, f.jose, {u"cheeks"_s}, penOn(Today, Today.addDays(400)));
    REQUIRE_FALSE(tooLong.has_value());
    CHECK(pathOf(tooLong.error()) == u"to"_s);
    auto elbows = np::services::freeSlots(ctx, f.jose, {u"elbows"_s}, penOn(Today, Today.addDays(7)));
    REQUIRE_FALSE(elbows.has_value());
    CHECK(pathOf(elbows.error()) == u"areas"_s);
    np::SlotQuery nobody = penOn(Today, Today.addDays(7));
    nobody.practitioner = u"nobody"_s;
    auto unknown = np::services::freeSlots(ctx, f.jose, {u"cheeks"_s}, nobody);
    REQUIRE_FALSE(unknown.has_value());
    CHECK(pathOf(unknown.error()) == u"practitioner"_s);
    auto noPatient = np::services::freeSlots(ctx, 98765, {u"cheeks"_s}, penOn(Today, Today.addDays(7)));
    REQUIRE_FALSE(noPatient.has_value());
    CHECK(noPatient.error().storage->kind == np::storage::StorageError::Kind::NotFound);
}

TEST_CASE("services: a practitioner's calendar names the patients, a patient's keeps the cancelled ones")
{
    np::test::SchedulingFixture f;
    const auto ctx = np::test::deskContext(f.db(), Today);
    auto repo = f.appointments();
    const qint64 first = *repo.book(f.request(f.jose, np::test::at("2026-11-24", 10)), u"desk"_s);
    REQUIRE(repo.book(f.request(f.jose, np::test::at("2026-11-25", 10)), u"desk"_s).has_value());
    REQUIRE(repo.setStatus(first, 1, np::storage::AppointmentStatus::Cancelled, u"ill"_s, u"desk"_s).has_value());

    auto ana = np::services::practitionerCalendar(ctx, u"ana"_s, QDate(2026, 11, 23), QDate(2026, 11, 29));
    REQUIRE(ana.has_value());
    REQUIRE(ana->events.size() == 1); // the cancelled one no longer holds her time
    CHECK(ana->events[0].summary.startsWith(u"José Luis García: "_s));
    const QString byId = QString::number(f.clinic.practitionerIds.value(u"ana"_s));
    CHECK(np::services::practitionerCalendar(ctx, byId, QDate(2026, 11, 23), QDate(2026, 11, 29)).has_value());

    auto jose = np::services::patientCalendar(ctx, f.jose);
    REQUIRE(jose.has_value());
    REQUIRE(jose->events.size() == 2);
    CHECK((jose->events[0].cancelled || jose->events[1].cancelled));

    auto nobody = np::services::practitionerCalendar(ctx, u"nobody"_s, Today, Today);
    REQUIRE_FALSE(nobody.has_value());
    CHECK(pathOf(nobody.error()) == u"practitioner"_s);
    auto backwards = np::services::practitionerCalendar(ctx, u"ana"_s, Today, Today.addDays(-1));
    REQUIRE_FALSE(backwards.has_value());
    CHECK(pathOf(backwards.error()) == u"to"_s);
}

TEST_CASE("services: the recall lists look from 0 to 366 days ahead")
{
    np::test::SchedulingFixture f;
    const auto ctx = np::test::deskContext(f.db(), Today);
    auto lists = np::services::recallLists(ctx, 30);
    REQUIRE(lists.has_value());
    CHECK(lists->all().isEmpty());
    auto tooFar = np::services::recallLists(ctx, 367);
    REQUIRE_FALSE(tooFar.has_value());
    CHECK(pathOf(tooFar.error()) == u"within"_s);
    CHECK_FALSE(np::services::recallLists(ctx, -1).has_value());
}
