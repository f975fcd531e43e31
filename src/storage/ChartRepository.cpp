#include "ChartRepository.h"

#include "AppointmentRepository.h"
#include "SeriesRepository.h"

#include "AuditLog.h"
#include "ClinicalRows.h"
#include "SeriesJson.h"
#include "Statement.h"

#include "core/JsonReader.h"

#include <QCoreApplication>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace np::storage {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ChartRepository)
};

const QString Table = u"session_charts"_s;
const QString Columns = u"id, version, session_id, charted_on, practitioner_id, device, device_serial, cartridge_lot, "
                        u"cartridge_expiry, needle_count, depths, passes, numbing_agent, numbing_on, numbing_off, "
                        u"endpoint, products, reaction, adverse_events, notes, depth_reason, recorded_by, created_at, "
                        u"updated_at"_s;

QString chartKind()
{
    return Tr::tr("chart");
}

ChartRecord readChart(const QSqlQuery& q)
{
    ChartRecord c;
    c.id = q.value(0).toLongLong();
    c.version = q.value(1).toInt();
    c.sessionId = q.value(2).toLongLong();
    c.chartedOn = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    c.practitionerId = readIdColumn(q.value(4));
    c.device = q.value(5).toString();
    c.deviceSerial = q.value(6).toString();
    c.cartridgeLot = q.value(7).toString();
    c.cartridgeExpiry = readDateColumn(q.value(8));
    if (!q.value(9).isNull())
        c.needleCount = q.value(9).toInt();
    c.depths = readDepthsColumn(q.value(10).toString());
    if (!q.value(11).isNull())
        c.passes = q.value(11).toInt();
    c.numbingAgent = q.value(12).toString();
    c.numbingOn = readTimeColumn(q.value(13));
    c.numbingOff = readTimeColumn(q.value(14));
    c.endpoint = q.value(15).toString();
    c.products = readProductsColumn(q.value(16).toString());
    c.reaction = q.value(17).toString();
    c.adverseEvents = q.value(18).toString();
    c.notes = q.value(19).toString();
    c.depthReason = q.value(20).toString();
    c.recordedBy = q.value(21).toString();
    c.createdAt = fromIsoUtc(q.value(22).toString());
    // Rows written before schema 2, or by the demo, have no updated_at: they were never corrected.
    const QString updated = q.value(23).toString();
    c.updatedAt = updated.isEmpty() ? c.createdAt : fromIsoUtc(updated);
    return c;
}

Result<QList<ChartRecord>> readCharts(const QSqlDatabase& db, const QString& sql, qint64 id)
{
    auto q = run(db, sql, {id}, Tr::tr("the session charts"));
    if (!q)
        return std::unexpected(q.error());
    QList<ChartRecord> out;
    while (q->next())
        out.append(readChart(*q));
    return out;
}

// The session a chart is for, with what the checks need from its series.
struct SessionContext {
    QString status;
    qint64 seriesId = 0;
    QString modality;
    QStringList areas;
};

Result<SessionContext> sessionContext(const QSqlDatabase& db, qint64 sessionId)
{
    auto q = run(db,
        u"SELECT planned_sessions.status, series.id, series.modality, series.areas FROM planned_sessions "
        u"JOIN series ON series.id = planned_sessions.series_id WHERE planned_sessions.id = ?"_s,
        {sessionId}, Tr::tr("session %1").arg(sessionId));
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return fail(StorageError::Kind::NotFound, Tr::tr("no session %1").arg(sessionId));
    return SessionContext {q->value(0).toString(), q->value(1).toLongLong(), q->value(2).toString(),
        q->value(3).toString().split(u',', Qt::SkipEmptyParts)};
}

