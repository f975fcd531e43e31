// ChartRepository: one chart per session, checked against the catalogue (depth limits, review
// depth, zones of the series), corrections versioned and audited; fixture charts read back.
#include "SeriesTestSupport.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;
using np::storage::ChartRecord;
using Kind = np::storage::StorageError::Kind;

namespace {

struct ChartFixture : np::test::SeriesFixture {
    np::storage::SeriesRecord stored = create(sample());
    qint64 practitionerId = 0;

    ChartFixture()
    {
        QSqlQuery q(db->connection());
        REQUIRE(q.exec(u"INSERT INTO practitioners (display_name, created_at, updated_at) "
                       "VALUES ('Dra. Begoña Ibáñez', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')"_s));
        practitionerId = q.lastInsertId().toLongLong();
    }

    // Session 1 as charted, every field set.
    [[nodiscard]] ChartRecord chart() const
    {
        ChartRecord c;
        c.sessionId = stored.sessions[0].id;
        c.chartedOn = QDate(2026, 3, 10);
        c.practitionerId = practitionerId;
        c.device = u"Dermapen 4"_s;
        c.deviceSerial = u"DP4-00917"_s;
        c.cartridgeLot = u"LOT-2511A"_s;
        c.cartridgeExpiry = QDate(2026, 11, 30);
        c.needleCount = 16;
        c.depths = {{u"cheeks"_s, 1.25}, {u"forehead"_s, 0.5}, {u"periorbital"_s, 0.25}};
        c.passes = 3;
        c.numbingAgent = u"lidocaína 23% / tetracaína 7%"_s;
        c.numbingOn = QDateTime(QDate(2026, 3, 10), QTime(9, 0), QTimeZone::utc());
        c.numbingOff = QDateTime(QDate(2026, 3, 10), QTime(9, 30), QTimeZone::utc());
        c.endpoint = u"pinpoint bleeding"_s;
        c.products = {{u"sérum hyaluronique"_s, u"HS-7781"_s}, {u"saline"_s, QString()}};
        c.reaction = u"eritema, lo esperado"_s;
        c.adverseEvents = u"pequeño hematoma, mejilla izquierda"_s;
        c.notes = u"Toleró bien; «volver en 4 semanas»"_s;
        return c;
    }

    ChartRecord add(const ChartRecord& c)
    {
        auto out = charts.add(c, u"dr.ruiz"_s);
        if (!out)
            FAIL(out.error().message.toStdString());
        return *out;
    }
};

void checkSame(const ChartRecord& out, const ChartRecord& in)
{
    CHECK(out.sessionId == in.sessionId);
    CHECK(out.chartedOn == in.chartedOn);
    CHECK(out.practitionerId == in.practitionerId);
    CHECK(out.device == in.device);
    CHECK(out.deviceSerial == in.deviceSerial);
    CHECK(out.cartridgeLot == in.cartridgeLot);
    CHECK(out.cartridgeExpiry == in.cartridgeExpiry);
    CHECK(out.needleCount == in.needleCount);
    CHECK(out.depths == in.depths);
    CHECK(out.passes == in.passes);
    CHECK(out.numbingAgent == in.numbingAgent);
    CHECK(out.numbingOn == in.numbingOn);
    CHECK(out.numbingOff == in.numbingOff);
    CHECK(out.endpoint == in.endpoint);
    CHECK(out.products == in.products);
    CHECK(out.reaction == in.reaction);
    CHECK(out.adverseEvents == in.adverseEvents);
    CHECK(out.notes == in.notes);
    CHECK(out.depthReason == in.depthReason);
}

} // namespace

