#pragma once

#include "PatientRepository.h"
#include "StorageError.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <functional>
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

// How a problem message tells the user to set an import option: the CLI names its flags (the
// defaults), the app the controls of its import window.
struct CsvOptionHints {
    QString usDates = QStringLiteral("--date-order us"); // "(MM/DD/YYYY)" follows
    QString euDates = QStringLiteral("--date-order eu"); // "(DD/MM/YYYY)" follows
    QString chooseSeparator = QStringLiteral("name the separator with --separator");
    QString knownColumns = QStringLiteral("see docs/patient-csv.md");
    QString ignoreUnknownColumns = QStringLiteral("use --ignore-unknown-columns");
};

// A date as written in a patient file, or why it is not one.
[[nodiscard]] std::expected<QDate, QString> parseCsvDate(
    QStringView text, DateOrder order, const CsvOptionHints& hints = {});

// The fields a patient file can hold: first the ones export writes, in its order, then the extra
// street lines an import also reads (joined to the address, one line each, in order).
enum class PatientColumn {
    FamilyName,
    GivenNames,
    PreferredName,
    BirthDate,
    Sex,
    Phone,
    Email,
    Address,
    Town,
    Region,
    Postcode,
    Country,
    PreferredLanguage,
    Fitzpatrick,
    Notes,
    Archived,
    ExternalRef,
    AddressLine2,
    AddressLine3,
};
inline constexpr int PatientColumnCount = 19;
inline constexpr int ExportedColumnCount = 17;

// The header export writes for a field ("family_name", ...).
[[nodiscard]] QString canonicalColumnName(PatientColumn column);
// The field a header names: case, accents, spaces, underscores, hyphens and dots are ignored, and
// the aliases in docs/patient-csv.md are accepted ("First Name", "DOB", "E-mail", "ZIP", ...).
[[nodiscard]] std::optional<PatientColumn> columnForHeader(QStringView header);
// Every header accepted for a field, as documented (for messages and the docs test).
[[nodiscard]] QStringList columnAliases(PatientColumn column);

// What an import is doing, for progress: reading the file, checking it against the stored
// patients, writing it.
enum class CsvStage { Reading, Checking, Writing };

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
    // How problems name the options above.
    CsvOptionHints hints;
    // Told how far the import has got, every few hundred rows: `done` of the `total` rows of the
    // stage it is in. Returning false stops it: nothing is written and the report says it was
    // cancelled. Called on the import's own thread.
    std::function<bool(CsvStage stage, qsizetype done, qsizetype total)> progress;
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
    // Which fields the file has a column for (an update changes only those).
    std::array<bool, PatientColumnCount> hasColumn {};
    // Every data row as read, those with problems included (so that they are checked against
    // the database too): importable only when `problems` is empty.
    QList<PatientRecord> patients;
    QList<int> rows; // the spreadsheet row of each patient
    QList<CsvIssue> problems; // any one of these refuses the whole file
    QList<CsvIssue> warnings; // columns left out (--ignore-unknown-columns), shared emails
    QString emailColumn; // the file's header for each of these, for duplicate messages
    QString familyNameColumn;
    QString externalRefColumn;
    bool cancelled = false; // stopped by CsvImportOptions::progress before the last row
};

// Reads and checks a patient file: syntax and encoding, header, every value, and patients that
// appear twice in the file (same name and birth date; a shared email is a warning). Pure: no database.
[[nodiscard]] ParsedPatients parsePatientCsv(QByteArrayView bytes, const CsvImportOptions& options);

// Adds a problem to `parsed` for every patient that duplicates one of `existing` (same name and
// birth date), and a warning for one sharing an email with one of `existing` (names and emails
// compared case-insensitively, ignoring accents and repeated spaces). Pure: `existing` comes from
// the repository. `updating[i]`, when not 0, is the stored patient row i updates (same external
// reference): that patient is not a duplicate of the row.
void checkAgainstExisting(
    ParsedPatients& parsed, const QList<PatientRecord>& existing, const QList<qint64>& updating = {});

// The stored patient `stored` with the values of an imported row over it: each field the file has
// a column for and a value in replaces the stored one; an empty value, or no column, keeps it.
[[nodiscard]] PatientRecord mergedForUpdate(
    const PatientRecord& stored, const PatientRecord& row, const std::array<bool, PatientColumnCount>& hasColumn);
// The fields (canonical column names) in which two records differ.
[[nodiscard]] QStringList changedFields(const PatientRecord& before, const PatientRecord& after);

// How external references are compared: trimmed, ASCII letters in lower case (as SQLite's NOCASE).
[[nodiscard]] QString externalRefKey(const QString& externalRef);

// True when the two records are the same person by Needlepoint's duplicate rule (same name and
// birth date; a shared email alone is not a duplicate).
[[nodiscard]] bool isDuplicatePatient(const PatientRecord& a, const PatientRecord& b);

// A row that updates a stored patient: its external reference is that patient's.
struct CsvUpdate {
    int row = 0;
    PatientRecord patient; // as it is (or, in a dry run, would be) after the update
    QStringList fields; // the fields that change (canonical names); empty: the row changes nothing
};

struct CsvImportReport {
    bool dryRun = false;
    bool cancelled = false; // stopped by CsvImportOptions::progress: nothing was written
    QList<PatientRecord> patients; // the new patients: what was (or, in a dry run, would be) added
    QList<int> rows;
    QList<qint64> ids; // the new patients' ids, in row order; empty in a dry run or on problems
    QList<CsvUpdate> updates; // rows matched by external reference, changed or not, in row order
    QList<CsvIssue> problems;
    QList<CsvIssue> warnings;
    // The patient each data row names, as read (with the row's problems), by spreadsheet row: what
    // a problem's row is about, to show beside it.
    QHash<int, PatientRecord> rowPatients;
    [[nodiscard]] bool ok() const { return problems.isEmpty(); }
};

// Checks the file against itself and the database and, when nothing is wrong and this is not a
// dry run, adds every new patient and updates every patient matched by external reference, in
// one transaction. Problems with the file are in the report
// (nothing is written when there is any); only database failures are errors.
[[nodiscard]] Result<CsvImportReport> importPatientCsv(Database& db, QByteArrayView bytes,
    const CsvImportOptions& options, bool dryRun, const QString& actor, const Clock& clock = systemUtcNow);

// The patients as a CSV file that import reads back unchanged: UTF-8 with a byte order mark,
// CRLF, the canonical headers, ISO dates, an "archived" column.
[[nodiscard]] QByteArray patientsToCsv(const QList<PatientRecord>& patients);

// Writes every patient, archived ones included, to `path` atomically (QSaveFile): the file is
// replaced only once the whole export has been written. Returns how many were written.
// A file that cannot be written is Kind::Invalid, naming the path.
[[nodiscard]] Result<qsizetype> exportPatientCsv(Database& db, const QString& path);

} // namespace np::storage
