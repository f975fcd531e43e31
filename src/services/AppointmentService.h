#pragma once

#include "ServiceError.h"
#include "UseCaseContext.h"

#include "storage/AppointmentRepository.h"
#include "storage/ClinicRepository.h"

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

} // namespace np::services
