// A stored series re-planned from where it stands: moved and missed sessions.
#include "SeriesReplanning.h"

#include "ClinicSchedule.h"
#include "SeriesService.h"

#include "storage/SeriesRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace np::services {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(SeriesReplanning)
};

constexpr int CalendarYears = 3;

// A stored series as the engine sees it, for re-planning part of it.
struct SeriesContext {
    storage::SeriesRecord series;
    QHash<qint64, storage::AppointmentRecord> held; // by session id: the appointment holding its time
    PlanRequest request; // the patient's data, the treatment and the clinic's calendar; nothing fixed
    QList<QDate> days; // by session (number - 1): its held appointment's day, else its planned day

    [[nodiscard]] qsizetype indexOfSession(qint64 sessionId) const
    {
        for (qsizetype i = 0; i < series.sessions.size(); ++i)
            if (series.sessions[i].id == sessionId)
                return i;
        return -1;
    }

    // The series' own appointments from session `index` on: they are the ones to move.
    [[nodiscard]] QSet<qint64> appointmentsFrom(qsizetype index) const
    {
        QSet<qint64> out;
        for (qsizetype i = index; i < series.sessions.size(); ++i)
            if (const auto h = held.constFind(series.sessions[i].id); h != held.cend())
                out.insert(h->id);
        return out;
    }
};

// The treatment the series was booked for, as a plan request without the patient's data.
PlanRequest storedRequest(const storage::SeriesRecord& s)
{
    PlanRequest request;
    request.treatment.modality = s.modality;
    request.treatment.indication = s.indication;
    request.treatment.severity = severityFromCode(s.severity).value_or(Severity::Moderate);
    request.treatment.areas = s.areas;
    request.treatment.areas.removeDuplicates();
    request.treatment.sessions = static_cast<int>(s.sessions.size());
    request.eventDate = s.eventDate;
    return request;
}

Outcome<SeriesContext> seriesContext(const UseCaseContext& ctx, const storage::StoredClinic& clinic, qint64 sessionId)
{
    storage::SeriesRepository seriesRepo(ctx.db, ctx.catalogue);
    auto session = seriesRepo.session(sessionId);
    if (!session)
        return std::unexpected(ServiceError::fromStorage(session.error()));
    auto series = seriesRepo.get(session->seriesId);
    if (!series)
        return std::unexpected(ServiceError::fromStorage(series.error()));
    auto appointments = storage::AppointmentRepository(ctx.db, clinic.setup.timeZone).forSeries(series->id);
    if (!appointments)
        return std::unexpected(ServiceError::fromStorage(appointments.error()));
    SeriesContext out;
    for (const storage::AppointmentRecord& a : *appointments)
        if (a.sessionId && storage::holdsTime(a.status))
            out.held.insert(*a.sessionId, a);
    auto request = planRequestFor(ctx, series->patientId, storedRequest(*series), series->id);
    if (!request)
        return std::unexpected(request.error());
    out.request = std::move(*request);
    out.request.booked = true;
    const QDate first = series->sessions.isEmpty() ? ctx.today : series->sessions.first().plannedDate;
    out.request.clinic
        = clinic.setup.calendar(std::min(first, ctx.today).addYears(-1), ctx.today.addYears(CalendarYears));
    for (const storage::PlannedSessionRecord& s : series->sessions) {
        const auto held = out.held.constFind(s.id);
        out.days.append(held != out.held.cend() ? held->localStart.date() : s.plannedDate);
    }
    out.series = std::move(*series);
    return out;
}

// Makes `booking` (sessions after the fixed ones of `context.request`) real: each later session that
// has an appointment is rescheduled to its new slot, and every later session's planned day and
// window follow (one without an appointment becomes "planned"). Run inside the caller's
// transaction; `shiftingLater` orders the writes so no session ever passes another on the way.
storage::Result<void> applyLaterSessions(const UseCaseContext& ctx, const storage::StoredClinic& clinic,
    const SeriesContext& context, const SeriesBooking& booking, bool shiftingLater)
{
    auto seriesRepo = repositoryFor<storage::SeriesRepository>(ctx);
    auto appointments = appointmentRepository(ctx, clinic);
    QList<BookedSession> order = booking.sessions;
    if (shiftingLater)
        std::reverse(order.begin(), order.end());
    for (const BookedSession& b : order) {
        storage::PlannedSessionRecord session = context.series.sessions.value(b.number - 1);
        if (session.id == 0)
            return storage::fail(storage::StorageError::Kind::NotFound,
                Tr::tr("series %1 has no session %2").arg(context.series.id).arg(b.number));
        if (const auto held = context.held.constFind(session.id); held != context.held.cend()) {
            const storage::AppointmentRepository::Resources to {clinic.practitionerIds.value(b.slot.practitioner),
                clinic.roomIds.value(b.slot.room),
                b.slot.device.isEmpty() ? std::nullopt : std::optional(clinic.deviceIds.value(b.slot.device))};
            if (auto moved = appointments.reschedule(held->id, held->version, b.slot.localStart, to, ctx.actor.name);
                !moved)
                return moved;
        } else
            session.status = u"planned"_s; // re-planned without an appointment (a missed one)
        session.plannedDate = b.slot.localStart.date();
        session.earliest = b.earliest;
        session.latest = b.latest;
        if (auto updated = seriesRepo.updateSession(session, ctx.actor.name); !updated)
            return std::unexpected(updated.error());
    }
    return {};
}

