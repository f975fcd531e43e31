// checkin APPOINTMENT_ID [FILE]: the pre-session re-screen, run in-process.
#include "CheckinAnswers.h"
#include "ClinicalCliSupport.h"

#include "core/Catalogue.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

using Outcome = np::test::CliOutcome;

const QString AppointmentDay = u"2026-11-23"_s;

// The patient of ClinicalCli booked on AppointmentDay at 10:00 in the example clinic (appointment 1).
struct CheckinDesk : np::test::ClinicalCli {
    CheckinDesk()
    {
        const Outcome loaded = run({u"clinic"_s, u"load"_s, np::test::exampleClinicFile()});
        INFO(loaded.err.toStdString());
        REQUIRE(loaded.exitCode == 0);
        const Outcome booked = run({u"appointments"_s, u"book"_s, u"--patient"_s, patientId, u"--practitioner"_s,
            u"ana"_s, u"--room"_s, u"room-1"_s, u"--device"_s, u"pen-1"_s, u"--at"_s, AppointmentDay + u"T10:00"_s,
            u"--modality"_s, u"automated_pen"_s, u"--areas"_s, u"cheeks,forehead"_s});
        INFO(booked.err.toStdString());
        REQUIRE(booked.exitCode == 0);
        REQUIRE(booked.json().value(u"id"_s).toInteger() == 1);
    }

    [[nodiscard]] Outcome checkin(const QJsonObject& input) const
    {
        return run({u"checkin"_s, u"1"_s}, QJsonDocument(input).toJson());
    }

    [[nodiscard]] QJsonObject appointment() const
    {
        const Outcome day = run({u"appointments"_s, u"list"_s, u"--date"_s, AppointmentDay});
        REQUIRE(day.exitCode == 0);
        const QJsonArray list = day.json().value(u"appointments"_s).toArray();
        REQUIRE(list.size() == 1);
        return list.at(0).toObject();
    }

    [[nodiscard]] QJsonArray screenings() const
    {
        const Outcome listed = run({u"screenings"_s, u"list"_s, patientId});
        REQUIRE(listed.exitCode == 0);
        return listed.array();
    }
};

} // namespace

TEST_CASE("checkin with every answer no checks the patient in and stores a pre-session screening")
{
    CheckinDesk desk;
    const Outcome done = desk.checkin(np::test::allClear());
    INFO(done.err.toStdString());
    REQUIRE(done.exitCode == 0);
    CHECK(done.json().value(u"status"_s).toString() == u"checked_in"_s);
    CHECK(done.json().value(u"result"_s).toObject().value(u"status"_s).toString() == u"clear"_s);
    CHECK(done.json().value(u"result"_s).toObject().value(u"date"_s).toString() == AppointmentDay);
    CHECK_FALSE(done.json().contains(u"review_needed"_s));
    CHECK_FALSE(done.json().contains(u"other"_s));
    CHECK(desk.appointment().value(u"status"_s).toString() == u"checked_in"_s);
    const QJsonArray screenings = desk.screenings();
    REQUIRE(screenings.size() == 1);
    CHECK(screenings.at(0).toObject().value(u"id"_s) == done.json().value(u"screening_id"_s));
    CHECK(screenings.at(0).toObject().value(u"kind"_s).toString() == u"pre_session"_s);
}

