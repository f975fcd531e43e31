// services: findings added, corrected and retracted, every revision kept with who and when.
#include "ServiceTestSupport.h"

#include "services/ClinicalRecordService.h"

using namespace Qt::StringLiterals;

TEST_CASE("services: a finding is added, corrected and retracted, its history whole")
{
    np::test::PatientFixture f;
    const auto ctx = np::test::deskContext(*f.db, np::test::date("2026-03-01"));
    const qint64 patientId = f.add(np::test::samplePatient());
    np::storage::FindingRecord isotretinoin;
    isotretinoin.patientId = patientId;
    isotretinoin.code = u"isotretinoin"_s;
    isotretinoin.since = np::test::date("2025-09-01");
    isotretinoin.until = np::test::date("2026-02-01");
    auto id = np::services::addFinding(ctx, isotretinoin);
    REQUIRE(id.has_value());

    np::storage::FindingRecord corrected = isotretinoin;
    corrected.id = *id;
    corrected.version = 1;
    corrected.until = np::test::date("2026-01-15");
    auto revision = np::services::correctFinding(ctx, corrected);
    REQUIRE(revision.has_value());
    // The first revision is superseded: correcting it again is refused.
    auto again = np::services::correctFinding(ctx, corrected);
    REQUIRE_FALSE(again.has_value());
    CHECK(again.error().storage->kind == np::storage::StorageError::Kind::Conflict);

    REQUIRE(np::services::retractFinding(ctx, *revision, 1, u"entered for the wrong patient"_s).has_value());
    auto history = np::services::findingHistory(ctx, *id);
    REQUIRE(history.has_value());
    REQUIRE(history->size() == 2);
    CHECK(history->at(0).until == np::test::date("2026-02-01"));
    CHECK(history->at(1).until == np::test::date("2026-01-15"));
    CHECK(history->at(1).retracted);
    CHECK(history->at(1).recordedBy == u"desk"_s);

    np::storage::FindingRecord unknown = isotretinoin;
    unknown.code = u"sunstroke"_s;
    auto refused = np::services::addFinding(ctx, unknown);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().storage->kind == np::storage::StorageError::Kind::Invalid);
    CHECK(refused.error().message.contains(u"sunstroke"_s));
}