QVariantList columnValues(const ChartRecord& c)
{
    return {c.chartedOn.toString(Qt::ISODate), idColumn(c.practitionerId), text(c.device), text(c.deviceSerial),
        text(c.cartridgeLot), dateColumn(c.cartridgeExpiry), nullable(c.needleCount), depthsColumn(c.depths),
        nullable(c.passes), text(c.numbingAgent), timeColumn(c.numbingOn), timeColumn(c.numbingOff), text(c.endpoint),
        productsColumn(c.products), text(c.reaction), text(c.adverseEvents), text(c.notes), text(c.depthReason)};
}

QString mm(double value)
{
    return Tr::tr("%1 mm").arg(QString::number(value));
}

} // namespace

Result<void> ChartRepository::validate(const QSqlDatabase& db, const ChartRecord& c) const
{
    auto context = sessionContext(db, c.sessionId);
    if (!context)
        return std::unexpected(context.error());
    Problems problems;
    auto add = [&](const QString& path, const QString& message) { problems.append({QString(), path, message}); };
    if (!c.chartedOn.isValid())
        add(u"charted_on"_s, Tr::tr("is required"));
    if (c.practitionerId) {
        auto q = run(db, u"SELECT 1 FROM practitioners WHERE id = ?"_s, {*c.practitionerId},
            Tr::tr("practitioner %1").arg(*c.practitionerId));
        if (!q)
            return std::unexpected(q.error());
        if (!q->next())
            add(u"practitioner_id"_s, Tr::tr("no practitioner %1").arg(*c.practitionerId));
    }
    if (c.cartridgeExpiry && c.chartedOn.isValid() && *c.cartridgeExpiry < c.chartedOn)
        add(u"cartridge_expiry"_s,
            Tr::tr("the cartridge expired on %1, before the charted date (%2)")
                .arg(isoDate(*c.cartridgeExpiry), isoDate(c.chartedOn)));
    if (c.needleCount && *c.needleCount < 1)
        add(u"needle_count"_s, Tr::tr("must be at least 1 (is %1)").arg(*c.needleCount));
    if (c.passes && *c.passes < 1)
        add(u"passes"_s, Tr::tr("must be at least 1 (is %1)").arg(*c.passes));
    if (c.numbingOff && !c.numbingOn)
        add(u"numbing_off"_s, Tr::tr("is given without numbing_on"));
    if (c.numbingOn && c.numbingOff && *c.numbingOff < *c.numbingOn)
        add(u"numbing_off"_s, Tr::tr("%1 is before numbing_on (%2)").arg(isoUtc(*c.numbingOff), isoUtc(*c.numbingOn)));

    const Modality* modality = m_catalogue.modality(context->modality);
    for (auto it = c.depths.cbegin(); it != c.depths.cend(); ++it) {
        const QString path = jsonPath(u"depths"_s, it.key());
        const Area* area = m_catalogue.area(it.key());
        if (!area) {
            add(path, Tr::tr("unknown area \"%1\"").arg(it.key()));
            continue;
        }
        if (!context->areas.contains(it.key()))
            add(path,
                Tr::tr("\"%1\" is not an area of series %2 (%3)")
                    .arg(it.key())
                    .arg(context->seriesId)
                    .arg(context->areas.join(u", "_s)));
        if (it.value() <= 0)
            add(path, Tr::tr("must be above 0 mm (is %1)").arg(QString::number(it.value())));
        else if (it.value() > area->maxDepthMm)
            add(path,
                Tr::tr("%1 is deeper than the limit for %2, %3 (max_depth_mm)")
                    .arg(mm(it.value()), area->code, mm(area->maxDepthMm)));
        else if (modality && modality->depthReviewAboveMm && it.value() > *modality->depthReviewAboveMm
            && c.depthReason.trimmed().isEmpty())
            add(path,
                Tr::tr("%1 is above %2's review depth of %3: depth_reason must record the clinician's reason")
                    .arg(mm(it.value()), modality->code, mm(*modality->depthReviewAboveMm)));
    }
    for (qsizetype i = 0; i < c.products.size(); ++i)
        if (c.products[i].name.trimmed().isEmpty())
            add(jsonPath(jsonPath(u"products"_s, i), u"name"), Tr::tr("is required"));
    if (!problems.isEmpty())
        return std::unexpected(invalidRecord(problems));
    return {};
}

