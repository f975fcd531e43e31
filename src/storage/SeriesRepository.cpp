#include "SeriesRepository.h"

#include "AuditLog.h"
#include "ClinicalRows.h"
#include "SeriesJson.h"
#include "Statement.h"

#include "core/JsonReader.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace np::storage {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(SeriesRepository)
};

const QString SeriesTable = u"series"_s;
const QString SessionTable = u"planned_sessions"_s;
const QString SeriesColumns = u"id, version, patient_id, modality, indication, severity, areas, event_date, status, "
                              u"notes, created_by, created_at, updated_at"_s;
const QString SessionColumns = u"id, version, series_id, number, planned_date, earliest, latest, status"_s;

QString seriesKind()
{
    return Tr::tr("series");
}

QString sessionKind()
{
    return Tr::tr("session");
}

// Where a series may go from each state: forward only.
QStringList seriesMovesFrom(const QString& status)
{
    if (status == u"planned"_s)
        return {u"active"_s, u"cancelled"_s};
    if (status == u"active"_s)
        return {u"completed"_s, u"cancelled"_s};
    return {};
}

// Where a session may go: a missed or cancelled one can be planned again; a done one is history.
QStringList sessionMovesFrom(const QString& status)
{
    if (status == u"planned"_s)
        return {u"booked"_s, u"done"_s, u"cancelled"_s, u"missed"_s};
    if (status == u"booked"_s)
        return {u"planned"_s, u"done"_s, u"cancelled"_s, u"missed"_s};
    if (status == u"missed"_s)
        return {u"planned"_s, u"booked"_s};
    if (status == u"cancelled"_s)
        return {u"planned"_s};
    return {};
}

QString movesText(const QStringList& moves)
{
    return moves.isEmpty() ? Tr::tr("none: it is final") : moves.join(u", "_s);
}

SeriesRecord readSeries(const QSqlQuery& q)
{
    SeriesRecord s;
    s.id = q.value(0).toLongLong();
    s.version = q.value(1).toInt();
    s.patientId = q.value(2).toLongLong();
    s.modality = q.value(3).toString();
    s.indication = q.value(4).toString();
    s.severity = q.value(5).toString();
    s.areas = q.value(6).toString().split(u',', Qt::SkipEmptyParts);
    s.eventDate = readDateColumn(q.value(7));
    s.status = q.value(8).toString();
    s.notes = q.value(9).toString();
    s.createdBy = q.value(10).toString();
    s.createdAt = fromIsoUtc(q.value(11).toString());
    s.updatedAt = fromIsoUtc(q.value(12).toString());
    return s;
}

PlannedSessionRecord readSession(const QSqlQuery& q)
{
    PlannedSessionRecord s;
    s.id = q.value(0).toLongLong();
    s.version = q.value(1).toInt();
    s.seriesId = q.value(2).toLongLong();
    s.number = q.value(3).toInt();
    s.plannedDate = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    s.earliest = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    s.latest = readDateColumn(q.value(6));
    s.status = q.value(7).toString();
    return s;
}

// Series matching `where` (one bound id), each with its sessions.
Result<QList<SeriesRecord>> readSeriesWhere(const QSqlDatabase& db, const QString& where, qint64 id)
{
    const QString what = Tr::tr("the series");
    auto q = run(db, u"SELECT "_s + SeriesColumns + u" FROM series WHERE "_s + where + u" ORDER BY id"_s, {id}, what);
    if (!q)
        return std::unexpected(q.error());
    QList<SeriesRecord> out;
    QHash<qint64, qsizetype> index;
    while (q->next()) {
        index.insert(q->value(0).toLongLong(), out.size());
        out.append(readSeries(*q));
    }
    if (out.isEmpty())
        return out;
    QString sessionColumns = SessionColumns;
    sessionColumns.replace(u", "_s, u", planned_sessions."_s);
    auto s = run(db,
        u"SELECT planned_sessions."_s + sessionColumns
            + u" FROM planned_sessions JOIN series ON series.id = planned_sessions.series_id WHERE series."_s + where
            + u" ORDER BY planned_sessions.series_id, planned_sessions.number"_s,
        {id}, what);
    if (!s)
        return std::unexpected(s.error());
    while (s->next()) {
        PlannedSessionRecord session = readSession(*s);
        out[index.value(session.seriesId)].sessions.append(session);
    }
    return out;
}

