#include "AppointmentService.h"

#include "ClinicSchedule.h"

#include "core/BookingRules.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace np::services {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(AppointmentService)
};

} // namespace

Outcome<BookedAppointment> bookAppointment(const UseCaseContext& ctx, const AppointmentRequest& request)
{
    for (const QString& area : request.areas)
        if (ctx.catalogue.areaIndex(area) < 0)
            return std::unexpected(
                ServiceError::invalid(Problems {{QString(), u"areas"_s, Tr::tr("unknown area \"%1\"").arg(area)}}));
    auto clinic = storedClinic(ctx.db, ctx.catalogue);
    if (!clinic)
        return std::unexpected(clinic.error());
    const BookingChoice choice {request.practitioner, request.room, request.device, request.modality,
        static_cast<int>(request.areas.size()), request.localStart};
    if (const auto refusal = bookingRefusal(clinic->setup, ctx.catalogue, choice))
        return std::unexpected(ServiceError::refused(*refusal));
    storage::BookingRequest booking;
    booking.patientId = request.patientId;
    booking.sessionId = request.sessionId;
    booking.practitionerId = clinic->practitionerIds.value(request.practitioner);
    booking.roomId = clinic->roomIds.value(request.room);
    if (!request.device.isEmpty())
        booking.deviceId = clinic->deviceIds.value(request.device);
    booking.localStart = request.localStart;
    booking.durationMinutes = appointmentMinutes(*ctx.catalogue.modality(request.modality),
        static_cast<int>(request.areas.size()), clinic->setup.turnoverMinutes);
    booking.modality = request.modality;
    booking.areas = request.areas;
    storage::AppointmentRepository appointments(ctx.db, clinic->setup.timeZone);
    appointments.setClock(ctx.clock);
    auto id = appointments.book(booking, ctx.actor.name);
    if (!id)
        return std::unexpected(ServiceError::fromStorage(id.error()));
    auto stored = appointments.get(*id);
    if (!stored)
        return std::unexpected(ServiceError::fromStorage(stored.error()));
    return BookedAppointment {std::move(*stored), std::move(*clinic)};
}

} // namespace np::services
