// Re-planning part of a stored series: a moved session (interval rules against the sessions before
// and after it, shifting the later ones when asked) and a missed one (re-planned with the rest).
#include "ClinicAccess.h"
#include "SeriesContext.h"
#include "SubCommands.h"

#include "services/ClinicSchedule.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

using namespace Qt::StringLiterals;

namespace np::cli {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(SeriesMoveCommand)
};

// The series' own appointments from session `index` on: they are the ones to move.
QSet<qint64> laterAppointments(const SeriesContext& context, qsizetype index)
{
    QSet<qint64> out;
    for (qsizetype i = index; i < context.series.sessions.size(); ++i)
        if (const auto held = context.held.constFind(context.series.sessions[i].id); held != context.held.cend())
            out.insert(held->id);
    return out;
}

using Booking = std::expected<SeriesBooking, SeriesBookingRefusal>;

// The sessions after the request's fixed ones booked again, with the practitioner preferred first
// and anyone after; the series' own appointments in `leaving` are the ones to move. The exit code
// when the database failed.
std::expected<Booking, int> replan(CommandContext& ctx, const Catalogue& catalogue, const storage::StoredClinic& clinic,
    qint64 patientId, SeriesBookingRequest request, const QSet<qint64>& leaving)
{
    std::optional<storage::StorageError> failure;
    const BusyLookup busy = services::busyLookup(*ctx.database(), clinic, patientId, leaving, failure);
    Booking booking = bookSeriesSlots(catalogue, clinic.setup, request, busy, ctx.today);
    if (!booking && !failure && !request.preferences.practitioner.isEmpty()) {
        request.preferences.practitioner.clear(); // anyone, rather than no offer at all
        booking = bookSeriesSlots(catalogue, clinic.setup, request, busy, ctx.today);
    }
    if (failure)
        return std::unexpected(ctx.fail(*failure));
    return booking;
}

} // namespace

std::expected<QJsonObject, int> moveSeriesSession(CommandContext& ctx, const Catalogue& catalogue,
    const storage::StoredClinic& clinic, const storage::AppointmentRecord& appointment, int version,
    const QDateTime& to, bool shiftLater)
{
    auto context = seriesContext(ctx, catalogue, clinic, *appointment.sessionId);
    if (!context)
        return std::unexpected(context.error());
    const qsizetype index = context->indexOfSession(*appointment.sessionId);
    const QDate day = to.date();
    PlanRequest before = context->request;
    before.fixedSessions = context->days.mid(0, index);
    const std::optional<QDate> next
        = index + 1 < context->days.size() ? std::optional(context->days[index + 1]) : std::nullopt;
    const SessionMoveCheck check = checkSessionMove(catalogue, before, day, next, ctx.today);
    QJsonObject out {{u"series_id"_s, context->series.id}, {u"session"_s, index + 1},
        {u"warnings"_s, QJsonArray::fromStringList(check.warnings)}};
    if (check.refusal) {
        ctx.printJson({{u"moved"_s, false}, {u"series"_s, out}});
        ctx.printError(Tr::tr("appointment %1 cannot move to %2: %3")
                           .arg(appointment.id)
                           .arg(to.toString(u"yyyy-MM-dd HH:mm"_s), *check.refusal));
        return std::unexpected(RuleRefused);
    }
    std::optional<SeriesBooking> later;
    if (next && (check.laterOutOfWindow || shiftLater)) {
        SeriesBookingRequest request;
        request.plan = before;
        request.plan.fixedSessions.append(day);
        request.preferences.practitioner = storage::codesById(clinic.practitionerIds).value(appointment.practitionerId);
        auto replanned = replan(
            ctx, catalogue, clinic, context->series.patientId, request, laterAppointments(*context, index + 1));
        if (!replanned)
            return std::unexpected(replanned.error());
        Booking& booking = *replanned;
        if (booking)
            later = std::move(*booking);
        else
            out.insert(u"no_offer"_s, booking.error().reason);
    }
    if (later)
        out.insert(shiftLater ? u"shifted"_s : u"offer"_s, laterSessionsJson(*later));
    if (check.laterOutOfWindow && !(shiftLater && later)) {
        ctx.printJson({{u"moved"_s, false}, {u"series"_s, out}});
        ctx.printError(Tr::tr("appointment %1 was not moved: %2. %3")
                           .arg(appointment.id)
                           .arg(check.warnings.join(u"; "_s),
                               later ? Tr::tr("Add --shift-later to move the later sessions as offered.")
                                     : Tr::tr("No later slots could be offered.")));
        return std::unexpected(RuleRefused);
    }
    storage::Database& db = *ctx.database();
    const auto done = db.transaction([&]() -> storage::Result<void> {
        const bool movingLater = appointment.localStart < to;
        if (later && shiftLater && movingLater)
            if (auto r = applyLaterSessions(db, catalogue, clinic, *context, *later, true, ctx.actor()); !r)
                return r;
        if (auto r
            = storage::AppointmentRepository(db, clinic.setup.timeZone).move(appointment.id, version, to, ctx.actor());
            !r)
            return r;
        storage::PlannedSessionRecord session = context->series.sessions[index];
        session.plannedDate = day;
        if (auto r = storage::SeriesRepository(db, catalogue).updateSession(session, ctx.actor()); !r)
            return std::unexpected(r.error());
        if (later && shiftLater && !movingLater)
            return applyLaterSessions(db, catalogue, clinic, *context, *later, false, ctx.actor());
        return {};
    });
    if (!done)
        return std::unexpected(ctx.fail(done.error()));
    return out;
}