TEST_CASE("a chart is read back as it was given, accents and all, by id, session and patient")
{
    ChartFixture f;
    const ChartRecord stored = f.add(f.chart());
    auto out = f.charts.get(stored.id);
    REQUIRE(out.has_value());
    checkSame(*out, f.chart());
    CHECK(out->version == 1);
    CHECK(out->recordedBy == u"dr.ruiz"_s);
    CHECK(out->createdAt == np::test::pinnedNow());
    CHECK(out->updatedAt == np::test::pinnedNow());
    CHECK((*f.charts.forSession(f.chart().sessionId))->id == stored.id);
    CHECK_FALSE(f.charts.forSession(f.stored.sessions[1].id)->has_value());
    REQUIRE(f.charts.forPatient(f.patientId)->size() == 1);
    CHECK(f.charts.forPatient(f.patientId + 1)->isEmpty());

    auto trail = np::storage::auditTrail(*f.db, u"session_charts"_s, stored.id);
    REQUIRE(trail->size() == 1);
    CHECK(trail->at(0).action == u"insert"_s);
    CHECK_FALSE(trail->at(0).before.has_value());
    CHECK(trail->at(0).after->value(u"depths"_s).toObject().value(u"cheeks"_s).toDouble() == 1.25);
    CHECK(trail->at(0).after->value(u"products"_s).toArray().at(0).toObject().value(u"name"_s).toString()
        == u"sérum hyaluronique"_s);
    CHECK(trail->at(0).after->value(u"notes"_s).toString() == f.chart().notes);
}

TEST_CASE("a chart with only its date reads back with every optional field empty")
{
    ChartFixture f;
    ChartRecord in;
    in.sessionId = f.stored.sessions[0].id;
    in.chartedOn = QDate(2026, 3, 10);
    auto out = f.charts.get(f.add(in).id);
    REQUIRE(out.has_value());
    checkSame(*out, in);
    CHECK_FALSE(out->practitionerId.has_value());
    CHECK_FALSE(out->numbingOn.has_value());
    CHECK(out->depths.isEmpty());
    CHECK(out->products.isEmpty());
}

TEST_CASE("a second chart for a session is a conflict naming the session and its chart")
{
    ChartFixture f;
    const ChartRecord first = f.add(f.chart());
    ChartRecord again = f.chart();
    again.notes = u"charted at the other workstation"_s;
    auto r = f.charts.add(again, u"front desk"_s);
    REQUIRE_FALSE(r.has_value());
    CHECK(r.error().kind == Kind::Conflict);
    CHECK(r.error().message
        == u"session %1 already has chart %2: correct that chart instead of adding another"_s.arg(again.sessionId)
               .arg(first.id));
    CHECK(f.count(u"session_charts"_s) == 1);
    CHECK(f.count(u"audit_log WHERE table_name = 'session_charts'"_s) == 1);
}

TEST_CASE("chart values outside the catalogue's limits are refused naming the field and zone, and leave nothing")
{
    ChartFixture f;
    ChartRecord in = f.chart();
    QString expected;
    SECTION("deeper than the area's limit")
    {
        in.depths[u"periorbital"_s] = 0.75;
        expected = u"depths.periorbital: 0.75 mm is deeper than the limit for periorbital, 0.5 mm (max_depth_mm)"_s;
    }
    SECTION("above the modality's review depth without a reason")
    {
        in.depths[u"cheeks"_s] = 1.75;
        expected = u"depths.cheeks: 1.75 mm is above automated_pen's review depth of 1.5 mm: depth_reason must "
                   u"record the clinician's reason"_s;
    }
    SECTION("zones outside the catalogue or the series")
    {
        in.depths = {{u"neck"_s, 1.0}, {u"elbow"_s, 0.5}, {u"cheeks"_s, 0.0}};
        expected = u"depths.cheeks: must be above 0 mm (is 0); depths.elbow: unknown area \"elbow\"; depths.neck: "
                   u"\"neck\" is not an area of series %1 (cheeks, forehead, periorbital)"_s.arg(f.stored.id);
    }
    SECTION("expired cartridge, numbing off before on, counts below one, unknown practitioner, unnamed product")
    {
        in.cartridgeExpiry = QDate(2026, 3, 9);
        in.numbingOff = QDateTime(QDate(2026, 3, 10), QTime(8, 59), QTimeZone::utc());
        in.needleCount = 0;
        in.passes = -1;
        in.practitionerId = 77;
        in.products[1].name = u" "_s;
        expected = u"practitioner_id: no practitioner 77; cartridge_expiry: the cartridge expired on 2026-03-09, "
                   u"before the charted date (2026-03-10); needle_count: must be at least 1 (is 0); passes: must "
                   u"be at least 1 (is -1); numbing_off: 2026-03-10T08:59:00.000Z is before numbing_on "
                   u"(2026-03-10T09:00:00.000Z); products[1].name: is required"_s;
    }
    SECTION("numbing off without on, no date")
    {
        in.numbingOn.reset();
        in.chartedOn = QDate();
        expected = u"charted_on: is required; numbing_off: is given without numbing_on"_s;
    }
    auto r = f.charts.add(in, u"x"_s);
    REQUIRE_FALSE(r.has_value());
    CHECK(r.error().kind == Kind::Invalid);
    CHECK(r.error().message == expected);
    CHECK(f.count(u"session_charts"_s) == 0);
    CHECK(f.count(u"audit_log WHERE table_name = 'session_charts'"_s) == 0);
}