Result<PlannedSessionRecord> insertSession(const QSqlDatabase& db, PlannedSessionRecord s)
{
    auto q = run(db,
        u"INSERT INTO planned_sessions (series_id, number, planned_date, earliest, latest, status, version) "
        u"VALUES (?, ?, ?, ?, ?, ?, 1)"_s,
        {s.seriesId, s.number, isoDate(s.plannedDate), isoDate(s.earliest), dateColumn(s.latest), text(s.status)},
        Tr::tr("session %1 of series %2").arg(s.number).arg(s.seriesId));
    if (!q)
        return std::unexpected(q.error());
    s.id = q->lastInsertId().toLongLong();
    s.version = 1;
    return s;
}

// The session before `session` in its series that still counts (not cancelled), if any.
Result<std::optional<PlannedSessionRecord>> previousSession(const QSqlDatabase& db, const PlannedSessionRecord& session)
{
    auto q = run(db,
        u"SELECT "_s + SessionColumns
            + u" FROM planned_sessions WHERE series_id = ? AND number < ? AND status <> 'cancelled' "
              u"ORDER BY number DESC LIMIT 1"_s,
        {session.seriesId, session.number}, Tr::tr("the sessions of series %1").arg(session.seriesId));
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return std::optional<PlannedSessionRecord>();
    return std::optional<PlannedSessionRecord>(readSession(*q));
}

void checkSessionDates(Problems& problems, const QString& path, const PlannedSessionRecord& s)
{
    auto add = [&](QStringView key, const QString& message) {
        problems.append({QString(), jsonPath(path, key), message});
    };
    if (!s.plannedDate.isValid())
        add(u"planned_date", Tr::tr("is required"));
    if (!s.earliest.isValid())
        add(u"earliest", Tr::tr("is required"));
    if (s.latest && s.earliest.isValid() && *s.latest < s.earliest)
        add(u"latest", Tr::tr("%1 is before earliest (%2)").arg(isoDate(*s.latest), isoDate(s.earliest)));
    if (!plannedSessionStatuses().contains(s.status))
        add(u"status",
            Tr::tr("unknown session status \"%1\" (known: %2)").arg(s.status, plannedSessionStatuses().join(u", "_s)));
}

Result<void> knownSeriesStatus(const QString& status)
{
    if (seriesStatuses().contains(status))
        return {};
    return fail(StorageError::Kind::Invalid,
        Tr::tr("status: unknown series status \"%1\" (known: %2)").arg(status, seriesStatuses().join(u", "_s)));
}

} // namespace

const QStringList& seriesStatuses()
{
    static const QStringList all {u"planned"_s, u"active"_s, u"completed"_s, u"cancelled"_s};
    return all;
}

const QStringList& plannedSessionStatuses()
{
    static const QStringList all {u"planned"_s, u"booked"_s, u"done"_s, u"cancelled"_s, u"missed"_s};
    return all;
}

SeriesRecord seriesFromPlan(qint64 patientId, const PlanRequest& request, const Plan& plan)
{
    SeriesRecord s;
    s.patientId = patientId;
    s.modality = request.treatment.modality;
    s.indication = request.treatment.indication;
    s.severity = severityCode(request.treatment.severity);
    s.areas = request.treatment.areas;
    s.eventDate = request.eventDate;
    for (const PlannedSession& p : plan.sessions) {
        PlannedSessionRecord session;
        session.number = p.number;
        session.plannedDate = p.date;
        session.earliest = p.earliest;
        session.latest = p.latest;
        s.sessions.append(session);
    }
    return s;
}

