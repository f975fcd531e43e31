// SeriesRepository: series with planned sessions checked against the catalogue, forward-only
// status moves, session moves in order, versions, audit; demo and fixture rows read back.
#include "SeriesTestSupport.h"

#include "core/SeriesPlanner.h"
#include "storage/DemoData.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;
using np::storage::PlannedSessionRecord;
using np::storage::SeriesRecord;
using Kind = np::storage::StorageError::Kind;

TEST_CASE("a series is stored with its sessions numbered in order and read back as it was given")
{
    np::test::SeriesFixture f;
    const SeriesRecord stored = f.create(f.sample());
    CHECK(stored.id > 0);
    REQUIRE(stored.sessions.size() == 3);

    auto out = f.series.get(stored.id);
    REQUIRE(out.has_value());
    CHECK(out->version == 1);
    CHECK(out->patientId == f.patientId);
    CHECK(out->modality == u"automated_pen"_s);
    CHECK(out->indication == u"acne_scars"_s);
    CHECK(out->severity == u"moderate"_s);
    CHECK(out->areas == QStringList {u"cheeks"_s, u"forehead"_s, u"periorbital"_s});
    CHECK(out->eventDate == std::optional<QDate>(QDate(2026, 6, 20)));
    CHECK(out->status == u"planned"_s);
    CHECK(out->notes == u"Boda en Sevilla: «nada de rojeces» la semana antes. José"_s);
    CHECK(out->createdBy == u"dr.ruiz"_s);
    CHECK(out->createdAt == np::test::pinnedNow());
    CHECK(out->updatedAt == np::test::pinnedNow());
    REQUIRE(out->sessions.size() == 3);
    for (int i = 0; i < 3; ++i) {
        const PlannedSessionRecord& s = out->sessions[i];
        CHECK(s.id == stored.sessions[i].id);
        CHECK(s.seriesId == stored.id);
        CHECK(s.number == i + 1);
        CHECK(s.version == 1);
        CHECK(s.status == u"planned"_s);
        CHECK(s.plannedDate == f.sample().sessions[i].plannedDate);
        CHECK(s.earliest == f.sample().sessions[i].earliest);
        CHECK(s.latest == f.sample().sessions[i].latest);
    }
    CHECK_FALSE(out->sessions[0].latest.has_value());
    CHECK(f.series.forPatient(f.patientId)->size() == 1);
    CHECK(f.series.forPatient(f.patientId + 1)->isEmpty());

    auto trail = np::storage::auditTrail(*f.db, u"series"_s, stored.id);
    REQUIRE(trail->size() == 1);
    CHECK(trail->at(0).action == u"insert"_s);
    CHECK(trail->at(0).actor == u"dr.ruiz"_s);
    CHECK_FALSE(trail->at(0).before.has_value());
    CHECK(trail->at(0).after->value(u"notes"_s).toString() == out->notes);
    CHECK(trail->at(0).after->value(u"areas"_s).toArray().size() == 3);
    auto sessionTrail = np::storage::auditTrail(*f.db, u"planned_sessions"_s, stored.sessions[2].id);
    REQUIRE(sessionTrail->size() == 1);
    CHECK(sessionTrail->at(0).after->value(u"planned_date"_s).toString() == u"2026-05-05"_s);
    CHECK(sessionTrail->at(0).after->value(u"number"_s).toInt() == 3);
}

