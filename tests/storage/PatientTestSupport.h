#pragma once

#include "StorageTestSupport.h"

#include "storage/PatientRepository.h"

#include <QDateTime>
#include <QTimeZone>

namespace np::test {

// The pinned clock of the patient tests: 2026-03-01 09:30 UTC.
inline QDateTime pinnedNow()
{
    return QDateTime(QDate(2026, 3, 1), QTime(9, 30), QTimeZone::utc());
}

// A patient with every field set.
inline storage::PatientRecord samplePatient()
{
    storage::PatientRecord p;
    p.familyName = QStringLiteral("García");
    p.givenNames = QStringLiteral("José Luis");
    p.preferredName = QStringLiteral("Pepe");
    p.birthDate = QDate(1985, 3, 2);
    p.sex = QStringLiteral("M");
    p.phone = QStringLiteral("(555) 123-4567");
    p.email = QStringLiteral("jose.garcia@example.com");
    p.address = QStringLiteral("Calle Mayor 1\n28013 Madrid");
    p.preferredLanguage = QStringLiteral("es");
    p.fitzpatrick = 3;
    p.notes = QStringLiteral("Prefers morning appointments.");
    return p;
}

inline storage::PatientRecord patient(const QString& family, const QString& given, QDate birth = QDate(1990, 1, 1))
{
    storage::PatientRecord p;
    p.familyName = family;
    p.givenNames = given;
    p.birthDate = birth;
    return p;
}

// A database with a patient repository on the pinned clock.
struct PatientFixture {
    TempDatabase db;
    storage::PatientRepository patients {*db};

    PatientFixture() { patients.setClock(pinnedNow); }

    qint64 add(const storage::PatientRecord& p)
    {
        auto id = patients.add(p, QStringLiteral("tester"));
        if (!id)
            FAIL(id.error().message.toStdString());
        return *id;
    }
};

} // namespace np::test
