#include "PatientDocuments.h"

#include "storage/AppointmentRepository.h"
#include "storage/ClinicRepository.h"
#include "storage/SeriesRepository.h"

#include "core/Catalogue.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>

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

// "Acne scars, Automated microneedling pen, from 1 Dec 2026 (active)": in the app's language
// where it has the words, the catalogue's names for the treatment.
QString seriesLabel(const Catalogue& catalogue, const storage::SeriesRecord& s)
{
    const Indication* indication = catalogue.indication(s.indication);
    const Modality* modality = catalogue.modality(s.modality);
    const QDate from = s.sessions.isEmpty() ? QDate() : s.sessions.first().plannedDate;
    return QCoreApplication::translate("PatientDocuments", "%1, %2, from %3 (%4)")
        .arg(indication ? indication->name : s.indication, modality ? modality->name : s.modality,
            QLocale().toString(from, QLocale::ShortFormat),
            s.status == u"active" ? QCoreApplication::translate("PatientDocuments", "under way")
                                  : QCoreApplication::translate("PatientDocuments", "planned"));
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
    QList<SeriesChoice> open;
    for (const storage::SeriesRecord& s : *series)
        if (s.status == u"planned" || s.status == u"active")
            open.append({s.id, seriesLabel(catalogue, s)});
    std::optional<qint64> nextSeries;
    if (next && next->sessionId) {
        const auto session = seriesRepository.session(*next->sessionId);
        if (!session)
            return std::unexpected(session.error());
        if (std::ranges::any_of(open, [&](const SeriesChoice& c) { return c.id == session->seriesId; }))
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

} // namespace np::app
