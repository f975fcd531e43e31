// services: series created and their status, charts, consents, screening overrides, practitioners
// and the clinic set-up: each written as the actor, each stale change refused.
#include "SchedulingTestSupport.h"
#include "ServiceTestSupport.h"

#include "services/ChartService.h"
#include "services/ClinicSetupService.h"
#include "services/ConsentService.h"
#include "services/ScreeningService.h"
#include "services/SeriesService.h"
#include "storage/FindingRepository.h"

using namespace Qt::StringLiterals;
using np::services::ServiceError;
using StorageKind = np::storage::StorageError::Kind;

namespace {

using np::test::Today;

StorageKind storageKind(const ServiceError& e)
{
    REQUIRE(e.storage.has_value());
    return e.storage->kind;
}

} // namespace

TEST_CASE("services: a series is created from the record, and a blocked plan stores nothing")
{
    np::test::SchedulingFixture f;
    const auto ctx = np::test::deskContext(f.db(), Today);
    auto created = np::services::createSeries(ctx, f.jose, np::test::threeSessions(f.jose).plan);
    REQUIRE(created.has_value());
    REQUIRE(created->stored.has_value());
    CHECK(created->stored->sessions.size() == 3);
    CHECK(created->stored->createdBy == u"desk"_s);

    auto listed = np::services::seriesOf(ctx, f.jose);
    REQUIRE(listed.has_value());
    CHECK(listed->size() == 1);
    auto nobody = np::services::seriesOf(ctx, 98765);
    REQUIRE_FALSE(nobody.has_value());
    CHECK(storageKind(nobody.error()) == StorageKind::NotFound);

    const qint64 id = created->stored->id;
    auto stopped = np::services::setSeriesStatus(ctx, id, created->stored->version, u"cancelled"_s);
    REQUIRE(stopped.has_value());
    CHECK(stopped->status == u"cancelled"_s);
    auto stale = np::services::setSeriesStatus(ctx, id, created->stored->version, u"active"_s);
    REQUIRE_FALSE(stale.has_value());
    CHECK(storageKind(stale.error()) == StorageKind::Conflict);

    np::storage::FindingRecord acne;
    acne.patientId = f.siobhan;
    acne.code = u"active_acne"_s;
    acne.areas = {u"cheeks"_s};
    acne.since = QDate(2026, 11, 1);
    REQUIRE(np::storage::FindingRepository(f.db(), np::test::builtInCatalogue()).add(acne, u"desk"_s));
    auto blocked = np::services::createSeries(ctx, f.siobhan, np::test::threeSessions(f.siobhan).plan);
    REQUIRE(blocked.has_value());
    CHECK(blocked->plan.status == np::PlanStatus::Blocked);
    CHECK_FALSE(blocked->stored.has_value());
    CHECK(np::services::seriesOf(ctx, f.siobhan)->isEmpty());
}

TEST_CASE("services: a chart is added and corrected as the actor, a stale correction refused")
{
    np::test::SchedulingFixture f;
    const auto ctx = np::test::deskContext(f.db(), Today);
    auto created = np::services::createSeries(ctx, f.jose, np::test::threeSessions(f.jose).plan);
    REQUIRE(created.has_value());
    np::storage::ChartRecord chart;
    chart.sessionId = created->stored->sessions[0].id;
    chart.chartedOn = QDate(2026, 12, 1);
    chart.practitionerId = f.clinic.practitionerIds.value(u"ana"_s);
    chart.depths = {{u"cheeks"_s, 1.0}};
    chart.passes = 2;
    auto added = np::services::addChart(ctx, chart);
    INFO((added ? std::string() : added.error().message.toStdString()));
    REQUIRE(added.has_value());
    CHECK(added->recordedBy == u"desk"_s);

    np::storage::ChartRecord corrected = *added;
    corrected.passes = 3;
    auto done = np::services::correctChart(ctx, corrected);
    REQUIRE(done.has_value());
    CHECK(np::services::chart(ctx, added->id)->passes == 3);
    auto stale = np::services::correctChart(ctx, corrected); // still at the version before
    REQUIRE_FALSE(stale.has_value());
    CHECK(storageKind(stale.error()) == StorageKind::Conflict);

    np::storage::ChartRecord tooDeep = chart;
    tooDeep.sessionId = created->stored->sessions[1].id;
    tooDeep.depths = {{u"cheeks"_s, 9.0}};
    auto refused = np::services::addChart(ctx, tooDeep);
    REQUIRE_FALSE(refused.has_value());
    CHECK(storageKind(refused.error()) == StorageKind::Invalid);
}

