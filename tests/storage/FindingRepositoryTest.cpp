// FindingRepository: findings checked against the catalogue, corrections as revisions, history.
#include "PatientTestSupport.h"

#include "storage/AuditLog.h"
#include "storage/FindingRepository.h"

using namespace Qt::StringLiterals;
using np::storage::FindingRecord;
using Kind = np::storage::StorageError::Kind;

namespace {

struct FindingFixture : np::test::PatientFixture {
    np::storage::FindingRepository findings {*db, np::test::builtInCatalogue()};
    qint64 patientId = 0;

    FindingFixture()
    {
        findings.setClock(np::test::pinnedNow);
        patientId = add(np::test::samplePatient());
    }

    FindingRecord isotretinoin() const
    {
        FindingRecord f;
        f.patientId = patientId;
        f.code = u"isotretinoin"_s;
        f.since = QDate(2025, 9, 1);
        f.until = QDate(2026, 2, 1);
        f.note = u"20 mg daily"_s;
        return f;
    }

    qint64 record(const FindingRecord& f)
    {
        auto id = findings.add(f, u"dr.ruiz"_s);
        if (!id)
            FAIL(id.error().message.toStdString());
        return *id;
    }
};

} // namespace

TEST_CASE("a finding recorded is read back with who recorded it and when")
{
    FindingFixture f;
    FindingRecord in = f.isotretinoin();
    in.areas = {u"cheeks"_s, u"forehead"_s};
    const qint64 id = f.record(in);

    auto out = f.findings.get(id);
    REQUIRE(out.has_value());
    CHECK(out->findingKey == id);
    CHECK(out->revision == 1);
    CHECK(out->version == 1);
    CHECK(out->patientId == f.patientId);
    CHECK(out->code == u"isotretinoin"_s);
    CHECK(out->areas == QStringList {u"cheeks"_s, u"forehead"_s});
    CHECK(out->since == std::optional<QDate>(QDate(2025, 9, 1)));
    CHECK(out->until == std::optional<QDate>(QDate(2026, 2, 1)));
    CHECK(out->note == u"20 mg daily"_s);
    CHECK(out->recordedBy == u"dr.ruiz"_s);
    CHECK(out->recordedAt == np::test::pinnedNow());
    CHECK_FALSE(out->superseded);
}

TEST_CASE("a finding without dates, areas or note reads back as such")
{
    FindingFixture f;
    FindingRecord in;
    in.patientId = f.patientId;
    in.code = u"keloid_tendency"_s;
    auto out = f.findings.get(f.record(in));
    REQUIRE(out.has_value());
    CHECK(out->areas.isEmpty());
    CHECK_FALSE(out->since.has_value());
    CHECK_FALSE(out->until.has_value());
    CHECK(out->note.isEmpty());
}

TEST_CASE("findings with codes or areas the catalogue does not know are refused, naming the field")
{
    FindingFixture f;
    FindingRecord in = f.isotretinoin();

    SECTION("unknown code")
    {
        in.code = u"isotretinon"_s;
        auto r = f.findings.add(in, u"x"_s);
        REQUIRE_FALSE(r.has_value());
        CHECK(r.error().kind == Kind::Invalid);
        CHECK(r.error().message == u"code: unknown finding code \"isotretinon\""_s);
    }
    SECTION("unknown or repeated area")
    {
        in.areas = {u"cheeks"_s, u"elbow"_s, u"cheeks"_s};
        auto r = f.findings.add(in, u"x"_s);
        REQUIRE_FALSE(r.has_value());
        CHECK(r.error().message == u"areas[1]: unknown area \"elbow\"; areas[2]: \"cheeks\" is listed twice"_s);
    }
    SECTION("until before since")
    {
        in.until = QDate(2025, 8, 31);
        auto r = f.findings.add(in, u"x"_s);
        REQUIRE_FALSE(r.has_value());
        CHECK(r.error().message == u"until: 2025-08-31 is before since (2025-09-01)"_s);
    }
    SECTION("no code")
    {
        in.code.clear();
        CHECK(f.findings.add(in, u"x"_s).error().message == u"code: is required"_s);
    }
    CHECK(f.findings.current(f.patientId)->isEmpty());
}

TEST_CASE("a finding for a patient who does not exist is NotFound")
{
    FindingFixture f;
    FindingRecord in = f.isotretinoin();
    in.patientId = 999;
    auto r = f.findings.add(in, u"x"_s);
    REQUIRE_FALSE(r.has_value());
    CHECK(r.error().kind == Kind::NotFound);
    CHECK(r.error().message == u"no patient 999"_s);
}

