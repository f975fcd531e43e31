// DocumentSources: each document's data read from a database with the example clinic, two
// patients, a series with booked and unbooked sessions, screenings and a consent. Names, not ids;
// the next appointment; the day sheet's flags each way; the batch takes completed sessions only.
#include "SchedulingTestSupport.h"

#include "print/DocumentSources.h"
#include "storage/ConsentRepository.h"
#include "storage/FindingRepository.h"
#include "storage/ScreeningRepository.h"
#include "storage/SeriesRepository.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;
using np::print::AppointmentLine;
using np::print::DaySheetRow;
using np::storage::AppointmentStatus;
using np::test::at;
using np::test::builtInCatalogue;
using Kind = np::storage::StorageError::Kind;

namespace {

// Documents are read for 2026-03-10, a Tuesday:
// - José (first visit): session 1 of 3 at 10:00, completed; session 2 booked on 2026-04-07 10:00;
//   session 3 unbooked (planned 2026-05-05); a later one-off appointment on 2026-03-20 cancelled.
//   His latest full screening says "review" and nobody cleared it; a consent covers the pen.
// - Siobhán: seen before (2026-02-10, completed); at 11:30, checked in but not completed. Her
//   "review" screening was overridden; she has no consent.
struct DocumentsFixture : np::test::SchedulingFixture {
    const QString actor = u"ana"_s;
    np::storage::SeriesRecord series;
    qint64 joseToday = 0;
    qint64 joseNext = 0;
    qint64 joseCancelled = 0;
    qint64 siobhanBefore = 0;
    qint64 siobhanToday = 0;

    DocumentsFixture()
    {
        series = createSeries();
        auto repo = appointments();
        joseToday = book(repo, jose, at("2026-03-10", 10), series.sessions[0].id);
        joseNext = book(repo, jose, at("2026-04-07", 10), series.sessions[1].id);
        joseCancelled = book(repo, jose, at("2026-03-20", 10), std::nullopt);
        siobhanBefore = book(repo, siobhan, at("2026-02-10", 10), std::nullopt);
        siobhanToday = book(repo, siobhan, at("2026-03-10", 11, 30), std::nullopt);
        moveTo(repo, joseToday, {AppointmentStatus::CheckedIn, AppointmentStatus::Completed});
        moveTo(repo, siobhanBefore, {AppointmentStatus::CheckedIn, AppointmentStatus::Completed});
        moveTo(repo, siobhanToday, {AppointmentStatus::CheckedIn});
        moveTo(repo, joseCancelled, {AppointmentStatus::Cancelled});

        np::storage::ScreeningRepository screenings(db(), builtInCatalogue());
        screenings.setClock(np::test::pinnedNow);
        screen(screenings, jose, u"clear"_s, QDate(2026, 1, 5));
        screen(screenings, jose, u"review"_s, QDate(2026, 2, 20));
        const qint64 cleared = screen(screenings, siobhan, u"review"_s, QDate(2026, 2, 20));
        REQUIRE(screenings.override(cleared, 1, u"GP letter on file"_s, actor).has_value());

        np::storage::ConsentRepository consents(db(), builtInCatalogue());
        consents.setClock(np::test::pinnedNow);
        np::storage::ConsentRecord consent;
        consent.patientId = jose;
        consent.seriesId = series.id;
        consent.formVersion = u"microneedling-2026.1"_s;
        consent.signedAt = QDateTime(QDate(2026, 2, 20), QTime(10, 0), QTimeZone::utc());
        REQUIRE(consents.add(consent, actor).has_value());

        np::storage::FindingRepository findings(db(), builtInCatalogue());
        findings.setClock(np::test::pinnedNow);
        np::storage::FindingRecord herpes;
        herpes.patientId = jose;
        herpes.code = u"herpes_history"_s;
        herpes.since = QDate(2019, 5, 1);
        REQUIRE(findings.add(herpes, actor).has_value());
    }

