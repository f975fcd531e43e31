#pragma once

#include "PatientRepository.h"
#include "StorageError.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace np::storage {

// Patients in and out of CSV files (format and header aliases: docs/patient-csv.md).

// How a date written as A/B/YYYY (or A.B.YYYY, A-B-YYYY) is read. ISO dates (YYYY-MM-DD) are
// always accepted; the other forms only when the order has been stated: never guessed.
enum class DateOrder {
    Iso, // ISO only: a date such as 05/06/1990 is refused
    Us, // MM/DD/YYYY
    Eu, // DD/MM/YYYY, DD.MM.YYYY
};
// "iso", "us" or "eu".
[[nodiscard]] std::optional<DateOrder> dateOrderFromName(QStringView name);

// A date as written in a patient file, or why it is not one.
[[nodiscard]] std::expected<QDate, QString> parseCsvDate(QStringView text, DateOrder order);

// The fields a patient file can hold, in the order export writes them.
enum class PatientColumn {
    FamilyName,
    GivenNames,
    PreferredName,
    BirthDate,
    Sex,
    Phone,
    Email,
    Address,
    PreferredLanguage,
    Fitzpatrick,
    Notes,
    Archived,
};
inline constexpr int PatientColumnCount = 12;

// The header export writes for a field ("family_name", ...).
[[nodiscard]] QString canonicalColumnName(PatientColumn column);
// The field a header names: case, spaces, underscores, hyphens and dots are ignored, and the
// aliases in docs/patient-csv.md are accepted ("First Name", "DOB", "E-mail", ...).
[[nodiscard]] std::optional<PatientColumn> columnForHeader(QStringView header);
// Every header accepted for a field, as documented (for messages and the docs test).
[[nodiscard]] QStringList columnAliases(PatientColumn column);

struct CsvImportOptions {
    DateOrder dateOrder = DateOrder::Iso;
    char separator = ',';
    // Unknown columns are an error naming the column; with this set they are left out and
    // listed as warnings instead.
    bool ignoreUnknownColumns = false;
    // Birth dates after this day are refused (the CLI's pinned --today).
    QDate today = QDate::currentDate();
    // Duplicates in the database: a file with fewer rows than this asks the repository row by
    // row (PatientRepository::findDuplicate); a larger one reads every stored patient once.
    // Both apply the same rule; tests lower it to exercise the bulk path.
    qsizetype bulkDuplicateCheckFrom = 1000;
};

// One problem with an imported file. `row` is the row a spreadsheet shows (the header is row 1);
// `column` is the column's header as written in the file (or, for a missing column, the name
// export uses), empty when the problem concerns the whole row.
struct CsvIssue {
    int row = 0;
    QString column;
    QString problem;
    friend bool operator==(const CsvIssue&, const CsvIssue&) = default;
};

// A patient file read and checked without the database.
struct ParsedPatients {
    // Every data row as read, those with problems included (so that they are checked against
    // the database too): importable only when `problems` is empty.
    QList<PatientRecord> patients;
    QList<int> rows; // the spreadsheet row of each patient
    QList<CsvIssue> problems; // any one of these refuses the whole file
    QList<CsvIssue> warnings; // columns left out (--ignore-unknown-columns), shared emails
    QString emailColumn; // the file's header for each of these, for duplicate messages
    QString familyNameColumn;
};

// Reads and checks a patient file: syntax and encoding, header, every value, and patients that
// appear twice in the file (same name and birth date; a shared email is a warning). Pure: no database.
[[nodiscard]] ParsedPatients parsePatientCsv(QByteArrayView bytes, const CsvImportOptions& options);

// Adds a problem to `parsed` for every patient that duplicates one of `existing` (same name and
// birth date), and a warning for one sharing an email with one of `existing` (names and emails
// compared case-insensitively, ignoring accents and repeated spaces). Pure: `existing` comes from
// the repository.
void checkAgainstExisting(ParsedPatients& parsed, const QList<PatientRecord>& existing);

// True when the two records are the same person by Needlepoint's duplicate rule (same name and
// birth date; a shared email alone is not a duplicate).
[[nodiscard]] bool isDuplicatePatient(const PatientRecord& a, const PatientRecord& b);

struct CsvImportReport {
    bool dryRun = false;
    QList<PatientRecord> patients; // what was (or, in a dry run, would be) imported
    QList<int> rows;
    QList<qint64> ids; // the new patients' ids, in row order; empty in a dry run or on problems
    QList<CsvIssue> problems;
    QList<CsvIssue> warnings;
    [[nodiscard]] bool ok() const { return problems.isEmpty(); }
};

// Checks the file against itself and the database and, when nothing is wrong and this is not a
// dry run, adds every patient in one transaction. Problems with the file are in the report
// (nothing is written when there is any); only database failures are errors.
[[nodiscard]] Result<CsvImportReport> importPatientCsv(
    Database& db, QByteArrayView bytes, const CsvImportOptions& options, bool dryRun, const QString& actor);

// The patients as a CSV file that import reads back unchanged: UTF-8 with a byte order mark,
// CRLF, the canonical headers, ISO dates, an "archived" column.
[[nodiscard]] QByteArray patientsToCsv(const QList<PatientRecord>& patients);

// Writes every patient, archived ones included, to `path` atomically (QSaveFile): the file is
// replaced only once the whole export has been written. Returns how many were written.
// A file that cannot be written is Kind::Invalid, naming the path.
[[nodiscard]] Result<qsizetype> exportPatientCsv(Database& db, const QString& path);

} // namespace np::storage
