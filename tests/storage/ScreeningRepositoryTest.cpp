// ScreeningRepository: answers checked against the catalogue, the result stored as given, one
// override of a "review" result, audit rows in the same transaction.
#include "ClinicalTestSupport.h"

#include "storage/ScreeningRepository.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;
using np::storage::ScreeningKind;
using np::storage::ScreeningRecord;
using Kind = np::storage::StorageError::Kind;

namespace {

QJsonObject object(const char* json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

struct ScreeningFixture : np::test::ClinicalFixture {
    np::storage::ScreeningRepository screenings {*db, np::test::builtInCatalogue()};

    ScreeningFixture() { screenings.setClock(np::test::pinnedNow); }

    ScreeningRecord review() const
    {
        ScreeningRecord s;
        s.patientId = patientId;
        s.screenedOn = QDate(2026, 3, 1);
        s.answers = object(R"({"anticoagulants": {"since": "2024-01-01", "note": "warfarin \"5 mg\", Dr. Müller"},
            "pregnancy": false, "other": {"new_medication": "ibuprofène"}})");
        s.result = object(R"({"status": "review", "findings": [{"code": "anticoagulants", "effect": "review"}]})");
        return s;
    }

    qint64 record(const ScreeningRecord& s)
    {
        auto id = screenings.add(s, u"Dr. Núñez"_s);
        if (!id)
            FAIL(id.error().message.toStdString());
        return *id;
    }
};

} // namespace

TEST_CASE("a screening is read back as given, with who recorded it and when")
{
    ScreeningFixture f;
    ScreeningRecord in = f.review();
    in.seriesId = f.addSeries(f.patientId);
    in.kind = ScreeningKind::PreSession;
    const qint64 id = f.record(in);

    auto out = f.screenings.get(id);
    REQUIRE(out.has_value());
    CHECK(out->id == id);
    CHECK(out->version == 1);
    CHECK(out->patientId == f.patientId);
    CHECK(out->seriesId == in.seriesId);
    CHECK(out->kind == ScreeningKind::PreSession);
    CHECK(out->screenedOn == QDate(2026, 3, 1));
    CHECK(out->answers == in.answers);
    CHECK(out->answers[u"anticoagulants"_s][u"note"_s].toString() == u"warfarin \"5 mg\", Dr. Müller"_s);
    CHECK(out->result == in.result);
    CHECK(out->status() == u"review"_s);
    CHECK_FALSE(out->overrideReason.has_value());
    CHECK_FALSE(out->overrideBy.has_value());
    CHECK_FALSE(out->overrideAt.has_value());
    CHECK(out->recordedBy == u"Dr. Núñez"_s);
    CHECK(out->createdAt == np::test::pinnedNow());
    CHECK(out->updatedAt == np::test::pinnedNow());

    const auto trail = f.trail(u"screenings"_s, id);
    REQUIRE(trail.size() == 1);
    CHECK(trail[0].action == u"insert"_s);
    CHECK(trail[0].actor == u"Dr. Núñez"_s);
    CHECK_FALSE(trail[0].before.has_value());
    CHECK(trail[0].after->value(u"answers"_s).toObject() == in.answers);
    CHECK(trail[0].after->value(u"kind"_s).toString() == u"pre_session"_s);
}

TEST_CASE("screenings with bad answers, result or date are refused, naming the field")
{
    ScreeningFixture f;
    ScreeningRecord in = f.review();
    SECTION("unknown code and area, until before since")
    {
        in.answers = object(R"({"pregnant": false, "active_acne": {"areas": ["chin"]},
            "isotretinoin": {"since": "2026-02-01", "until": "2026-01-01"}})");
        auto r = f.screenings.add(in, u"x"_s);
        REQUIRE_FALSE(r.has_value());
        CHECK(r.error().kind == Kind::Invalid);
        CHECK(r.error().message
            == u"answers.active_acne.areas[0]: unknown area \"chin\"; answers.isotretinoin.until: 2026-01-01 is "
               "before since (2026-02-01); answers.pregnant: unknown contraindication code \"pregnant\""_s);
    }
    SECTION("no status, no date")
    {
        in.result = QJsonObject();
        in.screenedOn = QDate();
        CHECK(
            f.screenings.add(in, u"x"_s).error().message == u"screened_on: is required; result.status: is required"_s);
    }
    SECTION("a status the engine does not give")
    {
        in.result = object(R"({"status": "blocks"})");
        CHECK(f.screenings.add(in, u"x"_s).error().message
            == u"result.status: must be \"clear\", \"advice\", \"review\" or \"blocked\", not \"blocks\""_s);
    }
    CHECK(f.screenings.forPatient(f.patientId)->isEmpty());
}

