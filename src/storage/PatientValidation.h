#pragma once

#include "PatientRepository.h"

#include "core/Problem.h"

#include <QDate>

#include <optional>

namespace np::storage {

// The checks PatientRepository makes before any write, public so that importers can report every
// problem of a row by column. Each problem's path is the field's column name ("birth_date"). The
// record is checked as normalizedPatient() makes it.
[[nodiscard]] Problems validatePatient(const PatientRecord& patient, QDate today);

// Surrounding spaces trimmed from the one-line fields, the language code in its usual case
// ("ES" and "es" are "es", "es_mx" is "es-MX"); what the repository stores and what
// validatePatient checks, whichever way the record came (the CLI's JSON, a CSV import, the app).
[[nodiscard]] PatientRecord normalizedPatient(PatientRecord patient);

// A Fitzpatrick type as people write it: 1 to 6, or I to VI (any case). None for anything else.
[[nodiscard]] std::optional<int> parseFitzpatrick(const QString& text);

} // namespace np::storage
