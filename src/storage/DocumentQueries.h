#pragma once

#include "Database.h"
#include "PatientRepository.h"
#include "StorageError.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace np::storage {

// The reads behind printed documents that no repository has (issue 5); the documents themselves
// are put together in src/print/DocumentSources.

// One appointment of a day as the front desk sheet shows it, beside its AppointmentRecord.
struct DaySheetEntry {
    qint64 appointmentId = 0;
    PatientRecord patient;
    int sessionNumber = 0; // in its series; 0: not a series session
    int sessionCount = 0; // sessions planned in that series
    bool firstVisit = false; // no earlier appointment of the patient was checked in or completed
    // A clinician must review before treating: the patient's latest full screening on or before the
    // day says "review" and was not overridden, or the check-in re-screen of the day says so.
    bool reviewNeeded = false;
    // The latest full screening on or before the day says "blocked": not to be treated as screened.
    bool screeningBlocked = false;
    // No consent covers the appointment's modality on the day (ConsentRepository::validFor's rule).
    bool consentMissing = false;
};

// Every appointment of `day` (clinic wall-clock time), cancelled and no-show ones too, by start,
// with their patients and flags. One query, whatever the number of appointments.
[[nodiscard]] Result<QList<DaySheetEntry>> readDaySheet(Database& db, const QDate& day);

// The names of every practitioner, room and device by database id, inactive ones included (old
// appointments still point at them). The rows follow the clinic set-up's names.
struct ResourceNames {
    QHash<qint64, QString> practitioners;
    QHash<qint64, QString> rooms;
    QHash<qint64, QString> devices;
};
[[nodiscard]] Result<ResourceNames> readResourceNames(Database& db);

} // namespace np::storage
