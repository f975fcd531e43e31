// Appointments: wall-clock times, no double booking, status changes that keep the record.
#include "SchedulingTestSupport.h"

#include "storage/AuditLog.h"

#include "core/WallClock.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using np::storage::AppointmentStatus;
using np::test::at;
using Kind = np::storage::StorageError::Kind;

TEST_CASE("a booking is stored at its wall-clock time with the instant derived from the clinic's zone")
{
    np::test::SchedulingFixture f;
    auto repo = f.appointments();
    auto winter = repo.book(f.request(f.jose, at("2026-03-23", 10)), u"ana"_s);
    auto summer = repo.book(f.request(f.jose, at("2026-03-30", 10)), u"ana"_s);
    REQUIRE(winter);
    REQUIRE(summer);
    const auto a = *repo.get(*winter);
    const auto b = *repo.get(*summer);
    CHECK(a.localStart == at("2026-03-23", 10));
    CHECK(b.localStart == at("2026-03-30", 10));
    CHECK(np::fromEpochMinutes(a.startMinute).toString(Qt::ISODate) == u"2026-03-23T10:00:00Z");
    CHECK(np::fromEpochMinutes(b.startMinute).toString(Qt::ISODate) == u"2026-03-30T09:00:00Z"); // BST
    CHECK(b.durationMinutes() == 65);
    CHECK(b.localEnd() == at("2026-03-30", 11, 5));
    CHECK(b.timeZone == u"Europe/London");
    CHECK(b.status == AppointmentStatus::Booked);
    CHECK(b.version == 1);
    CHECK(b.createdBy == u"ana");
}

TEST_CASE("a time the clocks skip cannot be booked")
{
    np::test::SchedulingFixture f;
    auto repo = f.appointments();
    auto r = repo.book(f.request(f.jose, at("2026-03-29", 1, 30)), u"ana"_s);
    REQUIRE_FALSE(r);
    CHECK(r.error().kind == Kind::Invalid);
    CHECK(r.error().message
        == u"start: 2026-03-29 01:30 does not exist in Europe/London: the clocks go forward past it that day");
}

TEST_CASE("no practitioner, room, device or patient is ever booked twice at once")
{
    np::test::SchedulingFixture f;
    auto repo = f.appointments();
    const auto first = repo.book(f.request(f.jose, at("2026-11-23", 10)), u"ana"_s);
    REQUIRE(first);
    const QString when = u"from 10:00 to 11:05 on 2026-11-23 (appointment %1)"_s.arg(*first);

    SECTION("the same practitioner")
    {
        auto r = f.request(f.siobhan, at("2026-11-23", 11));
        r.roomId = f.clinic.roomIds.value(u"room-2"_s);
        r.deviceId = f.clinic.deviceIds.value(u"pen-2"_s);
        auto refused = repo.book(r, u"ana"_s);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().kind == Kind::Conflict);
        CHECK(refused.error().message == u"cannot book 2026-11-23 11:00: Dr Ana Núñez is already booked "_s + when);
    }
    SECTION("the same room")
    {
        auto r = f.request(f.siobhan, at("2026-11-23", 9, 30));
        r.practitionerId = f.clinic.practitionerIds.value(u"li"_s);
        r.deviceId = f.clinic.deviceIds.value(u"pen-2"_s);
        auto refused = repo.book(r, u"ana"_s);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().message == u"cannot book 2026-11-23 09:30: Treatment room 1 is already in use "_s + when);
    }
    SECTION("the same device")
    {
        auto r = f.request(f.siobhan, at("2026-11-23", 10, 15));
        r.practitionerId = f.clinic.practitionerIds.value(u"li"_s);
        r.roomId = f.clinic.roomIds.value(u"room-2"_s);
        auto refused = repo.book(r, u"ana"_s);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().message
            == u"cannot book 2026-11-23 10:15: the device SkinPen Precision (pen-1) is already in use "_s + when);
    }
    SECTION("the same patient")
    {
        auto r = f.request(f.jose, at("2026-11-23", 10, 45));
        r.practitionerId = f.clinic.practitionerIds.value(u"li"_s);
        r.roomId = f.clinic.roomIds.value(u"room-2"_s);
        r.deviceId = f.clinic.deviceIds.value(u"pen-2"_s);
        auto refused = repo.book(r, u"ana"_s);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().message
            == u"cannot book 2026-11-23 10:45: the patient already has an appointment "_s + when);
    }
    SECTION("back to back is fine: the end is free")
    {
        CHECK(repo.book(f.request(f.siobhan, at("2026-11-23", 11, 5)), u"ana"_s));
        CHECK(repo.book(f.request(f.siobhan, at("2026-11-23", 8, 55)), u"ana"_s));
    }
    SECTION("the database refuses an overlap written behind the repository's back")
    {
        QSqlQuery q(f.db().connection());
        const auto a = *repo.get(*first);
        REQUIRE(
            q.prepare(u"INSERT INTO appointments (patient_id, practitioner_id, room_id, local_start, time_zone, "
                      "start_minute, end_minute, modality, created_by, created_at, updated_at) "
                      "VALUES (?, ?, ?, '2026-11-23T10:30', 'Europe/London', ?, ?, 'automated_pen', 'x', '', '')"_s));
        q.addBindValue(f.siobhan);
        q.addBindValue(a.practitionerId);
        q.addBindValue(f.clinic.roomIds.value(u"room-2"_s));
        q.addBindValue(a.startMinute + 30);
        q.addBindValue(a.startMinute + 60);
        CHECK_FALSE(q.exec());
        CHECK(q.lastError().text().contains(u"double booking"_s));
    }
}

