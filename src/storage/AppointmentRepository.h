#pragma once

#include "Clock.h"
#include "Database.h"
#include "StorageError.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>

namespace np::storage {

enum class AppointmentStatus { Booked, CheckedIn, Completed, Cancelled, NoShow };

[[nodiscard]] QString appointmentStatusCode(AppointmentStatus status); // "booked", "checked_in", ...
[[nodiscard]] std::optional<AppointmentStatus> appointmentStatusFromCode(QStringView code);
// Whether an appointment in this status holds its practitioner, room, device and patient.
[[nodiscard]] bool holdsTime(AppointmentStatus status);

// What a booking asks for. The start is a wall-clock time in the clinic's zone.
struct BookingRequest {
    qint64 patientId = 0;
    std::optional<qint64> sessionId; // the series session this books, if any
    qint64 practitionerId = 0;
    qint64 roomId = 0;
    std::optional<qint64> deviceId;
    QDateTime localStart; // no zone: clinic wall-clock time
    int durationMinutes = 0; // numbing + treatment + turnover
    QString modality;
    QStringList areas;
    QString notes;
};

struct AppointmentRecord {
    qint64 id = 0;
    int version = 0;
    qint64 patientId = 0;
    std::optional<qint64> sessionId;
    qint64 practitionerId = 0;
    qint64 roomId = 0;
    std::optional<qint64> deviceId;
    QDateTime localStart; // clinic wall-clock time
    QString timeZone; // IANA id it was booked in
    qint64 startMinute = 0; // UTC, minutes since the epoch
    qint64 endMinute = 0;
    QString modality;
    QStringList areas;
    AppointmentStatus status = AppointmentStatus::Booked;
    QString statusReason;
    QString notes;
    QString createdBy;
    QDateTime createdAt;
    QDateTime updatedAt;

    [[nodiscard]] int durationMinutes() const { return static_cast<int>(endMinute - startMinute); }
    // The wall-clock time in the appointment's zone at which it stops holding its room (turnover
    // included): its start plus its duration as elapsed time, so it exists across a daylight-saving
    // change.
    [[nodiscard]] QDateTime localEnd() const;
    // The end of the patient's time: `turnoverMinutes` (the clinic's cleaning and set-up after
    // each appointment) before localEnd(). What the patient's documents and calendar show.
    [[nodiscard]] QDateTime patientEnd(int turnoverMinutes) const;
};

// What the calendar writes on an appointment beside its record: whose it is and where it stands
// in its series.
struct CalendarLabel {
    QString familyName;
    QString givenNames;
    int sessionNumber = 0; // 0: not a series session
    int sessionCount = 0; // sessions planned in that series
};

struct LabelledAppointment {
    AppointmentRecord appointment;
    CalendarLabel label;
};

// The time an appointment holds, for the slot finder: who and what is busy when.
struct BusyInterval {
    qint64 appointmentId = 0;
    qint64 practitionerId = 0;
    qint64 roomId = 0;
    std::optional<qint64> deviceId;
    qint64 patientId = 0;
    qint64 startMinute = 0;
    qint64 endMinute = 0;
};

// Appointments in the clinic calendar. Nothing is ever double-booked: every write checks, inside
// its transaction (BEGIN IMMEDIATE: one writer at a time across processes), that no appointment
// holding its time overlaps on the same practitioner, room, device or patient; a clash is
// Kind::Conflict naming what is taken and by which appointment. The database enforces the same
// rule with a trigger (migration 0003) whatever writes the row. Appointments are never deleted:
// cancelling keeps the record, with its reason, and the audit log keeps every change.
class AppointmentRepository {
public:
    // `zone`: the clinic's time zone, in which every wall-clock time is read.
    AppointmentRepository(Database& db, QTimeZone zone)
        : m_db(db)
        , m_zone(std::move(zone))
    { }

    Result<qint64> book(const BookingRequest& request, const QString& actor);
    // Every booking or none (a series): the first clash refuses them all.
    Result<QList<qint64>> bookAll(const QList<BookingRequest>& requests, const QString& actor);
    // A booked appointment to a new wall-clock start, same length.
    Result<void> move(qint64 id, int version, const QDateTime& localStart, const QString& actor);
    // Who and what an appointment holds.
    struct Resources {
        qint64 practitionerId = 0;
        qint64 roomId = 0;
        std::optional<qint64> deviceId;
    };
    // move(), also changing who and what it holds (a shifted series session gets a new slot). The
    // clinic's own rules (bookingRefusal) are the caller's; clashes are checked here.
    Result<void> reschedule(
        qint64 id, int version, const QDateTime& localStart, const Resources& resources, const QString& actor);
    // booked -> checked_in | cancelled | no_show; checked_in -> completed | cancelled. Cancelling
    // needs a reason. Anything else is refused naming both statuses.
    Result<void> setStatus(
        qint64 id, int version, AppointmentStatus status, const QString& reason, const QString& actor);

    // Puts appointment `to.id` back as `to` was (when, who, where, its status and the status's
    // reason), if it is still at `version`: an undo or redo of a change made moments before. Nothing
    // of the clinic's rules is asked again (it was so), but a time someone has taken since is a
    // Conflict naming the other appointment, as for a booking. Audited "restore". A series session's
    // own record is the caller's (SeriesRepository::updateSession).
    Result<void> restore(const AppointmentRecord& to, int version, const QString& actor);

    Result<AppointmentRecord> get(qint64 id);
    // Appointments starting in [from, to) wall-clock time, by start; optionally one practitioner's.
    Result<QList<AppointmentRecord>> between(
        const QDateTime& localFrom, const QDateTime& localTo, std::optional<qint64> practitionerId = std::nullopt);
    // between() for whole days [from, to), each appointment with its label: one statement on the
    // start index, whatever the number of appointments (the calendar's read).
    Result<QList<LabelledAppointment>> labelledBetween(
        const QDate& from, const QDate& to, std::optional<qint64> practitionerId = std::nullopt);
    Result<QList<AppointmentRecord>> forPatient(qint64 patientId);
    Result<QList<AppointmentRecord>> forSeries(qint64 seriesId);
    // The patient's next booked appointment after appointment `id` (the first to start later), if
    // any. Kind::NotFound when there is no appointment `id`.
    Result<std::optional<AppointmentRecord>> nextBooked(qint64 id);
    // Everything holding time that overlaps [fromMinute, toMinute).
    Result<QList<BusyInterval>> busy(qint64 fromMinute, qint64 toMinute);

    void setClock(Clock clock) { m_clock = std::move(clock); }

private:
    Result<qint64> insert(const BookingRequest& request, const QString& actor, const QDateTime& now);
    Result<void> relocate(qint64 id, int version, const QDateTime& localStart,
        const std::optional<Resources>& resources, const QString& actor);
    // The appointment, if still at `version` (Kind::Conflict naming it otherwise).
    Result<AppointmentRecord> readForChange(qint64 id, int version);

    Database& m_db;
    QTimeZone m_zone;
    Clock m_clock = systemUtcNow;
};

} // namespace np::storage
