#pragma once

#include "TextTableModel.h"

#include "storage/PatientCsv.h"

#include <QList>
#include <QString>

namespace np::app {

// What a patient import would do, or did, as the import window shows it: one line of summary and
// a row per spreadsheet row that adds, updates or is refused (with the file's row number).
struct ImportPreview {
    QString summary;
    QList<TextTableModel::Row> rows; // by spreadsheet row; each row's id is its row number
    bool importable = false; // checked without a problem and something to add or change
};

// The headers of ImportPreview::rows: Row, Outcome, Patient, Details.
[[nodiscard]] QStringList importPreviewHeaders();

[[nodiscard]] ImportPreview importPreview(const storage::CsvImportReport& report);

// A field of a patient file in the user's words ("birth date" for "birth_date").
[[nodiscard]] QString patientFieldText(const QString& canonicalColumn);

// How the import window names its options in problems ("choose Month/day/year under Dates ...").
[[nodiscard]] storage::CsvOptionHints importWindowHints();

// Every column the import reads, with the other headers it accepts for each, one per line.
[[nodiscard]] QString acceptedColumnsText();

} // namespace np::app
