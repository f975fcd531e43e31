#include "CalendarService.h"

#include "ClinicSchedule.h"

#include "core/JsonReader.h"
#include "storage/AppointmentRepository.h"
#include "storage/PatientRepository.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace np::services {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(CalendarService)
};

// The treatment and the window, checked; the window clipped to start today at the earliest.
std::optional<ServiceError> checkQuery(const UseCaseContext& ctx, const QStringList& areas, SlotQuery& query)
{
    if (!ctx.catalogue.modality(query.modality))
        return ServiceError::invalidAt(u"modality"_s, Tr::tr("unknown modality \"%1\"").arg(query.modality));
    for (const QString& area : areas)
        if (ctx.catalogue.areaIndex(area) < 0)
            return ServiceError::invalidAt(u"areas"_s, Tr::tr("unknown area \"%1\"").arg(area));
    query.areaCount = static_cast<int>(areas.size());
    if (query.to < query.from || query.from.daysTo(query.to) >= LongestSlotWindowDays)
        return ServiceError::invalidAt(u"to"_s,
            Tr::tr("%1 must be from --from (%2) to %3 days after it")
                .arg(isoDate(query.to), isoDate(query.from))
                .arg(LongestSlotWindowDays - 1));
    if (query.to < ctx.today)
        return ServiceError::invalidAt(u"to"_s,
            Tr::tr("%1 is before today (%2): no slot can be booked in the past")
                .arg(isoDate(query.to), isoDate(ctx.today)));
    query.from = std::max(query.from, ctx.today);
    if (!query.target.isValid())
        query.target = query.from;
    return std::nullopt;
}

QString modalityName(const Catalogue& catalogue, const QString& code)
{
    const Modality* modality = catalogue.modality(code);
    return modality ? modality->name : code;
}

// The appointment as an event; summary, location and description are filled by the caller.
print::CalendarEvent baseEvent(
    const storage::AppointmentRecord& a, const storage::StoredClinic& clinic, const QString& databaseUid)
{
    print::CalendarEvent e;
    e.uid = print::appointmentUid(a.id, databaseUid);
    e.sequence = a.version;
    e.localStart = a.localStart;
    e.localEnd = a.patientEnd(clinic.setup.turnoverMinutes);
    e.cancelled = a.status == storage::AppointmentStatus::Cancelled;
    e.createdAt = a.createdAt;
    e.updatedAt = a.updatedAt;
    return e;
}

// The practitioner named by code or database id.
const ClinicPractitioner* findPractitioner(const storage::StoredClinic& clinic, const QString& key)
{
    QString code = clinic.practitionerIds.contains(key) ? key : QString();
    bool numeric = false;
    const qint64 id = key.toLongLong(&numeric);
    for (auto it = clinic.practitionerIds.cbegin(); code.isEmpty() && numeric && it != clinic.practitionerIds.cend();
         ++it)
        if (it.value() == id)
            code = it.key();
    return code.isEmpty() ? nullptr : clinic.setup.practitioner(code);
}

} // namespace

Outcome<QList<Slot>> freeSlots(const UseCaseContext& ctx, qint64 patientId, const QStringList& areas, SlotQuery query)
{
    if (auto problem = checkQuery(ctx, areas, query))
        return std::unexpected(std::move(*problem));
    auto clinic = storedClinic(ctx.db, ctx.catalogue);
    if (!clinic)
        return std::unexpected(clinic.error());
    if (!query.practitioner.isEmpty() && !clinic->setup.practitioner(query.practitioner))
        return std::unexpected(ServiceError::invalidAt(
            u"practitioner"_s, Tr::tr("no practitioner \"%1\" in the clinic set-up").arg(query.practitioner)));
    if (auto patient = storage::PatientRepository(ctx.db).get(patientId); !patient)
        return std::unexpected(ServiceError::fromStorage(patient.error()));
    auto busy = busyDuring(ctx.db, *clinic, query.from, query.to, patientId);
    if (!busy)
        return std::unexpected(ServiceError::fromStorage(busy.error()));
    return findSlots(clinic->setup, ctx.catalogue, query, *busy);
}

