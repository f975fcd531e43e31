#include "AppointmentRepository.h"

#include "AuditLog.h"
#include "SeriesRepository.h"
#include "Statement.h"

#include "core/WallClock.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace np::storage {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(AppointmentRepository)
};

constexpr int MaxMinutes = 720; // the schema's bound: no appointment is longer than 12 hours
const QString Table = u"appointments"_s;
const QString LocalFormat = u"yyyy-MM-ddTHH:mm"_s;

constexpr std::array<QStringView, 5> StatusCodes {u"booked", u"checked_in", u"completed", u"cancelled", u"no_show"};

const QString Columns = u"id, version, patient_id, session_id, practitioner_id, room_id, device_id, local_start, "
                        u"time_zone, start_minute, end_minute, modality, areas, status, status_reason, notes, "
                        u"created_by, created_at, updated_at"_s;

QString what(qint64 id)
{
    return Tr::tr("appointment %1").arg(id);
}

// One row of Columns, read through SQLite's C API: a week's calendar reads a few hundred of these,
// and QtSql's QVariant per value cost more than the query itself.
AppointmentRecord readAppointment(const DirectStatement& q)
{
    AppointmentRecord a;
    a.id = q.integerAt(0);
    a.version = static_cast<int>(q.integerAt(1));
    if (!q.isNullAt(3))
        a.sessionId = q.integerAt(3);
    a.patientId = q.integerAt(2);
    a.practitionerId = q.integerAt(4);
    a.roomId = q.integerAt(5);
    if (!q.isNullAt(6))
        a.deviceId = q.integerAt(6);
    a.localStart = fromLocalMinuteText(q.textAt(7));
    a.timeZone = q.textAt(8);
    a.startMinute = q.integerAt(9);
    a.endMinute = q.integerAt(10);
    a.modality = q.textAt(11);
    a.areas = q.textAt(12).split(u',', Qt::SkipEmptyParts);
    a.status = appointmentStatusFromCode(q.textAt(13)).value_or(AppointmentStatus::Booked);
    a.statusReason = q.textAt(14);
    a.notes = q.textAt(15);
    a.createdBy = q.textAt(16);
    a.createdAt = fromIsoUtc(q.textAt(17));
    a.updatedAt = fromIsoUtc(q.textAt(18));
    return a;
}