Result<ChartRecord> ChartRepository::add(const ChartRecord& chart, const QString& actor)
{
    ChartRecord stored = chart;
    auto done = m_db.transaction([&]() -> Result<void> {
        const QSqlDatabase db = m_db.connection();
        auto context = sessionContext(db, chart.sessionId);
        if (!context)
            return std::unexpected(context.error());
        if (context->status == u"cancelled"_s)
            return fail(StorageError::Kind::Invalid,
                Tr::tr("session_id: session %1 is cancelled: it cannot be charted").arg(chart.sessionId));
        auto existing = forSession(chart.sessionId);
        if (!existing)
            return std::unexpected(existing.error());
        if (*existing)
            return fail(StorageError::Kind::Conflict,
                Tr::tr("session %1 already has chart %2: correct that chart instead of adding another")
                    .arg(chart.sessionId)
                    .arg((*existing)->id));
        if (auto r = validate(db, chart); !r)
            return r;
        stored = chart;
        stored.version = 1;
        stored.recordedBy = actor;
        stored.createdAt = m_clock();
        stored.updatedAt = stored.createdAt;
        const QString now = isoUtc(stored.createdAt);
        auto q = run(db,
            u"INSERT INTO session_charts (charted_on, practitioner_id, device, device_serial, cartridge_lot, "
            u"cartridge_expiry, needle_count, depths, passes, numbing_agent, numbing_on, numbing_off, endpoint, "
            u"products, reaction, adverse_events, notes, depth_reason, session_id, recorded_by, created_at, "
            u"updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)"_s,
            columnValues(stored) + QVariantList {stored.sessionId, text(actor), now, now},
            Tr::tr("a chart for session %1").arg(stored.sessionId));
        if (!q)
            return std::unexpected(q.error());
        stored.id = q->lastInsertId().toLongLong();
        if (auto r = AuditWriter(db, actor).write(
                stored.createdAt, Table, stored.id, u"insert"_s, QString(), chartJsonText(stored));
            !r)
            return r;
        return sessionCharted(stored, actor);
    });
    if (!done)
        return std::unexpected(done.error());
    return stored;
}

// A chart says the session was done: the session's checked-in appointment is completed, and the
// session done (on its appointment's day, else on the charted day), in the chart's transaction.
Result<void> ChartRepository::sessionCharted(const ChartRecord& chart, const QString& actor)
{
    auto q = run(m_db.connection(),
        u"SELECT id, version, time_zone FROM appointments WHERE session_id = ? AND status = 'checked_in' "
        u"ORDER BY start_minute LIMIT 1"_s,
        {chart.sessionId}, Tr::tr("the appointment of session %1").arg(chart.sessionId));
    if (!q)
        return std::unexpected(q.error());
    if (q->next()) {
        AppointmentRepository appointments(m_db, QTimeZone(q->value(2).toString().toUtf8()));
        appointments.setClock(m_clock);
        if (auto r = appointments.setStatus(
                q->value(0).toLongLong(), q->value(1).toInt(), AppointmentStatus::Completed, QString(), actor);
            !r)
            return r;
    }
    SeriesRepository series(m_db);
    series.setClock(m_clock);
    return series.followAppointment(chart.sessionId, SessionOutcome::Done, chart.chartedOn, actor);
}

// Chart chart.id as it stands, provided it is still at chart.version.
Result<ChartRecord> ChartRepository::readForChange(const ChartRecord& chart)
{
    auto old = get(chart.id);
    if (old && old->version != chart.version)
        return std::unexpected(staleVersion(chartKind(), chart.id, chart.version, old->version));
    return old;
}