    np::storage::SeriesRecord createSeries()
    {
        np::storage::SeriesRecord s;
        s.patientId = jose;
        s.modality = u"automated_pen"_s;
        s.indication = u"acne_scars"_s;
        s.severity = u"moderate"_s;
        s.areas = {u"cheeks"_s, u"forehead"_s};
        for (const QDate& d : {QDate(2026, 3, 10), QDate(2026, 4, 7), QDate(2026, 5, 5)}) {
            np::storage::PlannedSessionRecord session;
            session.plannedDate = d;
            session.earliest = d.addDays(-7);
            if (d != QDate(2026, 3, 10))
                session.latest = d.addDays(14);
            s.sessions.append(session);
        }
        np::storage::SeriesRepository repo(db(), builtInCatalogue());
        repo.setClock(np::test::pinnedNow);
        auto stored = repo.create(s, actor);
        if (!stored)
            FAIL(stored.error().message.toStdString());
        return *stored;
    }

    qint64 book(np::storage::AppointmentRepository& repo, qint64 patientId, const QDateTime& start,
        std::optional<qint64> session)
    {
        np::storage::BookingRequest r = request(patientId, start);
        r.sessionId = session;
        r.areas = {u"cheeks"_s, u"forehead"_s};
        auto id = repo.book(r, actor);
        if (!id)
            FAIL(id.error().message.toStdString());
        return *id;
    }

    void moveTo(np::storage::AppointmentRepository& repo, qint64 id, const QList<AppointmentStatus>& steps)
    {
        for (AppointmentStatus status : steps) {
            auto a = repo.get(id);
            REQUIRE(a.has_value());
            INFO("appointment " << id);
            REQUIRE(repo.setStatus(id, a->version, status, u"patient called"_s, actor).has_value());
        }
    }

    qint64 screen(np::storage::ScreeningRepository& repo, qint64 patientId, const QString& status, const QDate& on)
    {
        np::storage::ScreeningRecord s;
        s.patientId = patientId;
        s.screenedOn = on;
        s.answers = QJsonDocument::fromJson(R"({"herpes_history": {"since": "2019-05-01", "note": "twice a year"},
            "pregnancy": false, "other": {"new_medication": "ibuprofen"}})")
                        .object();
        s.result = QJsonObject {{u"status"_s, status}};
        auto id = repo.add(s, actor);
        if (!id)
            FAIL(id.error().message.toStdString());
        return *id;
    }
};

template <typename T>
T required(np::storage::Result<T> result)
{
    if (!result)
        FAIL(result.error().message.toStdString());
    return std::move(*result);
}

const DaySheetRow& rowOf(const QList<DaySheetRow>& rows, qint64 appointmentId)
{
    for (const DaySheetRow& r : rows)
        if (r.appointment.id == appointmentId)
            return r;
    FAIL("no day sheet row for appointment " << appointmentId);
    return rows.first();
}

} // namespace

TEST_CASE("the post-care data names the session, the clinic and the next booked appointment")
{
    DocumentsFixture f;
    const auto data = required(np::print::postCareData(f.db(), builtInCatalogue(), f.joseToday));
    CHECK(data.clinic.name == u"Clínica Piel Clara");
    CHECK(data.clinic.phone == u"+44 20 7946 0000");
    CHECK(data.clinic.afterHoursPhone == u"+44 7700 900123");
    CHECK(data.patient.id == f.jose);
    CHECK(data.patient.displayName() == u"José Luis García");
    CHECK(data.patient.language == u"es");
    const AppointmentLine& a = data.appointment;
    CHECK(a.id == f.joseToday);
    CHECK(a.date == QDate(2026, 3, 10));
    CHECK(a.start == QTime(10, 0));
    CHECK(a.durationMinutes == 65);
    CHECK(a.practitioner == u"Dr Ana Núñez");
    CHECK(a.room == u"Treatment room 1");
    CHECK(a.device == u"SkinPen Precision");
    CHECK(a.modality == u"automated_pen");
    CHECK(a.modalityName == builtInCatalogue().modality(u"automated_pen")->name);
    CHECK(a.numbingMinutes == builtInCatalogue().modality(u"automated_pen")->numbingMinutes);
    CHECK(a.areaNames
        == QStringList {builtInCatalogue().area(u"cheeks")->name, builtInCatalogue().area(u"forehead")->name});
    CHECK(a.sessionNumber == 1);
    CHECK(a.sessionCount == 3);
    CHECK(a.status == u"completed");
    // The cancelled appointment on 2026-03-20 comes first but is not the next one.
    REQUIRE(data.next.has_value());
    CHECK(data.next->id == f.joseNext);
    CHECK(data.next->date == QDate(2026, 4, 7));
    CHECK(data.next->start == QTime(10, 0));
    CHECK(data.next->sessionNumber == 2);
    CHECK(data.next->practitioner == u"Dr Ana Núñez");
}