TEST_CASE("a depth above the review depth is kept when the clinician's reason is recorded")
{
    ChartFixture f;
    ChartRecord in = f.chart();
    in.depths[u"cheeks"_s] = 2.0; // the area's own limit: allowed, with a reason
    in.depthReason = u"cicatrices en «boxcar» profundas; criterio clínico"_s;
    auto out = f.charts.get(f.add(in).id);
    CHECK(out->depths.value(u"cheeks"_s) == 2.0);
    CHECK(out->depthReason == in.depthReason);
}

TEST_CASE("charting a session that does not exist or was cancelled is refused")
{
    ChartFixture f;
    ChartRecord in = f.chart();
    in.sessionId = 999;
    CHECK(f.charts.add(in, u"x"_s).error().message == u"no session 999"_s);
    CHECK(f.charts.add(in, u"x"_s).error().kind == Kind::NotFound);

    np::storage::PlannedSessionRecord cancelled = f.stored.sessions[2];
    cancelled.status = u"cancelled"_s;
    REQUIRE(f.series.updateSession(cancelled, u"x"_s).has_value());
    in.sessionId = cancelled.id;
    CHECK(f.charts.add(in, u"x"_s).error().message
        == u"session_id: session %1 is cancelled: it cannot be charted"_s.arg(cancelled.id));
    CHECK(f.count(u"session_charts"_s) == 0);
}

TEST_CASE("a chart correction is versioned and audited, and a stale copy is a conflict naming the chart")
{
    ChartFixture f;
    const ChartRecord stored = f.add(f.chart());
    ChartRecord a = *f.charts.get(stored.id);
    ChartRecord b = a;
    a.adverseEvents = u"ninguno"_s;
    a.depths.remove(u"periorbital"_s);
    a.practitionerId.reset();
    f.charts.setClock([] { return np::test::pinnedNow().addDays(1); });
    auto corrected = f.charts.update(a, u"dr.lopez"_s);
    REQUIRE(corrected.has_value());
    CHECK(corrected->version == 2);

    auto out = f.charts.get(stored.id);
    checkSame(*out, a);
    CHECK(out->version == 2);
    CHECK(out->recordedBy == u"dr.ruiz"_s);
    CHECK(out->createdAt == np::test::pinnedNow());
    CHECK(out->updatedAt == np::test::pinnedNow().addDays(1));
    auto trail = np::storage::auditTrail(*f.db, u"session_charts"_s, stored.id);
    REQUIRE(trail->size() == 2);
    CHECK(trail->at(1).action == u"update"_s);
    CHECK(trail->at(1).actor == u"dr.lopez"_s);
    CHECK(trail->at(1).before->value(u"adverse_events"_s).toString() == f.chart().adverseEvents);
    CHECK(trail->at(1).after->value(u"adverse_events"_s).toString() == u"ninguno"_s);
    CHECK(trail->at(1).after->value(u"practitioner_id"_s).isNull());

    b.notes = u"B"_s;
    auto stale = f.charts.update(b, u"b"_s);
    REQUIRE_FALSE(stale.has_value());
    CHECK(stale.error().kind == Kind::Conflict);
    CHECK(stale.error().message
        == u"chart %1 was changed by someone else since it was read (version 1, now 2)"_s.arg(stored.id));

    ChartRecord moved = *out;
    moved.sessionId = f.stored.sessions[1].id;
    CHECK(f.charts.update(moved, u"x"_s).error().kind == Kind::Invalid);
    ChartRecord tooDeep = *out;
    tooDeep.depths[u"forehead"_s] = 1.5;
    CHECK(f.charts.update(tooDeep, u"x"_s).error().message.startsWith(u"depths.forehead: 1.5 mm is deeper"_s));
    CHECK(f.count(u"audit_log WHERE table_name = 'session_charts'"_s) == 2);
    CHECK(f.charts.get(stored.id)->notes == a.notes);
}