using Booking = std::expected<SeriesBooking, SeriesBookingRefusal>;

// The sessions after the request's fixed ones booked again, with the practitioner preferred first
// and anyone after; the series' own appointments in `leaving` are the ones to move.
Outcome<Booking> replan(const UseCaseContext& ctx, const storage::StoredClinic& clinic, qint64 patientId,
    SeriesBookingRequest request, const QSet<qint64>& leaving)
{
    std::optional<storage::StorageError> failure;
    const BusyLookup busy = busyLookup(ctx.db, clinic, patientId, leaving, failure);
    Booking booking = bookSeriesSlots(ctx.catalogue, clinic.setup, request, busy, ctx.today);
    if (!booking && !failure && !request.preferences.practitioner.isEmpty()) {
        request.preferences.practitioner.clear(); // anyone, rather than no offer at all
        booking = bookSeriesSlots(ctx.catalogue, clinic.setup, request, busy, ctx.today);
    }
    if (failure)
        return std::unexpected(ServiceError::fromStorage(*failure));
    return booking;
}

} // namespace

Outcome<SessionNeighbours> sessionNeighbours(
    const UseCaseContext& ctx, const storage::StoredClinic& clinic, qint64 sessionId)
{
    auto context = seriesContext(ctx, clinic, sessionId);
    if (!context)
        return std::unexpected(context.error());
    const qsizetype index = context->indexOfSession(sessionId);
    SessionNeighbours out {context->request, std::nullopt};
    out.before.fixedSessions = context->days.mid(0, index);
    if (index + 1 < context->days.size())
        out.next = context->days[index + 1];
    return out;
}

Outcome<SessionMove> moveSeriesSession(const UseCaseContext& ctx, const storage::StoredClinic& clinic,
    const storage::AppointmentRecord& appointment, int version, const QDateTime& to,
    const std::optional<storage::AppointmentRepository::Resources>& resources, bool shiftLater)
{
    auto context = seriesContext(ctx, clinic, *appointment.sessionId);
    if (!context)
        return std::unexpected(context.error());
    const qsizetype index = context->indexOfSession(*appointment.sessionId);
    const QDate day = to.date();
    PlanRequest before = context->request;
    before.fixedSessions = context->days.mid(0, index);
    const std::optional<QDate> next
        = index + 1 < context->days.size() ? std::optional(context->days[index + 1]) : std::nullopt;
    const SessionMoveCheck check = checkSessionMove(ctx.catalogue, before, day, next, ctx.today);
    SessionMove out;
    out.change.seriesId = context->series.id;
    out.change.session = static_cast<int>(index + 1);
    out.change.warnings = check.warnings;
    if (check.refusal) {
        out.refusal = MoveRefusal::BreaksRule;
        out.reason = *check.refusal;
        return out;
    }
    if (next && (check.laterOutOfWindow || shiftLater)) {
        SeriesBookingRequest request;
        request.plan = before;
        request.plan.fixedSessions.append(day);
        request.preferences.practitioner
            = storage::codesById(clinic.practitionerIds)
                  .value(resources ? resources->practitionerId : appointment.practitionerId);
        auto replanned = replan(ctx, clinic, context->series.patientId, request, context->appointmentsFrom(index + 1));
        if (!replanned)
            return std::unexpected(replanned.error());
        if (*replanned)
            out.change.later = std::move(**replanned);
        else
            out.change.noOffer = replanned->error().reason;
    }
    if (check.laterOutOfWindow && !(shiftLater && out.change.later)) {
        out.refusal = MoveRefusal::LaterOutOfWindow;
        out.reason = check.warnings.join(u"; "_s);
        return out;
    }
    out.change.laterApplied = shiftLater && out.change.later;
    const auto done = ctx.db.transaction([&]() -> storage::Result<void> {
        const bool movingLater = appointment.localStart < to;
        if (out.change.laterApplied && movingLater)
            if (auto r = applyLaterSessions(ctx, clinic, *context, *out.change.later, true); !r)
                return r;
        auto appointments = appointmentRepository(ctx, clinic);
        if (auto r = resources ? appointments.reschedule(appointment.id, version, to, *resources, ctx.actor.name)
                               : appointments.move(appointment.id, version, to, ctx.actor.name);
            !r)
            return r;
        storage::PlannedSessionRecord session = context->series.sessions[index];
        session.plannedDate = day;
        auto seriesRepo = repositoryFor<storage::SeriesRepository>(ctx);
        if (auto r = seriesRepo.updateSession(session, ctx.actor.name); !r)
            return std::unexpected(r.error());
        if (out.change.laterApplied && !movingLater)
            return applyLaterSessions(ctx, clinic, *context, *out.change.later, false);
        return {};
    });
    if (!done)
        return std::unexpected(ServiceError::fromStorage(done.error()));
    return out;
}

