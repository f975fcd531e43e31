#include "PatientService.h"

#include "storage/PatientFile.h"
#include "storage/PatientValidation.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace np::services {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(PatientService)
};

storage::PatientRepository repository(const UseCaseContext& ctx)
{
    storage::PatientRepository patients(ctx.db);
    patients.setClock(ctx.clock);
    patients.setToday(ctx.today);
    return patients;
}

} // namespace

Outcome<storage::PatientRecord> patient(const UseCaseContext& ctx, qint64 id)
{
    return outcomeOf(repository(ctx).get(id));
}

Outcome<qint64> addPatient(const UseCaseContext& ctx, const storage::PatientRecord& patient)
{
    return outcomeOf(repository(ctx).add(patient, ctx.actor.name));
}

Outcome<int> updatePatient(const UseCaseContext& ctx, const storage::PatientRecord& patient)
{
    if (auto updated = repository(ctx).update(patient, ctx.actor.name); !updated)
        return std::unexpected(ServiceError::fromStorage(updated.error()));
    // The update succeeded only from patient.version, and moved it on by one.
    return patient.version + 1;
}

Outcome<int> setPatientArchived(const UseCaseContext& ctx, qint64 id, int version, bool archived)
{
    storage::PatientRepository patients = repository(ctx);
    auto before = patients.get(id);
    if (!before)
        return std::unexpected(ServiceError::fromStorage(before.error()));
    if (auto done = patients.setArchived(id, version, archived, ctx.actor.name); !done)
        return std::unexpected(ServiceError::fromStorage(done.error()));
    // Already so at the version read: nothing changed. Otherwise it succeeded from `version`.
    const bool unchanged = before->version == version && before->archived == archived;
    return unchanged ? version : version + 1;
}

Problems checkPatient(const UseCaseContext& ctx, const storage::PatientRecord& patient)
{
    return storage::validatePatient(patient, ctx.today);
}

Outcome<std::optional<DuplicatePatient>> likelyDuplicate(
    const UseCaseContext& ctx, const storage::PatientRecord& patient)
{
    using Reason = DuplicatePatient::Reason;
    storage::PatientRepository patients = repository(ctx);
    // Each rule asked on its own, the strongest first, so that the reason given is the best one.
    std::optional<qint64> id;
    Reason reason = Reason::NameAndBirthDate;
    for (const Reason rule : {Reason::NameAndBirthDate, Reason::Email, Reason::Phone}) {
        auto found = rule == Reason::NameAndBirthDate ? patients.findSameNameAndBirthDate(patient)
            : rule == Reason::Email                   ? patients.findSameEmail(patient)
                                                      : patients.findSamePhone(patient);
        if (!found)
            return std::unexpected(ServiceError::fromStorage(found.error()));
        if (*found) {
            id = *found;
            reason = rule;
            break;
        }
    }
    if (!id)
        return std::optional<DuplicatePatient>();
    auto stored = patients.get(*id);
    if (!stored)
        return std::unexpected(ServiceError::fromStorage(stored.error()));
    return std::optional(DuplicatePatient {std::move(*stored), reason});
}

Outcome<storage::CsvImportReport> importPatients(
    const UseCaseContext& ctx, QByteArrayView bytes, storage::CsvImportOptions options, bool dryRun)
{
    options.today = ctx.today;
    return outcomeOf(storage::importPatientCsv(ctx.db, bytes, options, dryRun, ctx.actor.name, ctx.clock));
}

Outcome<QList<storage::PatientMatch>> searchPatients(
    const UseCaseContext& ctx, const QString& text, int limit, bool includeArchived)
{
    return outcomeOf(repository(ctx).search(text, limit, includeArchived));
}

bool isDatabaseFile(const UseCaseContext& ctx, const QString& path)
{
    const QFileInfo file(path);
    if (!file.exists())
        return false;
    const QString canonical = file.canonicalFilePath();
    const QString database = QFileInfo(ctx.db.path()).canonicalFilePath();
    for (const char16_t* suffix : {u"", u"-wal", u"-shm", u"-journal"})
        if (canonical == database + QStringView(suffix))
            return true;
    return false;
}

Outcome<QByteArray> readPatientFile(const UseCaseContext& ctx, const QString& path, qint64 maxBytes)
{
    if (isDatabaseFile(ctx, path))
        return std::unexpected(ServiceError::invalid(
            Tr::tr("%1 is the patient database itself, not a patient file; choose a spreadsheet file (CSV)")
                .arg(path)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(ServiceError::invalid(Tr::tr("%1 cannot be read: %2").arg(path, file.errorString())));
    return maxBytes < 0 ? file.readAll() : file.read(maxBytes);
}

Outcome<storage::CsvImportReport> importPatientFile(
    const UseCaseContext& ctx, const QString& path, storage::CsvImportOptions options, bool dryRun)
{
    auto bytes = readPatientFile(ctx, path);
    if (!bytes)
        return std::unexpected(bytes.error());
    return importPatients(ctx, *bytes, std::move(options), dryRun);
}

Outcome<qsizetype> exportPatients(const UseCaseContext& ctx, const QString& path)
{
    if (isDatabaseFile(ctx, path))
        return std::unexpected(
            ServiceError::invalid(Tr::tr("%1 is the database itself; export to another file").arg(path)));
    return outcomeOf(storage::exportPatientCsv(ctx.db, path));
}

Outcome<QList<storage::DocumentGivenRecord>> documentsGiven(const UseCaseContext& ctx, qint64 patientId)
{
    return outcomeOf(storage::DocumentLogRepository(ctx.db).forPatient(patientId));
}

Outcome<QJsonObject> patientFile(const UseCaseContext& ctx, qint64 id)
{
    return outcomeOf(storage::patientFileJson(ctx.db, id));
}

} // namespace np::services