TEST_CASE("a series that does not fit the catalogue is refused naming the field, and leaves nothing")
{
    np::test::SeriesFixture f;
    SeriesRecord in = f.sample();
    QString expected;
    SECTION("unknown codes")
    {
        in.modality = u"laser"_s;
        in.indication = u"tattoo_removal"_s;
        in.severity = u"extreme"_s;
        expected = u"modality: unknown modality \"laser\"; indication: unknown indication \"tattoo_removal\"; "
                   u"severity: unknown severity \"extreme\" (known: mild, moderate, severe)"_s;
    }
    SECTION("unknown or repeated areas")
    {
        in.areas = {u"cheeks"_s, u"elbow"_s, u"cheeks"_s};
        expected = u"areas[1]: unknown area \"elbow\"; areas[2]: \"cheeks\" is listed twice"_s;
    }
    SECTION("sessions out of order, misnumbered or outside their window")
    {
        in.sessions[1].number = 5;
        in.sessions[2].plannedDate = QDate(2026, 4, 7);
        in.sessions[2].earliest = QDate(2026, 4, 1);
        in.sessions[2].latest = QDate(2026, 4, 6);
        expected = u"sessions[1].number: is 5; sessions are numbered 1..n in order, so 2 was expected; "
                   u"sessions[2].latest: 2026-04-06 is before the planned date (2026-04-07); "
                   u"sessions[2].planned_date: 2026-04-07 is not after session 2 (2026-04-07)"_s;
    }
    SECTION("no sessions, unknown status")
    {
        in.sessions.clear();
        in.status = u"paused"_s;
        expected = u"status: unknown series status \"paused\" (known: planned, active, completed, cancelled); "
                   u"sessions: lists no session"_s;
    }
    auto r = f.series.create(in, u"x"_s);
    REQUIRE_FALSE(r.has_value());
    CHECK(r.error().kind == Kind::Invalid);
    CHECK(r.error().message == expected);
    CHECK(f.count(u"series"_s) == 0);
    CHECK(f.count(u"planned_sessions"_s) == 0);
    CHECK(f.count(u"audit_log WHERE table_name IN ('series', 'planned_sessions')"_s) == 0);
}

TEST_CASE("a series for a patient who does not exist is NotFound and leaves nothing")
{
    np::test::SeriesFixture f;
    SeriesRecord in = f.sample();
    in.patientId = 999;
    auto r = f.series.create(in, u"x"_s);
    REQUIRE_FALSE(r.has_value());
    CHECK(r.error().kind == Kind::NotFound);
    CHECK(r.error().message == u"no patient 999"_s);
    CHECK(f.count(u"series"_s) == 0);
    CHECK(f.count(u"audit_log WHERE table_name = 'series'"_s) == 0);
    CHECK(f.series.get(1).error().kind == Kind::NotFound);
}

TEST_CASE("a series moves forward only, and a refused move names both states")
{
    np::test::SeriesFixture f;
    const qint64 id = f.create(f.sample()).id;
    f.series.setClock([] { return np::test::pinnedNow().addDays(9); });
    auto active = f.series.setStatus(id, 1, u"active"_s, u"desk"_s);
    REQUIRE(active.has_value());
    CHECK(active->status == u"active"_s);
    CHECK(active->version == 2);
    CHECK(active->updatedAt == np::test::pinnedNow().addDays(9));
    CHECK(active->createdAt == np::test::pinnedNow());
    CHECK(active->sessions.size() == 3);

    auto back = f.series.setStatus(id, 2, u"planned"_s, u"desk"_s);
    REQUIRE_FALSE(back.has_value());
    CHECK(back.error().kind == Kind::Invalid);
    CHECK(back.error().message
        == u"status: series %1 cannot go from active to planned (from active: completed, cancelled)"_s.arg(id));
    REQUIRE(f.series.setStatus(id, 2, u"completed"_s, u"desk"_s).has_value());
    auto reopen = f.series.setStatus(id, 3, u"active"_s, u"desk"_s);
    CHECK(reopen.error().message
        == u"status: series %1 cannot go from completed to active (from completed: none: it is final)"_s.arg(id));
    CHECK(f.series.setStatus(id, 3, u"paused"_s, u"desk"_s)
              .error()
              .message.startsWith(u"status: unknown series status \"paused\""_s));

    auto trail = np::storage::auditTrail(*f.db, u"series"_s, id);
    REQUIRE(trail->size() == 3);
    CHECK(trail->at(1).action == u"status"_s);
    CHECK(trail->at(1).actor == u"desk"_s);
    CHECK(trail->at(1).before->value(u"status"_s).toString() == u"planned"_s);
    CHECK(trail->at(1).after->value(u"status"_s).toString() == u"active"_s);
    CHECK(trail->at(2).after->value(u"status"_s).toString() == u"completed"_s);
}

