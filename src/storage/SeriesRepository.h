#pragma once

#include "Clock.h"
#include "Database.h"
#include "StorageError.h"

#include "core/Catalogue.h"
#include "core/SeriesPlanner.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace np::storage {

// One session of a series, as planned (and later booked, done, cancelled or missed).
struct PlannedSessionRecord {
    qint64 id = 0; // 0 until stored
    int version = 1; // optimistic lock
    qint64 seriesId = 0;
    int number = 0; // 1..n within the series; 0: numbered by create()
    QDate plannedDate;
    QDate earliest; // the allowed window, measured from the session before
    std::optional<QDate> latest; // none for a first session
    QString status = QStringLiteral("planned"); // plannedSessionStatuses()
};

// A treatment series of one patient: what is treated, how, and its sessions in order.
struct SeriesRecord {
    qint64 id = 0; // 0 until stored
    int version = 1; // optimistic lock
    qint64 patientId = 0;
    QString modality; // catalogue codes
    QString indication;
    QString severity; // "mild", "moderate", "severe"
    QStringList areas;
    std::optional<QDate> eventDate;
    QString status = QStringLiteral("planned"); // seriesStatuses()
    QString notes;
    QString createdBy; // set by the repository: the actor
    QDateTime createdAt; // set by the repository: UTC now
    QDateTime updatedAt;
    QList<PlannedSessionRecord> sessions; // by number
};

// "planned", "active", "completed", "cancelled".
[[nodiscard]] const QStringList& seriesStatuses();
// "planned", "booked", "done", "cancelled", "missed".
[[nodiscard]] const QStringList& plannedSessionStatuses();

// The engine's plan for `request` as a series of `patientId` to store (status "planned"); the
// plan must not be blocked (it has no sessions then).
[[nodiscard]] SeriesRecord seriesFromPlan(qint64 patientId, const PlanRequest& request, const Plan& plan);

// Treatment series and their planned sessions, checked against the protocol catalogue. Every
// write is one transaction with its audit rows (tables "series" and "planned_sessions").
// What happened at a session's appointment, as the session sees it (followAppointment).
enum class SessionOutcome {
    Done, // the appointment was completed, or the session charted
    Unbooked, // the appointment was cancelled: the session waits for a new one
    Missed, // the patient did not come
};

class SeriesRepository {
public:
    SeriesRepository(Database& db, const Catalogue& catalogue)
        : m_db(db)
        , m_catalogue(&catalogue)
    { }
    // Reading and state changes only: create() needs the catalogue (Kind::Failed without it).
    explicit SeriesRepository(Database& db)
        : m_db(db)
    { }

    // Stores a series with its sessions for series.patientId (Kind::NotFound without that patient).
    // Codes, areas and severity must be the catalogue's; sessions are numbered 1..n (0 is numbered
    // here) with dates in order and each date within its window. Kind::Invalid names the field.
    // Returns the series as stored: ids, versions, created_by/at.
    Result<SeriesRecord> create(const SeriesRecord& series, const QString& actor);
    // Moves series `id`, read at `version`, to `status`. Only forward moves are allowed
    // (planned -> active | cancelled, active -> completed | cancelled); others are Kind::Invalid
    // naming both states. Kind::Conflict when the series changed since it was read.
    Result<SeriesRecord> setStatus(qint64 id, int version, const QString& status, const QString& actor);
    // Changes a session's date, window or status (session.id read at session.version). A session
    // dated on or before the previous session of its series that is not cancelled is refused, as
    // is a date change of a session that is done or a status move its state does not allow
    // (planned | booked -> any other; missed -> planned | booked; cancelled -> planned; done is
    // final). The interval rules (a date inside its window) are the planner's, not checked here.
    // Kind::Conflict when the session changed since it was read. Returns the session as stored.
    Result<PlannedSessionRecord> updateSession(const PlannedSessionRecord& session, const QString& actor);

    // A session follows its appointment, and its series its sessions (docs/cli.md, "States"), in
    // the caller's transaction:
    // - Done: the session becomes done on `day` (its planned date is the day it happened),
    //   whatever it was; done already, nothing changes.
    // - Unbooked: a booked session goes back to planned (the recall list shows it unbooked).
    // - Missed: a booked session becomes missed.
    // Then the series settles: every session done or cancelled, one done at least, makes it
    // completed; a session done makes a planned series active. A cancelled or completed series
    // stays as it is. Every change is audited.
    Result<void> followAppointment(qint64 sessionId, SessionOutcome outcome, QDate day, const QString& actor);

    // Puts back a session as it stood before a change the desk takes back (undo): its date, window
    // and status written as `to` has them, read at `version`, even against the usual moves (a done
    // session booked again when its completion is undone). Still refused: a date not after the
    // session before it. Audited as "restore"; Kind::Conflict when it changed since it was read.
    Result<void> restoreSession(const PlannedSessionRecord& to, int version, const QString& actor);
    // Puts back series `id`'s status as it stood before such a change (completed -> active when the
    // last session's completion is undone), read at `version`; audited as "restore".
    Result<void> restoreStatus(qint64 id, int version, const QString& status, const QString& actor);

    // The series with its sessions.
    Result<SeriesRecord> get(qint64 id);
    // Every series of a patient with its sessions, oldest first.
    Result<QList<SeriesRecord>> forPatient(qint64 patientId);
    Result<PlannedSessionRecord> session(qint64 id);

    void setClock(Clock clock) { m_clock = std::move(clock); }

private:
    Result<void> validate(const SeriesRecord& series) const;
    Result<void> settle(qint64 seriesId, const QString& actor);
    Result<void> writeStatus(
        const SeriesRecord& old, const QString& status, const QString& action, const QString& actor);
    Result<PlannedSessionRecord> writeSession(
        const PlannedSessionRecord& old, const PlannedSessionRecord& to, const QString& action, const QString& actor);

    Database& m_db;
    const Catalogue* m_catalogue = nullptr;
    Clock m_clock = systemUtcNow;
};

} // namespace np::storage
