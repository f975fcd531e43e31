#pragma once

#include "PatientRepository.h"

#include "core/Problem.h"

#include <QDate>

namespace np::storage {

// The checks PatientRepository makes before any write, public so that importers can report every
// problem of a row by column. Each problem's path is the field's column name ("birth_date").
[[nodiscard]] Problems validatePatient(const PatientRecord& patient, QDate today);

// Surrounding spaces trimmed from the one-line fields; what the repository stores.
[[nodiscard]] PatientRecord normalizedPatient(PatientRecord patient);

} // namespace np::storage