TEST_CASE("changing a series or a session from a stale copy is a conflict naming the record")
{
    np::test::SeriesFixture f;
    const SeriesRecord stored = f.create(f.sample());
    REQUIRE(f.series.setStatus(stored.id, 1, u"active"_s, u"a"_s).has_value());
    auto stale = f.series.setStatus(stored.id, 1, u"cancelled"_s, u"b"_s);
    REQUIRE_FALSE(stale.has_value());
    CHECK(stale.error().kind == Kind::Conflict);
    CHECK(stale.error().message
        == u"series %1 was changed by someone else since it was read (version 1, now 2)"_s.arg(stored.id));
    CHECK(f.series.get(stored.id)->status == u"active"_s);

    PlannedSessionRecord a = stored.sessions[1];
    PlannedSessionRecord b = stored.sessions[1];
    a.status = u"booked"_s;
    REQUIRE(f.series.updateSession(a, u"a"_s).has_value());
    b.plannedDate = QDate(2026, 4, 9);
    auto staleSession = f.series.updateSession(b, u"b"_s);
    REQUIRE_FALSE(staleSession.has_value());
    CHECK(staleSession.error().kind == Kind::Conflict);
    CHECK(staleSession.error().message
        == u"session %1 was changed by someone else since it was read (version 1, now 2)"_s.arg(b.id));
    CHECK(f.series.session(b.id)->plannedDate == QDate(2026, 4, 7));
    CHECK(f.count(u"audit_log WHERE table_name = 'planned_sessions' AND action = 'update'"_s) == 1);
    b.id = 999;
    CHECK(f.series.updateSession(b, u"b"_s).error().kind == Kind::NotFound);
}

TEST_CASE("a session moves to a new date or status, never on or before the session before it")
{
    np::test::SeriesFixture f;
    const SeriesRecord stored = f.create(f.sample());
    PlannedSessionRecord second = stored.sessions[1];

    second.plannedDate = QDate(2026, 3, 10);
    auto early = f.series.updateSession(second, u"desk"_s);
    REQUIRE_FALSE(early.has_value());
    CHECK(early.error().kind == Kind::Invalid);
    CHECK(early.error().message
        == u"planned_date: 2026-03-10 is not after session 1 of series %1 (2026-03-10)"_s.arg(stored.id));

    second.plannedDate = QDate(2026, 4, 14);
    second.status = u"booked"_s;
    auto moved = f.series.updateSession(second, u"desk"_s);
    REQUIRE(moved.has_value());
    CHECK(moved->version == 2);
    CHECK(f.series.session(second.id)->plannedDate == QDate(2026, 4, 14));
    CHECK(f.series.session(second.id)->status == u"booked"_s);
    auto trail = np::storage::auditTrail(*f.db, u"planned_sessions"_s, second.id);
    REQUIRE(trail->size() == 2);
    CHECK(trail->at(1).action == u"update"_s);
    CHECK(trail->at(1).before->value(u"planned_date"_s).toString() == u"2026-04-07"_s);
    CHECK(trail->at(1).after->value(u"planned_date"_s).toString() == u"2026-04-14"_s);
    CHECK(trail->at(1).after->value(u"status"_s).toString() == u"booked"_s);

    // A cancelled session does not count as the one before.
    PlannedSessionRecord first = stored.sessions[0];
    first.status = u"cancelled"_s;
    REQUIRE(f.series.updateSession(first, u"desk"_s).has_value());
    PlannedSessionRecord third = stored.sessions[2];
    third.plannedDate = QDate(2026, 4, 14);
    CHECK(f.series.updateSession(third, u"desk"_s).error().message.contains(u"not after session 2"_s));

    // A done session keeps its date and stays done.
    PlannedSessionRecord done = *moved;
    done.status = u"done"_s;
    REQUIRE(f.series.updateSession(done, u"desk"_s).has_value());
    done.version = 3;
    done.plannedDate = QDate(2026, 4, 15);
    CHECK(f.series.updateSession(done, u"desk"_s).error().message
        == u"planned_date: session %1 is done: its date stays 2026-04-14"_s.arg(done.id));
    done.plannedDate = QDate(2026, 4, 14);
    done.status = u"planned"_s;
    CHECK(f.series.updateSession(done, u"desk"_s).error().message
        == u"status: session %1 cannot go from done to planned (from done: none: it is final)"_s.arg(done.id));
    done.status = u"postponed"_s;
    CHECK(f.series.updateSession(done, u"desk"_s)
              .error()
              .message.startsWith(u"status: unknown session status \"postponed\""_s));
}

