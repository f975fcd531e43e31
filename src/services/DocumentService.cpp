#include "DocumentService.h"

#include "storage/AppointmentRepository.h"
#include "storage/ClinicRepository.h"

#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace np::services {

namespace {

using storage::AppointmentRecord;
using storage::AppointmentStatus;

storage::Result<QTimeZone> clinicZone(const UseCaseContext& ctx)
{
    auto clinic = repositoryFor<storage::ClinicRepository>(ctx).current();
    if (!clinic)
        return std::unexpected(clinic.error());
    return *clinic ? (*clinic)->setup.timeZone : QTimeZone::systemTimeZone();
}

bool isOpen(const storage::SeriesRecord& s)
{
    return s.status == u"planned" || s.status == u"active";
}

} // namespace

Outcome<DocumentSubjects> documentSubjects(const UseCaseContext& ctx, qint64 patientId, const QDateTime& now)
{
    const auto zone = clinicZone(ctx);
    if (!zone)
        return std::unexpected(ServiceError::fromStorage(zone.error()));
    storage::AppointmentRepository appointments(ctx.db, *zone);
    const auto visits = appointments.forPatient(patientId);
    if (!visits)
        return std::unexpected(ServiceError::fromStorage(visits.error()));
    auto seriesRepository = repositoryFor<storage::SeriesRepository>(ctx);
    const auto series = seriesRepository.forPatient(patientId);
    if (!series)
        return std::unexpected(ServiceError::fromStorage(series.error()));

    DocumentSubjects out;
    const qint64 nowMinute = now.toSecsSinceEpoch() / 60;
    const AppointmentRecord* last = nullptr;
    const AppointmentRecord* lastToday = nullptr;
    const AppointmentRecord* next = nullptr;
    for (const AppointmentRecord& a : *visits) {
        const bool seen = a.status == AppointmentStatus::Completed || a.status == AppointmentStatus::CheckedIn;
        if (seen && (!last || a.startMinute > last->startMinute))
            last = &a;
        if (seen && a.localStart.date() == now.date() && (!lastToday || a.startMinute > lastToday->startMinute))
            lastToday = &a;
        const bool ahead = a.status == AppointmentStatus::Booked && a.startMinute >= nowMinute;
        if (ahead && (!next || a.startMinute < next->startMinute))
            next = &a;
    }
    if (lastToday || last)
        out.lastVisit = (lastToday ? lastToday : last)->id;
    if (next)
        out.nextBooked = next->id;

    // The series under way or about to start, and the one the next appointment belongs to.
    QList<storage::SeriesRecord> open;
    for (const storage::SeriesRecord& s : *series)
        if (isOpen(s))
            open.append(s);
    std::optional<qint64> nextSeries;
    if (next && next->sessionId) {
        const auto session = seriesRepository.session(*next->sessionId);
        if (!session)
            return std::unexpected(ServiceError::fromStorage(session.error()));
        if (std::ranges::any_of(open, [&](const storage::SeriesRecord& s) { return s.id == session->seriesId; }))
            nextSeries = session->seriesId;
    }
    const std::optional<qint64> meant
        = nextSeries ? nextSeries : (open.size() == 1 ? std::optional(open.first().id) : std::nullopt);
    out.cardSeries = meant;
    out.consentSeries = meant;
    if (!meant && open.size() > 1) {
        out.cardChoices = open;
        out.consentChoices = open;
    }
    if (open.isEmpty() && !series->isEmpty())
        out.consentSeries = series->last().id; // all over: the latest, to print again
    return out;
}

Outcome<QList<print::PreparedDocument>> prepareDocuments(
    const UseCaseContext& ctx, const print::DocumentResources& resources, const print::DocumentRequest& request)
{
    auto documents = print::prepareDocuments(ctx.db, ctx.catalogue, resources, request);
    if (!documents) {
        if (documents.error().storage)
            return std::unexpected(ServiceError::fromStorage(*documents.error().storage));
        return std::unexpected(ServiceError::invalid(documents.error().problems));
    }
    return std::move(*documents);
}

Outcome<void> recordDocumentsGiven(
    const UseCaseContext& ctx, const QList<print::PreparedDocument>& documents, const QString& output)
{
    return outcomeOf(print::recordGiven(ctx.db, documents, output, ctx.actor.name, ctx.clock));
}

} // namespace np::services