QString appointmentJson(const AppointmentRecord& a)
{
    QJsonObject o {{u"id"_s, a.id}, {u"version"_s, a.version}, {u"patient_id"_s, a.patientId},
        {u"practitioner_id"_s, a.practitionerId}, {u"room_id"_s, a.roomId},
        {u"local_start"_s, a.localStart.toString(LocalFormat)}, {u"time_zone"_s, a.timeZone},
        {u"duration_minutes"_s, a.durationMinutes()}, {u"modality"_s, a.modality},
        {u"areas"_s, QJsonArray::fromStringList(a.areas)}, {u"status"_s, appointmentStatusCode(a.status)},
        {u"status_reason"_s, a.statusReason}, {u"notes"_s, a.notes}};
    o.insert(u"session_id"_s, a.sessionId ? QJsonValue(*a.sessionId) : QJsonValue());
    o.insert(u"device_id"_s, a.deviceId ? QJsonValue(*a.deviceId) : QJsonValue());
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// Wall-clock text picks the days [from, to); the instants a day either side of them (any time
// zone's offset) bound the range read on the start index.
std::pair<qint64, qint64> indexBounds(const QDate& from, const QDate& to)
{
    return {epochMinutes(QDateTime(from.addDays(-1), QTime(0, 0), Qt::UTC)),
        epochMinutes(QDateTime(to.addDays(1), QTime(0, 0), Qt::UTC))};
}

QString holdingStatuses()
{
    return u"('booked', 'checked_in', 'completed')"_s;
}

// The wall-clock start as UTC minutes, or why it cannot be.
Result<qint64> startMinute(const QDateTime& local, const QTimeZone& zone)
{
    if (!local.isValid())
        return fail(StorageError::Kind::Invalid, Tr::tr("start: not a valid date and time"));
    const auto utc = wallClockToUtc(local, zone);
    if (!utc)
        return fail(StorageError::Kind::Invalid,
            Tr::tr("start: %1 does not exist in %2: the clocks go forward past it that day")
                .arg(local.toString(u"yyyy-MM-dd HH:mm"_s), QString::fromUtf8(zone.id())));
    return epochMinutes(*utc);
}

// The first appointment holding time that clashes with [start, end) on any of the four, as a
// message naming what is taken; nullopt when all are free.
Result<std::optional<QString>> findClash(const QSqlDatabase& db, qint64 exceptId, qint64 patientId,
    qint64 practitionerId, qint64 roomId, std::optional<qint64> deviceId, qint64 start, qint64 end)
{
    const QString overlap = u" AND a.start_minute > ? AND a.start_minute < ? AND a.end_minute > ? AND a.id <> ? "
                            u"AND a.status IN "_s
        + holdingStatuses();
    const QString sql = u"SELECT 'practitioner', p.display_name, a.id, a.local_start, a.end_minute - a.start_minute "
                        u"FROM appointments a JOIN practitioners p ON p.id = a.practitioner_id "
                        u"WHERE a.practitioner_id = ?"_s
        + overlap
        + u" UNION ALL SELECT 'room', r.name, a.id, a.local_start, a.end_minute - a.start_minute "
          u"FROM appointments a JOIN rooms r ON r.id = a.room_id WHERE a.room_id = ?"_s
        + overlap
        + u" UNION ALL SELECT 'device', d.name || ' (' || d.code || ')', a.id, a.local_start, "
          u"a.end_minute - a.start_minute FROM appointments a JOIN devices d ON d.id = a.device_id "
          u"WHERE a.device_id = ?"_s
        + overlap
        + u" UNION ALL SELECT 'patient', '', a.id, a.local_start, a.end_minute - a.start_minute "
          u"FROM appointments a WHERE a.patient_id = ?"_s
        + overlap + u" LIMIT 1"_s;
    QVariantList values;
    const QVariant device = deviceId ? QVariant(*deviceId) : QVariant(QMetaType::fromType<qint64>());
    for (const QVariant& key : {QVariant(practitionerId), QVariant(roomId), device, QVariant(patientId)})
        values << key << start - MaxMinutes << end << start << exceptId;
    auto q = run(db, sql, values, Tr::tr("the calendar"));
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return std::optional<QString>();
    const QString kind = q->value(0).toString();
    const QString name = q->value(1).toString();
    const qint64 other = q->value(2).toLongLong();
    const QDateTime from = QDateTime::fromString(q->value(3).toString(), LocalFormat);
    const QDateTime to = from.addSecs(60LL * q->value(4).toLongLong());
    const QString when = Tr::tr("from %1 to %2 on %3 (appointment %4)")
                             .arg(from.toString(u"HH:mm"_s), to.toString(u"HH:mm"_s), from.date().toString(Qt::ISODate))
                             .arg(other);
    if (kind == u"practitioner")
        return std::optional(Tr::tr("%1 is already booked %2").arg(name, when));
    if (kind == u"room")
        return std::optional(Tr::tr("%1 is already in use %2").arg(name, when));
    if (kind == u"device")
        return std::optional(Tr::tr("the device %1 is already in use %2").arg(name, when));
    return std::optional(Tr::tr("the patient already has an appointment %1").arg(when));
}

// The patient, practitioner, room and device exist (and the last three are active).
Result<void> checkReferences(const QSqlDatabase& db, const BookingRequest& r)
{
    struct Check {
        QString sql;
        qint64 id;
        QString missing;
    };
    QList<Check> checks {
        {u"SELECT 1 FROM patients WHERE id = ? AND archived = 0"_s, r.patientId,
            Tr::tr("no patient %1 (or the patient is archived)").arg(r.patientId)},
        {u"SELECT 1 FROM practitioners WHERE id = ? AND active = 1"_s, r.practitionerId,
            Tr::tr("no active practitioner %1").arg(r.practitionerId)},
        {u"SELECT 1 FROM rooms WHERE id = ? AND active = 1"_s, r.roomId, Tr::tr("no active room %1").arg(r.roomId)},
    };
    if (r.deviceId)
        checks.append({u"SELECT 1 FROM devices WHERE id = ? AND active = 1"_s, *r.deviceId,
            Tr::tr("no active device %1").arg(*r.deviceId)});
    if (r.sessionId)
        checks.append({u"SELECT 1 FROM planned_sessions s JOIN series ON series.id = s.series_id "
                       u"WHERE s.id = ? AND series.patient_id = "_s
                + QString::number(r.patientId),
            *r.sessionId, Tr::tr("no series session %1 for patient %2").arg(*r.sessionId).arg(r.patientId)});
    for (const Check& c : checks) {
        auto q = run(db, c.sql, {c.id}, Tr::tr("the booking"));
        if (!q)
            return std::unexpected(q.error());
        if (!q->next())
            return fail(StorageError::Kind::NotFound, c.missing);
    }
    return {};
}

// The trigger's refusal, should a write get past the checks: still a conflict, not a failure.
StorageError asConflict(StorageError error)
{
    if (error.message.contains(u"double booking"))
        error = {StorageError::Kind::Conflict,
            Tr::tr("the time was taken by another booking at the same moment; choose another time")};
    return error;
}

} // namespace