Result<void> SeriesRepository::validate(const SeriesRecord& s) const
{
    Problems problems;
    auto add = [&](const QString& path, const QString& message) { problems.append({QString(), path, message}); };
    if (s.modality.isEmpty())
        add(u"modality"_s, Tr::tr("is required"));
    else if (!m_catalogue->modality(s.modality))
        add(u"modality"_s, Tr::tr("unknown modality \"%1\"").arg(s.modality));
    if (s.indication.isEmpty())
        add(u"indication"_s, Tr::tr("is required"));
    else if (!m_catalogue->indication(s.indication))
        add(u"indication"_s, Tr::tr("unknown indication \"%1\"").arg(s.indication));
    if (!severityFromCode(s.severity))
        add(u"severity"_s, Tr::tr("unknown severity \"%1\" (known: mild, moderate, severe)").arg(s.severity));
    if (s.areas.isEmpty())
        add(u"areas"_s, Tr::tr("lists no area"));
    QSet<QString> seen;
    for (qsizetype i = 0; i < s.areas.size(); ++i) {
        if (m_catalogue->areaIndex(s.areas[i]) < 0)
            add(jsonPath(u"areas"_s, i), Tr::tr("unknown area \"%1\"").arg(s.areas[i]));
        else if (seen.contains(s.areas[i]))
            add(jsonPath(u"areas"_s, i), Tr::tr("\"%1\" is listed twice").arg(s.areas[i]));
        seen.insert(s.areas[i]);
    }
    if (!seriesStatuses().contains(s.status))
        add(u"status"_s,
            Tr::tr("unknown series status \"%1\" (known: %2)").arg(s.status, seriesStatuses().join(u", "_s)));
    if (s.sessions.isEmpty())
        add(u"sessions"_s, Tr::tr("lists no session"));
    for (qsizetype i = 0; i < s.sessions.size(); ++i) {
        const PlannedSessionRecord& session = s.sessions[i];
        const QString path = jsonPath(u"sessions"_s, i);
        if (session.number != 0 && session.number != i + 1)
            add(jsonPath(path, u"number"),
                Tr::tr("is %1; sessions are numbered 1..n in order, so %2 was expected")
                    .arg(session.number)
                    .arg(i + 1));
        checkSessionDates(problems, path, session);
        if (session.plannedDate.isValid() && session.earliest.isValid() && session.earliest > session.plannedDate)
            add(jsonPath(path, u"earliest"),
                Tr::tr("%1 is after the planned date (%2)")
                    .arg(isoDate(session.earliest), isoDate(session.plannedDate)));
        if (session.latest && session.plannedDate.isValid() && *session.latest < session.plannedDate)
            add(jsonPath(path, u"latest"),
                Tr::tr("%1 is before the planned date (%2)")
                    .arg(isoDate(*session.latest), isoDate(session.plannedDate)));
        const QDate previous = i > 0 ? s.sessions[i - 1].plannedDate : QDate();
        if (previous.isValid() && session.plannedDate.isValid() && session.plannedDate <= previous)
            add(jsonPath(path, u"planned_date"),
                Tr::tr("%1 is not after session %2 (%3)")
                    .arg(isoDate(session.plannedDate))
                    .arg(i)
                    .arg(isoDate(previous)));
    }
    if (!problems.isEmpty())
        return std::unexpected(invalidRecord(problems));
    return {};
}

Result<SeriesRecord> SeriesRepository::create(const SeriesRecord& series, const QString& actor)
{
    if (!m_catalogue)
        return fail(StorageError::Kind::Failed, Tr::tr("a series is checked against the catalogue: none was given"));
    if (auto r = validate(series); !r)
        return std::unexpected(r.error());
    SeriesRecord stored = series;
    auto done = m_db.transaction([&]() -> Result<void> {
        const QSqlDatabase db = m_db.connection();
        if (auto r = requirePatient(db, series.patientId); !r)
            return r;
        stored = series;
        stored.version = 1;
        stored.createdBy = actor;
        stored.createdAt = m_clock();
        stored.updatedAt = stored.createdAt;
        const QString now = isoUtc(stored.createdAt);
        auto q = run(db,
            u"INSERT INTO series (patient_id, modality, indication, severity, areas, event_date, status, notes, "
            u"created_by, version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)"_s,
            {stored.patientId, stored.modality, stored.indication, stored.severity, stored.areas.join(u','),
                dateColumn(stored.eventDate), stored.status, text(stored.notes), text(actor), now, now},
            Tr::tr("a new series for patient %1").arg(stored.patientId));
        if (!q)
            return std::unexpected(q.error());
        stored.id = q->lastInsertId().toLongLong();
        AuditWriter audit(db, actor);
        if (auto r
            = audit.write(stored.createdAt, SeriesTable, stored.id, u"insert"_s, QString(), seriesJsonText(stored));
            !r)
            return r;
        for (qsizetype i = 0; i < stored.sessions.size(); ++i) {
            PlannedSessionRecord& session = stored.sessions[i];
            session.seriesId = stored.id;
            session.number = static_cast<int>(i + 1);
            auto inserted = insertSession(db, session);
            if (!inserted)
                return std::unexpected(inserted.error());
            session = *inserted;
            if (auto r = audit.write(stored.createdAt, SessionTable, session.id, u"insert"_s, QString(),
                    plannedSessionJsonText(session));
                !r)
                return r;
        }
        return {};
    });
    if (!done)
        return std::unexpected(done.error());
    return stored;
}

Result<SeriesRecord> SeriesRepository::setStatus(qint64 id, int version, const QString& status, const QString& actor)
{
    if (auto known = knownSeriesStatus(status); !known)
        return std::unexpected(known.error());
    auto done = m_db.transaction([&]() -> Result<void> {
        auto old = get(id);
        if (!old)
            return std::unexpected(old.error());
        if (old->version != version)
            return std::unexpected(staleVersion(seriesKind(), id, version, old->version));
        const QStringList moves = seriesMovesFrom(old->status);
        if (!moves.contains(status))
            return fail(StorageError::Kind::Invalid,
                Tr::tr("status: series %1 cannot go from %2 to %3 (from %2: %4)")
                    .arg(id)
                    .arg(old->status, status, movesText(moves)));
        return writeStatus(*old, status, u"status"_s, actor);
    });
    if (!done)
        return std::unexpected(done.error());
    return get(id);
}

