// services::documentSubjects / prepareDocuments / recordDocumentsGiven: which appointment or series
// a patient's document is about, the documents built, and who gave them.
#include "SchedulingTestSupport.h"
#include "ServiceTestSupport.h"

#include "services/DocumentService.h"
#include "storage/DocumentLogRepository.h"

using namespace Qt::StringLiterals;

TEST_CASE("services: a booked series gives the pre-care its next session, the card and consent their series")
{
    np::test::SchedulingFixture f;
    const auto ctx = np::test::deskContext(f.db(), np::test::date("2026-11-20"));
    const QDateTime now(np::test::date("2026-11-20"), QTime(9, 0));

    auto none = np::services::documentSubjects(ctx, f.jose, now);
    REQUIRE(none.has_value());
    CHECK_FALSE(none->lastVisit);
    CHECK_FALSE(none->nextBooked);
    CHECK_FALSE(none->cardSeries);
    CHECK_FALSE(none->consentSeries);

    auto booked = np::services::bookSeries(ctx, np::test::threeSessions(f.jose));
    REQUIRE(booked.has_value());
    REQUIRE(booked->stored.has_value());
    const qint64 seriesId = booked->stored->series.id;
    auto subjects = np::services::documentSubjects(ctx, f.jose, now);
    REQUIRE(subjects.has_value());
    CHECK(subjects->nextBooked == booked->stored->appointmentIds.first());
    CHECK(subjects->cardSeries == seriesId);
    CHECK(subjects->consentSeries == seriesId);
    CHECK(subjects->cardChoices.isEmpty());
    CHECK_FALSE(subjects->lastVisit); // nothing seen yet: no post-care

    // The consent form built for it, and recorded as given by the desk.
    auto resources = np::print::loadDocumentResources();
    REQUIRE(resources.has_value());
    np::print::DocumentRequest request;
    request.kind = np::print::DocumentKind::Consent;
    request.id = seriesId;
    request.today = ctx.today;
    auto documents = np::services::prepareDocuments(ctx, *resources, request);
    REQUIRE(documents.has_value());
    REQUIRE(documents->size() == 1);
    CHECK(documents->first().patientId == f.jose);
    REQUIRE(np::services::recordDocumentsGiven(ctx, *documents, u"pdf:/tmp/consent.pdf"_s).has_value());
    np::storage::DocumentLogRepository log(f.db());
    auto given = log.forPatient(f.jose);
    REQUIRE(given.has_value());
    REQUIRE(given->size() == 1);
    CHECK(given->first().givenBy == u"desk"_s);
    CHECK(given->first().seriesId == seriesId);
    CHECK(given->first().output == u"pdf:/tmp/consent.pdf"_s);

    // A series that is not there: a Storage NotFound, nothing built.
    request.id = seriesId + 100;
    auto missing = np::services::prepareDocuments(ctx, *resources, request);
    REQUIRE_FALSE(missing.has_value());
    CHECK(missing.error().kind == np::services::ServiceError::Kind::Storage);
}
