#pragma once

#include "ServiceError.h"
#include "UseCaseContext.h"

#include <QJsonObject>

#include "storage/DocumentLogRepository.h"
#include "storage/PatientCsv.h"
#include "storage/PatientRepository.h"

#include <QByteArrayView>

#include <optional>

// The patients the front desk keeps: added, corrected, archived and restored, imported from and
// exported to the clinic's spreadsheets. Every change is checked by the one set of rules
// (storage/PatientValidation), checked against ctx.today, and audited as ctx.actor.
namespace np::services {

[[nodiscard]] Outcome<storage::PatientRecord> patient(const UseCaseContext& ctx, qint64 id);

// A new patient's id. A record the rules refuse is a storage Invalid naming each field.
[[nodiscard]] Outcome<qint64> addPatient(const UseCaseContext& ctx, const storage::PatientRecord& patient);

// Stores `patient` over the record read at patient.version; the new version. A record changed
// meanwhile by someone else is a storage Conflict naming it.
[[nodiscard]] Outcome<int> updatePatient(const UseCaseContext& ctx, const storage::PatientRecord& patient);

// Archives (or restores) the patient read at `version`; the version after it (the same when the
// patient already was so at that version: nothing changes, nothing is audited).
[[nodiscard]] Outcome<int> setPatientArchived(const UseCaseContext& ctx, qint64 id, int version, bool archived);

// What is wrong with `patient` before it is saved, field by field (each problem's path is the
// column name: "birth_date", "email"), by the rules addPatient and a CSV import apply, against
// ctx.today. Empty: it can be saved. Reads nothing.
[[nodiscard]] Problems checkPatient(const UseCaseContext& ctx, const storage::PatientRecord& patient);

// A stored patient a new or edited record would likely duplicate, and why.
struct DuplicatePatient {
    enum class Reason { NameAndBirthDate, Email, Phone };
    storage::PatientRecord patient;
    Reason reason = Reason::NameAndBirthDate;
};

// The stored patient `patient` would likely duplicate (same name and birth date, else same email,
// else same phone number, digits compared), to show before saving; none when there is none.
// `patient` itself (by id) never counts.
[[nodiscard]] Outcome<std::optional<DuplicatePatient>> likelyDuplicate(
    const UseCaseContext& ctx, const storage::PatientRecord& patient);

// A patient file checked against itself and the database and, unless `dryRun` or any problem,
// imported in one transaction (docs/patient-csv.md). Birth dates are checked against ctx.today.
[[nodiscard]] Outcome<storage::CsvImportReport> importPatients(
    const UseCaseContext& ctx, QByteArrayView bytes, storage::CsvImportOptions options, bool dryRun);

// Whether `path` names one of the files of ctx's database (the database itself, its -wal, -shm or
// -journal), under whatever name: such a file is SQLite's alone, never read or written as a plain
// file (closing another handle on it would drop the live connection's locks).
[[nodiscard]] bool isDatabaseFile(const UseCaseContext& ctx, const QString& path);

// The patient file at `path` (its first `maxBytes` when not negative), read as bytes; a file of
// the database itself is refused (Invalid), and one that cannot be read is Invalid naming it.
[[nodiscard]] Outcome<QByteArray> readPatientFile(const UseCaseContext& ctx, const QString& path, qint64 maxBytes = -1);

// The patient file at `path` read (readPatientFile) and imported as importPatients does.
[[nodiscard]] Outcome<storage::CsvImportReport> importPatientFile(
    const UseCaseContext& ctx, const QString& path, storage::CsvImportOptions options, bool dryRun);

// As-you-type search (PatientRepository::search): best matches first.
[[nodiscard]] Outcome<QList<storage::PatientMatch>> searchPatients(
    const UseCaseContext& ctx, const QString& text, int limit, bool includeArchived);

// Every patient written to `path` (replaced whole, atomically); how many. The database file itself
// is refused (Invalid), whatever name it is given by.
[[nodiscard]] Outcome<qsizetype> exportPatients(const UseCaseContext& ctx, const QString& path);

// The documents given to the patient, newest first.
[[nodiscard]] Outcome<QList<storage::DocumentGivenRecord>> documentsGiven(const UseCaseContext& ctx, qint64 patientId);

// Everything the database holds for the patient, as `needlepoint-cli patients show` prints it.
[[nodiscard]] Outcome<QJsonObject> patientFile(const UseCaseContext& ctx, qint64 id);

} // namespace np::services