QDateTime AppointmentRecord::localEnd() const
{
    return utcToWallClock(fromEpochMinutes(endMinute), QTimeZone(timeZone.toUtf8()));
}

QDateTime AppointmentRecord::patientEnd(int turnoverMinutes) const
{
    const qint64 minutes = std::max<qint64>(startMinute, endMinute - std::max(turnoverMinutes, 0));
    return utcToWallClock(fromEpochMinutes(minutes), QTimeZone(timeZone.toUtf8()));
}

QString appointmentStatusCode(AppointmentStatus status)
{
    return StatusCodes[static_cast<std::size_t>(status)].toString();
}

std::optional<AppointmentStatus> appointmentStatusFromCode(QStringView code)
{
    for (std::size_t i = 0; i < StatusCodes.size(); ++i)
        if (StatusCodes[i] == code)
            return static_cast<AppointmentStatus>(i);
    return std::nullopt;
}

bool holdsTime(AppointmentStatus status)
{
    return status == AppointmentStatus::Booked || status == AppointmentStatus::CheckedIn
        || status == AppointmentStatus::Completed;
}

Result<qint64> AppointmentRepository::insert(const BookingRequest& r, const QString& actor, const QDateTime& now)
{
    if (r.durationMinutes <= 0 || r.durationMinutes > MaxMinutes)
        return fail(StorageError::Kind::Invalid,
            Tr::tr("duration: %1 minutes is not between 1 and %2").arg(r.durationMinutes).arg(MaxMinutes));
    if (r.modality.isEmpty())
        return fail(StorageError::Kind::Invalid, Tr::tr("modality: is required"));
    auto start = startMinute(r.localStart, m_zone);
    if (!start)
        return std::unexpected(start.error());
    const qint64 end = *start + r.durationMinutes;
    const QSqlDatabase db = m_db.connection();
    if (auto ok = checkReferences(db, r); !ok)
        return std::unexpected(ok.error());
    auto clash = findClash(db, 0, r.patientId, r.practitionerId, r.roomId, r.deviceId, *start, end);
    if (!clash)
        return std::unexpected(clash.error());
    if (*clash)
        return fail(StorageError::Kind::Conflict,
            Tr::tr("cannot book %1: %2").arg(r.localStart.toString(u"yyyy-MM-dd HH:mm"_s), **clash));
    const QString stamp = isoUtc(now);
    auto q = run(db,
        u"INSERT INTO appointments (patient_id, session_id, practitioner_id, room_id, device_id, local_start, "
        u"time_zone, start_minute, end_minute, modality, areas, status, status_reason, notes, created_by, "
        u"created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'booked', '', ?, ?, ?, ?, 1)"_s,
        {r.patientId, nullable(r.sessionId), r.practitionerId, r.roomId, nullable(r.deviceId),
            r.localStart.toString(LocalFormat), QString::fromUtf8(m_zone.id()), *start, end, r.modality,
            text(r.areas.join(u',')), text(r.notes), text(actor), stamp, stamp},
        Tr::tr("the booking"));
    if (!q)
        return std::unexpected(asConflict(q.error()));
    const qint64 id = q->lastInsertId().toLongLong();
    auto stored = get(id);
    if (!stored)
        return std::unexpected(stored.error());
    if (auto a = AuditWriter(db, actor).write(now, Table, id, u"insert"_s, QString(), appointmentJson(*stored)); !a)
        return std::unexpected(a.error());
    return id;
}