TEST_CASE("the post-care data of the last booked appointment has no next one")
{
    DocumentsFixture f;
    const auto data = required(np::print::postCareData(f.db(), builtInCatalogue(), f.joseNext));
    CHECK(data.appointment.id == f.joseNext);
    CHECK_FALSE(data.next.has_value());
    const auto siobhan = required(np::print::postCareData(f.db(), builtInCatalogue(), f.siobhanToday));
    CHECK(siobhan.appointment.sessionNumber == 0);
    CHECK(siobhan.appointment.sessionCount == 0);
    CHECK_FALSE(siobhan.next.has_value());
}

TEST_CASE("the day sheet lists the day's appointments by time with each flag set and clear")
{
    DocumentsFixture f;
    const auto sheet = required(np::print::daySheetData(f.db(), builtInCatalogue(), QDate(2026, 3, 10)));
    CHECK(sheet.date == QDate(2026, 3, 10));
    CHECK(sheet.clinic.name == u"Clínica Piel Clara");
    REQUIRE(sheet.rows.size() == 2);
    CHECK(sheet.rows[0].appointment.id == f.joseToday);
    CHECK(sheet.rows[1].appointment.id == f.siobhanToday);

    const DaySheetRow& jose = rowOf(sheet.rows, f.joseToday);
    CHECK(jose.patient.displayName() == u"José Luis García");
    CHECK(jose.appointment.room == u"Treatment room 1");
    CHECK(jose.appointment.sessionNumber == 1);
    CHECK(jose.appointment.sessionCount == 3);
    CHECK(jose.firstVisit);
    CHECK(jose.reviewNeeded);
    CHECK_FALSE(jose.consentMissing);

    const DaySheetRow& siobhan = rowOf(sheet.rows, f.siobhanToday);
    CHECK(siobhan.patient.displayName() == u"Siobhán O'Brien");
    CHECK(siobhan.appointment.start == QTime(11, 30));
    CHECK(siobhan.appointment.status == u"checked_in");
    CHECK_FALSE(siobhan.firstVisit);
    CHECK_FALSE(siobhan.reviewNeeded);
    CHECK(siobhan.consentMissing);
}

TEST_CASE("the day sheet reads consents and screenings as they stood on its day")
{
    DocumentsFixture f;
    // A general consent signed on 2026-03-01 covers Siobhán on the 10th, not on 2026-02-10.
    np::storage::ConsentRepository consents(f.db(), builtInCatalogue());
    consents.setClock(np::test::pinnedNow);
    np::storage::ConsentRecord general;
    general.patientId = f.siobhan;
    general.formVersion = u"general-2026"_s;
    general.signedAt = QDateTime(QDate(2026, 3, 1), QTime(9, 0), QTimeZone::utc());
    REQUIRE(consents.add(general, f.actor).has_value());
    const auto sheet = required(np::print::daySheetData(f.db(), builtInCatalogue(), QDate(2026, 3, 10)));
    CHECK_FALSE(rowOf(sheet.rows, f.siobhanToday).consentMissing);

    const auto before = required(np::print::daySheetData(f.db(), builtInCatalogue(), QDate(2026, 2, 10)));
    REQUIRE(before.rows.size() == 1);
    CHECK(before.rows[0].appointment.id == f.siobhanBefore);
    CHECK(before.rows[0].consentMissing);
    CHECK(before.rows[0].firstVisit);
    // Her only screening (2026-02-20) came after that day.
    CHECK_FALSE(before.rows[0].reviewNeeded);
}

TEST_CASE("the post-care batch takes only the sessions completed that day")
{
    DocumentsFixture f;
    const auto batch = required(np::print::postCareBatch(f.db(), builtInCatalogue(), QDate(2026, 3, 10)));
    REQUIRE(batch.size() == 1);
    CHECK(batch[0].appointment.id == f.joseToday);
    CHECK(batch[0].appointment.sessionNumber == 1);
    CHECK(batch[0].patient.displayName() == u"José Luis García");
    REQUIRE(batch[0].next.has_value());
    CHECK(batch[0].next->id == f.joseNext);
    CHECK(required(np::print::postCareBatch(f.db(), builtInCatalogue(), QDate(2026, 3, 11))).isEmpty());
}

