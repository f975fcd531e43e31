// charts add | update | show, run in-process: one chart per session, catalogue limits, conflicts.
#include "SeriesCliSupport.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

using Outcome = np::test::CliOutcome;

namespace {

const QByteArray Chart = R"({"charted_on": "2026-12-01", "device": "Dermapen 4", "device_serial": "DP4-00917",
    "cartridge_lot": "LOT-2511A", "cartridge_expiry": "2027-06-30", "needle_count": 16,
    "depths": {"cheeks": 1.25, "forehead": 0.5}, "passes": 3, "numbing_agent": "lidocaína 23%",
    "numbing_on": "2026-12-01T09:00:00Z", "numbing_off": "2026-12-01T10:30:00+01:00",
    "endpoint": "pinpoint bleeding", "products": [{"name": "sérum", "lot": "HS-7781"}],
    "reaction": "eritema", "notes": "«bien»"})";

QString firstSession(const np::test::ClinicDesk& desk)
{
    return QString::number(desk.createSeries()[u"sessions"_s][0][u"id"_s].toInteger());
}

} // namespace

TEST_CASE("charts add stores a session's chart and charts show prints it back")
{
    np::test::ClinicDesk desk;
    const QString session = firstSession(desk);
    Outcome added = desk.run({u"charts"_s, u"add"_s, session}, Chart);
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    const QString id = QString::number(added.json()[u"id"_s].toInteger());
    CHECK(added.json()[u"version"_s].toInt() == 1);

    Outcome shown = desk.run({u"charts"_s, u"show"_s, id});
    REQUIRE(shown.exitCode == 0);
    const QJsonObject c = shown.json();
    CHECK(c[u"session_id"_s].toInteger() == session.toLongLong());
    CHECK(c[u"charted_on"_s].toString() == u"2026-12-01"_s);
    CHECK(c[u"depths"_s].toObject() == QJsonObject {{u"cheeks"_s, 1.25}, {u"forehead"_s, 0.5}});
    CHECK(c[u"numbing_agent"_s].toString() == u"lidocaína 23%"_s);
    CHECK(c[u"numbing_off"_s].toString() == u"2026-12-01T09:30:00.000Z"_s);
    CHECK(c[u"products"_s].toArray()[0][u"name"_s].toString() == u"sérum"_s);
    CHECK(c[u"notes"_s].toString() == u"«bien»"_s);
    CHECK(c[u"recorded_by"_s].toString() == u"desk"_s);
    CHECK(c[u"practitioner_id"_s].isNull());
}

TEST_CASE("charts add: a second chart for the session is a conflict (exit 4), limits are bad input (exit 2)")
{
    np::test::ClinicDesk desk;
    const QString session = firstSession(desk);
    REQUIRE(desk.run({u"charts"_s, u"add"_s, session}, Chart).exitCode == 0);
    Outcome again = desk.run({u"charts"_s, u"add"_s, session}, Chart);
    CHECK(again.exitCode == 4);
    CHECK(again.err.contains(u"session %1 already has chart"_s.arg(session)));

    Outcome deep = desk.run({u"charts"_s, u"add"_s, QString::number(session.toLongLong() + 1)},
        R"({"charted_on": "2026-12-29", "depths": {"forehead": 1.2}})");
    CHECK(deep.exitCode == 2);
    CHECK(deep.err.contains(u"depths.forehead: 1.2 mm is deeper than the limit for forehead, 1 mm"_s));

    Outcome unknownKey = desk.run({u"charts"_s, u"add"_s, QString::number(session.toLongLong() + 1)},
        R"({"charted_on": "2026-12-29", "dpeths": {}})");
    CHECK(unknownKey.exitCode == 2);
    CHECK(unknownKey.err.contains(u"dpeths"_s));

    Outcome noZone = desk.run({u"charts"_s, u"add"_s, QString::number(session.toLongLong() + 1)},
        R"({"charted_on": "2026-12-29", "numbing_on": "2026-12-29T09:00:00"})");
    CHECK(noZone.exitCode == 2);
    CHECK(noZone.err.contains(u"numbing_on: \"2026-12-29T09:00:00\" is not a time with a zone"_s));

    CHECK(desk.run({u"charts"_s, u"add"_s, u"999"_s}, Chart).exitCode == 2);
    CHECK(desk.run({u"charts"_s, u"add"_s}).exitCode == 1);
}

TEST_CASE("charts update corrects a chart at the version read, and a stale version is a conflict (exit 4)")
{
    np::test::ClinicDesk desk;
    const QString session = firstSession(desk);
    const QString id = QString::number(desk.run({u"charts"_s, u"add"_s, session}, Chart).json()[u"id"_s].toInteger());

    const QByteArray corrected = R"({"version": 1, "charted_on": "2026-12-01", "depths": {"cheeks": 1.75},
        "depth_reason": "deep rolling scars, clinician's judgement", "adverse_events": "none"})";
    Outcome updated = desk.run({u"charts"_s, u"update"_s, id}, corrected);
    INFO(updated.err.toStdString());
    REQUIRE(updated.exitCode == 0);
    CHECK(updated.json()[u"version"_s].toInt() == 2);
    const QJsonObject c = desk.run({u"charts"_s, u"show"_s, id}).json();
    CHECK(c[u"depths"_s].toObject() == QJsonObject {{u"cheeks"_s, 1.75}});
    CHECK(c[u"depth_reason"_s].toString() == u"deep rolling scars, clinician's judgement"_s);
    CHECK(c[u"device"_s].toString().isEmpty());

    Outcome stale = desk.run({u"charts"_s, u"update"_s, id}, corrected);
    CHECK(stale.exitCode == 4);
    CHECK(stale.err.contains(u"chart %1 was changed by someone else since it was read (version 1, now 2)"_s.arg(id)));

    Outcome noReason = desk.run(
        {u"charts"_s, u"update"_s, id}, R"({"version": 2, "charted_on": "2026-12-01", "depths": {"cheeks": 1.75}})");
    CHECK(noReason.exitCode == 2);
    CHECK(noReason.err.contains(u"depth_reason must record the clinician's reason"_s));

    Outcome noVersion = desk.run({u"charts"_s, u"update"_s, id}, R"({"charted_on": "2026-12-01"})");
    CHECK(noVersion.exitCode == 2);
    CHECK(noVersion.err.contains(u"version"_s));
}