Result<qint64> AppointmentRepository::book(const BookingRequest& request, const QString& actor)
{
    auto ids = bookAll({request}, actor);
    if (!ids)
        return std::unexpected(ids.error());
    return ids->first();
}

Result<QList<qint64>> AppointmentRepository::bookAll(const QList<BookingRequest>& requests, const QString& actor)
{
    QList<qint64> ids;
    auto done = m_db.transaction([&]() -> Result<void> {
        const QDateTime now = m_clock();
        for (const BookingRequest& r : requests) {
            auto id = insert(r, actor, now);
            if (!id)
                return std::unexpected(id.error());
            ids << *id;
        }
        return {};
    });
    if (!done)
        return std::unexpected(done.error());
    return ids;
}

Result<AppointmentRecord> AppointmentRepository::readForChange(qint64 id, int version)
{
    auto old = get(id);
    if (old && old->version != version)
        return fail(StorageError::Kind::Conflict,
            Tr::tr("appointment %1 was changed by someone else since it was read (version %2, now %3)")
                .arg(id)
                .arg(version)
                .arg(old->version));
    return old;
}

Result<void> AppointmentRepository::move(qint64 id, int version, const QDateTime& localStart, const QString& actor)
{
    return relocate(id, version, localStart, std::nullopt, actor);
}

Result<void> AppointmentRepository::reschedule(
    qint64 id, int version, const QDateTime& localStart, const Resources& resources, const QString& actor)
{
    return relocate(id, version, localStart, resources, actor);
}

Result<void> AppointmentRepository::relocate(qint64 id, int version, const QDateTime& localStart,
    const std::optional<Resources>& resources, const QString& actor)
{
    return m_db.transaction([&]() -> Result<void> {
        auto old = readForChange(id, version);
        if (!old)
            return std::unexpected(old.error());
        const Resources to = resources.value_or(Resources {old->practitionerId, old->roomId, old->deviceId});
        if (old->status != AppointmentStatus::Booked)
            return fail(StorageError::Kind::Invalid,
                Tr::tr("appointment %1 is %2: only a booked appointment can be moved")
                    .arg(id)
                    .arg(appointmentStatusCode(old->status)));
        auto start = startMinute(localStart, m_zone);
        if (!start)
            return std::unexpected(start.error());
        const qint64 end = *start + old->durationMinutes();
        const QSqlDatabase db = m_db.connection();
        auto clash = findClash(db, id, old->patientId, to.practitionerId, to.roomId, to.deviceId, *start, end);
        if (!clash)
            return std::unexpected(clash.error());
        if (*clash)
            return fail(StorageError::Kind::Conflict,
                Tr::tr("cannot move appointment %1 to %2: %3")
                    .arg(id)
                    .arg(localStart.toString(u"yyyy-MM-dd HH:mm"_s), **clash));
        const QDateTime now = m_clock();
        auto q = run(db,
            u"UPDATE appointments SET local_start = ?, time_zone = ?, start_minute = ?, end_minute = ?, "
            u"practitioner_id = ?, room_id = ?, device_id = ?, updated_at = ?, version = version + 1 "
            u"WHERE id = ? AND version = ?"_s,
            {localStart.toString(LocalFormat), QString::fromUtf8(m_zone.id()), *start, end, to.practitionerId,
                to.roomId, nullable(to.deviceId), isoUtc(now), id, version},
            what(id));
        if (!q)
            return std::unexpected(asConflict(q.error()));
        auto moved = get(id);
        if (!moved)
            return std::unexpected(moved.error());
        return AuditWriter(db, actor).write(now, Table, id, u"move"_s, appointmentJson(*old), appointmentJson(*moved));
    });
}