TEST_CASE("the pre-care data carries the patient's current finding codes")
{
    DocumentsFixture f;
    const auto data = required(np::print::preCareData(f.db(), builtInCatalogue(), f.joseNext));
    CHECK(data.appointment.id == f.joseNext);
    CHECK(data.appointment.sessionNumber == 2);
    CHECK(data.findingCodes == QStringList {u"herpes_history"_s});
    const auto none = required(np::print::preCareData(f.db(), builtInCatalogue(), f.siobhanToday));
    CHECK(none.findingCodes.isEmpty());
}

TEST_CASE("the consent data has the series and the latest full screening's answers as asked")
{
    DocumentsFixture f;
    const auto data = required(np::print::consentData(f.db(), builtInCatalogue(), f.series.id));
    CHECK(data.seriesId == f.series.id);
    CHECK(data.patient.id == f.jose);
    CHECK(data.modality == u"automated_pen");
    CHECK(data.areaNames
        == QStringList {builtInCatalogue().area(u"cheeks")->name, builtInCatalogue().area(u"forehead")->name});
    CHECK(data.screenedOn == QDate(2026, 2, 20));
    REQUIRE(data.answers.size() == 3);
    CHECK(data.answers[0].question == u"History of cold sores (herpes simplex)");
    CHECK(data.answers[0].answer == u"Yes: since 2019-05-01; twice a year");
    CHECK(data.answers[1].question == u"Pregnancy");
    CHECK(data.answers[1].answer == u"No");
    CHECK(data.answers[2].question == u"Any new medication since the last visit? Which?");
    CHECK(data.answers[2].answer == u"ibuprofen");
    // The series' screenings: the full one the answers come from (not the older one of January).
    REQUIRE(data.screenings.size() == 1);
    CHECK(data.screenings[0].on == QDate(2026, 2, 20));
    CHECK_FALSE(data.screenings[0].checkIn);
    CHECK(data.screenings[0].status == u"review");
}

TEST_CASE("the consent data lists every screening of the series, check-in re-screens too, oldest first")
{
    DocumentsFixture f;
    np::storage::ScreeningRepository screenings(f.db(), builtInCatalogue());
    screenings.setClock(np::test::pinnedNow);
    np::storage::ScreeningRecord checkIn;
    checkIn.patientId = f.jose;
    checkIn.seriesId = f.series.id;
    checkIn.kind = np::storage::ScreeningKind::PreSession;
    checkIn.screenedOn = QDate(2026, 3, 10);
    checkIn.answers = QJsonDocument::fromJson(R"({"pregnancy": false})").object();
    checkIn.result = QJsonObject {{u"status"_s, u"clear"_s}};
    REQUIRE(screenings.add(checkIn, f.actor).has_value());
    const auto data = required(np::print::consentData(f.db(), builtInCatalogue(), f.series.id));
    REQUIRE(data.screenings.size() == 2);
    CHECK(data.screenings[0].on == QDate(2026, 2, 20));
    CHECK(data.screenings[1].on == QDate(2026, 3, 10));
    CHECK(data.screenings[1].checkIn);
    CHECK(data.screenings[1].status == u"clear");
}

TEST_CASE("the appointment card lists the sessions still to come: booked ones with their times, unbooked ones by date")
{
    DocumentsFixture f;
    // 2026-03-10: session 1 was completed that day; it is not to come any more.
    const auto card
        = required(np::print::appointmentCardData(f.db(), builtInCatalogue(), f.series.id, QDate(2026, 3, 10)));
    CHECK(card.seriesId == f.series.id);
    CHECK(card.patient.id == f.jose);
    REQUIRE(card.sessions.size() == 2);
    CHECK(card.sessions[0].id == f.joseNext);
    CHECK(card.sessions[0].date == QDate(2026, 4, 7));
    CHECK(card.sessions[0].start == QTime(10, 0));
    CHECK(card.sessions[0].practitioner == u"Dr Ana Núñez");
    CHECK(card.sessions[1].id == 0);
    CHECK(card.sessions[1].date == QDate(2026, 5, 5));
    CHECK_FALSE(card.sessions[1].start.isValid());
    CHECK(card.sessions[1].practitioner.isEmpty());
    CHECK(card.sessions[1].sessionNumber == 3);
    CHECK(card.sessions[1].sessionCount == 3);

    // A day after session 2's date: only session 3 is still to come.
    const auto later
        = required(np::print::appointmentCardData(f.db(), builtInCatalogue(), f.series.id, QDate(2026, 4, 8)));
    REQUIRE(later.sessions.size() == 1);
    CHECK(later.sessions[0].sessionNumber == 3);
}

