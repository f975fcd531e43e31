// services::markContacted and recallContacts: the front desk's calls kept against the recall they
// were about, every one audited, the newest shown.
#include "SchedulingTestSupport.h"
#include "ServiceTestSupport.h"

#include "services/RecallService.h"
#include "services/SeriesService.h"
#include "storage/AuditLog.h"

using namespace Qt::StringLiterals;

TEST_CASE("services: a call about a recall is kept by the recall's key, the newest shown, each audited")
{
    np::test::SchedulingFixture f;
    const auto ctx = np::test::deskContext(f.db(), np::test::Today);
    REQUIRE(np::services::createSeries(ctx, f.jose, np::test::threeSessions(f.jose).plan));
    auto lists = np::services::recallLists(ctx, 60);
    REQUIRE(lists);
    REQUIRE(lists->unbooked.size() >= 2);
    const np::storage::Recall first = lists->unbooked[0];
    const np::storage::Recall second = lists->unbooked[1];
    CHECK(np::storage::recallKey(first) != np::storage::recallKey(second));
    CHECK(np::storage::recallKey(first).startsWith(u"unbooked:series="_s));

    auto call = np::services::markContacted(ctx, first, u"  Left a message "_s);
    REQUIRE(call);
    CHECK(call->note == u"Left a message"_s);
    CHECK(call->contactedOn == np::test::Today);
    CHECK(call->recordedBy == u"desk"_s);
    REQUIRE(np::services::markContacted(ctx, first, u"Will call back"_s));

    // Read again later: the same recall has the same key, and the newest call stands.
    auto again = np::services::recallLists(ctx, 60);
    REQUIRE(again);
    auto calls = np::services::recallContacts(ctx);
    REQUIRE(calls);
    CHECK(calls->size() == 1);
    CHECK(calls->value(np::storage::recallKey(again->unbooked[0])).note == u"Will call back"_s);
    CHECK_FALSE(calls->contains(np::storage::recallKey(second)));
    auto trail = np::storage::auditTrail(f.db(), u"recall_contacts"_s, call->id);
    REQUIRE(trail);
    CHECK(trail->size() == 1);
}

TEST_CASE("services: a call about an unknown patient is refused and nothing is kept")
{
    np::test::SchedulingFixture f;
    const auto ctx = np::test::deskContext(f.db(), np::test::Today);
    np::storage::Recall ghost;
    ghost.kind = u"maintenance"_s;
    ghost.patientId = 999;
    REQUIRE_FALSE(np::services::markContacted(ctx, ghost, {}));
    auto calls = np::services::recallContacts(ctx);
    REQUIRE(calls);
    CHECK(calls->isEmpty());
}