TEST_CASE("a screening for a missing patient or series, or another patient's series, is refused")
{
    ScreeningFixture f;
    ScreeningRecord in = f.review();
    in.patientId = 999;
    CHECK(f.screenings.add(in, u"x"_s).error().message == u"no patient 999"_s);
    in.patientId = f.patientId;
    in.seriesId = 77;
    auto missing = f.screenings.add(in, u"x"_s);
    CHECK(missing.error().kind == Kind::NotFound);
    CHECK(missing.error().message == u"no series 77"_s);
    const qint64 other = f.add(np::test::patient(u"O'Brien"_s, u"Siobhán"_s));
    in.seriesId = f.addSeries(other);
    auto foreign = f.screenings.add(in, u"x"_s);
    CHECK(foreign.error().kind == Kind::Invalid);
    CHECK(foreign.error().message
        == u"series_id: series %1 belongs to patient %2, not to patient %3"_s.arg(*in.seriesId)
               .arg(other)
               .arg(f.patientId));
}

TEST_CASE("a review result is overridden once, with the reason, who and when, and audited")
{
    ScreeningFixture f;
    const qint64 id = f.record(f.review());
    f.screenings.setClock([] { return np::test::pinnedNow().addSecs(600); });
    REQUIRE(f.screenings.override(id, 1, u"  INR stable; \"ok\" from the GP  "_s, u"Dr. López"_s).has_value());

    auto out = f.screenings.get(id);
    CHECK(out->version == 2);
    CHECK(out->overrideReason == std::optional<QString>(u"INR stable; \"ok\" from the GP"_s));
    CHECK(out->overrideBy == std::optional<QString>(u"Dr. López"_s));
    CHECK(out->overrideAt == std::optional(np::test::pinnedNow().addSecs(600)));
    CHECK(out->updatedAt == np::test::pinnedNow().addSecs(600));
    CHECK(out->createdAt == np::test::pinnedNow());

    const auto trail = f.trail(u"screenings"_s, id);
    REQUIRE(trail.size() == 2);
    CHECK(trail[1].action == u"override"_s);
    CHECK(trail[1].actor == u"Dr. López"_s);
    CHECK(trail[1].before->value(u"override_reason"_s).isNull());
    CHECK(trail[1].after->value(u"override_reason"_s).toString() == u"INR stable; \"ok\" from the GP"_s);
    CHECK(trail[1].after->value(u"version"_s).toInt() == 2);

    auto again = f.screenings.override(id, 2, u"again"_s, u"x"_s);
    REQUIRE_FALSE(again.has_value());
    CHECK(again.error().kind == Kind::Conflict);
    CHECK(again.error().message
        == u"screening %1 is already overridden by Dr. López: \"INR stable; \"ok\" from the GP\""_s.arg(id));
}

TEST_CASE("overrides are refused without a reason, for a blocked or clear result, and from a stale version")
{
    ScreeningFixture f;
    ScreeningRecord blocked = f.review();
    blocked.result = object(R"({"status": "blocked"})");
    const qint64 blockedId = f.record(blocked);
    auto r = f.screenings.override(blockedId, 1, u"patient insists"_s, u"x"_s);
    CHECK(r.error().kind == Kind::Invalid);
    CHECK(r.error().message
        == u"screening %1 is blocked: a blocking finding means no session, and cannot be overridden"_s.arg(blockedId));

    ScreeningRecord clear = f.review();
    clear.result = object(R"({"status": "clear"})");
    const qint64 clearId = f.record(clear);
    CHECK(f.screenings.override(clearId, 1, u"why"_s, u"x"_s).error().message
        == u"screening %1 is \"clear\": only a \"review\" result needs an override"_s.arg(clearId));

    const qint64 id = f.record(f.review());
    CHECK(f.screenings.override(id, 1, u"   "_s, u"x"_s).error().message
        == u"reason: is required to override screening %1"_s.arg(id));
    auto stale = f.screenings.override(id, 3, u"why"_s, u"x"_s);
    CHECK(stale.error().kind == Kind::Conflict);
    CHECK(stale.error().message
        == u"screening %1 was changed by someone else since it was read (version 3, now 1)"_s.arg(id));
    CHECK(f.screenings.override(4242, 1, u"why"_s, u"x"_s).error().kind == Kind::NotFound);
    CHECK_FALSE(f.screenings.get(id)->overrideReason.has_value());
    CHECK(f.trail(u"screenings"_s, id).size() == 1);
}

