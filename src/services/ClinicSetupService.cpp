#include "ClinicSetupService.h"

#include "ClinicSchedule.h"

#include "core/BookingRules.h"
#include "core/ClinicLoader.h"
#include "storage/PatientRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace np::services {

Outcome<storage::StoredClinic> loadClinic(
    const UseCaseContext& ctx, const ClinicSetup& setup, const QByteArray& logo, std::optional<int> expectedVersion)
{
    auto clinics = repositoryFor<storage::ClinicRepository>(ctx);
    return outcomeOf(clinics.load(setup, logo, ctx.actor.name, expectedVersion));
}

namespace {

// How far ahead the check of a changed set-up looks: further than any series is booked.
constexpr int BrokenLookAheadYears = 5;

BookingChoice choiceOf(const storage::AppointmentRecord& a, const storage::StoredClinic& clinic)
{
    BookingChoice c;
    c.practitioner = storage::codesById(clinic.practitionerIds).value(a.practitionerId);
    c.room = storage::codesById(clinic.roomIds).value(a.roomId);
    c.device = a.deviceId ? storage::codesById(clinic.deviceIds).value(*a.deviceId) : QString();
    c.modality = a.modality;
    c.areaCount = static_cast<int>(a.areas.size());
    c.localStart = a.localStart;
    return c;
}

// appointmentsBrokenBy() against `stored`, the set-up as it is.
Outcome<QList<BrokenAppointment>> brokenAgainst(
    const UseCaseContext& ctx, const storage::StoredClinic& stored, const ClinicSetup& setup)
{
    storage::AppointmentRepository appointments(ctx.db, stored.setup.timeZone);
    const QDateTime from(ctx.today, QTime(0, 0));
    auto coming = appointments.between(from, from.addYears(BrokenLookAheadYears));
    if (!coming)
        return std::unexpected(ServiceError::fromStorage(coming.error()));
    QList<BrokenAppointment> out;
    storage::PatientRepository patients(ctx.db);
    QHash<qint64, QString> names;
    for (storage::AppointmentRecord& a : *coming) {
        if (!storage::holdsTime(a.status))
            continue;
        const BookingChoice choice = choiceOf(a, stored);
        const auto reason = bookingRefusal(setup, ctx.catalogue, choice);
        if (!reason || bookingRefusal(stored.setup, ctx.catalogue, choice))
            continue; // allowed after the change, or refused already before it
        if (!names.contains(a.patientId)) {
            auto p = patients.get(a.patientId);
            if (!p)
                return std::unexpected(ServiceError::fromStorage(p.error()));
            names.insert(a.patientId, p->familyName + u", "_s + p->givenNames);
        }
        out.append({std::move(a), names.value(a.patientId), *reason});
    }
    return out;
}

} // namespace

Outcome<QList<BrokenAppointment>> appointmentsBrokenBy(const UseCaseContext& ctx, const ClinicSetup& setup)
{
    auto stored = repositoryFor<storage::ClinicRepository>(ctx).current();
    if (!stored)
        return std::unexpected(ServiceError::fromStorage(stored.error()));
    if (!*stored)
        return QList<BrokenAppointment> {};
    return brokenAgainst(ctx, **stored, setup);
}

Outcome<ClinicUpdate> updateClinic(const UseCaseContext& ctx, const ClinicSetup& setup, const QByteArray& logo,
    std::optional<int> expectedVersion, BrokenAppointments policy)
{
    ClinicUpdate out;
    const auto done = inOneTransaction(ctx, [&]() -> Outcome<void> {
        auto broken = appointmentsBrokenBy(ctx, setup);
        if (!broken)
            return std::unexpected(broken.error());
        out.broken = std::move(*broken);
        if (!out.broken.isEmpty() && policy == BrokenAppointments::Refuse)
            return {};
        auto stored = repositoryFor<storage::ClinicRepository>(ctx).load(setup, logo, ctx.actor.name, expectedVersion);
        if (!stored)
            return std::unexpected(ServiceError::fromStorage(stored.error()));
        out.stored = std::move(*stored);
        return {};
    });
    if (!done)
        return std::unexpected(done.error());
    return out;
}

Outcome<storage::StoredClinic> clinic(const UseCaseContext& ctx)
{
    return storedClinic(ctx.db, ctx.catalogue);
}

Outcome<ClinicFile> readClinicFile(
    const Catalogue& catalogue, const QByteArray& bytes, const QString& name, const QString& folder)
{
    auto setup = parseClinicSetup(bytes, name, catalogue);
    if (!setup)
        return std::unexpected(ServiceError::invalid(setup.error()));
    ClinicFile out {std::move(*setup), {}};
    if (!out.setup.logo.isEmpty()) {
        const QString path = QDir(folder).filePath(out.setup.logo);
        QFile image(path);
        if (!image.open(QIODevice::ReadOnly))
            return std::unexpected(ServiceError::invalid(Problems {{name, u"clinic.logo"_s,
                QCoreApplication::translate("ClinicSetupService", "cannot read %1: %2")
                    .arg(path, image.errorString())}}));
        out.logo = image.readAll();
    }
    return out;
}

Outcome<Problems> setupProblemsWith(const UseCaseContext& ctx, const Catalogue& catalogue)
{
    auto stored = clinic(ctx);
    if (!stored)
        return stored.error().kind == ServiceError::Kind::NotSetUp ? Outcome<Problems>(Problems {})
                                                                   : std::unexpected(stored.error());
    const QByteArray json = QJsonDocument(clinicSetupToJson(stored->setup)).toJson();
    auto fits
        = parseClinicSetup(json, QCoreApplication::translate("ClinicSetupService", "the clinic's set-up"), catalogue);
    return fits ? Problems {} : fits.error();
}

Outcome<qint64> addPractitioner(const UseCaseContext& ctx, const storage::PractitionerRecord& p)
{
    return outcomeOf(repositoryFor<storage::PractitionerRepository>(ctx).add(p, ctx.actor.name));
}

Outcome<void> updatePractitioner(const UseCaseContext& ctx, const storage::PractitionerRecord& p)
{
    return outcomeOf(repositoryFor<storage::PractitionerRepository>(ctx).update(p, ctx.actor.name));
}

Outcome<void> setPractitionerActive(const UseCaseContext& ctx, qint64 id, int version, bool active)
{
    return outcomeOf(
        repositoryFor<storage::PractitionerRepository>(ctx).setActive(id, version, active, ctx.actor.name));
}

Outcome<QList<storage::PractitionerRecord>> practitioners(const UseCaseContext& ctx, bool includeInactive)
{
    return outcomeOf(repositoryFor<storage::PractitionerRepository>(ctx).all(includeInactive));
}

} // namespace np::services