// Writes `to`'s date, window and status over `old` (read at old.version), in the caller's
// transaction, audited as `action`: never on or before the session before it.
Result<PlannedSessionRecord> SeriesRepository::writeSession(
    const PlannedSessionRecord& old, const PlannedSessionRecord& to, const QString& action, const QString& actor)
{
    const QSqlDatabase db = m_db.connection();
    PlannedSessionRecord after = old;
    after.plannedDate = to.plannedDate;
    after.earliest = to.earliest;
    after.latest = to.latest;
    after.status = to.status;
    after.version += 1;
    auto previous = previousSession(db, after);
    if (!previous)
        return std::unexpected(previous.error());
    if (*previous && after.plannedDate <= (*previous)->plannedDate)
        return fail(StorageError::Kind::Invalid,
            Tr::tr("planned_date: %1 is not after session %2 of series %3 (%4)")
                .arg(isoDate(after.plannedDate))
                .arg((*previous)->number)
                .arg(after.seriesId)
                .arg(isoDate((*previous)->plannedDate)));
    auto q = run(db,
        u"UPDATE planned_sessions SET planned_date = ?, earliest = ?, latest = ?, status = ?, "
        u"version = version + 1 WHERE id = ? AND version = ?"_s,
        {isoDate(after.plannedDate), isoDate(after.earliest), dateColumn(after.latest), after.status, after.id,
            old.version},
        Tr::tr("session %1").arg(after.id));
    if (!q)
        return std::unexpected(q.error());
    if (q->numRowsAffected() == 0)
        return std::unexpected(conflictOrMissing(db, SessionTable, sessionKind(), after.id, old.version));
    if (auto r = AuditWriter(db, actor).write(
            m_clock(), SessionTable, after.id, action, plannedSessionJsonText(old), plannedSessionJsonText(after));
        !r)
        return std::unexpected(r.error());
    return after;
}

Result<PlannedSessionRecord> SeriesRepository::updateSession(const PlannedSessionRecord& session, const QString& actor)
{
    Problems problems;
    checkSessionDates(problems, QString(), session);
    if (!problems.isEmpty())
        return std::unexpected(invalidRecord(problems));
    PlannedSessionRecord after;
    auto done = m_db.transaction([&]() -> Result<void> {
        auto old = this->session(session.id);
        if (!old)
            return std::unexpected(old.error());
        if (old->version != session.version)
            return std::unexpected(staleVersion(sessionKind(), session.id, session.version, old->version));
        const QStringList moves = sessionMovesFrom(old->status);
        if (session.status != old->status && !moves.contains(session.status))
            return fail(StorageError::Kind::Invalid,
                Tr::tr("status: session %1 cannot go from %2 to %3 (from %2: %4)")
                    .arg(session.id)
                    .arg(old->status, session.status, movesText(moves)));
        if (session.plannedDate != old->plannedDate && old->status == u"done"_s)
            return fail(StorageError::Kind::Invalid,
                Tr::tr("planned_date: session %1 is done: its date stays %2")
                    .arg(session.id)
                    .arg(isoDate(old->plannedDate)));
        auto put = writeSession(*old, session, u"update"_s, actor);
        if (!put)
            return std::unexpected(put.error());
        after = std::move(*put);
        return {};
    });
    if (!done)
        return std::unexpected(done.error());
    return after;
}

Result<void> SeriesRepository::followAppointment(
    qint64 sessionId, SessionOutcome outcome, QDate day, const QString& actor)
{
    return m_db.transaction([&]() -> Result<void> {
        auto old = session(sessionId);
        if (!old)
            return std::unexpected(old.error());
        PlannedSessionRecord after = *old;
        switch (outcome) {
        case SessionOutcome::Done:
            after.status = u"done"_s;
            if (old->status != u"done"_s && day.isValid())
                after.plannedDate = day;
            break;
        case SessionOutcome::Unbooked:
            if (old->status == u"booked"_s)
                after.status = u"planned"_s;
            break;
        case SessionOutcome::Missed:
            if (old->status == u"booked"_s)
                after.status = u"missed"_s;
            break;
        }
        if (after.status == old->status && after.plannedDate == old->plannedDate)
            return {};
        after.version += 1;
        const QSqlDatabase db = m_db.connection();
        auto q = run(db,
            u"UPDATE planned_sessions SET planned_date = ?, status = ?, version = version + 1 "
            u"WHERE id = ? AND version = ?"_s,
            {isoDate(after.plannedDate), after.status, after.id, old->version}, Tr::tr("session %1").arg(after.id));
        if (!q)
            return std::unexpected(q.error());
        if (auto r = AuditWriter(db, actor).write(m_clock(), SessionTable, after.id, u"update"_s,
                plannedSessionJsonText(*old), plannedSessionJsonText(after));
            !r)
            return r;
        return settle(after.seriesId, actor);
    });
}

