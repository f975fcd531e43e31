#pragma once

#include "PatientTestSupport.h"

#include "services/UseCaseContext.h"

namespace np::test {

// The context the service tests run use cases in: the built-in catalogue, the front desk ("desk")
// acting, `today` the clinic's day and the clock pinned (pinnedNow: audit times are known).
inline services::UseCaseContext deskContext(storage::Database& db, QDate today)
{
    return {db, builtInCatalogue(), {QStringLiteral("desk")}, today, pinnedNow};
}

} // namespace np::test
