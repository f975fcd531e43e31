#pragma once

#include "ServiceError.h"
#include "UseCaseContext.h"

#include "storage/RecallQueries.h"

// Who the front desk calls back: unbooked and overdue sessions, results reviews, maintenance and
// washouts clearing, each with the patient's contact details.
namespace np::services {

inline constexpr int DefaultRecallDays = 30;
inline constexpr int LongestRecallDays = 366;

// Every recall list from today to `withinDays` after it (0 to LongestRecallDays; Invalid, path
// "within", otherwise), due dates from ctx.catalogue.
[[nodiscard]] Outcome<storage::RecallLists> recallLists(const UseCaseContext& ctx, int withinDays = DefaultRecallDays);

} // namespace np::services
