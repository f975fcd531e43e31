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

// The engine's request for a new series of `patientId`: `root` is a plan request (docs/cli.md,
// `plan`) without its "patient", which comes from the database with the patient's skin type,
// current findings and the other series' sessions that still stand. `file` names the input in
// problems. On failure the problem is printed and the exit code returned (an archived patient is
// bad input: they are unarchived first). `ownSeries`: a stored series being re-planned, whose own
// sessions are not the planner's "existing sessions".
[[nodiscard]] std::expected<PlanRequest, int> seriesPlanRequest(CommandContext& ctx, const Catalogue& catalogue,
    qint64 patientId, QJsonObject root, const QString& file, std::optional<qint64> ownSeries = std::nullopt);

} // namespace np::cli
