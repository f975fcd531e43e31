#pragma once

#include "ServiceError.h"
#include "UseCaseContext.h"

#include "storage/RecallContacts.h"
#include "storage/RecallQueries.h"

// Who the front desk calls back: unbooked and overdue sessions, results reviews, maintenance and
// washouts clearing, each with the patient's contact details.
namespace np::services {

inline constexpr int DefaultRecallDays = 30;
inline constexpr int LongestRecallDays = 366;

// Every recall list from today to `withinDays` after it (0 to LongestRecallDays; Invalid, path
// "within", otherwise), due dates from ctx.catalogue.
[[nodiscard]] Outcome<storage::RecallLists> recallLists(const UseCaseContext& ctx, int withinDays = DefaultRecallDays);

// The newest call made about each recall, by storage::recallKey().
[[nodiscard]] Outcome<QHash<QString, storage::RecallContact>> recallContacts(const UseCaseContext& ctx);
// Keeps that the patient of `recall` was called about it today, with what came of it (`note`);
// audited as ctx.actor. The call as stored.
[[nodiscard]] Outcome<storage::RecallContact> markContacted(
    const UseCaseContext& ctx, const storage::Recall& recall, const QString& note);

} // namespace np::services
