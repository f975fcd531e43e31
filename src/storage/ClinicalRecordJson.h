#pragma once

#include "ConsentRepository.h"
#include "PractitionerRepository.h"
#include "ScreeningRepository.h"

#include <QJsonObject>
#include <QString>

namespace np::storage {

// Screenings, consents and practitioners as JSON keyed by column name, as RecordJson.h does for
// patients and findings: text for the audit log, objects (parsed from the same text) for the CLI.
[[nodiscard]] QString screeningJsonText(const ScreeningRecord& screening);
[[nodiscard]] QJsonObject screeningToJson(const ScreeningRecord& screening);
[[nodiscard]] QString consentJsonText(const ConsentRecord& consent);
[[nodiscard]] QJsonObject consentToJson(const ConsentRecord& consent);
[[nodiscard]] QString practitionerJsonText(const PractitionerRecord& practitioner);
[[nodiscard]] QJsonObject practitionerToJson(const PractitionerRecord& practitioner);

// An object as compact JSON text: how a screening's answers and result are stored.
[[nodiscard]] QString compactJsonText(const QJsonObject& object);

} // namespace np::storage
