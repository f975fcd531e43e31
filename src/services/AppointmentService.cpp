#include "AppointmentService.h"

#include "ClinicSchedule.h"

#include "core/BookingRules.h"
#include "core/SeriesBooking.h"
#include "storage/PatientRepository.h"
#include "storage/SeriesRepository.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace np::services {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(AppointmentService)
};

struct Target {
    storage::StoredClinic clinic;
    storage::AppointmentRecord appointment;
    int version = 0;
};

// The clinic and the appointment as they stand, with the version to change it at.
Outcome<Target> read(const UseCaseContext& ctx, const AppointmentTarget& target)
{
    auto clinic = storedClinic(ctx.db, ctx.catalogue);
    if (!clinic)
        return std::unexpected(clinic.error());
    auto appointment = storage::AppointmentRepository(ctx.db, clinic->setup.timeZone).get(target.id);
    if (!appointment)
        return std::unexpected(ServiceError::fromStorage(appointment.error()));
    const int version = target.version.value_or(appointment->version);
    return Target {std::move(*clinic), std::move(*appointment), version};
}

// The appointment re-read after `done`, with the series' part of the change.
Outcome<AppointmentChange> changed(const UseCaseContext& ctx, Target& t, const storage::Result<void>& done,
    std::optional<SeriesChange> series = std::nullopt)
{
    if (!done)
        return std::unexpected(ServiceError::fromStorage(done.error()));
    auto now = storage::AppointmentRepository(ctx.db, t.clinic.setup.timeZone).get(t.appointment.id);
    if (!now)
        return std::unexpected(ServiceError::fromStorage(now.error()));
    return AppointmentChange {std::move(*now), std::move(t.clinic), std::move(series)};
}

Outcome<AppointmentChange> setStatus(const UseCaseContext& ctx, const AppointmentTarget& target,
    storage::AppointmentStatus status, const QString& reason)
{
    auto t = read(ctx, target);
    if (!t)
        return std::unexpected(t.error());
    auto repo = appointmentRepository(ctx, t->clinic);
    return changed(ctx, *t, repo.setStatus(t->appointment.id, t->version, status, reason, ctx.actor.name));
}

} // namespace

Outcome<BookedAppointment> bookAppointment(const UseCaseContext& ctx, const AppointmentRequest& request)
{
    for (const QString& area : request.areas)
        if (ctx.catalogue.areaIndex(area) < 0)
            return std::unexpected(ServiceError::invalidAt(u"areas"_s, Tr::tr("unknown area \"%1\"").arg(area)));
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
    auto appointments = appointmentRepository(ctx, *clinic);
    auto id = appointments.book(booking, ctx.actor.name);
    if (!id)
        return std::unexpected(ServiceError::fromStorage(id.error()));
    auto stored = appointments.get(*id);
    if (!stored)
        return std::unexpected(ServiceError::fromStorage(stored.error()));
    return BookedAppointment {std::move(*stored), std::move(*clinic)};
}

Outcome<BookedAppointment> bookSession(const UseCaseContext& ctx, const AppointmentRequest& request)
{
    if (!request.sessionId)
        return std::unexpected(ServiceError::invalidAt(u"session"_s, Tr::tr("say which session is booked")));
    auto clinic = storedClinic(ctx.db, ctx.catalogue);
    if (!clinic)
        return std::unexpected(clinic.error());
    auto seriesRepo = repositoryFor<storage::SeriesRepository>(ctx);
    auto session = seriesRepo.session(*request.sessionId);
    if (!session)
        return std::unexpected(ServiceError::fromStorage(session.error()));
    if (session->status != u"planned"_s && session->status != u"missed"_s)
        return std::unexpected(
            ServiceError::refused(Tr::tr("session %1 is %2: only a session waiting for its appointment is booked")
                                      .arg(session->number)
                                      .arg(session->status)));
    auto neighbours = sessionNeighbours(ctx, *clinic, session->id);
    if (!neighbours)
        return std::unexpected(neighbours.error());
    const QDate day = request.localStart.date();
    const SessionMoveCheck check
        = checkSessionMove(ctx.catalogue, neighbours->before, day, neighbours->next, ctx.today);
    if (check.refusal)
        return std::unexpected(ServiceError::refused(*check.refusal));
    std::optional<BookedAppointment> booked;
    auto done = inOneTransaction(ctx, [&]() -> Outcome<void> {
        auto one = bookAppointment(ctx, request);
        if (!one)
            return std::unexpected(one.error());
        storage::PlannedSessionRecord put = *session;
        put.status = u"booked"_s;
        put.plannedDate = day;
        if (put.earliest > day)
            put.earliest = day;
        if (put.latest && *put.latest < day)
            put.latest = day;
        if (auto r = seriesRepo.updateSession(put, ctx.actor.name); !r)
            return std::unexpected(ServiceError::fromStorage(r.error()));
        booked = std::move(*one);
        return {};
    });
    if (!done)
        return std::unexpected(done.error());
    return std::move(*booked);
}

BookingChoice bookedChoice(const storage::StoredClinic& clinic, const storage::AppointmentRecord& appointment)
{
    const auto code = [](const QHash<QString, qint64>& ids, std::optional<qint64> id) {
        return id ? storage::codesById(ids).value(*id) : QString();
    };
    return {code(clinic.practitionerIds, appointment.practitionerId), code(clinic.roomIds, appointment.roomId),
        code(clinic.deviceIds, appointment.deviceId), appointment.modality, static_cast<int>(appointment.areas.size()),
        appointment.localStart};
}