Result<void> AppointmentRepository::restore(const AppointmentRecord& to, int version, const QString& actor)
{
    return m_db.transaction([&]() -> Result<void> {
        auto old = readForChange(to.id, version);
        if (!old)
            return std::unexpected(old.error());
        auto start = startMinute(to.localStart, m_zone);
        if (!start)
            return std::unexpected(start.error());
        const qint64 end = *start + to.durationMinutes();
        const QSqlDatabase db = m_db.connection();
        if (holdsTime(to.status)) {
            auto clash = findClash(db, to.id, old->patientId, to.practitionerId, to.roomId, to.deviceId, *start, end);
            if (!clash)
                return std::unexpected(clash.error());
            if (*clash)
                return fail(StorageError::Kind::Conflict,
                    Tr::tr("cannot put appointment %1 back at %2: %3")
                        .arg(to.id)
                        .arg(to.localStart.toString(u"yyyy-MM-dd HH:mm"_s), **clash));
        }
        const QDateTime now = m_clock();
        auto q = run(db,
            u"UPDATE appointments SET local_start = ?, time_zone = ?, start_minute = ?, end_minute = ?, "
            u"practitioner_id = ?, room_id = ?, device_id = ?, status = ?, status_reason = ?, updated_at = ?, "
            u"version = version + 1 WHERE id = ? AND version = ?"_s,
            {to.localStart.toString(LocalFormat), QString::fromUtf8(m_zone.id()), *start, end, to.practitionerId,
                to.roomId, nullable(to.deviceId), appointmentStatusCode(to.status), text(to.statusReason), isoUtc(now),
                to.id, version},
            what(to.id));
        if (!q)
            return std::unexpected(asConflict(q.error()));
        auto restored = get(to.id);
        if (!restored)
            return std::unexpected(restored.error());
        return AuditWriter(db, actor).write(
            now, Table, to.id, u"restore"_s, appointmentJson(*old), appointmentJson(*restored));
    });
}