TEST_CASE("an undo puts a done session and its series back as they were, audited, never out of order")
{
    np::test::SeriesFixture f;
    const SeriesRecord stored = f.create(f.sample());
    PlannedSessionRecord first = stored.sessions[0];
    first.status = u"done"_s;
    REQUIRE(f.series.updateSession(first, u"desk"_s));
    REQUIRE(f.series.setStatus(stored.id, stored.version, u"active"_s, u"desk"_s));

    // Done is final for a change, not for an undo of the completion.
    PlannedSessionRecord reopened = stored.sessions[0];
    reopened.status = u"booked"_s;
    CHECK(f.series.restoreSession(reopened, 1, u"desk"_s).error().kind == Kind::Conflict); // read at 1, now 2
    REQUIRE(f.series.restoreSession(reopened, 2, u"desk"_s));
    CHECK(f.series.session(first.id)->status == u"booked"_s);
    REQUIRE(f.series.restoreStatus(stored.id, stored.version + 1, u"planned"_s, u"desk"_s));
    CHECK(f.series.get(stored.id)->status == u"planned"_s);
    CHECK(f.series.restoreStatus(stored.id, stored.version + 2, u"paused"_s, u"desk"_s)
              .error()
              .message.startsWith(u"status: unknown series status \"paused\""_s));
    auto trail = np::storage::auditTrail(*f.db, u"planned_sessions"_s, first.id);
    REQUIRE(trail->size() == 3);
    CHECK(trail->at(2).action == u"restore"_s);
    CHECK(trail->at(2).before->value(u"status"_s).toString() == u"done"_s);
    CHECK(np::storage::auditTrail(*f.db, u"series"_s, stored.id)->last().action == u"restore"_s);

    // Still never on or before the session before it.
    PlannedSessionRecord second = stored.sessions[1];
    second.plannedDate = stored.sessions[0].plannedDate;
    CHECK(f.series.restoreSession(second, 1, u"desk"_s).error().message.contains(u"is not after session 1"_s));
}

TEST_CASE("the engine's plan becomes a series to store")
{
    np::test::SeriesFixture f;
    np::PlanRequest request;
    request.patient.birthDate = QDate(1985, 3, 2);
    request.treatment.modality = u"automated_pen"_s;
    request.treatment.indication = u"acne_scars"_s;
    request.treatment.severity = np::Severity::Severe;
    request.treatment.areas = {u"cheeks"_s, u"jaw_chin"_s};
    request.eventDate = QDate(2027, 1, 30);
    auto plan = np::planSeries(np::test::builtInCatalogue(), request, QDate(2026, 3, 1));
    REQUIRE(plan.has_value());
    REQUIRE(plan->sessions.size() > 1);

    const SeriesRecord stored = f.create(np::storage::seriesFromPlan(f.patientId, request, *plan));
    auto out = f.series.get(stored.id);
    CHECK(out->severity == u"severe"_s);
    CHECK(out->areas == request.treatment.areas);
    CHECK(out->eventDate == request.eventDate);
    REQUIRE(out->sessions.size() == plan->sessions.size());
    for (qsizetype i = 0; i < plan->sessions.size(); ++i) {
        CHECK(out->sessions[i].number == plan->sessions[i].number);
        CHECK(out->sessions[i].plannedDate == plan->sessions[i].date);
        CHECK(out->sessions[i].earliest == plan->sessions[i].earliest);
        CHECK(out->sessions[i].latest == plan->sessions[i].latest);
    }
}

