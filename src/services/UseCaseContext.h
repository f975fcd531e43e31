#pragma once

#include "Actor.h"

#include "core/Catalogue.h"
#include "storage/Clock.h"
#include "storage/Database.h"

#include <QDate>

namespace np::services {

// What every use case is given: the database, the catalogue in use, who is acting, and the
// clock (today for the clinic's rules, now for the audit log), injected so tests pin both.
struct UseCaseContext {
    storage::Database& db;
    const Catalogue& catalogue;
    Actor actor;
    QDate today;
    storage::Clock clock = storage::systemUtcNow;
};

// A repository of ctx's database and catalogue that stamps its writes with ctx's clock.
template <typename Repository>
[[nodiscard]] Repository repositoryFor(const UseCaseContext& ctx)
{
    Repository repository(ctx.db, ctx.catalogue);
    repository.setClock(ctx.clock);
    return repository;
}

} // namespace np::services
