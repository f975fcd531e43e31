#pragma once

#include "Catalogue.h"
#include "Problem.h"
#include "SeriesPlanner.h"

#include <QByteArray>
#include <QJsonObject>

#include <expected>

namespace np {

// The plan request and response of needlepoint-cli's stable JSON contract (docs/cli.md).

// Reads a request strictly: types, dates and unknown keys. Codes are checked by the planner.
[[nodiscard]] std::expected<PlanRequest, Problems> parsePlanRequest(const QByteArray& json, const QString& fileName);

[[nodiscard]] QJsonObject planToJson(const Plan& plan);

// The catalogue in the same format it is loaded from.
[[nodiscard]] QJsonObject catalogueToJson(const Catalogue& catalogue);

} // namespace np
