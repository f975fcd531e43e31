#include "PatientDocuments.h"

#include "storage/AppointmentRepository.h"
#include "storage/ClinicRepository.h"
#include "storage/SeriesRepository.h"

#include <QTimeZone>

namespace np::app {

namespace {

using storage::AppointmentRecord;
using storage::AppointmentStatus;

storage::Result<QTimeZone> clinicZone(storage::Database& db, const Catalogue& catalogue)
{
    storage::ClinicRepository clinics(db, catalogue);
    auto clinic = clinics.current();
    if (!clinic)
        return std::unexpected(clinic.error());
    return *clinic ? (*clinic)->setup.timeZone : QTimeZone::systemTimeZone();
}

} // namespace

storage::Result<PatientDocuments> findPatientDocuments(
    storage::Database& db, const Catalogue& catalogue, qint64 patientId, const QDateTime& now)
{
    const auto zone = clinicZone(db, catalogue);
    if (!zone)
        return std::unexpected(zone.error());
    storage::AppointmentRepository appointments(db, *zone);
    const auto visits = appointments.forPatient(patientId);
    if (!visits)
        return std::unexpected(visits.error());
    storage::SeriesRepository seriesRepository(db, catalogue);
    const auto series = seriesRepository.forPatient(patientId);
    if (!series)
        return std::unexpected(series.error());

    PatientDocuments out;
    const qint64 nowMinute = now.toSecsSinceEpoch() / 60;
    const AppointmentRecord* last = nullptr;
    const AppointmentRecord* next = nullptr;
    for (const AppointmentRecord& a : *visits) {
        const bool seen = a.status == AppointmentStatus::Completed || a.status == AppointmentStatus::CheckedIn;
        if (seen && (!last || a.startMinute > last->startMinute))
            last = &a;
        const bool ahead = a.status == AppointmentStatus::Booked && a.startMinute >= nowMinute;
        if (ahead && (!next || a.startMinute < next->startMinute))
            next = &a;
    }
    if (last)
        out.lastVisit = last->id;
    if (next)
        out.nextBooked = next->id;
    if (!series->isEmpty())
        out.latestSeries = series->last().id;
    out.cardSeries = out.latestSeries;
    if (next && next->sessionId) {
        const auto session = seriesRepository.session(*next->sessionId);
        if (!session)
            return std::unexpected(session.error());
        out.cardSeries = session->seriesId;
    }
    return out;
}

} // namespace np::app