TEST_CASE("a screening write whose audit row fails leaves nothing behind")
{
    ScreeningFixture f;
    const qint64 id = f.record(f.review());
    f.refuseAuditRows();
    auto added = f.screenings.add(f.review(), u"x"_s);
    REQUIRE_FALSE(added.has_value());
    CHECK(added.error().message.contains(u"audit refused"_s));
    CHECK(f.screenings.forPatient(f.patientId)->size() == 1);
    REQUIRE_FALSE(f.screenings.override(id, 1, u"why"_s, u"x"_s).has_value());
    CHECK(f.screenings.get(id)->version == 1);
    CHECK_FALSE(f.screenings.get(id)->overrideReason.has_value());
}

TEST_CASE("screenings of a patient come newest first, and the latest of each kind")
{
    ScreeningFixture f;
    ScreeningRecord s = f.review();
    s.screenedOn = QDate(2026, 1, 10);
    const qint64 january = f.record(s);
    s.screenedOn = QDate(2026, 2, 10);
    s.kind = ScreeningKind::PreSession;
    const qint64 february = f.record(s);
    s.screenedOn = QDate(2025, 12, 1);
    s.kind = ScreeningKind::Full;
    const qint64 december = f.record(s);

    QList<qint64> ids;
    const auto list = f.screenings.forPatient(f.patientId);
    REQUIRE(list.has_value());
    for (const ScreeningRecord& r : *list)
        ids << r.id;
    CHECK(ids == QList<qint64> {february, january, december});
    CHECK(f.screenings.latestFor(f.patientId, ScreeningKind::Full)->value().id == january);
    CHECK(f.screenings.latestFor(f.patientId, ScreeningKind::PreSession)->value().id == february);
    CHECK_FALSE(f.screenings.latestFor(999, ScreeningKind::Full)->has_value());
    CHECK(f.screenings.get(999).error().message == u"no screening 999"_s);
}

TEST_CASE("the schema-2 fixture's screenings read back unchanged")
{
    np::test::Schema2Copy copy;
    np::storage::ScreeningRepository screenings(*copy.db, np::test::builtInCatalogue());
    auto first = screenings.get(1);
    REQUIRE(first.has_value());
    CHECK(first->kind == ScreeningKind::Full);
    CHECK_FALSE(first->seriesId.has_value());
    CHECK(first->answers == object(R"({"isotretinoin":{"until":"2025-02-15"},"pregnant":false})"));
    CHECK(first->result == object(R"({"status":"blocked","clears_on":"2025-08-14"})"));
    CHECK(first->recordedBy == u"Dr. Ana Núñez"_s);
    CHECK(first->createdAt == np::test::utc("2025-02-10T09:10:00Z"));

    auto overridden = screenings.get(2);
    REQUIRE(overridden.has_value());
    CHECK(overridden->version == 2);
    CHECK(overridden->seriesId == std::optional<qint64>(2));
    CHECK(overridden->overrideReason == std::optional<QString>(u"Mild, localised; treating forehead only"_s));
    CHECK(overridden->overrideBy == std::optional<QString>(u"Dr. Ana Núñez"_s));
    CHECK(overridden->overrideAt == std::optional(np::test::utc("2025-02-03T11:20:00Z")));
    CHECK(overridden->updatedAt == np::test::utc("2025-02-03T11:20:00Z"));

    auto preSession = screenings.get(3);
    REQUIRE(preSession.has_value());
    CHECK(preSession->kind == ScreeningKind::PreSession);
    CHECK(preSession->seriesId == std::optional<qint64>(1));
    CHECK(preSession->screenedOn == QDate(2025, 9, 17));
    CHECK(preSession->status() == u"clear"_s);
    CHECK(screenings.latestFor(1, ScreeningKind::PreSession)->value().id == 3);
}