Result<void> AppointmentRepository::setStatus(
    qint64 id, int version, AppointmentStatus status, const QString& reason, const QString& actor)
{
    return m_db.transaction([&]() -> Result<void> {
        auto old = readForChange(id, version);
        if (!old)
            return std::unexpected(old.error());
        using S = AppointmentStatus;
        const bool allowed
            = (old->status == S::Booked && (status == S::CheckedIn || status == S::Cancelled || status == S::NoShow))
            || (old->status == S::CheckedIn && (status == S::Completed || status == S::Cancelled));
        if (!allowed)
            return fail(StorageError::Kind::Invalid,
                Tr::tr("appointment %1 is %2 and cannot become %3")
                    .arg(id)
                    .arg(appointmentStatusCode(old->status), appointmentStatusCode(status)));
        if (status == S::Cancelled && reason.trimmed().isEmpty())
            return fail(StorageError::Kind::Invalid, Tr::tr("reason: a cancellation needs a reason"));
        const QDateTime now = m_clock();
        const QSqlDatabase db = m_db.connection();
        auto q = run(db,
            u"UPDATE appointments SET status = ?, status_reason = ?, updated_at = ?, version = version + 1 "
            u"WHERE id = ? AND version = ?"_s,
            {appointmentStatusCode(status), text(reason.trimmed()), isoUtc(now), id, version}, what(id));
        if (!q)
            return std::unexpected(q.error());
        auto changed = get(id);
        if (!changed)
            return std::unexpected(changed.error());
        if (auto r = AuditWriter(db, actor).write(
                now, Table, id, appointmentStatusCode(status), appointmentJson(*old), appointmentJson(*changed));
            !r)
            return r;
        // A series session follows its appointment, in this transaction (docs/cli.md, "States").
        if (!old->sessionId || status == S::CheckedIn)
            return {};
        const SessionOutcome outcome = status == S::Completed
            ? SessionOutcome::Done
            : (status == S::NoShow ? SessionOutcome::Missed : SessionOutcome::Unbooked);
        SeriesRepository series(m_db);
        series.setClock(m_clock);
        return series.followAppointment(*old->sessionId, outcome, old->localStart.date(), actor);
    });
}

namespace {

// The appointments matching `where` (over "a"), `values` bound in order: text or whole numbers.
Result<QList<AppointmentRecord>> readList(const QSqlDatabase& db, const QString& where, const QVariantList& values)
{
    const QByteArray sql = (u"SELECT "_s + Columns + u" FROM appointments a WHERE "_s + where).toUtf8();
    auto q = DirectStatement::prepare(db, sql.constData(), Tr::tr("appointments"));
    if (!q)
        return std::unexpected(q.error());
    for (int i = 0; i < values.size(); ++i) {
        const QVariant& v = values[i];
        if (v.typeId() == QMetaType::QString)
            q->bind(i + 1, v.toString());
        else
            q->bind(i + 1, v.toLongLong());
    }
    QList<AppointmentRecord> out;
    if (auto read = forEachRow(*q, [&](const DirectStatement& row) { out.append(readAppointment(row)); }); !read)
        return std::unexpected(read.error());
    return out;
}

} // namespace

Result<AppointmentRecord> AppointmentRepository::get(qint64 id)
{
    auto found = readList(m_db.connection(), u"a.id = ?"_s, {id});
    if (!found)
        return std::unexpected(found.error());
    if (found->isEmpty())
        return fail(StorageError::Kind::NotFound, Tr::tr("no appointment %1").arg(id));
    return found->first();
}

Result<QList<AppointmentRecord>> AppointmentRepository::between(
    const QDateTime& localFrom, const QDateTime& localTo, std::optional<qint64> practitionerId)
{
    QString where = u"a.local_start >= ? AND a.local_start < ? AND a.start_minute >= ? AND a.start_minute < ?"_s;
    const auto [wideFrom, wideTo] = indexBounds(localFrom.date(), localTo.date().addDays(1));
    QVariantList values {localFrom.toString(LocalFormat), localTo.toString(LocalFormat), wideFrom, wideTo};
    if (practitionerId) {
        where += u" AND a.practitioner_id = ?"_s;
        values << *practitionerId;
    }
    return readList(m_db.connection(), where + u" ORDER BY a.start_minute, a.id"_s, values);
}