std::optional<QString> destinationRefusal(const Catalogue& catalogue, const QDate& today, const ClinicSetup& setup,
    BookingChoice booked, const MoveDestination& to)
{
    if (to.start.date() < today)
        return Tr::tr("%1 is a day gone by").arg(to.start.date().toString(Qt::ISODate));
    if (!to.practitioner.isEmpty())
        booked.practitioner = to.practitioner;
    if (!to.room.isEmpty())
        booked.room = to.room;
    booked.localStart = to.start;
    return bookingRefusal(setup, catalogue, booked);
}

Outcome<AppointmentMove> moveAppointment(
    const UseCaseContext& ctx, const AppointmentTarget& target, const MoveDestination& to, bool shiftLater)
{
    auto t = read(ctx, target);
    if (!t)
        return std::unexpected(t.error());
    if (const auto refusal
        = destinationRefusal(ctx.catalogue, ctx.today, t->clinic.setup, bookedChoice(t->clinic, t->appointment), to))
        return std::unexpected(ServiceError::refused(*refusal));
    std::optional<storage::AppointmentRepository::Resources> resources;
    if (!to.practitioner.isEmpty() || !to.room.isEmpty())
        resources = storage::AppointmentRepository::Resources {to.practitioner.isEmpty()
                ? t->appointment.practitionerId
                : t->clinic.practitionerIds.value(to.practitioner),
            to.room.isEmpty() ? t->appointment.roomId : t->clinic.roomIds.value(to.room), t->appointment.deviceId};
    AppointmentMove out;
    if (!t->appointment.sessionId) {
        auto repo = appointmentRepository(ctx, t->clinic);
        const auto done = resources
            ? repo.reschedule(t->appointment.id, t->version, to.start, *resources, ctx.actor.name)
            : repo.move(t->appointment.id, t->version, to.start, ctx.actor.name);
        auto change = changed(ctx, *t, done);
        if (!change)
            return std::unexpected(change.error());
        out.change = std::move(*change);
        return out;
    }
    auto moved = moveSeriesSession(ctx, t->clinic, t->appointment, t->version, to.start, resources, shiftLater);
    if (!moved)
        return std::unexpected(moved.error());
    if (moved->refusal != MoveRefusal::None) {
        out.refusal = moved->refusal;
        out.reason = moved->reason;
        out.change = {std::move(t->appointment), std::move(t->clinic), std::move(moved->change)};
        return out;
    }
    auto change = changed(ctx, *t, {}, std::move(moved->change));
    if (!change)
        return std::unexpected(change.error());
    out.change = std::move(*change);
    return out;
}

Outcome<AppointmentChange> cancelAppointment(
    const UseCaseContext& ctx, const AppointmentTarget& target, const QString& reason)
{
    if (reason.trimmed().isEmpty())
        return std::unexpected(ServiceError::invalidAt(u"reason"_s, Tr::tr("say why the appointment is cancelled")));
    return setStatus(ctx, target, storage::AppointmentStatus::Cancelled, reason);
}

Outcome<AppointmentChange> completeAppointment(const UseCaseContext& ctx, const AppointmentTarget& target)
{
    return setStatus(ctx, target, storage::AppointmentStatus::Completed, QString());
}

Outcome<AppointmentChange> markNoShow(const UseCaseContext& ctx, const AppointmentTarget& target, bool rebook)
{
    auto t = read(ctx, target);
    if (!t)
        return std::unexpected(t.error());
    if (!t->appointment.sessionId)
        return setStatus(ctx, target, storage::AppointmentStatus::NoShow, QString());
    auto series = noShowSeriesSession(ctx, t->clinic, t->appointment, t->version, rebook);
    if (!series)
        return std::unexpected(series.error());
    return changed(ctx, *t, {}, std::move(*series));
}

Outcome<QList<storage::AuditEntry>> appointmentHistory(const UseCaseContext& ctx, qint64 id)
{
    auto t = read(ctx, {id, std::nullopt});
    if (!t)
        return std::unexpected(t.error());
    return outcomeOf(storage::auditTrail(ctx.db, u"appointments"_s, id));
}

Outcome<DayAppointments> appointmentsOn(const UseCaseContext& ctx, const QDate& day, const QString& practitioner)
{
    auto clinic = storedClinic(ctx.db, ctx.catalogue);
    if (!clinic)
        return std::unexpected(clinic.error());
    std::optional<qint64> practitionerId;
    if (!practitioner.isEmpty()) {
        if (!clinic->practitionerIds.contains(practitioner))
            return std::unexpected(ServiceError::invalidAt(
                u"practitioner"_s, Tr::tr("no practitioner \"%1\" in the clinic set-up").arg(practitioner)));
        practitionerId = clinic->practitionerIds.value(practitioner);
    }
    storage::AppointmentRepository repo(ctx.db, clinic->setup.timeZone);
    auto list = repo.between(QDateTime(day, QTime(0, 0)), QDateTime(day.addDays(1), QTime(0, 0)), practitionerId);
    if (!list)
        return std::unexpected(ServiceError::fromStorage(list.error()));
    DayAppointments out {std::move(*clinic), std::move(*list), {}};
    storage::PatientRepository patients(ctx.db);
    for (const storage::AppointmentRecord& a : out.appointments) {
        if (out.patientNames.contains(a.patientId))
            continue;
        auto p = patients.get(a.patientId);
        if (!p)
            return std::unexpected(ServiceError::fromStorage(p.error()));
        out.patientNames.insert(a.patientId, p->familyName + u", "_s + p->givenNames);
    }
    return out;
}

} // namespace np::services
