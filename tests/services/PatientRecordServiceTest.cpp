// services: the patient's record as the desk reads it, findings with their effect, the next
// appointment and the series' progress, on one snapshot.
#include "SchedulingTestSupport.h"
#include "ServiceTestSupport.h"

#include "services/ClinicalRecordService.h"
#include "services/PatientRecordService.h"
#include "services/SeriesService.h"

using namespace Qt::StringLiterals;

namespace {

np::storage::FindingRecord finding(qint64 patientId, const QString& code, QStringList areas = {},
    std::optional<QDate> since = {}, std::optional<QDate> until = {})
{
    np::storage::FindingRecord f;
    f.patientId = patientId;
    f.code = code;
    f.areas = std::move(areas);
    f.since = since;
    f.until = until;
    return f;
}

} // namespace

TEST_CASE("services: the record shows each finding with its effect, area scope and washout end")
{
    np::test::SchedulingFixture f;
    const auto ctx = np::test::deskContext(f.db(), np::test::date("2026-11-20"));
    REQUIRE(np::services::addFinding(ctx, finding(f.jose, u"active_acne"_s, {u"cheeks"_s}, QDate(2026, 10, 1))));
    REQUIRE(
        np::services::addFinding(ctx, finding(f.jose, u"isotretinoin"_s, {}, QDate(2025, 11, 1), QDate(2026, 9, 30))));
    REQUIRE(
        np::services::addFinding(ctx, finding(f.jose, u"isotretinoin"_s, {}, QDate(2024, 1, 1), QDate(2024, 3, 1))));

    auto record = np::services::patientRecord(ctx, f.jose);
    REQUIRE(record.has_value());
    CHECK(record->patient.id == f.jose);
    REQUIRE(record->findings.size() == 3);
    const np::services::FindingStanding& acne = record->findings[0];
    CHECK(acne.name == u"Active acne in the treated area"_s);
    CHECK(acne.areaNames == QStringList {u"Cheeks"_s});
    CHECK(acne.effect == np::Effect::Blocks);
    CHECK(acne.treatedAreasOnly);
    CHECK_FALSE(acne.clearsOn.has_value()); // ongoing
    CHECK(acne.inEffect);

    const np::services::FindingStanding& recent = record->findings[1];
    CHECK(recent.name == u"Isotretinoin (oral)"_s);
    CHECK_FALSE(recent.treatedAreasOnly);
    CHECK(recent.washoutDays == 182);
    CHECK(recent.clearsOn == QDate(2026, 9, 30).addDays(182));
    CHECK(recent.inEffect); // the washout runs past today
    CHECK_FALSE(record->findings[2].inEffect); // long over
}

TEST_CASE("services: the record shows the next appointment with who and where, and each series' progress")
{
    np::test::SchedulingFixture f;
    const auto ctx = np::test::deskContext(f.db(), np::test::date("2026-11-20"));
    auto empty = np::services::patientRecord(ctx, f.jose);
    REQUIRE(empty.has_value());
    CHECK_FALSE(empty->next.has_value());
    CHECK(empty->series.isEmpty());

    auto booked = np::services::bookSeries(ctx, np::test::threeSessions(f.jose));
    REQUIRE(booked.has_value());
    auto record = np::services::patientRecord(ctx, f.jose);
    REQUIRE(record.has_value());
    REQUIRE(record->series.size() == 1);
    CHECK(record->series[0].done == 0);
    CHECK(record->series[0].total == 3);
    REQUIRE(record->appointments.size() == 3);
    REQUIRE(record->next.has_value());
    // The soonest of the three, latest listed first.
    CHECK(record->next->appointment.id == record->appointments.back().appointment.id);
    CHECK(record->next->appointment.localStart.date() >= QDate(2026, 12, 1));
    CHECK(record->next->practitioner == u"Dr Ana Núñez"_s);
    CHECK_FALSE(record->next->room.isEmpty());

    // A day after the last session, nothing is next.
    const auto later
        = np::test::deskContext(f.db(), record->appointments.front().appointment.localStart.date().addDays(1));
    CHECK_FALSE(np::services::patientRecord(later, f.jose)->next.has_value());
}

TEST_CASE(
    "services: the record of a patient who is not there is a NotFound, and a clinic not set up has no appointments")
{
    np::test::PatientFixture bare;
    const auto ctx = np::test::deskContext(*bare.db, np::test::date("2026-11-20"));
    auto missing = np::services::patientRecord(ctx, 4242);
    REQUIRE_FALSE(missing.has_value());
    REQUIRE(missing.error().storage.has_value());
    CHECK(missing.error().storage->kind == np::storage::StorageError::Kind::NotFound);

    const qint64 id = bare.add(np::test::samplePatient());
    auto record = np::services::patientRecord(ctx, id);
    REQUIRE(record.has_value());
    CHECK(record->appointments.isEmpty());
    CHECK_FALSE(record->next.has_value());
}