TEST_CASE("checkin with a sunburn on the appointment day stops the session and offers the day it clears")
{
    CheckinDesk desk;
    const Outcome stopped = desk.checkin(np::test::withAnswer(np::test::allClear(), u"sunburn_or_tan"_s,
        QJsonObject {{u"since"_s, AppointmentDay}, {u"note"_s, u"beach weekend"_s}}));
    INFO(stopped.err.toStdString());
    REQUIRE(stopped.exitCode == 3);
    const QJsonObject out = stopped.json();
    CHECK(out.value(u"status"_s).toString() == u"blocked"_s);
    const np::Contraindication* sunburn = np::test::builtInCatalogue().contraindication(u"sunburn_or_tan"_s);
    REQUIRE(sunburn != nullptr);
    REQUIRE(sunburn->washoutDays.has_value());
    const QDate clears = QDate::fromString(AppointmentDay, Qt::ISODate).addDays(*sunburn->washoutDays);
    CHECK(out.value(u"rebook_from"_s).toString() == clears.toString(Qt::ISODate));
    const QJsonArray reasons = out.value(u"reasons"_s).toArray();
    REQUIRE(reasons.size() == 1);
    CHECK(reasons.at(0).toObject().value(u"code"_s).toString() == u"sunburn_or_tan"_s);

    const QJsonObject appointment = desk.appointment();
    CHECK(appointment.value(u"status"_s).toString() == u"cancelled"_s);
    CHECK(appointment.value(u"status_reason"_s).toString() == u"stopped at check-in: "_s + sunburn->name);
    const QJsonArray screenings = desk.screenings();
    REQUIRE(screenings.size() == 1);
    const QJsonObject screening = screenings.at(0).toObject();
    CHECK(screening.value(u"id"_s) == out.value(u"screening_id"_s));
    CHECK(screening.value(u"kind"_s).toString() == u"pre_session"_s);
    CHECK(screening.value(u"result"_s).toObject().value(u"status"_s).toString() == u"blocked"_s);
}

TEST_CASE("checkin blocked by a finding with no end says it waits until the finding is resolved")
{
    CheckinDesk desk;
    const Outcome stopped = desk.checkin(np::test::withAnswer(np::test::allClear(), u"pregnancy"_s, QJsonObject {}));
    REQUIRE(stopped.exitCode == 3);
    CHECK(stopped.json().value(u"rebook_from"_s).isNull());
    CHECK(stopped.json().value(u"rebook_when"_s).toString().contains(u"resolved"_s));
}

TEST_CASE("checkin with a review finding checks in, flags the review and echoes the new medication")
{
    CheckinDesk desk;
    QJsonObject input = np::test::withAnswer(np::test::allClear(), u"anticoagulants"_s, QJsonObject {});
    input.insert(u"other"_s, QJsonObject {{u"new_medication"_s, u"warfarin since October"_s}});
    const Outcome done = desk.checkin(input);
    INFO(done.err.toStdString());
    REQUIRE(done.exitCode == 0);
    const QJsonObject out = done.json();
    CHECK(out.value(u"status"_s).toString() == u"checked_in"_s);
    CHECK(out.value(u"review_needed"_s).toBool());
    const QJsonArray findings = out.value(u"findings"_s).toArray();
    REQUIRE(findings.size() == 1);
    CHECK(findings.at(0).toObject().value(u"code"_s).toString() == u"anticoagulants"_s);
    CHECK(out.value(u"other"_s).toObject().value(u"new_medication"_s).toString() == u"warfarin since October"_s);
    const QJsonObject stored = desk.screenings().at(0).toObject().value(u"answers"_s).toObject();
    CHECK(stored.value(u"other"_s).toObject().value(u"new_medication"_s).toString() == u"warfarin since October"_s);
}

TEST_CASE("checkin with an item unanswered is refused naming it, and nothing changes")
{
    CheckinDesk desk;
    QJsonObject input = np::test::allClear();
    QJsonObject answers = input.value(u"answers"_s).toObject();
    answers.remove(u"pregnancy"_s);
    input.insert(u"answers"_s, answers);
    input.insert(u"other"_s, QJsonObject {});
    const Outcome refused = desk.checkin(input);
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains(u"answers.pregnancy: is not answered"_s));
    CHECK(refused.err.contains(u"other.new_medication: is not answered"_s));
    CHECK(refused.out.isEmpty());
    CHECK(desk.appointment().value(u"status"_s).toString() == u"booked"_s);
    CHECK(desk.screenings().isEmpty());
}

TEST_CASE("checkin of a cancelled appointment is refused naming its status")
{
    CheckinDesk desk;
    REQUIRE(desk.run({u"appointments"_s, u"cancel"_s, u"1"_s, u"--reason"_s, u"patient called"_s}).exitCode == 0);
    const Outcome refused = desk.checkin(np::test::allClear());
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains(u"appointment 1 is cancelled"_s));
    CHECK(desk.screenings().isEmpty());
}
