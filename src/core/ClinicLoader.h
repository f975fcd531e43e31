#pragma once

#include "Catalogue.h"
#include "ClinicSetup.h"
#include "Problem.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <expected>

namespace np {

// Reads a clinic set-up file (docs/clinic-format.md), checked against the protocol catalogue:
// every problem is reported (file, JSON path, what is wrong) and a file with any problem is
// refused whole.
[[nodiscard]] std::expected<ClinicSetup, Problems> parseClinicSetup(
    const QByteArray& json, const QString& fileName, const Catalogue& catalogue);

// The same format back: parseClinicSetup(clinicSetupToJson(c)) gives c again.
[[nodiscard]] QJsonObject clinicSetupToJson(const ClinicSetup& clinic);

} // namespace np
