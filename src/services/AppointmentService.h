#pragma once

#include "SeriesReplanning.h"
#include "ServiceError.h"
#include "UseCaseContext.h"

#include "core/BookingRules.h"
#include "storage/AppointmentRepository.h"
#include "storage/AuditLog.h"
#include "storage/ClinicRepository.h"

#include <QHash>

#include <optional>

// Single appointments in the clinic's calendar.
namespace np::services {

// One appointment as the desk asks for it: codes of the clinic set-up, a wall-clock start.
struct AppointmentRequest {
    qint64 patientId = 0;
    std::optional<qint64> sessionId; // the series session it books, if any
    QString practitioner;
    QString room;
    QString device; // empty: none
    QString modality;
    QStringList areas;
    QDateTime localStart; // the clinic's wall-clock time
};

struct BookedAppointment {
    storage::AppointmentRecord appointment;
    storage::StoredClinic clinic; // the set-up it was booked in (codes, zone, turnover)
};

// Books `request` after the clinic's rules (the practitioner performs the modality and works then,
// the device is of the modality's kind and in reach, the start is on the slot grid, the clinic is
// open: Kind::Refused with the reason) and with its length from the catalogue (numbing plus time
// per area) and the clinic's turnover. An area the catalogue does not know is Invalid (path
// "areas"); a time someone holds already is a storage Conflict naming the other appointment.
[[nodiscard]] Outcome<BookedAppointment> bookAppointment(const UseCaseContext& ctx, const AppointmentRequest& request);

// An appointment as it stands after a change, with what the change did to its series.
struct AppointmentChange {
    storage::AppointmentRecord appointment;
    storage::StoredClinic clinic;
    std::optional<SeriesChange> series;
};

// Which appointment to change and the version the change is based on: nullopt for the one read
// now. A version someone has changed since is a storage Conflict, never merged.
struct AppointmentTarget {
    qint64 id = 0;
    std::optional<int> version;
};

// A move that may be refused with an offer: `refusal` set means nothing moved, `reason` says why
// and `change.series` what was offered.
struct AppointmentMove {
    MoveRefusal refusal = MoveRefusal::None;
    QString reason;
    AppointmentChange change;
};

// Books a planned (unbooked or missed) session of a series at `request` (its sessionId set): the
// day is checked against the sessions before and after it as a move is (the protocol's spacing, a
// finding, a closure: Kind::Refused with the reason), then the appointment is booked as
// bookAppointment books and the session marked booked on that day, in one transaction. A session
// already booked, done or cancelled is Refused.
[[nodiscard]] Outcome<BookedAppointment> bookSession(const UseCaseContext& ctx, const AppointmentRequest& request);

// Where an appointment is moved to: a wall-clock start, and who and where when that changes too
// (a drop in another practitioner's or room's column).
struct MoveDestination {
    QDateTime start; // the clinic's wall-clock time
    QString practitioner; // a set-up code; empty: the appointment's own
    QString room; // empty: the appointment's own
};

// Moves the appointment to `to`. The clinic's rules are checked as for a booking (Kind::Refused);
// a series session is also checked against the sessions before and after it (moveSeriesSession),
// `shiftLater` taking the offer of later slots.
[[nodiscard]] Outcome<AppointmentMove> moveAppointment(
    const UseCaseContext& ctx, const AppointmentTarget& target, const MoveDestination& to, bool shiftLater);
// The same, keeping its practitioner and room.
[[nodiscard]] inline Outcome<AppointmentMove> moveAppointment(
    const UseCaseContext& ctx, const AppointmentTarget& target, const QDateTime& to, bool shiftLater)
{
    return moveAppointment(ctx, target, MoveDestination {to, {}, {}}, shiftLater);
}

// `appointment` as the clinic's rules take it: its practitioner, room and device as set-up codes,
// its treatment and its start.
[[nodiscard]] BookingChoice bookedChoice(
    const storage::StoredClinic& clinic, const storage::AppointmentRecord& appointment);
// The clinic's own rules for the appointment `booked` (bookedChoice) at `to` (bookingRefusal), and
// no day gone by before `today`: why it cannot go there, or nullopt. Clashes and the series'
// spacing are checked apart.
[[nodiscard]] std::optional<QString> destinationRefusal(const Catalogue& catalogue, const QDate& today,
    const ClinicSetup& setup, BookingChoice booked, const MoveDestination& to);

// Cancels the appointment; `reason` is required (Invalid, path "reason").
[[nodiscard]] Outcome<AppointmentChange> cancelAppointment(
    const UseCaseContext& ctx, const AppointmentTarget& target, const QString& reason);

// A checked-in appointment whose treatment is done: its post-care sheet goes into the day's batch.
[[nodiscard]] Outcome<AppointmentChange> completeAppointment(
    const UseCaseContext& ctx, const AppointmentTarget& target);

// Marks a no-show; a series session's series is re-planned (noShowSeriesSession), `rebook`
// booking the missed session again at the first slot found.
[[nodiscard]] Outcome<AppointmentChange> markNoShow(
    const UseCaseContext& ctx, const AppointmentTarget& target, bool rebook);

// Every change of one appointment, oldest first, from the audit log.
[[nodiscard]] Outcome<QList<storage::AuditEntry>> appointmentHistory(const UseCaseContext& ctx, qint64 id);

// One day of the calendar, optionally one practitioner's (a set-up code; unknown is Invalid, path
// "practitioner"), with each patient's name once ("Family, Given").
struct DayAppointments {
    storage::StoredClinic clinic;
    QList<storage::AppointmentRecord> appointments;
    QHash<qint64, QString> patientNames;
};
[[nodiscard]] Outcome<DayAppointments> appointmentsOn(
    const UseCaseContext& ctx, const QDate& day, const QString& practitioner = QString());

} // namespace np::services