TEST_CASE("services: a consent is recorded, withdrawn with a reason, and listed with both")
{
    np::test::SchedulingFixture f;
    const auto ctx = np::test::deskContext(f.db(), Today);
    np::storage::ConsentRecord consent;
    consent.patientId = f.jose;
    consent.modality = u"automated_pen"_s;
    consent.formVersion = u"microneedling-2026.1"_s;
    consent.signedAt = QDateTime(QDate(2026, 2, 28), QTime(9, 0), QTimeZone::utc()); // before the pinned clock
    auto id = np::services::addConsent(ctx, consent);
    REQUIRE(id.has_value());
    REQUIRE(np::services::withdrawConsent(ctx, *id, 1, u"changed her mind"_s).has_value());
    auto again = np::services::withdrawConsent(ctx, *id, 1, u"twice"_s);
    REQUIRE_FALSE(again.has_value());
    CHECK(storageKind(again.error()) == StorageKind::Conflict);
    auto list = np::services::consentsOf(ctx, f.jose);
    REQUIRE(list.has_value());
    REQUIRE(list->size() == 1);
    CHECK(list->first().withdrawn());
    CHECK(list->first().withdrawnReason == u"changed her mind"_s);
    CHECK(list->first().recordedBy == u"desk"_s);
}

TEST_CASE("services: practitioners are added, deactivated and listed, and the set-up reloaded at its version")
{
    np::test::SchedulingFixture f;
    const auto ctx = np::test::deskContext(f.db(), Today);
    np::storage::PractitionerRecord p;
    p.displayName = u"Marta Gil"_s;
    p.role = u"nurse"_s;
    p.modalities = {u"automated_pen"_s};
    auto id = np::services::addPractitioner(ctx, p);
    REQUIRE(id.has_value());
    const qsizetype active = np::services::practitioners(ctx)->size();
    REQUIRE(np::services::setPractitionerActive(ctx, *id, 1, false).has_value());
    CHECK(np::services::practitioners(ctx)->size() == active - 1);
    CHECK(np::services::practitioners(ctx, true)->size() == active);
    p.modalities = {u"laser"_s};
    auto unknown = np::services::addPractitioner(ctx, p);
    REQUIRE_FALSE(unknown.has_value());
    CHECK(storageKind(unknown.error()) == StorageKind::Invalid);

    auto clinic = np::services::clinic(ctx);
    REQUIRE(clinic.has_value());
    auto reloaded = np::services::loadClinic(ctx, clinic->setup, QByteArray(), clinic->version);
    REQUIRE(reloaded.has_value());
    CHECK(reloaded->version == clinic->version + 1);
    auto stale = np::services::loadClinic(ctx, clinic->setup, QByteArray(), clinic->version);
    REQUIRE_FALSE(stale.has_value());
    CHECK(storageKind(stale.error()) == StorageKind::Conflict);
}

TEST_CASE("services: a clinic not set up yet says so")
{
    np::test::PatientFixture f;
    const auto ctx = np::test::deskContext(*f.db, Today);
    auto none = np::services::clinic(ctx);
    REQUIRE_FALSE(none.has_value());
    CHECK(none.error().kind == ServiceError::Kind::NotSetUp);
}