Result<void> SeriesRepository::restoreSession(const PlannedSessionRecord& to, int version, const QString& actor)
{
    Problems problems;
    checkSessionDates(problems, QString(), to);
    if (!problems.isEmpty())
        return std::unexpected(invalidRecord(problems));
    return m_db.transaction([&]() -> Result<void> {
        auto old = session(to.id);
        if (!old)
            return std::unexpected(old.error());
        if (old->version != version)
            return std::unexpected(staleVersion(sessionKind(), to.id, version, old->version));
        auto put = writeSession(*old, to, u"restore"_s, actor);
        if (!put)
            return std::unexpected(put.error());
        return {};
    });
}

Result<void> SeriesRepository::restoreStatus(qint64 id, int version, const QString& status, const QString& actor)
{
    if (auto known = knownSeriesStatus(status); !known)
        return std::unexpected(known.error());
    return m_db.transaction([&]() -> Result<void> {
        auto old = get(id);
        if (!old)
            return std::unexpected(old.error());
        if (old->version != version)
            return std::unexpected(staleVersion(seriesKind(), id, version, old->version));
        return writeStatus(*old, status, u"restore"_s, actor);
    });
}

Result<void> SeriesRepository::settle(qint64 seriesId, const QString& actor)
{
    auto old = get(seriesId);
    if (!old)
        return std::unexpected(old.error());
    if (old->status == u"cancelled"_s || old->status == u"completed"_s)
        return {};
    bool anyDone = false;
    bool allOver = true;
    for (const PlannedSessionRecord& s : old->sessions) {
        anyDone = anyDone || s.status == u"done"_s;
        allOver = allOver && (s.status == u"done"_s || s.status == u"cancelled"_s);
    }
    const QString status = anyDone && allOver ? u"completed"_s : (anyDone ? u"active"_s : old->status);
    if (status == old->status)
        return {};
    return writeStatus(*old, status, u"status"_s, actor);
}

// Writes `status` over series `old` (read at old.version), in the caller's transaction, audited as
// `action`.
Result<void> SeriesRepository::writeStatus(
    const SeriesRecord& old, const QString& status, const QString& action, const QString& actor)
{
    SeriesRecord after = old;
    after.status = status;
    after.version += 1;
    after.updatedAt = m_clock();
    const QSqlDatabase db = m_db.connection();
    auto q
        = run(db, u"UPDATE series SET status = ?, updated_at = ?, version = version + 1 WHERE id = ? AND version = ?"_s,
            {status, isoUtc(after.updatedAt), old.id, old.version}, Tr::tr("series %1").arg(old.id));
    if (!q)
        return std::unexpected(q.error());
    if (q->numRowsAffected() == 0)
        return std::unexpected(conflictOrMissing(db, SeriesTable, seriesKind(), old.id, old.version));
    return AuditWriter(db, actor).write(
        after.updatedAt, SeriesTable, old.id, action, seriesJsonText(old), seriesJsonText(after));
}

Result<SeriesRecord> SeriesRepository::get(qint64 id)
{
    auto found = readSeriesWhere(m_db.connection(), u"id = ?"_s, id);
    if (!found)
        return std::unexpected(found.error());
    if (found->isEmpty())
        return fail(StorageError::Kind::NotFound, Tr::tr("no series %1").arg(id));
    return found->first();
}

Result<QList<SeriesRecord>> SeriesRepository::forPatient(qint64 patientId)
{
    return readSeriesWhere(m_db.connection(), u"patient_id = ?"_s, patientId);
}

Result<PlannedSessionRecord> SeriesRepository::session(qint64 id)
{
    auto q = run(m_db.connection(), u"SELECT "_s + SessionColumns + u" FROM planned_sessions WHERE id = ?"_s, {id},
        Tr::tr("session %1").arg(id));
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return fail(StorageError::Kind::NotFound, Tr::tr("no session %1").arg(id));
    return readSession(*q);
}

} // namespace np::storage