TEST_CASE("the recall list data holds the recalls of the window")
{
    DocumentsFixture f;
    const auto data = required(np::print::recallListData(f.db(), builtInCatalogue(), QDate(2026, 4, 20), 30));
    CHECK(data.today == QDate(2026, 4, 20));
    CHECK(data.withinDays == 30);
    CHECK(data.clinic.name == u"Clínica Piel Clara");
    bool unbooked = false;
    for (const auto& r : data.recalls)
        unbooked
            = unbooked || (r.kind == u"unbooked" && r.patientName == u"José Luis García" && r.due == QDate(2026, 5, 5));
    CHECK(unbooked);
}

TEST_CASE("unknown records and a clinic never set up give errors naming them")
{
    DocumentsFixture f;
    auto appointment = np::print::postCareData(f.db(), builtInCatalogue(), 9999);
    REQUIRE_FALSE(appointment.has_value());
    CHECK(appointment.error().kind == Kind::NotFound);
    CHECK(appointment.error().message.contains(u"appointment 9999"_s));
    auto preCare = np::print::preCareData(f.db(), builtInCatalogue(), 9999);
    REQUIRE_FALSE(preCare.has_value());
    CHECK(preCare.error().message.contains(u"appointment 9999"_s));
    auto consent = np::print::consentData(f.db(), builtInCatalogue(), 777);
    REQUIRE_FALSE(consent.has_value());
    CHECK(consent.error().message.contains(u"series 777"_s));
    auto card = np::print::appointmentCardData(f.db(), builtInCatalogue(), 777, QDate(2026, 3, 10));
    REQUIRE_FALSE(card.has_value());
    CHECK(card.error().message.contains(u"series 777"_s));

    np::test::PatientFixture bare;
    auto sheet = np::print::daySheetData(*bare.db, builtInCatalogue(), QDate(2026, 3, 10));
    REQUIRE_FALSE(sheet.has_value());
    CHECK(sheet.error().kind == Kind::Missing);
    CHECK(sheet.error().message.contains(u"not set up"_s));
}

TEST_CASE("the day sheet lists who will not come apart, and flags a check-in review and a blocked screening")
{
    DocumentsFixture f;
    const auto cancelledDay = required(np::print::daySheetData(f.db(), builtInCatalogue(), QDate(2026, 3, 20)));
    CHECK(cancelledDay.rows.isEmpty());
    REQUIRE(cancelledDay.notComing.size() == 1);
    CHECK(cancelledDay.notComing[0].appointment.id == f.joseCancelled);
    CHECK(cancelledDay.notComing[0].appointment.status == u"cancelled");
    CHECK(cancelledDay.notComing[0].statusReason == u"patient called");

    // Siobhán's full screening review was cleared; her check-in re-screen today says review again.
    np::storage::ScreeningRepository screenings(f.db(), builtInCatalogue());
    screenings.setClock(np::test::pinnedNow);
    np::storage::ScreeningRecord again;
    again.patientId = f.siobhan;
    again.kind = np::storage::ScreeningKind::PreSession;
    again.screenedOn = QDate(2026, 3, 10);
    again.answers = QJsonDocument::fromJson(R"({"pregnancy": false})").object();
    again.result = QJsonObject {{u"status"_s, u"review"_s}};
    REQUIRE(screenings.add(again, f.actor).has_value());
    // José's newest full screening says not to treat.
    f.screen(screenings, f.jose, u"blocked"_s, QDate(2026, 3, 1));
    const auto sheet = required(np::print::daySheetData(f.db(), builtInCatalogue(), QDate(2026, 3, 10)));
    CHECK(rowOf(sheet.rows, f.siobhanToday).reviewNeeded);
    CHECK_FALSE(rowOf(sheet.rows, f.siobhanToday).screeningBlocked);
    CHECK(rowOf(sheet.rows, f.joseToday).screeningBlocked);
    CHECK(sheet.notComing.isEmpty());
}
