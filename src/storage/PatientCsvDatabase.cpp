// The parts of patient CSV import and export that touch the database (the rest, pure, is in
// PatientCsv.cpp).
#include "PatientCsv.h"

#include "core/AtomicFile.h"

#include "SearchText.h"
#include "Statement.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace np::storage {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(PatientCsv)
};

// The stored patients that any of `patients` duplicates, asked of the repository row by row: for
// a few rows, cheaper than reading every stored patient. Each rule is asked separately so that a
// row matching one patient by email and another by name is reported against both.
Result<QList<PatientRecord>> possibleDuplicates(PatientRepository& repository, const QList<PatientRecord>& patients)
{
    QList<PatientRecord> found;
    QSet<qint64> seen;
    for (const PatientRecord& p : patients) {
        for (auto rule : {&PatientRepository::findSameNameAndBirthDate, &PatientRepository::findSameEmail}) {
            auto id = (repository.*rule)(p);
            if (!id)
                return std::unexpected(id.error());
            if (!*id || seen.contains(**id))
                continue;
            seen.insert(**id);
            auto stored = repository.get(**id);
            if (!stored)
                return std::unexpected(stored.error());
            found.append(std::move(*stored));
        }
    }
    return found;
}

// Every stored patient, archived too, with only what checkAgainstExisting() reads: id, names,
// birth date, email, archived and external reference. For a large import, one pass over the table is cheaper than a
// lookup per row, and reading six columns through the C API is cheaper than whole records.
Result<QList<PatientRecord>> duplicateCandidates(Database& db)
{
    auto q = DirectStatement::prepare(db.connection(),
        "SELECT id, family_name, given_names, birth_date, email, archived, external_ref FROM patients ORDER BY id",
        Tr::tr("the patients"));
    if (!q)
        return std::unexpected(q.error());
    QList<PatientRecord> out;
    for (;;) {
        auto row = q->next();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        PatientRecord& p = out.emplace_back();
        p.id = q->integerAt(0);
        p.familyName = q->textAt(1);
        p.givenNames = q->textAt(2);
        p.birthDate = QDate::fromString(q->textAt(3), Qt::ISODate);
        p.email = q->textAt(4);
        p.archived = q->integerAt(5) != 0;
        p.externalRef = q->textAt(6);
    }
    return out;
}

// The stored patient each row with an external reference updates, by row index: asked of the
// repository row by row (a small file).
Result<QHash<qsizetype, PatientRecord>> storedByExternalRef(
    PatientRepository& repository, const QList<PatientRecord>& patients)
{
    QHash<qsizetype, PatientRecord> out;
    for (qsizetype i = 0; i < patients.size(); ++i) {
        auto id = repository.findByExternalRef(patients[i].externalRef);
        if (!id)
            return std::unexpected(id.error());
        if (!*id)
            continue;
        auto stored = repository.get(**id);
        if (!stored)
            return std::unexpected(stored.error());
        out.insert(i, std::move(*stored));
    }
    return out;
}

// The same for a large file: every stored reference read once.
Result<QHash<qsizetype, PatientRecord>> storedByExternalRef(Database& db, const QList<PatientRecord>& patients)
{
    QHash<qsizetype, PatientRecord> out;
    if (std::ranges::none_of(patients, [](const PatientRecord& p) { return !p.externalRef.trimmed().isEmpty(); }))
        return out;
    auto q = DirectStatement::prepare(
        db.connection(), "SELECT id, external_ref FROM patients WHERE external_ref <> ''", Tr::tr("the patients"));
    if (!q)
        return std::unexpected(q.error());
    QHash<QString, qint64> idByRef;
    for (;;) {
        auto row = q->next();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        idByRef.insert(externalRefKey(q->textAt(1)), q->integerAt(0));
    }
    PatientRepository repository(db);
    for (qsizetype i = 0; i < patients.size(); ++i) {
        const qint64 id = idByRef.value(externalRefKey(patients[i].externalRef), 0);
        if (!id || patients[i].externalRef.trimmed().isEmpty())
            continue;
        auto stored = repository.get(id);
        if (!stored)
            return std::unexpected(stored.error());
        out.insert(i, std::move(*stored));
    }
    return out;
}

} // namespace

