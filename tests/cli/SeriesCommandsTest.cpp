// series create | show | list | status, run in-process: the patient read from the database, a
// blocked plan storing nothing, conflicts between workstations.
#include "SeriesCliSupport.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

using Outcome = np::test::CliOutcome;

TEST_CASE("series create plans from the patient in the database and stores the sessions")
{
    np::test::ClinicDesk desk;
    const QJsonObject created = desk.createSeries();
    const qint64 id = created[u"id"_s].toInteger();
    CHECK(id > 0);
    CHECK(created[u"version"_s].toInt() == 1);
    const QJsonArray sessions = created[u"sessions"_s].toArray();
    REQUIRE(sessions.size() == 4);
    const QJsonArray planned = created[u"plan"_s][u"sessions"_s].toArray();
    REQUIRE(planned.size() == 4);
    for (qsizetype i = 0; i < 4; ++i) {
        CHECK(sessions[i][u"number"_s].toInt() == i + 1);
        CHECK(sessions[i][u"status"_s].toString() == u"planned"_s);
        CHECK(sessions[i][u"series_id"_s].toInteger() == id);
        CHECK(sessions[i][u"planned_date"_s] == planned[i][u"date"_s]);
        CHECK(sessions[i][u"earliest"_s] == planned[i][u"earliest"_s]);
        CHECK(sessions[i][u"latest"_s] == planned[i][u"latest"_s]);
    }
    CHECK(sessions[0][u"planned_date"_s].toString() == u"2026-12-01"_s);

    Outcome shown = desk.run({u"series"_s, u"show"_s, QString::number(id)});
    REQUIRE(shown.exitCode == 0);
    const QJsonObject s = shown.json();
    CHECK(s[u"patient_id"_s].toInteger() == desk.patient.toLongLong());
    CHECK(s[u"modality"_s].toString() == u"automated_pen"_s);
    CHECK(s[u"areas"_s].toArray() == QJsonArray {u"cheeks"_s, u"forehead"_s});
    CHECK(s[u"status"_s].toString() == u"planned"_s);
    CHECK(s[u"created_by"_s].toString() == u"desk"_s);
    CHECK(s[u"sessions"_s].toArray() == sessions);

    Outcome listed = desk.run({u"series"_s, u"list"_s, desk.patient});
    REQUIRE(listed.exitCode == 0);
    REQUIRE(listed.array().size() == 1);
    CHECK(listed.array()[0][u"id"_s].toInteger() == id);
}

TEST_CASE("a second series keeps its distance from the patient's sessions already planned")
{
    np::test::ClinicDesk desk;
    const QJsonObject first = desk.createSeries();
    const QJsonObject second = desk.createSeries();
    const QString firstDay = first[u"sessions"_s][0][u"planned_date"_s].toString();
    const QString secondDay = second[u"sessions"_s][0][u"planned_date"_s].toString();
    CHECK(secondDay > firstDay);
    CHECK(desk.run({u"series"_s, u"list"_s, desk.patient}).array().size() == 2);
}

TEST_CASE("series create: a blocked plan stores nothing and exits 3 with the planner's reasons")
{
    np::test::ClinicDesk desk;
    Outcome f = desk.run({u"findings"_s, u"add"_s, desk.patient}, R"({"code": "pregnancy", "since": "2026-10-01"})");
    REQUIRE(f.exitCode == 0);
    Outcome o = desk.run({u"series"_s, u"create"_s, desk.patient}, np::test::SeriesRequest);
    CHECK(o.exitCode == 3);
    CHECK(o.json()[u"status"_s].toString() == u"blocked"_s);
    CHECK(o.json()[u"findings"_s].toArray()[0][u"code"_s].toString() == u"pregnancy"_s);
    CHECK(o.err.contains(u"nothing was stored"_s));
    Outcome listed = desk.run({u"series"_s, u"list"_s, desk.patient});
    REQUIRE(listed.exitCode == 0);
    CHECK(listed.array().isEmpty());
}

TEST_CASE("series create refuses a request with a patient, bad codes, or no such patient")
{
    np::test::ClinicDesk desk;
    Outcome withPatient = desk.run({u"series"_s, u"create"_s, desk.patient},
        R"({"patient": {"birth_date": "1990-01-01"}, "treatment": {"modality": "automated_pen",
            "indication": "acne_scars", "severity": "mild", "areas": ["cheeks"]}})");
    CHECK(withPatient.exitCode == 2);
    CHECK(withPatient.err.contains(u"patient: comes from the database"_s));

    Outcome badCode = desk.run({u"series"_s, u"create"_s, desk.patient},
        R"({"treatment": {"modality": "laser", "indication": "acne_scars", "severity": "mild", "areas": ["cheeks"]}})");
    CHECK(badCode.exitCode == 2);
    CHECK(badCode.err.contains(u"treatment.modality: unknown modality \"laser\""_s));

    Outcome missing = desk.run({u"series"_s, u"create"_s, u"999"_s}, np::test::SeriesRequest);
    CHECK(missing.exitCode == 2);
    CHECK(missing.err.contains(u"no patient 999"_s));
    CHECK(desk.run({u"series"_s, u"list"_s, desk.patient}).array().isEmpty());
    CHECK(desk.run({u"series"_s, u"create"_s}).exitCode == 1);
}

TEST_CASE("series status moves a series forward, and a stale version is a conflict (exit 4)")
{
    np::test::ClinicDesk desk;
    const QString id = QString::number(desk.createSeries()[u"id"_s].toInteger());
    Outcome active = desk.run({u"series"_s, u"status"_s, id, u"--version"_s, u"1"_s, u"--to"_s, u"active"_s});
    INFO(active.err.toStdString());
    REQUIRE(active.exitCode == 0);
    CHECK(active.json() == QJsonObject {{u"id"_s, id.toLongLong()}, {u"version"_s, 2}, {u"status"_s, u"active"_s}});

    Outcome stale = desk.run({u"series"_s, u"status"_s, id, u"--version"_s, u"1"_s, u"--to"_s, u"cancelled"_s});
    CHECK(stale.exitCode == 4);
    CHECK(stale.err.contains(u"series %1 was changed by someone else"_s.arg(id)));

    Outcome back = desk.run({u"series"_s, u"status"_s, id, u"--version"_s, u"2"_s, u"--to"_s, u"planned"_s});
    CHECK(back.exitCode == 2);
    CHECK(back.err.contains(u"cannot go from active to planned"_s));

    CHECK(desk.run({u"series"_s, u"status"_s, id, u"--version"_s, u"2"_s}).exitCode == 1);
    CHECK(desk.run({u"series"_s, u"show"_s, id}).json()[u"status"_s].toString() == u"active"_s);
    CHECK(desk.run({u"series"_s, u"show"_s, u"999"_s}).exitCode == 2);
}
