// FindingRepository::retract: a finding entered in error is withdrawn, kept in its history and
// in the audit log with the reason.
#include "PatientTestSupport.h"

#include "storage/AuditLog.h"
#include "storage/FindingRepository.h"

using namespace Qt::StringLiterals;
using np::storage::FindingRecord;
using Kind = np::storage::StorageError::Kind;

namespace {

struct RetractFixture : np::test::PatientFixture {
    np::storage::FindingRepository findings {*db, np::test::builtInCatalogue()};
    qint64 patientId = add(np::test::samplePatient());
    qint64 findingId = 0;

    RetractFixture()
    {
        findings.setClock(np::test::pinnedNow);
        FindingRecord f;
        f.patientId = patientId;
        f.code = u"isotretinoin"_s;
        f.until = QDate(2026, 2, 1);
        auto id = findings.add(f, u"dr.ruiz"_s);
        REQUIRE(id.has_value());
        findingId = *id;
    }
};

} // namespace

TEST_CASE("a retracted finding leaves the current findings and the planner, and stays in its history")
{
    RetractFixture f;
    REQUIRE(f.findings.currentFindings(f.patientId)->size() == 1);
    REQUIRE(f.findings.retract(f.findingId, 1, u"entered for the wrong patient"_s, u"dr.lopez"_s).has_value());

    CHECK(f.findings.current(f.patientId)->isEmpty());
    CHECK(f.findings.currentFindings(f.patientId)->isEmpty());
    auto history = f.findings.history(f.findingId);
    REQUIRE(history->size() == 1);
    CHECK(history->first().superseded);
    CHECK(history->first().retracted);
    CHECK(history->first().version == 2);
    CHECK(f.findings.allRevisions(f.patientId)->size() == 1);

    auto trail = np::storage::auditTrail(*f.db, u"findings"_s, f.findingId);
    REQUIRE(trail->size() == 2);
    const np::storage::AuditEntry& retract = trail->at(1);
    CHECK(retract.action == u"retract"_s);
    CHECK(retract.actor == u"dr.lopez"_s);
    CHECK(retract.before->value(u"superseded"_s).toBool() == false);
    CHECK(retract.after->value(u"superseded"_s).toBool() == true);
    CHECK(retract.after->value(u"reason"_s).toString() == u"entered for the wrong patient"_s);
}

TEST_CASE("a corrected revision is superseded but not retracted, and its successor is neither")
{
    RetractFixture f;
    FindingRecord fix = *f.findings.get(f.findingId);
    fix.until = QDate(2026, 3, 1);
    auto second = f.findings.correct(fix, u"dr.ruiz"_s);
    REQUIRE(second.has_value());
    auto history = f.findings.history(f.findingId);
    REQUIRE(history->size() == 2);
    CHECK(history->at(0).superseded);
    CHECK_FALSE(history->at(0).retracted);
    CHECK_FALSE(history->at(1).superseded);
    CHECK_FALSE(history->at(1).retracted);

    // Retracting the corrected revision is a conflict naming it; its current revision can be.
    auto old = f.findings.retract(f.findingId, 2, u"x"_s, u"a"_s);
    REQUIRE_FALSE(old.has_value());
    CHECK(old.error().kind == Kind::Conflict);
    CHECK(old.error().message.startsWith(u"finding %1 was corrected"_s.arg(f.findingId)));
    REQUIRE(f.findings.retract(*second, 1, u"x"_s, u"a"_s).has_value());
    CHECK(f.findings.history(f.findingId)->at(1).retracted);
    CHECK(f.findings.current(f.patientId)->isEmpty());
}

TEST_CASE("retracting from a stale version, or twice, is a conflict, and no reason is invalid")
{
    RetractFixture f;
    auto stale = f.findings.retract(f.findingId, 7, u"wrong"_s, u"a"_s);
    REQUIRE_FALSE(stale.has_value());
    CHECK(stale.error().kind == Kind::Conflict);
    CHECK(stale.error().message.contains(u"finding %1 was changed by someone else"_s.arg(f.findingId)));
    CHECK(f.findings.current(f.patientId)->size() == 1);

    auto noReason = f.findings.retract(f.findingId, 1, u"  "_s, u"a"_s);
    REQUIRE_FALSE(noReason.has_value());
    CHECK(noReason.error().kind == Kind::Invalid);
    CHECK(noReason.error().message.startsWith(u"reason"_s));

    REQUIRE(f.findings.retract(f.findingId, 1, u"wrong"_s, u"a"_s).has_value());
    auto twice = f.findings.retract(f.findingId, 2, u"wrong"_s, u"b"_s);
    REQUIRE_FALSE(twice.has_value());
    CHECK(twice.error().kind == Kind::Conflict);
    CHECK(twice.error().message.startsWith(u"finding %1 is already retracted"_s.arg(f.findingId)));
    CHECK(np::storage::auditTrail(*f.db, u"findings"_s, f.findingId)->size() == 2);

    // A retracted revision cannot be corrected either.
    FindingRecord fix = *f.findings.get(f.findingId);
    auto corrected = f.findings.correct(fix, u"c"_s);
    REQUIRE_FALSE(corrected.has_value());
    CHECK(corrected.error().kind == Kind::Conflict);
    CHECK(f.findings.retract(999, 1, u"wrong"_s, u"a"_s).error().kind == Kind::NotFound);
}
