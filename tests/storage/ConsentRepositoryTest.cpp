// ConsentRepository: consents withdrawn, never deleted; the consent valid for a modality on a day.
#include "ClinicalTestSupport.h"

#include "storage/ConsentRepository.h"

using namespace Qt::StringLiterals;
using np::storage::ConsentRecord;
using np::test::utc;
using Kind = np::storage::StorageError::Kind;

namespace {

struct ConsentFixture : np::test::ClinicalFixture {
    np::storage::ConsentRepository consents {*db, np::test::builtInCatalogue()};

    ConsentFixture() { consents.setClock(np::test::pinnedNow); }

    ConsentRecord pen(const char* signedAt = "2026-02-20T10:00:00Z") const
    {
        ConsentRecord c;
        c.patientId = patientId;
        c.modality = u"automated_pen"_s;
        c.formVersion = u"microneedling-2026.1 \"long\""_s;
        c.signedAt = utc(signedAt);
        c.witnessedBy = u"Siobhán O'Brien"_s;
        return c;
    }

    qint64 record(const ConsentRecord& c)
    {
        auto id = consents.add(c, u"recepción"_s);
        if (!id)
            FAIL(id.error().message.toStdString());
        return *id;
    }
};

} // namespace

TEST_CASE("a consent is read back as given, with who recorded it and when")
{
    ConsentFixture f;
    ConsentRecord in = f.pen();
    in.seriesId = f.addSeries(f.patientId);
    const qint64 id = f.record(in);
    auto out = f.consents.get(id);
    REQUIRE(out.has_value());
    CHECK(out->version == 1);
    CHECK(out->patientId == f.patientId);
    CHECK(out->seriesId == in.seriesId);
    CHECK(out->modality == u"automated_pen"_s);
    CHECK(out->formVersion == u"microneedling-2026.1 \"long\""_s);
    CHECK(out->signedAt == utc("2026-02-20T10:00:00Z"));
    CHECK(out->witnessedBy == u"Siobhán O'Brien"_s);
    CHECK(out->recordedBy == u"recepción"_s);
    CHECK(out->createdAt == np::test::pinnedNow());
    CHECK_FALSE(out->withdrawn());
    CHECK(out->withdrawnReason.isEmpty());

    const auto trail = f.trail(u"consents"_s, id);
    REQUIRE(trail.size() == 1);
    CHECK(trail[0].action == u"insert"_s);
    CHECK(trail[0].after->value(u"witnessed_by"_s).toString() == u"Siobhán O'Brien"_s);
    CHECK(trail[0].after->value(u"withdrawn_at"_s).isNull());
}

TEST_CASE("a consent for a series takes the series' modality, and must not name another")
{
    ConsentFixture f;
    ConsentRecord in = f.pen();
    in.seriesId = f.addSeries(f.patientId, u"rf_microneedling"_s);
    in.modality.clear();
    CHECK(f.consents.get(f.record(in))->modality == u"rf_microneedling"_s);
    in.modality = u"automated_pen"_s;
    auto r = f.consents.add(in, u"x"_s);
    CHECK(r.error().kind == Kind::Invalid);
    CHECK(
        r.error().message == u"modality: \"automated_pen\", but series %1 is \"rf_microneedling\""_s.arg(*in.seriesId));
}

TEST_CASE("consents with bad fields are refused, naming the field")
{
    ConsentFixture f;
    ConsentRecord in = f.pen();
    in.modality = u"laser"_s;
    in.formVersion = u"  "_s;
    in.signedAt = np::test::pinnedNow().addSecs(1);
    auto r = f.consents.add(in, u"x"_s);
    CHECK(r.error().kind == Kind::Invalid);
    CHECK(r.error().message
        == u"modality: unknown modality \"laser\"; form_version: is required: which form was signed; "
           "signed_at: 2026-03-01T09:30:01.000Z is in the future"_s);
    in = f.pen();
    in.signedAt = QDateTime();
    CHECK(f.consents.add(in, u"x"_s).error().message == u"signed_at: is required"_s);
    in = f.pen();
    in.patientId = 999;
    CHECK(f.consents.add(in, u"x"_s).error().kind == Kind::NotFound);
    CHECK(f.consents.forPatient(f.patientId)->isEmpty());
}

TEST_CASE("a consent is withdrawn once, with the reason, and audited, and never deleted")
{
    ConsentFixture f;
    const qint64 id = f.record(f.pen());
    f.consents.setClock([] { return np::test::pinnedNow().addDays(2); });
    REQUIRE(f.consents.withdraw(id, 1, u"Patient asked to stop; \"changed my mind\""_s, u"Dr. Núñez"_s));
    auto out = f.consents.get(id);
    CHECK(out->version == 2);
    CHECK(out->withdrawnAt == std::optional(np::test::pinnedNow().addDays(2)));
    CHECK(out->withdrawnReason == u"Patient asked to stop; \"changed my mind\""_s);
    CHECK(f.consents.forPatient(f.patientId)->size() == 1);

    const auto trail = f.trail(u"consents"_s, id);
    REQUIRE(trail.size() == 2);
    CHECK(trail[1].action == u"withdraw"_s);
    CHECK(trail[1].actor == u"Dr. Núñez"_s);
    CHECK(trail[1].before->value(u"withdrawn_at"_s).isNull());
    CHECK(trail[1].after->value(u"withdrawn_reason"_s).toString() == u"Patient asked to stop; \"changed my mind\""_s);

    auto again = f.consents.withdraw(id, 2, u"again"_s, u"x"_s);
    CHECK(again.error().kind == Kind::Conflict);
    CHECK(again.error().message == u"consent %1 is already withdrawn (2026-03-03T09:30:00.000Z)"_s.arg(id));
}