TEST_CASE("a series is booked whole or not at all")
{
    np::test::SchedulingFixture f;
    auto repo = f.appointments();
    REQUIRE(repo.book(f.request(f.siobhan, at("2026-12-21", 10)), u"ana"_s));
    const QList<np::storage::BookingRequest> series {f.request(f.jose, at("2026-11-23", 10)),
        f.request(f.jose, at("2026-12-21", 10, 30)), f.request(f.jose, at("2027-01-18", 10))};
    auto refused = repo.bookAll(series, u"ana"_s);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().kind == Kind::Conflict);
    CHECK(refused.error().message.startsWith(u"cannot book 2026-12-21 10:30: Dr Ana Núñez is already booked"_s));
    CHECK(repo.forPatient(f.jose)->isEmpty());

    auto booked = repo.bookAll({series[0], series[2]}, u"ana"_s);
    REQUIRE(booked);
    CHECK(booked->size() == 2);
    CHECK(repo.forPatient(f.jose)->size() == 2);
}

TEST_CASE("cancelling keeps the record with its reason and frees the time")
{
    np::test::SchedulingFixture f;
    auto repo = f.appointments();
    const qint64 id = *repo.book(f.request(f.jose, at("2026-11-23", 10)), u"ana"_s);
    auto noReason = repo.setStatus(id, 1, AppointmentStatus::Cancelled, u"  "_s, u"desk"_s);
    REQUIRE_FALSE(noReason);
    CHECK(noReason.error().message == u"reason: a cancellation needs a reason");

    REQUIRE(repo.setStatus(id, 1, AppointmentStatus::Cancelled, u"Patient has a cold"_s, u"desk"_s));
    const auto cancelled = *repo.get(id);
    CHECK(cancelled.status == AppointmentStatus::Cancelled);
    CHECK(cancelled.statusReason == u"Patient has a cold");
    CHECK(cancelled.version == 2);
    CHECK(repo.book(f.request(f.siobhan, at("2026-11-23", 10)), u"desk"_s));

    auto trail = np::storage::auditTrail(f.db(), u"appointments"_s, id);
    REQUIRE(trail);
    REQUIRE(trail->size() == 2);
    CHECK(trail->at(1).action == u"cancelled");
    CHECK(trail->at(1).before->value(u"status").toString() == u"booked");
    CHECK(trail->at(1).after->value(u"status_reason").toString() == u"Patient has a cold");
}

TEST_CASE("statuses move forward only")
{
    np::test::SchedulingFixture f;
    auto repo = f.appointments();
    const qint64 id = *repo.book(f.request(f.jose, at("2026-11-23", 10)), u"ana"_s);
    auto early = repo.setStatus(id, 1, AppointmentStatus::Completed, QString(), u"ana"_s);
    REQUIRE_FALSE(early);
    CHECK(early.error().message == u"appointment %1 is booked and cannot become completed"_s.arg(id));
    REQUIRE(repo.setStatus(id, 1, AppointmentStatus::CheckedIn, QString(), u"desk"_s));
    auto stale = repo.setStatus(id, 1, AppointmentStatus::Completed, QString(), u"ana"_s);
    REQUIRE_FALSE(stale);
    CHECK(stale.error().kind == Kind::Conflict);
    CHECK(stale.error().message.contains(u"appointment %1 was changed by someone else"_s.arg(id)));
    REQUIRE(repo.setStatus(id, 2, AppointmentStatus::Completed, QString(), u"ana"_s));
    auto back = repo.setStatus(id, 3, AppointmentStatus::NoShow, QString(), u"desk"_s);
    REQUIRE_FALSE(back);
    CHECK(back.error().message == u"appointment %1 is completed and cannot become no_show"_s.arg(id));
    auto move = repo.move(id, 3, at("2026-11-24", 10), u"desk"_s);
    REQUIRE_FALSE(move);
    CHECK(move.error().message == u"appointment %1 is completed: only a booked appointment can be moved"_s.arg(id));
}