std::expected<QJsonObject, int> noShowSeriesSession(CommandContext& ctx, const Catalogue& catalogue,
    const storage::StoredClinic& clinic, const storage::AppointmentRecord& appointment, int version, bool rebook)
{
    auto context = seriesContext(ctx, catalogue, clinic, *appointment.sessionId);
    if (!context)
        return std::unexpected(context.error());
    context->held.remove(*appointment.sessionId);
    const qsizetype index = context->indexOfSession(*appointment.sessionId);
    SeriesBookingRequest request;
    request.plan = context->request;
    request.plan.fixedSessions = context->days.mid(0, index);
    request.plan.earliestStart = ctx.today.addDays(1);
    request.preferences.practitioner = storage::codesById(clinic.practitionerIds).value(appointment.practitionerId);
    const auto replanned
        = replan(ctx, catalogue, clinic, context->series.patientId, request, laterAppointments(*context, index));
    if (!replanned)
        return std::unexpected(replanned.error());
    const auto& booking = *replanned;
    QJsonObject out {{u"series_id"_s, context->series.id}, {u"session"_s, index + 1}};
    storage::Database& db = *ctx.database();
    const auto done = db.transaction([&]() -> storage::Result<void> {
        storage::AppointmentRepository appointments(db, clinic.setup.timeZone);
        if (auto r = appointments.setStatus(
                appointment.id, version, storage::AppointmentStatus::NoShow, QString(), ctx.actor());
            !r)
            return r;
        if (!booking) // the no-show stands; the series waits for a person to re-plan it
            return {};
        // The no-show made the session missed: re-planning continues from it as it now stands.
        auto missed = storage::SeriesRepository(db).session(*appointment.sessionId);
        if (!missed)
            return std::unexpected(missed.error());
        context->series.sessions[index] = *missed;
        if (auto r = applyLaterSessions(db, catalogue, clinic, *context, *booking, true, ctx.actor()); !r)
            return r;
        if (!rebook)
            return {};
        const BookedSession& again = booking->sessions.first();
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
        auto id = appointments.book(r, ctx.actor());
        if (!id)
            return std::unexpected(id.error());
        out.insert(u"rebooked_appointment_id"_s, *id);
        storage::SeriesRepository seriesRepo(db, catalogue);
        auto session = seriesRepo.session(*appointment.sessionId);
        if (!session)
            return std::unexpected(session.error());
        session->status = u"booked"_s;
        if (auto u = seriesRepo.updateSession(*session, ctx.actor()); !u)
            return std::unexpected(u.error());
        return {};
    });
    if (!done)
        return std::unexpected(ctx.fail(done.error()));
    if (booking)
        out.insert(u"replanned"_s, laterSessionsJson(*booking)); // one name, with --rebook or without
    else
        out.insert(u"not_replanned"_s, booking.error().reason);
    return out;
}

} // namespace np::cli