Result<CsvImportReport> importPatientCsv(Database& db, QByteArrayView bytes, const CsvImportOptions& options,
    bool dryRun, const QString& actor, const Clock& clock)
{
    ParsedPatients parsed = parsePatientCsv(bytes, options);
    CsvImportReport report;
    report.dryRun = dryRun;
    const auto told = [&](CsvStage stage, qsizetype done, qsizetype total) {
        return !options.progress || options.progress(stage, done, total);
    };
    if (parsed.cancelled || !told(CsvStage::Checking, 0, parsed.patients.size())) {
        report.cancelled = true;
        return report;
    }
    PatientRepository repository(db);
    repository.setClock(clock);
    repository.setToday(options.today); // one "today" for the file's check and the repository's
    const bool bulk = parsed.patients.size() >= options.bulkDuplicateCheckFrom;
    QList<qint64> updating; // per row: the stored patient it updates, or 0
    QList<CsvUpdate> updates;
    const auto checkDatabase = [&]() -> Result<void> {
        updating = QList<qint64>(parsed.patients.size(), 0);
        updates.clear();
        if (parsed.patients.isEmpty())
            return {};
        auto matched
            = bulk ? storedByExternalRef(db, parsed.patients) : storedByExternalRef(repository, parsed.patients);
        if (!matched)
            return std::unexpected(matched.error());
        for (const auto& [index, stored] : matched->asKeyValueRange())
            updating[index] = stored.id;
        auto existing = bulk ? duplicateCandidates(db) : possibleDuplicates(repository, parsed.patients);
        if (!existing)
            return std::unexpected(existing.error());
        checkAgainstExisting(parsed, *existing, updating);
        for (qsizetype i = 0; i < parsed.patients.size(); ++i) {
            if (!updating[i])
                continue;
            const PatientRecord& stored = matched->value(i);
            const PatientRecord& row = parsed.patients[i];
            // The same number on someone else entirely (another birth date and family name): the
            // old system reused it, or the row is wrong. Never written over that patient.
            if (row.birthDate.isValid() && row.birthDate != stored.birthDate && !row.familyName.trimmed().isEmpty()
                && foldName(row.familyName) != foldName(stored.familyName)) {
                parsed.problems.append({parsed.rows[i], parsed.externalRefColumn,
                    Tr::tr("\"%1\" is the number of patient %2 (%3, %4, born %5), but this row has another family "
                           "name and birth date; correct the row or that patient's number")
                        .arg(row.externalRef)
                        .arg(stored.id)
                        .arg(stored.familyName, stored.givenNames, stored.birthDate.toString(Qt::ISODate))});
                continue;
            }
            const PatientRecord merged = mergedForUpdate(stored, row, parsed.hasColumn);
            updates.append({parsed.rows[i], merged, changedFields(stored, merged)});
        }
        return {};
    };

    QList<PatientRecord> added;
    QList<int> addedRows;
    const auto splitRows = [&] {
        added.clear();
        addedRows.clear();
        for (qsizetype i = 0; i < parsed.patients.size(); ++i)
            if (!updating.value(i, 0)) {
                added.append(parsed.patients[i]);
                addedRows.append(parsed.rows[i]);
            }
    };
    // A real import checks the database inside its write transaction: a patient another
    // workstation adds meanwhile is either seen by the check or waits for the import to commit.
    if (dryRun || !parsed.problems.isEmpty() || parsed.patients.isEmpty()) {
        if (auto checked = checkDatabase(); !checked)
            return std::unexpected(checked.error());
        splitRows();
    } else {
        auto done = db.transaction([&]() -> Result<void> {
            if (auto checked = checkDatabase(); !checked)
                return checked;
            if (!parsed.problems.isEmpty())
                return {};
            splitRows();
            const auto written = [&](qsizetype rows) { return told(CsvStage::Writing, rows, added.size()); };
            if (!written(0))
                return fail(StorageError::Kind::Cancelled, Tr::tr("the import was cancelled; nothing was added"));
            auto ids = repository.addMany(added, actor, {}, written);
            if (!ids)
                return std::unexpected(ids.error());
            report.ids = std::move(*ids);
            for (CsvUpdate& u : updates) {
                if (u.fields.isEmpty())
                    continue;
                if (auto written = repository.update(u.patient, actor); !written)
                    return written;
                ++u.patient.version;
            }
            return {};
        });
        if (!done && done.error().kind == StorageError::Kind::Cancelled) {
            report.cancelled = true;
            return report;
        }
        if (!done)
            return std::unexpected(done.error());
        if (!parsed.problems.isEmpty())
            report.ids.clear();
    }
    for (qsizetype i = 0; i < parsed.patients.size(); ++i)
        report.rowPatients.insert(parsed.rows[i], parsed.patients[i]);
    std::ranges::stable_sort(parsed.problems, {}, &CsvIssue::row);
    std::ranges::stable_sort(parsed.warnings, {}, &CsvIssue::row);
    report.problems = std::move(parsed.problems);
    report.warnings = std::move(parsed.warnings);
    if (!report.ok())
        return report;
    report.patients = std::move(added);
    report.rows = std::move(addedRows);
    report.updates = std::move(updates);
    return report;
}

Result<qsizetype> exportPatientCsv(Database& db, const QString& path)
{
    auto patients = PatientRepository(db).all(true);
    if (!patients)
        return std::unexpected(patients.error());
    const QByteArray bytes = patientsToCsv(*patients);
    if (auto written = writeFileAtomically(path, bytes); !written)
        return fail(StorageError::Kind::Invalid, Tr::tr("%1: cannot write the file: %2").arg(path, written.error()));
    return patients->size();
}

} // namespace np::storage