TEST_CASE(
    "a chart taken back leaves its session free to chart again and stays whole in the audit log, a stale copy stays")
{
    ChartFixture f;
    const ChartRecord stored = f.add(f.chart());
    ChartRecord corrected = stored;
    corrected.notes = u"Corregido"_s;
    REQUIRE(f.charts.update(corrected, u"dr.lopez"_s));

    auto stale = f.charts.retract(stored, u"desk"_s);
    REQUIRE_FALSE(stale.has_value());
    CHECK(stale.error().kind == Kind::Conflict);
    CHECK(f.charts.forSession(stored.sessionId)->has_value());

    ChartRecord now = *f.charts.get(stored.id);
    REQUIRE(f.charts.retract(now, u"desk"_s));
    CHECK_FALSE(f.charts.forSession(stored.sessionId)->has_value());
    CHECK(f.charts.get(stored.id).error().kind == Kind::NotFound);
    auto trail = np::storage::auditTrail(*f.db, u"session_charts"_s, stored.id);
    REQUIRE(trail->size() == 3);
    CHECK(trail->at(2).action == u"retract"_s);
    CHECK(trail->at(2).actor == u"desk"_s);
    CHECK(trail->at(2).before->value(u"notes"_s).toString() == u"Corregido"_s);
    CHECK_FALSE(trail->at(2).after.has_value());
    REQUIRE(f.charts.add(f.chart(), u"dr.ruiz"_s)); // charted again: no conflict with the one taken back
}

TEST_CASE("the schema-2 fixture's charts come back as they were stored")
{
    QTemporaryDir dir;
    const auto db = np::test::openSchema2Copy(dir);
    np::storage::ChartRepository charts(*db, np::test::builtInCatalogue());

    auto c = charts.get(1);
    REQUIRE(c.has_value());
    CHECK(c->sessionId == 1);
    CHECK(c->chartedOn == QDate(2025, 8, 20));
    CHECK(c->practitionerId == std::optional<qint64>(1));
    CHECK(c->device == u"DermaPen 4"_s);
    CHECK(c->cartridgeExpiry == std::optional<QDate>(QDate(2026, 11, 30)));
    CHECK(c->needleCount == std::optional<int>(16));
    CHECK(c->depths == QMap<QString, double> {{u"cheeks"_s, 1.5}, {u"forehead"_s, 0.5}});
    CHECK(c->passes == std::optional<int>(3));
    CHECK(c->numbingAgent == u"lidocaine 23% / tetracaine 7%"_s);
    CHECK(c->numbingOn == std::optional<QDateTime>(QDateTime(QDate(2025, 8, 20), QTime(9, 0), QTimeZone::utc())));
    CHECK(c->products == QList<np::storage::ChartProduct> {{u"hyaluronic serum"_s, u"HS-7781"_s}});
    CHECK(c->recordedBy == u"Dr. Ana Núñez"_s);
    CHECK(c->updatedAt == QDateTime(QDate(2025, 8, 20), QTime(10, 15), QTimeZone::utc()));

    auto second = charts.forSession(2);
    REQUIRE(second->has_value());
    const ChartRecord& d = **second;
    CHECK(d.version == 2);
    CHECK_FALSE(d.practitionerId.has_value());
    CHECK_FALSE(d.cartridgeExpiry.has_value());
    CHECK_FALSE(d.needleCount.has_value());
    CHECK(d.depths.isEmpty());
    CHECK(d.products.isEmpty());
    CHECK(d.adverseEvents == u"small bruise left cheek"_s);
    CHECK(d.depthReason == u"deep boxcar scars, clinician's judgement"_s);
    CHECK(d.createdAt == QDateTime(QDate(2025, 9, 17), QTime(10, 20), QTimeZone::utc()));
    CHECK(d.updatedAt == QDateTime(QDate(2025, 9, 18), QTime(8, 0), QTimeZone::utc()));
    CHECK(charts.forPatient(1)->size() == 2);
    CHECK(charts.forPatient(2)->isEmpty());
}