TEST_CASE("a correction adds a revision, supersedes the old one, and the history stays readable")
{
    FindingFixture f;
    const qint64 first = f.record(f.isotretinoin());
    FindingRecord corrected = *f.findings.get(first);
    corrected.until = QDate(2026, 3, 15);
    corrected.note = u"course extended"_s;
    f.findings.setClock([] { return np::test::pinnedNow().addDays(1); });
    auto second = f.findings.correct(corrected, u"dr.lopez"_s);
    REQUIRE(second.has_value());
    CHECK(*second != first);

    auto current = f.findings.current(f.patientId);
    REQUIRE(current->size() == 1);
    CHECK(current->first().id == *second);
    CHECK(current->first().findingKey == first);
    CHECK(current->first().revision == 2);
    CHECK(current->first().until == std::optional<QDate>(QDate(2026, 3, 15)));
    CHECK(current->first().recordedBy == u"dr.lopez"_s);
    CHECK(current->first().recordedAt == np::test::pinnedNow().addDays(1));

    auto history = f.findings.history(first);
    REQUIRE(history->size() == 2);
    CHECK(history->at(0).id == first);
    CHECK(history->at(0).superseded);
    CHECK(history->at(0).version == 2);
    CHECK(history->at(0).until == std::optional<QDate>(QDate(2026, 2, 1)));
    CHECK(history->at(0).recordedBy == u"dr.ruiz"_s);
    CHECK(history->at(1).id == *second);
    CHECK_FALSE(history->at(1).superseded);
    CHECK(f.findings.allRevisions(f.patientId)->size() == 2);

    auto oldTrail = np::storage::auditTrail(*f.db, u"findings"_s, first);
    REQUIRE(oldTrail->size() == 2);
    CHECK(oldTrail->at(1).action == u"supersede"_s);
    CHECK(oldTrail->at(1).before->value(u"superseded"_s).toBool() == false);
    CHECK(oldTrail->at(1).after->value(u"superseded"_s).toBool() == true);
    auto newTrail = np::storage::auditTrail(*f.db, u"findings"_s, *second);
    REQUIRE(newTrail->size() == 1);
    CHECK(newTrail->at(0).action == u"correct"_s);
    CHECK(newTrail->at(0).actor == u"dr.lopez"_s);
    CHECK(newTrail->at(0).before->value(u"until"_s).toString() == u"2026-02-01"_s);
    CHECK(newTrail->at(0).after->value(u"until"_s).toString() == u"2026-03-15"_s);
}

TEST_CASE("correcting from a stale copy, or a revision already corrected, is a conflict")
{
    FindingFixture f;
    const qint64 first = f.record(f.isotretinoin());
    FindingRecord a = *f.findings.get(first);
    FindingRecord b = *f.findings.get(first);
    a.note = u"A"_s;
    REQUIRE(f.findings.correct(a, u"a"_s).has_value());
    b.note = u"B"_s;
    auto stale = f.findings.correct(b, u"b"_s);
    REQUIRE_FALSE(stale.has_value());
    CHECK(stale.error().kind == Kind::Conflict);
    CHECK(stale.error().message.startsWith(u"finding %1 was already corrected"_s.arg(first)));
    REQUIRE(f.findings.current(f.patientId)->size() == 1);
    CHECK(f.findings.current(f.patientId)->first().note == u"A"_s);
    CHECK(f.findings.history(first)->size() == 2);

    FindingRecord missing = a;
    missing.id = 12345;
    CHECK(f.findings.correct(missing, u"a"_s).error().kind == Kind::NotFound);
}

TEST_CASE("current findings come in the engine's type for the planner")
{
    FindingFixture f;
    f.record(f.isotretinoin());
    FindingRecord herpes;
    herpes.patientId = f.patientId;
    herpes.code = u"herpes_history"_s;
    f.record(herpes);
    auto findings = f.findings.currentFindings(f.patientId);
    REQUIRE(findings.has_value());
    REQUIRE(findings->size() == 2);
    CHECK(findings->at(0).code == u"isotretinoin"_s);
    CHECK(findings->at(0).until == std::optional<QDate>(QDate(2026, 2, 1)));
    CHECK(findings->at(1).code == u"herpes_history"_s);
    CHECK_FALSE(findings->at(1).until.has_value());
    CHECK(f.findings.current(f.patientId + 1)->isEmpty());
}