Outcome<SeriesChange> noShowSeriesSession(const UseCaseContext& ctx, const storage::StoredClinic& clinic,
    const storage::AppointmentRecord& appointment, int version, bool rebook)
{
    auto context = seriesContext(ctx, clinic, *appointment.sessionId);
    if (!context)
        return std::unexpected(context.error());
    context->held.remove(*appointment.sessionId);
    const qsizetype index = context->indexOfSession(*appointment.sessionId);
    SeriesBookingRequest request;
    request.plan = context->request;
    request.plan.fixedSessions = context->days.mid(0, index);
    request.plan.earliestStart = ctx.today.addDays(1);
    request.preferences.practitioner = storage::codesById(clinic.practitionerIds).value(appointment.practitionerId);
    auto replanned = replan(ctx, clinic, context->series.patientId, request, context->appointmentsFrom(index));
    if (!replanned)
        return std::unexpected(replanned.error());
    SeriesChange out;
    out.seriesId = context->series.id;
    out.session = static_cast<int>(index + 1);
    if (*replanned) {
        out.later = std::move(**replanned);
        out.laterApplied = true;
    } else
        out.noOffer = replanned->error().reason;
    const auto done = ctx.db.transaction([&]() -> storage::Result<void> {
        auto appointments = appointmentRepository(ctx, clinic);
        if (auto r = appointments.setStatus(
                appointment.id, version, storage::AppointmentStatus::NoShow, QString(), ctx.actor.name);
            !r)
            return r;
        if (!out.later) // the no-show stands; the series waits for a person to re-plan it
            return {};
        // The no-show made the session missed: re-planning continues from it as it now stands.
        auto seriesRepo = repositoryFor<storage::SeriesRepository>(ctx);
        auto missed = seriesRepo.session(*appointment.sessionId);
        if (!missed)
            return std::unexpected(missed.error());
        context->series.sessions[index] = *missed;
        if (auto r = applyLaterSessions(ctx, clinic, *context, *out.later, true); !r)
            return r;
        if (!rebook)
            return {};
        const BookedSession& again = out.later->sessions.first();
        storage::BookingRequest r;
        r.patientId = appointment.patientId;
        r.sessionId = appointment.sessionId;
        r.practitionerId = clinic.practitionerIds.value(again.slot.practitioner);
        r.roomId = clinic.roomIds.value(again.slot.room);
        if (!again.slot.device.isEmpty())
            r.deviceId = clinic.deviceIds.value(again.slot.device);
        r.localStart = again.slot.localStart;
        r.durationMinutes = appointment.durationMinutes();
        r.modality = appointment.modality;
        r.areas = appointment.areas;
        auto id = appointments.book(r, ctx.actor.name);
        if (!id)
            return std::unexpected(id.error());
        out.rebookedAppointmentId = *id;
        auto session = seriesRepo.session(*appointment.sessionId);
        if (!session)
            return std::unexpected(session.error());
        session->status = u"booked"_s;
        if (auto u = seriesRepo.updateSession(*session, ctx.actor.name); !u)
            return std::unexpected(u.error());
        return {};
    });
    if (!done)
        return std::unexpected(ServiceError::fromStorage(done.error()));
    return out;
}

} // namespace np::services
