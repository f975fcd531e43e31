#include "PatientRecordService.h"

#include "ClinicSchedule.h"

#include "core/Screening.h"

#include <algorithm>

namespace np::services {

FindingStanding findingStanding(const Catalogue& catalogue, const storage::FindingRecord& finding, const QDate& today)
{
    FindingStanding out;
    out.finding = finding;
    for (const QString& code : finding.areas) {
        const Area* area = catalogue.area(code);
        out.areaNames << (area ? area->name : code);
    }
    const Contraindication* rule = catalogue.contraindication(finding.code);
    if (!rule) {
        out.name = finding.code;
        return out;
    }
    out.name = rule->name;
    out.effect = rule->effect;
    out.variesByTreatment = !rule->modalityEffects.isEmpty() || !rule->modalities.isEmpty();
    out.treatedAreasOnly = rule->scope == Scope::TreatedAreas;
    out.washoutDays = rule->washoutDays;
    out.clearsOn = findingClearsOn(*rule, finding.toFinding());
    // In effect as the screening counts it: from its start up to the day before it clears.
    out.inEffect
        = ApplicableFinding {finding.code, rule->effect, rule->message, finding.since, out.clearsOn}.inEffectOn(today);
    return out;
}

Outcome<PatientRecordView> patientRecord(const UseCaseContext& ctx, qint64 patientId)
{
    PatientRecordView view;
    std::optional<ServiceError> failed;
    // Each part read in turn on one snapshot; the first failure is the answer.
    auto read = [&failed](auto result, auto& into) {
        if (!result) {
            failed = ServiceError::fromStorage(result.error());
            return false;
        }
        into = std::move(*result);
        return true;
    };
    const auto done = ctx.db.readSnapshot([&]() -> storage::Result<void> {
        if (!read(storage::PatientRepository(ctx.db).get(patientId), view.patient))
            return {};
        QList<storage::FindingRecord> findings;
        QList<storage::SeriesRecord> series;
        if (!read(repositoryFor<storage::FindingRepository>(ctx).current(patientId), findings)
            || !read(repositoryFor<storage::SeriesRepository>(ctx).forPatient(patientId), series)
            || !read(repositoryFor<storage::ConsentRepository>(ctx).forPatient(patientId), view.consents)
            || !read(storage::DocumentLogRepository(ctx.db).forPatient(patientId), view.documents))
            return {};
        for (const storage::FindingRecord& f : findings)
            view.findings << findingStanding(ctx.catalogue, f, ctx.today);
        for (storage::SeriesRecord& s : series) {
            SeriesProgress progress;
            for (const storage::PlannedSessionRecord& session : s.sessions) {
                progress.done += session.status == u"done";
                progress.total += session.status != u"cancelled";
            }
            progress.series = std::move(s);
            view.series << std::move(progress);
        }
        // The newest first: by the first session's date, else the record's creation.
        const auto started = [](const SeriesProgress& p) {
            return p.series.sessions.isEmpty() ? p.series.createdAt.date() : p.series.sessions.front().plannedDate;
        };
        std::ranges::stable_sort(view.series, std::ranges::greater {}, started);
        // Appointments exist only once the clinic is set up (they are booked in its time zone).
        auto clinic = storedClinic(ctx.db, ctx.catalogue);
        if (!clinic)
            return {};
        QList<storage::AppointmentRecord> appointments;
        if (!read(appointmentRepository(ctx, *clinic).forPatient(patientId), appointments))
            return {};
        QHash<qint64, QString> practitioners;
        QHash<qint64, QString> rooms;
        for (const ClinicPractitioner& p : clinic->setup.practitioners)
            practitioners.insert(clinic->practitionerIds.value(p.code), p.name);
        for (const Room& r : clinic->setup.rooms)
            rooms.insert(clinic->roomIds.value(r.code), r.name);
        std::ranges::sort(appointments, std::ranges::greater {}, &storage::AppointmentRecord::startMinute);
        for (storage::AppointmentRecord& a : appointments) {
            AppointmentView shown {std::move(a), {}, {}};
            shown.practitioner = practitioners.value(shown.appointment.practitionerId);
            shown.room = rooms.value(shown.appointment.roomId);
            const bool upcoming = shown.appointment.localStart.date() >= ctx.today
                && (shown.appointment.status == storage::AppointmentStatus::Booked
                    || shown.appointment.status == storage::AppointmentStatus::CheckedIn);
            if (upcoming)
                view.next = shown; // latest first: the last one kept is the soonest
            view.appointments << std::move(shown);
        }
        return {};
    });
    if (failed)
        return std::unexpected(*failed);
    if (!done)
        return std::unexpected(ServiceError::fromStorage(done.error()));
    return view;
}

} // namespace np::services
