#include "MovePreview.h"

#include "ClinicSchedule.h"

#include "core/SeriesBooking.h"
#include "core/WallClock.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace np::services {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(MovePreview)
};

qint64 minuteOf(const QDateTime& utc)
{
    return utc.toSecsSinceEpoch() / 60;
}

} // namespace

MovePreview::MovePreview(
    const UseCaseContext& ctx, storage::StoredClinic clinic, storage::AppointmentRecord appointment)
    : m_catalogue(&ctx.catalogue)
    , m_today(ctx.today)
    , m_clinic(std::move(clinic))
    , m_appointment(std::move(appointment))
    , m_booked(bookedChoice(m_clinic, m_appointment))
{ }

Outcome<MovePreview> MovePreview::prepare(
    const UseCaseContext& ctx, qint64 appointmentId, const QDate& from, const QDate& to)
{
    auto clinic = storedClinic(ctx.db, ctx.catalogue);
    if (!clinic)
        return std::unexpected(clinic.error());
    storage::AppointmentRepository repo(ctx.db, clinic->setup.timeZone);
    auto appointment = repo.get(appointmentId);
    if (!appointment)
        return std::unexpected(ServiceError::fromStorage(appointment.error()));
    if (appointment->status != storage::AppointmentStatus::Booked)
        return std::unexpected(
            ServiceError::refused(Tr::tr("only a booked appointment can be moved; this one is %1")
                                      .arg(storage::appointmentStatusCode(appointment->status).replace(u'_', u' '))));
    MovePreview out(ctx, std::move(*clinic), std::move(*appointment));
    if (out.m_appointment.sessionId) {
        auto neighbours = sessionNeighbours(ctx, out.m_clinic, *out.m_appointment.sessionId);
        if (!neighbours)
            return std::unexpected(neighbours.error());
        out.m_series = std::move(*neighbours);
    }
    // The prepared days' instants, a day wider either way: any zone's offset fits in it.
    out.m_fromMinute = minuteOf(QDateTime(from.addDays(-1), QTime(0, 0), Qt::UTC));
    out.m_toMinute = minuteOf(QDateTime(to.addDays(1), QTime(0, 0), Qt::UTC));
    auto busy = repo.busy(out.m_fromMinute, out.m_toMinute);
    if (!busy)
        return std::unexpected(ServiceError::fromStorage(busy.error()));
    for (const storage::BusyInterval& b : *busy)
        if (b.appointmentId != out.m_appointment.id)
            out.m_busy.append(b);
    return out;
}

std::optional<QString> MovePreview::refusal(const MoveDestination& to) const
{
    if (auto rule = destinationRefusal(*m_catalogue, m_today, m_clinic.setup, m_booked, to))
        return rule;
    if (m_series) {
        const SessionMoveCheck check
            = checkSessionMove(*m_catalogue, m_series->before, to.start.date(), m_series->next, m_today);
        if (check.refusal)
            return check.refusal;
    }
    return clash(to);
}

std::optional<QString> MovePreview::clash(const MoveDestination& to) const
{
    const auto utc = wallClockToUtc(to.start, m_clinic.setup.timeZone);
    if (!utc)
        return Tr::tr("%1 does not exist that day: the clocks go forward past it")
            .arg(to.start.time().toString(u"HH:mm"_s));
    const qint64 start = minuteOf(*utc);
    const qint64 end = start + m_appointment.durationMinutes();
    if (start < m_fromMinute || end > m_toMinute)
        return std::nullopt; // not read: the move itself checks
    const qint64 practitioner
        = to.practitioner.isEmpty() ? m_appointment.practitionerId : m_clinic.practitionerIds.value(to.practitioner);
    const qint64 room = to.room.isEmpty() ? m_appointment.roomId : m_clinic.roomIds.value(to.room);
    const auto codes = [](const QHash<QString, qint64>& ids, qint64 id) { return storage::codesById(ids).value(id); };
    for (const storage::BusyInterval& b : m_busy) {
        if (b.endMinute <= start || b.startMinute >= end)
            continue;
        if (b.practitionerId == practitioner) {
            const ClinicPractitioner* p = m_clinic.setup.practitioner(codes(m_clinic.practitionerIds, practitioner));
            return Tr::tr("%1 has another appointment then").arg(p ? p->name : Tr::tr("the practitioner"));
        }
        if (b.roomId == room) {
            const Room* r = m_clinic.setup.room(codes(m_clinic.roomIds, room));
            return Tr::tr("%1 is taken then").arg(r ? r->name : Tr::tr("the room"));
        }
        if (m_appointment.deviceId && b.deviceId == m_appointment.deviceId) {
            const Device* d = m_clinic.setup.device(codes(m_clinic.deviceIds, *m_appointment.deviceId));
            return Tr::tr("%1 is in use then").arg(d ? d->name : Tr::tr("the device"));
        }
        if (b.patientId == m_appointment.patientId)
            return Tr::tr("the patient has another appointment then");
    }
    return std::nullopt;
}

} // namespace np::services