Result<ChartRecord> ChartRepository::update(const ChartRecord& chart, const QString& actor)
{
    ChartRecord after;
    auto done = m_db.transaction([&]() -> Result<void> {
        const QSqlDatabase db = m_db.connection();
        auto old = readForChange(chart);
        if (!old)
            return std::unexpected(old.error());
        if (chart.sessionId != 0 && chart.sessionId != old->sessionId)
            return fail(StorageError::Kind::Invalid,
                Tr::tr("session_id: chart %1 is for session %2; a chart cannot move to another session")
                    .arg(chart.id)
                    .arg(old->sessionId));
        after = chart;
        after.sessionId = old->sessionId;
        after.recordedBy = old->recordedBy;
        after.createdAt = old->createdAt;
        after.updatedAt = m_clock();
        after.version = old->version + 1;
        if (auto r = validate(db, after); !r)
            return r;
        auto q = run(db,
            u"UPDATE session_charts SET charted_on = ?, practitioner_id = ?, device = ?, device_serial = ?, "
            u"cartridge_lot = ?, cartridge_expiry = ?, needle_count = ?, depths = ?, passes = ?, numbing_agent = ?, "
            u"numbing_on = ?, numbing_off = ?, endpoint = ?, products = ?, reaction = ?, adverse_events = ?, "
            u"notes = ?, depth_reason = ?, updated_at = ?, version = version + 1 WHERE id = ? AND version = ?"_s,
            columnValues(after) + QVariantList {isoUtc(after.updatedAt), after.id, chart.version},
            Tr::tr("chart %1").arg(after.id));
        if (!q)
            return std::unexpected(q.error());
        if (q->numRowsAffected() == 0)
            return std::unexpected(conflictOrMissing(db, Table, chartKind(), after.id, chart.version));
        return AuditWriter(db, actor).write(
            after.updatedAt, Table, after.id, u"update"_s, chartJsonText(*old), chartJsonText(after));
    });
    if (!done)
        return std::unexpected(done.error());
    return after;
}

Result<void> ChartRepository::retract(const ChartRecord& chart, const QString& actor)
{
    return m_db.transaction([&]() -> Result<void> {
        const QSqlDatabase db = m_db.connection();
        auto old = readForChange(chart);
        if (!old)
            return std::unexpected(old.error());
        auto q = run(db, u"DELETE FROM session_charts WHERE id = ? AND version = ?"_s, {chart.id, chart.version},
            Tr::tr("chart %1").arg(chart.id));
        if (!q)
            return std::unexpected(q.error());
        if (q->numRowsAffected() == 0)
            return std::unexpected(conflictOrMissing(db, Table, chartKind(), chart.id, chart.version));
        return AuditWriter(db, actor).write(m_clock(), Table, chart.id, u"retract"_s, chartJsonText(*old), QString());
    });
}

Result<ChartRecord> ChartRepository::get(qint64 id)
{
    auto found = readCharts(m_db.connection(), u"SELECT "_s + Columns + u" FROM session_charts WHERE id = ?"_s, id);
    if (!found)
        return std::unexpected(found.error());
    if (found->isEmpty())
        return fail(StorageError::Kind::NotFound, Tr::tr("no chart %1").arg(id));
    return found->first();
}

Result<std::optional<ChartRecord>> ChartRepository::forSession(qint64 sessionId)
{
    auto found = readCharts(
        m_db.connection(), u"SELECT "_s + Columns + u" FROM session_charts WHERE session_id = ?"_s, sessionId);
    if (!found)
        return std::unexpected(found.error());
    if (found->isEmpty())
        return std::optional<ChartRecord>();
    return std::optional<ChartRecord>(found->first());
}

Result<QList<ChartRecord>> ChartRepository::forPatient(qint64 patientId)
{
    QString columns = Columns;
    columns.replace(u", "_s, u", c."_s);
    return readCharts(m_db.connection(),
        u"SELECT c."_s + columns
            + u" FROM session_charts c JOIN planned_sessions ps ON ps.id = c.session_id "
              u"JOIN series s ON s.id = ps.series_id WHERE s.patient_id = ? ORDER BY c.charted_on, c.id"_s,
        patientId);
}

} // namespace np::storage
