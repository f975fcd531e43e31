#pragma once

#include "CommandContext.h"

#include "core/SeriesPlanner.h"

#include <QJsonObject>

#include <expected>

namespace np::cli {

// `root` read as a series request: a plan request without its "patient" (refused if present), for
// a patient who must exist. Not yet completed from the database: services::planRequestFor (or a
// use case that calls it, such as services::bookSeries) does that. On failure the problem is
// printed and the exit code returned.
[[nodiscard]] std::expected<PlanRequest, int> parseSeriesRequest(
    CommandContext& ctx, qint64 patientId, QJsonObject root, const QString& file);

} // namespace np::cli