Outcome<print::Calendar> practitionerCalendar(
    const UseCaseContext& ctx, const QString& key, const QDate& from, const QDate& to)
{
    if (to < from)
        return std::unexpected(
            ServiceError::invalidAt(u"to"_s, Tr::tr("%1 is before --from %2").arg(isoDate(to), isoDate(from))));
    auto clinic = storedClinic(ctx.db, ctx.catalogue);
    if (!clinic)
        return std::unexpected(clinic.error());
    const ClinicPractitioner* practitioner = findPractitioner(*clinic, key);
    if (!practitioner)
        return std::unexpected(
            ServiceError::invalidAt(u"practitioner"_s, Tr::tr("no practitioner \"%1\" in the clinic set-up").arg(key)));
    storage::AppointmentRepository appointments(ctx.db, clinic->setup.timeZone);
    auto list = appointments.between(QDateTime(from, QTime(0, 0)), QDateTime(to.addDays(1), QTime(0, 0)),
        clinic->practitionerIds.value(practitioner->code));
    if (!list)
        return std::unexpected(ServiceError::fromStorage(list.error()));
    auto uid = ctx.db.uid();
    if (!uid)
        return std::unexpected(ServiceError::fromStorage(uid.error()));
    storage::PatientRepository patients(ctx.db);
    print::Calendar calendar {u"%1: %2"_s.arg(clinic->setup.name, practitioner->name), clinic->setup.timeZone, {}};
    for (const storage::AppointmentRecord& a : *list) {
        if (!storage::holdsTime(a.status))
            continue;
        auto patient = patients.get(a.patientId);
        if (!patient)
            return std::unexpected(ServiceError::fromStorage(patient.error()));
        // The file goes to a phone: the patient's name and the treatment, no health details.
        print::CalendarEvent e = baseEvent(a, *clinic, *uid);
        e.summary
            = u"%1 %2: %3"_s.arg(patient->givenNames, patient->familyName, modalityName(ctx.catalogue, a.modality));
        for (const Room& room : clinic->setup.rooms)
            if (clinic->roomIds.value(room.code) == a.roomId)
                e.location = room.name;
        e.description = Tr::tr("Appointment %1 in Needlepoint.").arg(a.id);
        calendar.events.append(e);
    }
    return calendar;
}

Outcome<print::Calendar> patientCalendar(const UseCaseContext& ctx, qint64 patientId)
{
    auto clinic = storedClinic(ctx.db, ctx.catalogue);
    if (!clinic)
        return std::unexpected(clinic.error());
    auto patient = storage::PatientRepository(ctx.db).get(patientId);
    if (!patient)
        return std::unexpected(ServiceError::fromStorage(patient.error()));
    auto list = storage::AppointmentRepository(ctx.db, clinic->setup.timeZone).forPatient(patientId);
    if (!list)
        return std::unexpected(ServiceError::fromStorage(list.error()));
    auto uid = ctx.db.uid();
    if (!uid)
        return std::unexpected(ServiceError::fromStorage(uid.error()));
    const ClinicSetup& setup = clinic->setup;
    print::Calendar calendar {setup.name, setup.timeZone, {}};
    for (const storage::AppointmentRecord& a : *list) {
        print::CalendarEvent e = baseEvent(a, *clinic, *uid);
        e.summary = Tr::tr("%1 at %2").arg(modalityName(ctx.catalogue, a.modality), setup.name);
        e.location = setup.address.isEmpty() ? setup.name : u"%1, %2"_s.arg(setup.name, setup.address);
        QString with;
        for (const ClinicPractitioner& p : setup.practitioners)
            if (clinic->practitionerIds.value(p.code) == a.practitionerId)
                with = p.name;
        e.description = setup.phone.isEmpty() ? Tr::tr("With %1.").arg(with)
                                              : Tr::tr("With %1. To change or cancel, call %2.").arg(with, setup.phone);
        calendar.events.append(e);
    }
    return calendar;
}

Outcome<CalendarSpan> calendarSpan(const UseCaseContext& ctx, const QDate& from, int days, const QString& practitioner)
{
    if (days < 1 || days > 31)
        return std::unexpected(
            ServiceError::invalidAt(u"days"_s, Tr::tr("%1 days: a calendar shows 1 to 31").arg(days)));
    CalendarSpan out;
    out.from = from;
    out.days = days;
    std::optional<ServiceError> failure;
    const auto done = ctx.db.readSnapshot([&]() -> storage::Result<void> {
        auto clinic = storedClinic(ctx.db, ctx.catalogue);
        if (!clinic) {
            failure = clinic.error();
            return {};
        }
        out.clinic = std::move(*clinic);
        std::optional<qint64> practitionerId;
        if (!practitioner.isEmpty()) {
            if (!out.clinic.practitionerIds.contains(practitioner)) {
                failure = ServiceError::invalidAt(
                    u"practitioner"_s, Tr::tr("no practitioner \"%1\" in the clinic set-up").arg(practitioner));
                return {};
            }
            out.practitioner = practitioner;
            practitionerId = out.clinic.practitionerIds.value(practitioner);
        }
        auto names = storage::readResourceNames(ctx.db);
        if (!names)
            return std::unexpected(names.error());
        out.names = std::move(*names);
        auto list = storage::AppointmentRepository(ctx.db, out.clinic.setup.timeZone)
                        .labelledBetween(from, from.addDays(days), practitionerId);
        if (!list)
            return std::unexpected(list.error());
        out.items = std::move(*list);
        return {};
    });
    if (failure)
        return std::unexpected(std::move(*failure));
    if (!done)
        return std::unexpected(ServiceError::fromStorage(done.error()));
    return out;
}

} // namespace np::services