TEST_CASE("withdrawing without a reason or from a stale version is refused, and a failed audit undoes it")
{
    ConsentFixture f;
    const qint64 id = f.record(f.pen());
    CHECK(f.consents.withdraw(id, 1, u""_s, u"x"_s).error().message
        == u"reason: is required to withdraw consent %1"_s.arg(id));
    auto stale = f.consents.withdraw(id, 2, u"why"_s, u"x"_s);
    CHECK(stale.error().kind == Kind::Conflict);
    CHECK(stale.error().message
        == u"consent %1 was changed by someone else since it was read (version 2, now 1)"_s.arg(id));
    CHECK(f.consents.withdraw(555, 1, u"why"_s, u"x"_s).error().message == u"no consent 555"_s);

    f.refuseAuditRows();
    REQUIRE_FALSE(f.consents.withdraw(id, 1, u"why"_s, u"x"_s).has_value());
    REQUIRE_FALSE(f.consents.add(f.pen(), u"x"_s).has_value());
    CHECK_FALSE(f.consents.get(id)->withdrawn());
    CHECK(f.consents.forPatient(f.patientId)->size() == 1);
}

TEST_CASE("the valid consent is the newest one covering the modality, signed by then and not withdrawn")
{
    ConsentFixture f;
    ConsentRecord general = f.pen("2026-01-05T10:00:00Z");
    general.modality.clear();
    const qint64 generalId = f.record(general);
    const qint64 penId = f.record(f.pen("2026-02-20T10:00:00Z"));
    ConsentRecord rf = f.pen("2026-02-25T10:00:00Z");
    rf.modality = u"rf_microneedling"_s;
    const qint64 rfId = f.record(rf);

    auto valid = [&](const char* modality, const char* day) -> qint64 {
        auto found = f.consents.validFor(f.patientId, QString::fromLatin1(modality), np::test::date(day));
        REQUIRE(found.has_value());
        return *found ? (*found)->id : 0;
    };
    CHECK(valid("automated_pen", "2026-01-04") == 0);
    CHECK(valid("automated_pen", "2026-01-05") == generalId);
    CHECK(valid("automated_pen", "2026-02-20") == penId);
    CHECK(valid("rf_microneedling", "2026-02-24") == generalId);
    CHECK(valid("rf_microneedling", "2026-02-25") == rfId);
    CHECK(valid("roller", "2026-03-01") == generalId);

    f.consents.setClock([] { return np::test::pinnedNow().addDays(3); }); // withdrawn on 2026-03-04
    REQUIRE(f.consents.withdraw(penId, 1, u"no more pen"_s, u"x"_s));
    CHECK(valid("automated_pen", "2026-03-03") == penId);
    CHECK(valid("automated_pen", "2026-03-04") == generalId);
    CHECK(valid("automated_pen", "2026-01-04") == 0);
}

TEST_CASE("the schema-2 fixture's consents read back unchanged")
{
    np::test::Schema2Copy copy;
    np::storage::ConsentRepository consents(*copy.db, np::test::builtInCatalogue());
    auto pen = consents.get(1);
    REQUIRE(pen.has_value());
    CHECK(pen->seriesId == std::optional<qint64>(1));
    CHECK(pen->modality == u"automated_pen"_s);
    CHECK(pen->formVersion == u"microneedling-2025.1"_s);
    CHECK(pen->signedAt == utc("2025-08-20T08:50:00Z"));
    CHECK(pen->createdAt == utc("2025-08-20T08:51:00Z"));
    CHECK_FALSE(pen->withdrawn());

    auto withdrawn = consents.get(2);
    REQUIRE(withdrawn.has_value());
    CHECK(withdrawn->version == 2);
    CHECK_FALSE(withdrawn->seriesId.has_value());
    CHECK(withdrawn->modality.isEmpty());
    CHECK(withdrawn->witnessedBy.isEmpty());
    CHECK(withdrawn->withdrawnAt == std::optional(utc("2025-03-01T09:00:00Z")));
    CHECK(withdrawn->withdrawnReason == u"Patient asked to stop; \"changed my mind\""_s);
    CHECK(consents.validFor(1, u"automated_pen"_s, QDate(2025, 9, 17))->value().id == 1);
    CHECK_FALSE(consents.validFor(2, u"rf_microneedling"_s, QDate(2025, 3, 3))->has_value());
    CHECK(consents.validFor(2, u"rf_microneedling"_s, QDate(2025, 2, 28))->value().id == 2);
}