TEST_CASE("series, sessions and charts the demo writes come back through the repositories")
{
    np::test::SeriesFixture f;
    np::storage::DemoOptions options;
    options.patients = 40;
    options.today = QDate(2026, 3, 1);
    REQUIRE(np::storage::generateDemoData(*f.db, np::test::builtInCatalogue(), options).has_value());
    qint64 series = 0;
    qint64 sessions = 0;
    qint64 charts = 0;
    QSqlQuery q(f.db->connection());
    REQUIRE(q.exec(u"SELECT id FROM patients ORDER BY id"_s));
    while (q.next()) {
        const qint64 patient = q.value(0).toLongLong();
        auto all = f.series.forPatient(patient);
        REQUIRE(all.has_value());
        for (const SeriesRecord& s : *all) {
            ++series;
            sessions += s.sessions.size();
            CHECK(s.patientId == patient);
            CHECK(np::storage::seriesStatuses().contains(s.status));
            CHECK(s.createdAt.isValid());
            for (qsizetype i = 0; i < s.sessions.size(); ++i) {
                CHECK(s.sessions[i].number == i + 1);
                CHECK(np::storage::plannedSessionStatuses().contains(s.sessions[i].status));
                auto chart = f.charts.forSession(s.sessions[i].id);
                REQUIRE(chart.has_value());
                CHECK(chart->has_value() == (s.sessions[i].status == u"done"_s));
                if (*chart) {
                    CHECK((*chart)->chartedOn == s.sessions[i].plannedDate);
                    QStringList zones = s.areas;
                    zones.sort();
                    CHECK((*chart)->depths.keys() == zones);
                    CHECK((*chart)->updatedAt == (*chart)->createdAt);
                    CHECK((*chart)->products.size() == 1);
                }
            }
        }
        charts += f.charts.forPatient(patient)->size();
    }
    CHECK(series > 0);
    CHECK(series == f.count(u"series"_s));
    CHECK(sessions == f.count(u"planned_sessions"_s));
    CHECK(charts == f.count(u"session_charts"_s));
}

TEST_CASE("the schema-2 fixture's series and sessions come back as they were stored")
{
    QTemporaryDir dir;
    const auto db = np::test::openSchema2Copy(dir);
    np::storage::SeriesRepository repository(*db, np::test::builtInCatalogue());

    auto s = repository.get(1);
    REQUIRE(s.has_value());
    CHECK(s->version == 2);
    CHECK(s->patientId == 1);
    CHECK(s->modality == u"automated_pen"_s);
    CHECK(s->indication == u"acne_scars"_s);
    CHECK(s->severity == u"moderate"_s);
    CHECK(s->areas == QStringList {u"cheeks"_s, u"forehead"_s});
    CHECK(s->eventDate == std::optional<QDate>(QDate(2025, 12, 20)));
    CHECK(s->status == u"active"_s);
    CHECK(s->createdBy == u"Dr. Ana Núñez"_s);
    CHECK(s->createdAt == QDateTime(QDate(2025, 8, 20), QTime(10, 0), QTimeZone::utc()));
    CHECK(s->updatedAt == QDateTime(QDate(2025, 9, 17), QTime(10, 0), QTimeZone::utc()));
    CHECK(s->notes == u"Wedding on 20 Dec; \"no downtime\" week before"_s);
    REQUIRE(s->sessions.size() == 3);
    CHECK(s->sessions[0].status == u"done"_s);
    CHECK(s->sessions[0].version == 2);
    CHECK_FALSE(s->sessions[0].latest.has_value());
    CHECK(s->sessions[1].earliest == QDate(2025, 9, 10));
    CHECK(s->sessions[1].latest == std::optional<QDate>(QDate(2025, 10, 1)));
    CHECK(s->sessions[2].plannedDate == QDate(2025, 10, 15));
    CHECK(s->sessions[2].status == u"planned"_s);

    auto other = repository.forPatient(2);
    REQUIRE(other->size() == 1);
    CHECK(other->first().indication == u"skin_texture"_s); // not in today's catalogue: read all the same
    CHECK_FALSE(other->first().eventDate.has_value());
    CHECK(other->first().notes.isEmpty());
    CHECK(other->first().sessions.size() == 1);

    // A change to a migrated row is versioned and audited like any other.
    auto moved = repository.setStatus(1, 2, u"completed"_s, u"desk"_s);
    REQUIRE(moved.has_value());
    CHECK(moved->version == 3);
    CHECK(moved->createdAt == s->createdAt);
}