Result<QList<LabelledAppointment>> AppointmentRepository::labelledBetween(
    const QDate& from, const QDate& to, std::optional<qint64> practitionerId)
{
    // The appointment's columns as readAppointment() reads them, then the label's.
    static const QByteArray sql = (u"SELECT a."_s + QString(Columns).replace(u", "_s, u", a."_s)
        + u", p.family_name, p.given_names, coalesce(ps.number, 0), "
          u"(SELECT count(*) FROM planned_sessions x WHERE x.series_id = ps.series_id) "
          u"FROM appointments a JOIN patients p ON p.id = a.patient_id "
          u"LEFT JOIN planned_sessions ps ON ps.id = a.session_id "
          u"WHERE a.start_minute >= ? AND a.start_minute < ? AND a.local_start >= ? AND a.local_start < ? "
          u"AND (?5 IS NULL OR a.practitioner_id = ?5) ORDER BY a.start_minute, a.id"_s)
                                      .toUtf8();
    auto q = DirectStatement::prepare(m_db.connection(), sql.constData(), Tr::tr("the calendar"));
    if (!q)
        return std::unexpected(q.error());
    const auto [wideFrom, wideTo] = indexBounds(from, to);
    q->bind(1, wideFrom);
    q->bind(2, wideTo);
    const QString fromText = from.toString(Qt::ISODate);
    const QString toText = to.toString(Qt::ISODate);
    q->bind(3, fromText);
    q->bind(4, toText);
    if (practitionerId)
        q->bind(5, *practitionerId);
    else
        q->bindNull(5);
    const int own = static_cast<int>(Columns.count(u',')) + 1;
    QList<LabelledAppointment> out;
    auto read = forEachRow(*q, [&](const DirectStatement& row) {
        LabelledAppointment l {readAppointment(row), {row.textAt(own), row.textAt(own + 1), 0, 0}};
        l.label.sessionNumber = static_cast<int>(row.integerAt(own + 2));
        if (l.label.sessionNumber > 0)
            l.label.sessionCount = static_cast<int>(row.integerAt(own + 3));
        out.append(std::move(l));
    });
    if (!read)
        return std::unexpected(read.error());
    return out;
}

Result<QList<AppointmentRecord>> AppointmentRepository::forPatient(qint64 patientId)
{
    return readList(m_db.connection(), u"a.patient_id = ? ORDER BY a.start_minute, a.id"_s, {patientId});
}

Result<QList<AppointmentRecord>> AppointmentRepository::forSeries(qint64 seriesId)
{
    return readList(m_db.connection(),
        u"a.session_id IN (SELECT id FROM planned_sessions WHERE series_id = ?) ORDER BY a.start_minute, a.id"_s,
        {seriesId});
}

Result<std::optional<AppointmentRecord>> AppointmentRepository::nextBooked(qint64 id)
{
    auto after = get(id);
    if (!after)
        return std::unexpected(after.error());
    auto next = readList(m_db.connection(),
        u"a.patient_id = ? AND a.status = 'booked' AND a.start_minute > ? ORDER BY a.start_minute, a.id LIMIT 1"_s,
        {after->patientId, after->startMinute});
    if (!next)
        return std::unexpected(next.error());
    if (next->isEmpty())
        return std::optional<AppointmentRecord>();
    return std::optional(next->first());
}

Result<QList<BusyInterval>> AppointmentRepository::busy(qint64 fromMinute, qint64 toMinute)
{
    // Through SQLite's C API: booking a series reads a few thousand of these per session window,
    // and QtSql's QVariant per value cost more than the query.
    static const QByteArray sql = (u"SELECT id, practitioner_id, room_id, device_id, patient_id, start_minute, "
                                   u"end_minute FROM appointments WHERE start_minute > ? AND start_minute < ? AND "
                                   u"end_minute > ? AND status IN "_s
        + holdingStatuses() + u" ORDER BY start_minute"_s)
                                      .toUtf8();
    auto q = DirectStatement::prepare(m_db.connection(), sql.constData(), Tr::tr("the calendar"));
    if (!q)
        return std::unexpected(q.error());
    q->bind(1, fromMinute - MaxMinutes);
    q->bind(2, toMinute);
    q->bind(3, fromMinute);
    QList<BusyInterval> out;
    for (;;) {
        auto row = q->next();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        out.append({q->integerAt(0), q->integerAt(1), q->integerAt(2),
            q->isNullAt(3) ? std::nullopt : std::optional(q->integerAt(3)), q->integerAt(4), q->integerAt(5),
            q->integerAt(6)});
    }
    return out;
}

} // namespace np::storage
