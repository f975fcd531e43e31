// The parts of patient CSV import and export that touch the database (the rest, pure, is in
// PatientCsv.cpp).
#include "PatientCsv.h"

#include "core/AtomicFile.h"

#include "Statement.h"

#include <QCoreApplication>
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
        PatientRecord byName = p;
        byName.email.clear();
        PatientRecord byEmail = p;
        byEmail.birthDate = QDate();
        for (const PatientRecord* probe : {&byName, &byEmail}) {
            auto id = repository.findDuplicate(*probe);
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
// birth date, email and archived. For a large import, one pass over the table is cheaper than a
// lookup per row, and reading six columns through the C API is cheaper than whole records.
Result<QList<PatientRecord>> duplicateCandidates(Database& db)
{
    auto q = DirectStatement::prepare(db.connection(),
        "SELECT id, family_name, given_names, birth_date, email, archived FROM patients ORDER BY id",
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
    }
    return out;
}

} // namespace

Result<CsvImportReport> importPatientCsv(
    Database& db, QByteArrayView bytes, const CsvImportOptions& options, bool dryRun, const QString& actor)
{
    ParsedPatients parsed = parsePatientCsv(bytes, options);
    PatientRepository repository(db);
    const auto checkDatabase = [&]() -> Result<void> {
        if (parsed.patients.isEmpty())
            return {};
        auto existing = parsed.patients.size() < options.bulkDuplicateCheckFrom
            ? possibleDuplicates(repository, parsed.patients)
            : duplicateCandidates(db);
        if (!existing)
            return std::unexpected(existing.error());
        checkAgainstExisting(parsed, *existing);
        return {};
    };

    CsvImportReport report;
    report.dryRun = dryRun;
    // A real import checks the database inside its write transaction: a patient another
    // workstation adds meanwhile is either seen by the check or waits for the import to commit.
    if (dryRun || !parsed.problems.isEmpty() || parsed.patients.isEmpty()) {
        if (auto checked = checkDatabase(); !checked)
            return std::unexpected(checked.error());
    } else {
        auto ids = repository.addMany(parsed.patients, actor, [&]() -> Result<bool> {
            if (auto checked = checkDatabase(); !checked)
                return std::unexpected(checked.error());
            return parsed.problems.isEmpty();
        });
        if (!ids)
            return std::unexpected(ids.error());
        report.ids = std::move(*ids);
    }
    std::ranges::stable_sort(parsed.problems, {}, &CsvIssue::row);
    std::ranges::stable_sort(parsed.warnings, {}, &CsvIssue::row);
    report.problems = std::move(parsed.problems);
    report.warnings = std::move(parsed.warnings);
    if (!report.ok())
        return report;
    report.patients = std::move(parsed.patients);
    report.rows = std::move(parsed.rows);
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