TEST_CASE("moving keeps the length, checks for clashes and is audited")
{
    np::test::SchedulingFixture f;
    auto repo = f.appointments();
    const qint64 other = *repo.book(f.request(f.siobhan, at("2026-11-24", 10)), u"ana"_s);
    const qint64 id = *repo.book(f.request(f.jose, at("2026-11-23", 10)), u"ana"_s);
    auto clash = repo.move(id, 1, at("2026-11-24", 10, 30), u"desk"_s);
    REQUIRE_FALSE(clash);
    CHECK(clash.error().message
        == u"cannot move appointment %1 to 2026-11-24 10:30: Dr Ana Núñez is already booked from 10:00 to 11:05 on "
           "2026-11-24 (appointment %2)"_s.arg(id)
               .arg(other));
    REQUIRE(repo.move(id, 1, at("2026-11-24", 14), u"desk"_s));
    const auto moved = *repo.get(id);
    CHECK(moved.localStart == at("2026-11-24", 14));
    CHECK(moved.durationMinutes() == 65);
    CHECK(moved.version == 2);
    // Its own old time does not clash with itself.
    REQUIRE(repo.move(id, 2, at("2026-11-24", 14, 30), u"desk"_s));
    auto trail = np::storage::auditTrail(f.db(), u"appointments"_s, id);
    REQUIRE(trail);
    CHECK(trail->size() == 3);
    CHECK(trail->at(1).action == u"move");
    CHECK(trail->at(1).before->value(u"local_start").toString() == u"2026-11-23T10:00");
    CHECK(trail->at(1).after->value(u"local_start").toString() == u"2026-11-24T14:00");
}

TEST_CASE("a day's appointments, one practitioner's, and the busy time")
{
    np::test::SchedulingFixture f;
    auto repo = f.appointments();
    auto li = f.request(f.siobhan, at("2026-11-24", 8, 30));
    li.practitionerId = f.clinic.practitionerIds.value(u"li"_s);
    li.roomId = f.clinic.roomIds.value(u"room-2"_s);
    li.deviceId = f.clinic.deviceIds.value(u"pen-2"_s);
    const qint64 a = *repo.book(f.request(f.jose, at("2026-11-24", 10)), u"ana"_s);
    const qint64 b = *repo.book(li, u"ana"_s);
    const qint64 c = *repo.book(f.request(f.jose, at("2026-11-25", 10)), u"ana"_s);
    const auto day = *repo.between(at("2026-11-24", 0), at("2026-11-25", 0));
    REQUIRE(day.size() == 2);
    CHECK(day[0].id == b);
    CHECK(day[1].id == a);
    const auto anas = *repo.between(at("2026-11-24", 0), at("2026-11-26", 0), f.clinic.practitionerIds.value(u"ana"_s));
    REQUIRE(anas.size() == 2);
    CHECK(anas[1].id == c);
    const auto busy = *repo.busy(anas[0].startMinute, anas[0].startMinute + 1);
    REQUIRE(busy.size() == 1);
    CHECK(busy[0].appointmentId == a);
}

TEST_CASE("a booking for a missing or archived patient, or an inactive room, is refused by name")
{
    np::test::SchedulingFixture f;
    auto repo = f.appointments();
    auto missing = repo.book(f.request(999, at("2026-11-23", 10)), u"ana"_s);
    REQUIRE_FALSE(missing);
    CHECK(missing.error().kind == Kind::NotFound);
    CHECK(missing.error().message == u"no patient 999 (or the patient is archived)");
    auto r = f.request(f.jose, at("2026-11-23", 10));
    r.roomId = 77;
    CHECK(repo.book(r, u"ana"_s).error().message == u"no active room 77");
    r = f.request(f.jose, at("2026-11-23", 10));
    r.durationMinutes = 0;
    CHECK(repo.book(r, u"ana"_s).error().message == u"duration: 0 minutes is not between 1 and 720");
}

TEST_CASE("a stored wall-clock time reads back as QDateTime::fromString reads it, without the format parse")
{
    const QString format = u"yyyy-MM-ddTHH:mm"_s;
    for (const QString& text : {u"2026-12-01T10:30"_s, u"2027-03-14T02:30"_s, u"2024-02-29T00:00"_s,
             u"2026-13-01T10:30"_s, u"2026-12-01T25:00"_s, u"2026-12-01 10:30"_s, u"garbage"_s, QString()}) {
        INFO(text.toStdString());
        const QDateTime fast = np::storage::fromLocalMinuteText(text);
        const QDateTime slow = QDateTime::fromString(text, format);
        CHECK(fast.isValid() == slow.isValid());
        if (slow.isValid()) {
            CHECK(fast.date() == slow.date());
            CHECK(fast.time() == slow.time());
            CHECK(fast.timeSpec() == slow.timeSpec());
        }
    }
}
