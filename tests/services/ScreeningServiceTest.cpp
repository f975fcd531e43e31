// services: a screening's result from the record and the answers, before and as it is saved.
#include "ServiceTestSupport.h"

#include "services/ScreeningService.h"
#include "storage/FindingRepository.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

np::Treatment cheeks()
{
    np::Treatment t;
    t.modality = u"automated_pen"_s;
    t.indication = u"acne_scars"_s;
    t.areas = {u"cheeks"_s};
    return t;
}

} // namespace

TEST_CASE("services: active acne on the cheeks blocks a cheek treatment, not one elsewhere")
{
    np::test::PatientFixture f;
    const auto ctx = np::test::deskContext(*f.db, np::test::date("2026-03-01"));
    const qint64 id = f.add(np::test::samplePatient());
    np::storage::FindingRecord acne;
    acne.patientId = id;
    acne.code = u"active_acne"_s;
    acne.areas = {u"cheeks"_s};
    acne.since = np::test::date("2026-02-20");
    REQUIRE(np::storage::FindingRepository(*f.db, np::test::builtInCatalogue()).add(acne, u"desk"_s));

    auto onCheeks = np::services::screeningResult(ctx, id, cheeks(), {}, np::test::date("2026-03-02"));
    REQUIRE(onCheeks.has_value());
    CHECK(onCheeks->value(u"status"_s).toString() == u"blocked"_s);
    np::Treatment forehead = cheeks();
    forehead.areas = {u"forehead"_s};
    auto elsewhere = np::services::screeningResult(ctx, id, forehead, {}, np::test::date("2026-03-02"));
    REQUIRE(elsewhere.has_value());
    CHECK(elsewhere->value(u"status"_s).toString() != u"blocked"_s);
}

TEST_CASE("services: a saved screening keeps its result and says which yes answers are not findings")
{
    np::test::PatientFixture f;
    const auto ctx = np::test::deskContext(*f.db, np::test::date("2026-03-01"));
    const qint64 id = f.add(np::test::samplePatient());
    np::services::ScreeningInput in;
    in.record.screenedOn = np::test::date("2026-03-01");
    in.record.answers = QJsonObject {{u"isotretinoin"_s, QJsonObject {{u"until"_s, u"2026-02-01"_s}}}};
    in.treatment = cheeks();
    in.yes = {np::Finding {u"isotretinoin"_s, {}, std::nullopt, np::test::date("2026-02-01")}};
    auto saved = np::services::addScreening(ctx, id, in);
    REQUIRE(saved.has_value());
    CHECK(saved->result.value(u"status"_s).toString() == u"blocked"_s); // the washout runs to the summer
    CHECK_FALSE(saved->result.value(u"clears_on"_s).toString().isEmpty());
    CHECK(saved->notRecordedAsFindings == QStringList {u"isotretinoin"_s});

    auto missing = np::services::addScreening(ctx, 424242, in);
    REQUIRE_FALSE(missing.has_value());
    CHECK(missing.error().storage->kind == np::storage::StorageError::Kind::NotFound);
}
