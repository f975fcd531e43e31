#pragma once

#include "AppointmentService.h"
#include "SeriesReplanning.h"
#include "ServiceError.h"
#include "UseCaseContext.h"

#include "storage/AppointmentRepository.h"
#include "storage/ClinicRepository.h"

#include <QDate>

#include <optional>

// Where an appointment may go, answered while it is dragged: everything the answer depends on is
// read once, when the drag starts, and each place the pointer passes is checked in memory. The
// move itself (moveAppointment, on release) checks all of it again in its transaction.
namespace np::services {

class MovePreview {
public:
    // Reads the clinic, the appointment `appointmentId`, the time everyone holds on the days
    // [from, to) and, for a series session, the sessions around it. An appointment that no longer
    // holds time (cancelled, completed, ...) cannot be moved: Kind::Refused.
    [[nodiscard]] static Outcome<MovePreview> prepare(
        const UseCaseContext& ctx, qint64 appointmentId, const QDate& from, const QDate& to);

    // Why the appointment cannot go to `to` (nullopt: it can): the clinic's rules, the series'
    // spacing, and the practitioner, room, device or patient busy then. Busy time is known for
    // the prepared days only; elsewhere the move's own check decides.
    [[nodiscard]] std::optional<QString> refusal(const MoveDestination& to) const;

    [[nodiscard]] const storage::AppointmentRecord& appointment() const { return m_appointment; }
    [[nodiscard]] const storage::StoredClinic& clinic() const { return m_clinic; }

private:
    MovePreview(const UseCaseContext& ctx, storage::StoredClinic clinic, storage::AppointmentRecord appointment);
    [[nodiscard]] std::optional<QString> clash(const MoveDestination& to) const;

    const Catalogue* m_catalogue;
    QDate m_today;
    storage::StoredClinic m_clinic;
    storage::AppointmentRecord m_appointment;
    BookingChoice m_booked; // the appointment's own choice, in set-up codes, looked up once
    std::optional<SessionNeighbours> m_series;
    QList<storage::BusyInterval> m_busy; // everything else holding time on the prepared days
    qint64 m_fromMinute = 0;
    qint64 m_toMinute = 0;
};

} // namespace np::services
