#include "SeriesService.h"

#include "ClinicSchedule.h"

#include "core/BookingRules.h"
#include "storage/FindingRepository.h"
#include "storage/PatientRepository.h"
#include "storage/SeriesRepository.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace np::services {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(SeriesService)
};

// How far ahead the clinic's calendar is given to the planner.
constexpr int CalendarYears = 3;

// The patient's sessions in their other series that still stand (not cancelled or missed), as the
// planner's existing sessions: a new series keeps its distance from them where areas are shared.
// Codes this catalogue does not know are left out (the planner would refuse them).
QList<ExistingSession> existingSessions(const Catalogue& catalogue, const QList<storage::SeriesRecord>& all)
{
    QList<ExistingSession> out;
    for (const storage::SeriesRecord& series : all) {
        if (series.status == u"cancelled"_s || !catalogue.modality(series.modality))
            continue;
        QStringList areas;
        for (const QString& a : series.areas)
            if (catalogue.areaIndex(a) >= 0)
                areas << a;
        for (const storage::PlannedSessionRecord& s : series.sessions)
            if (s.status != u"cancelled"_s && s.status != u"missed"_s && !areas.isEmpty())
                out.append({s.plannedDate, series.modality, areas});
    }
    return out;
}

QList<storage::BookingRequest> bookingRequests(const Catalogue& catalogue, const storage::StoredClinic& clinic,
    const PlanRequest& plan, const SeriesBooking& booking, qint64 patientId)
{
    const Treatment& t = plan.treatment;
    const int minutes = appointmentMinutes(
        *catalogue.modality(t.modality), static_cast<int>(t.areas.size()), clinic.setup.turnoverMinutes);
    QList<storage::BookingRequest> out;
    for (const BookedSession& s : booking.sessions) {
        storage::BookingRequest r;
        r.patientId = patientId;
        r.practitionerId = clinic.practitionerIds.value(s.slot.practitioner);
        r.roomId = clinic.roomIds.value(s.slot.room);
        if (!s.slot.device.isEmpty())
            r.deviceId = clinic.deviceIds.value(s.slot.device);
        r.localStart = s.slot.localStart;
        r.durationMinutes = minutes;
        r.modality = t.modality;
        r.areas = t.areas;
        out.append(r);
    }
    return out;
}

} // namespace

Outcome<PlanRequest> planRequestFor(
    const UseCaseContext& ctx, qint64 patientId, PlanRequest request, std::optional<qint64> ownSeries)
{
    auto patient = storage::PatientRepository(ctx.db).get(patientId);
    if (!patient)
        return std::unexpected(ServiceError::fromStorage(patient.error()));
    if (patient->archived)
        return std::unexpected(ServiceError::invalid(
            Tr::tr("patient %1 is archived: unarchive them before planning a series").arg(patientId)));
    auto findings = storage::FindingRepository(ctx.db, ctx.catalogue).currentFindings(patientId);
    if (!findings)
        return std::unexpected(ServiceError::fromStorage(findings.error()));
    auto others = storage::SeriesRepository(ctx.db, ctx.catalogue).forPatient(patientId);
    if (!others)
        return std::unexpected(ServiceError::fromStorage(others.error()));
    if (ownSeries)
        others->removeIf([&](const storage::SeriesRecord& s) { return s.id == *ownSeries; });
    request.patient.birthDate = patient->birthDate;
    request.patient.fitzpatrick = patient->fitzpatrick;
    request.patient.findings = *findings;
    request.existingSessions.append(existingSessions(ctx.catalogue, *others));
    return request;
}

Outcome<SeriesBookingOutcome> bookSeries(const UseCaseContext& ctx, const SeriesBookingInput& input)
{
    auto clinic = storedClinic(ctx.db, ctx.catalogue);
    if (!clinic)
        return std::unexpected(clinic.error());
    auto plan = planRequestFor(ctx, input.patientId, input.plan);
    if (!plan)
        return std::unexpected(plan.error());
    SeriesBookingRequest request {std::move(*plan), input.preferences, input.adjustments};
    request.plan.clinic = clinic->setup.calendar(ctx.today, ctx.today.addYears(CalendarYears));

    std::optional<storage::StorageError> failure;
    const BusyLookup busy = busyLookup(ctx.db, *clinic, input.patientId, {}, failure);
    auto booking = bookSeriesSlots(ctx.catalogue, clinic->setup, request, busy, ctx.today);
    if (failure)
        return std::unexpected(ServiceError::fromStorage(*failure));
    SeriesBookingOutcome out;
    if (!booking) {
        out.refusal = booking.error();
        return out;
    }
    out.booking = *booking;
    if (input.dryRun)
        return out;
    const QString note = input.reviewNote.trimmed();
    if (booking->plan.status == PlanStatus::Review && note.isEmpty()) {
        out.booking.reset();
        out.refusal = SeriesBookingRefusal {0,
            Tr::tr("the plan needs a clinician's review: give the note saying why the series goes ahead"),
            booking->plan};
        return out;
    }
    storage::SeriesRecord series = storage::seriesFromPlan(input.patientId, request.plan, booking->plan);
    series.notes = note;
    auto stored = storage::storeBookedSeries(ctx.db, ctx.catalogue, clinic->setup.timeZone, std::move(series),
        bookingRequests(ctx.catalogue, *clinic, request.plan, *booking, input.patientId), ctx.actor.name, ctx.clock);
    if (!stored)
        return std::unexpected(ServiceError::fromStorage(stored.error()));
    out.stored = std::move(*stored);
    return out;
}

Outcome<SeriesCreation> createSeries(const UseCaseContext& ctx, qint64 patientId, PlanRequest request)
{
    auto completed = planRequestFor(ctx, patientId, std::move(request));
    if (!completed)
        return std::unexpected(completed.error());
    auto plan = planSeries(ctx.catalogue, *completed, ctx.today);
    if (!plan)
        return std::unexpected(ServiceError::invalid(plan.error()));
    SeriesCreation out {std::move(*plan), std::nullopt};
    if (out.plan.status == PlanStatus::Blocked)
        return out;
    auto series = repositoryFor<storage::SeriesRepository>(ctx);
    auto stored = series.create(storage::seriesFromPlan(patientId, *completed, out.plan), ctx.actor.name);
    if (!stored)
        return std::unexpected(ServiceError::fromStorage(stored.error()));
    out.stored = std::move(*stored);
    return out;
}

Outcome<storage::SeriesRecord> seriesRecord(const UseCaseContext& ctx, qint64 id)
{
    return outcomeOf(storage::SeriesRepository(ctx.db, ctx.catalogue).get(id));
}

Outcome<QList<storage::SeriesRecord>> seriesOf(const UseCaseContext& ctx, qint64 patientId)
{
    if (auto patient = storage::PatientRepository(ctx.db).get(patientId); !patient)
        return std::unexpected(ServiceError::fromStorage(patient.error()));
    return outcomeOf(storage::SeriesRepository(ctx.db, ctx.catalogue).forPatient(patientId));
}

Outcome<storage::SeriesRecord> setSeriesStatus(const UseCaseContext& ctx, qint64 id, int version, const QString& status)
{
    auto series = repositoryFor<storage::SeriesRepository>(ctx);
    return outcomeOf(series.setStatus(id, version, status, ctx.actor.name));
}

} // namespace np::services
