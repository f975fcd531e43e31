#pragma once

#include "Catalogue.h"
#include "ClinicSetup.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace np {

// What a booking asks for, in the set-up file's codes.
struct BookingChoice {
    QString practitioner;
    QString room;
    QString device; // empty: none
    QString modality;
    int areaCount = 1;
    QDateTime localStart; // clinic wall-clock time
};

// Minutes an appointment holds its practitioner, room and device: numbing, then treatment per
// area (the catalogue's figures), then the clinic's turnover.
[[nodiscard]] int appointmentMinutes(const Modality& modality, int areaCount, int turnoverMinutes);

// Why the clinic's own rules refuse a booking (nullopt: they allow it): an unknown or inactive
// code, a practitioner who does not perform the modality, a device of the wrong kind or kept in
// another room, a start off the slot grid, or a time outside the practitioner's working hours
// (closures, time off and opening hours included). Clashes with other appointments are the
// calendar's business (AppointmentRepository), not these rules'.
[[nodiscard]] std::optional<QString> bookingRefusal(
    const ClinicSetup& clinic, const Catalogue& catalogue, const BookingChoice& choice);

} // namespace np
