#pragma once

#include "Database.h"
#include "StorageError.h"

#include <QJsonObject>

namespace np::storage {

// A patient's whole file as JSON: the patient record, current findings and every finding
// revision, screenings, treatment series with their sessions, session charts, consents and the
// documents given (newest first).
// What `needlepoint-cli patients show` prints.
[[nodiscard]] Result<QJsonObject> patientFileJson(Database& db, qint64 patientId);

} // namespace np::storage
