#pragma once

#include "PatientTestSupport.h"

#include "core/ClinicLoader.h"
#include "storage/AppointmentRepository.h"
#include "storage/ClinicRepository.h"

namespace np::test {

inline ClinicSetup exampleClinic()
{
    const QByteArray bytes
        = readFile(QStringLiteral(NEEDLEPOINT_SOURCE_DIR) + QStringLiteral("/resources/examples/clinic.json"));
    auto clinic = parseClinicSetup(bytes, QStringLiteral("clinic.json"), builtInCatalogue());
    if (!clinic)
        FAIL(joinProblems(clinic.error()).toStdString());
    return *clinic;
}

// A database with the example clinic (Europe/London) loaded and two patients.
struct SchedulingFixture {
    PatientFixture base;
    storage::ClinicRepository clinics {*base.db, builtInCatalogue()};
    storage::StoredClinic clinic;
    qint64 jose = 0;
    qint64 siobhan = 0;

    explicit SchedulingFixture(const ClinicSetup& setup = exampleClinic())
    {
        clinics.setClock(pinnedNow);
        auto loaded = clinics.load(setup, QByteArray(), QStringLiteral("ana"));
        if (!loaded)
            FAIL(loaded.error().message.toStdString());
        clinic = *loaded;
        jose = *base.patients.add(samplePatient(), QStringLiteral("ana"));
        siobhan
            = *base.patients.add(patient(QStringLiteral("O'Brien"), QStringLiteral("Siobhán")), QStringLiteral("ana"));
    }

    storage::Database& db() { return *base.db; }

    storage::AppointmentRepository appointments()
    {
        storage::AppointmentRepository repo(*base.db, clinic.setup.timeZone);
        repo.setClock(pinnedNow);
        return repo;
    }

    // 65 minutes with Ana in room 1 on pen 1 unless told otherwise.
    storage::BookingRequest request(qint64 patientId, const QDateTime& localStart) const
    {
        storage::BookingRequest r;
        r.patientId = patientId;
        r.practitionerId = clinic.practitionerIds.value(QStringLiteral("ana"));
        r.roomId = clinic.roomIds.value(QStringLiteral("room-1"));
        r.deviceId = clinic.deviceIds.value(QStringLiteral("pen-1"));
        r.localStart = localStart;
        r.durationMinutes = 65;
        r.modality = QStringLiteral("automated_pen");
        r.areas = {QStringLiteral("cheeks")};
        return r;
    }
};

inline QDateTime at(const char* day, int hour, int minute = 0)
{
    return QDateTime(date(day), QTime(hour, minute));
}

} // namespace np::test
