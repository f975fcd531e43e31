#pragma once

#include "PatientRepository.h"

#include <QSqlQuery>
#include <QString>

namespace np::storage {

// The columns of a whole patient row, in the order readPatient() reads them.
extern const QString PatientColumns;
[[nodiscard]] PatientRecord readPatient(const QSqlQuery& query);

// The columns of a search match ("p." is the patients table), in the order readMatch() reads them.
extern const QString MatchColumns;
[[nodiscard]] PatientMatch readMatch(const QSqlQuery& query);

} // namespace np::storage
