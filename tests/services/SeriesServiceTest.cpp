// services::bookSeries and planRequestFor: a series planned from the patient's record and booked
// into the calendar in one transaction, or nothing.
#include "SchedulingTestSupport.h"
#include "ServiceTestSupport.h"

#include "services/ClinicalRecordService.h"
#include "services/SeriesService.h"
#include "storage/SeriesRepository.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;
using np::services::ServiceError;

namespace {

np::services::UseCaseContext context(np::test::SchedulingFixture& f)
{
    return np::test::deskContext(f.db(), np::test::date("2026-11-20"));
}

int count(np::storage::Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

} // namespace

TEST_CASE("services: a series is planned from the record and booked whole, audited as the actor")
{
    np::test::SchedulingFixture f;
    const auto ctx = context(f);

    auto proposal = np::services::bookSeries(ctx, [&] {
        auto in = np::test::threeSessions(f.jose);
        in.dryRun = true;
        return in;
    }());
    REQUIRE(proposal.has_value());
    REQUIRE(proposal->booking.has_value());
    CHECK_FALSE(proposal->stored.has_value());
    CHECK(proposal->booking->sessions.size() == 3);
    CHECK(count(f.db(), u"SELECT count(*) FROM appointments"_s) == 0); // a dry run writes nothing

    auto booked = np::services::bookSeries(ctx, np::test::threeSessions(f.jose));
    REQUIRE(booked.has_value());
    REQUIRE(booked->stored.has_value());
    CHECK(booked->stored->appointmentIds.size() == 3);
    CHECK(booked->booking->sessions.first().slot.localStart.date() >= np::test::date("2026-12-01"));
    // The same proposal as the dry run: nothing changed in between.
    for (qsizetype i = 0; i < 3; ++i)
        CHECK(booked->booking->sessions[i].slot.localStart == proposal->booking->sessions[i].slot.localStart);
    CHECK(count(f.db(), u"SELECT count(*) FROM appointments WHERE status = 'booked'"_s) == 3);
    CHECK(count(f.db(),
              u"SELECT count(*) FROM audit_log WHERE actor = 'desk' AND at = '2026-03-01T09:30:00.000Z' "
              "AND table_name = 'appointments'"_s)
        == 3);
    auto series = np::storage::SeriesRepository(f.db(), np::test::builtInCatalogue()).get(booked->stored->series.id);
    REQUIRE(series.has_value());
    CHECK(series->createdBy == u"desk"_s);
}

TEST_CASE("services: a series the rules refuse is reported with the reason, and nothing is stored")
{
    np::test::SchedulingFixture f;
    auto in = np::test::threeSessions(f.jose);
    in.adjustments.append({2, QDateTime(np::test::date("2026-12-03"), QTime(10, 0)), u"ana"_s});
    auto outcome = np::services::bookSeries(context(f), in);
    REQUIRE(outcome.has_value());
    REQUIRE(outcome->refusal.has_value());
    CHECK(outcome->refusal->session == 2);
    CHECK(outcome->refusal->reason.contains(u"needs at least 21 days"_s));
    CHECK_FALSE(outcome->stored.has_value());
    CHECK(count(f.db(), u"SELECT count(*) FROM planned_sessions"_s) == 0);
}

TEST_CASE("services: a plan that needs review is booked only with the clinician's note, kept on the series")
{
    np::test::SchedulingFixture f;
    const auto ctx = context(f);
    np::storage::FindingRecord anticoagulants;
    anticoagulants.patientId = f.jose;
    anticoagulants.code = u"anticoagulants"_s;
    anticoagulants.since = np::test::date("2026-06-01");
    REQUIRE(np::services::addFinding(ctx, anticoagulants));

    auto proposal = np::services::bookSeries(ctx, [&] {
        auto in = np::test::threeSessions(f.jose);
        in.dryRun = true;
        return in;
    }());
    REQUIRE(proposal.has_value());
    REQUIRE(proposal->booking.has_value()); // proposed all the same, to be looked at
    CHECK(proposal->booking->plan.status == np::PlanStatus::Review);

    auto refused = np::services::bookSeries(ctx, np::test::threeSessions(f.jose));
    REQUIRE(refused.has_value());
    REQUIRE(refused->refusal.has_value());
    CHECK(refused->refusal->session == 0);
    CHECK(refused->refusal->reason.contains(u"clinician's review"_s));
    CHECK(count(f.db(), u"SELECT count(*) FROM series"_s) == 0);

    auto in = np::test::threeSessions(f.jose);
    in.reviewNote = u"  INR stable, cleared by Dr Núñez "_s;
    auto booked = np::services::bookSeries(ctx, in);
    REQUIRE(booked.has_value());
    REQUIRE(booked->stored.has_value());
    auto series = np::storage::SeriesRepository(f.db(), np::test::builtInCatalogue()).get(booked->stored->series.id);
    REQUIRE(series.has_value());
    CHECK(series->notes == u"INR stable, cleared by Dr Núñez"_s);
}

TEST_CASE("services: no series for an archived patient, nor in a clinic not set up")
{
    np::test::SchedulingFixture f;
    auto patient = f.base.patients.get(f.siobhan);
    REQUIRE(patient.has_value());
    REQUIRE(f.base.patients.setArchived(f.siobhan, patient->version, true, u"ana"_s));
    auto archived = np::services::bookSeries(context(f), np::test::threeSessions(f.siobhan));
    REQUIRE_FALSE(archived.has_value());
    CHECK(archived.error().kind == ServiceError::Kind::Invalid);
    CHECK(archived.error().message.contains(u"archived"_s));

    auto missing = np::services::bookSeries(context(f), np::test::threeSessions(98765));
    REQUIRE_FALSE(missing.has_value());
    CHECK(missing.error().kind == ServiceError::Kind::Storage);
    CHECK(missing.error().storage->kind == np::storage::StorageError::Kind::NotFound);

    np::test::PatientFixture bare; // no clinic set-up
    const qint64 id = bare.add(np::test::samplePatient());
    const auto ctx = np::test::deskContext(*bare.db, np::test::date("2026-11-20"));
    auto notSetUp = np::services::bookSeries(ctx, np::test::threeSessions(id));
    REQUIRE_FALSE(notSetUp.has_value());
    CHECK(notSetUp.error().kind == ServiceError::Kind::NotSetUp);
}

TEST_CASE("services: the plan request comes from the record: skin type, findings, other series")
{
    np::test::SchedulingFixture f;
    REQUIRE(np::services::bookSeries(context(f), np::test::threeSessions(f.jose)).has_value());
    np::PlanRequest request = np::test::threeSessions(f.jose).plan;
    request.treatment.areas = {u"cheeks"_s, u"forehead"_s};
    auto completed = np::services::planRequestFor(context(f), f.jose, request);
    REQUIRE(completed.has_value());
    const auto stored = f.base.patients.get(f.jose);
    CHECK(completed->patient.birthDate == stored->birthDate);
    CHECK(completed->patient.fitzpatrick == stored->fitzpatrick);
    CHECK(completed->existingSessions.size() == 3); // the booked series' sessions stand
}
