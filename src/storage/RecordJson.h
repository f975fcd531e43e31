#pragma once

#include "FindingRepository.h"
#include "PatientRepository.h"

#include <QJsonObject>
#include <QString>

namespace np::storage {

// Records as JSON keyed by column name: what the audit log keeps as before/after (as text), and
// what needlepoint-cli prints (as objects, parsed from the same text so the two never differ).
[[nodiscard]] QString patientJsonText(const PatientRecord& patient);
[[nodiscard]] QJsonObject patientToJson(const PatientRecord& patient);
[[nodiscard]] QString findingJsonText(const FindingRecord& finding);
[[nodiscard]] QJsonObject findingToJson(const FindingRecord& finding);

[[nodiscard]] QJsonObject patientMatchToJson(const PatientMatch& match);

} // namespace np::storage
