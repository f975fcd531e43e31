#pragma once

#include "ServiceError.h"
#include "UseCaseContext.h"

#include "storage/ChartRepository.h"

// Session charts: what was done in a session (device, depths per zone, passes, reaction), checked
// against the catalogue; a correction is a new version, the old one kept in the audit log.
namespace np::services {

// Charts chart.sessionId (which becomes "charted"); the chart as stored, with its id and version.
[[nodiscard]] Outcome<storage::ChartRecord> addChart(const UseCaseContext& ctx, const storage::ChartRecord& chart);
// Corrects chart.id from chart.version; the chart as stored.
[[nodiscard]] Outcome<storage::ChartRecord> correctChart(const UseCaseContext& ctx, const storage::ChartRecord& chart);
[[nodiscard]] Outcome<storage::ChartRecord> chart(const UseCaseContext& ctx, qint64 id);

} // namespace np::services
