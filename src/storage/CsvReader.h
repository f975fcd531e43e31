#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

namespace np::storage {

// One field of a CSV record: its text and whether it was written in quotes (a quoted field is
// taken exactly as written; the caller may trim an unquoted one).
struct CsvField {
    QString text;
    bool quoted = false;
};

// One record. `row` is the number a spreadsheet shows for it: the first record (the header) is
// row 1, blank lines count, and a record whose quoted fields span several lines is one row.
struct CsvRecord {
    int row = 0;
    QList<CsvField> fields;
};

// Something wrong with the file's syntax or encoding. `field` is the 0-based field index in the
// record, or -1 when the problem concerns the whole row.
struct CsvSyntaxProblem {
    int row = 0;
    int field = -1;
    QString problem;
};

struct CsvTable {
    QList<CsvRecord> records; // blank lines left out (their row numbers are skipped)
    QList<CsvSyntaxProblem> problems;
};

// Reads RFC 4180 CSV: fields separated by `separator`, records by CRLF or LF (or a lone CR);
// a field in double quotes may hold separators, line breaks and doubled quotes (""). UTF-8,
// with or without a byte order mark; invalid UTF-8 is reported with its row and field (the
// field is still decoded, with replacement characters, so the rest of the file is checked).
// Never fails as a whole: every problem is listed and reading goes on where it can.
[[nodiscard]] CsvTable readCsv(QByteArrayView bytes, char separator = ',');

// Whether `bytes` is well-formed UTF-8 (no overlong forms, surrogates or code points past
// U+10FFFF).
[[nodiscard]] bool isValidUtf8(QByteArrayView bytes);

// Appends one record in RFC 4180 form, ending it with CRLF. A field is quoted when it holds the
// separator, a quote, a line break, or leading or trailing white space.
void appendCsvRecord(QByteArray& out, const QStringList& fields, char separator = ',');

} // namespace np::storage
