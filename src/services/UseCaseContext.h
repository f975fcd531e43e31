#pragma once

#include "Actor.h"
#include "ServiceError.h"

#include "core/Catalogue.h"
#include "storage/Clock.h"
#include "storage/Database.h"

#include <QDate>

#include <functional>

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

// Runs `work`, use cases one after another, in one transaction of ctx's database: committed when
// it succeeds, rolled back otherwise with the first failure as it was (a use case's own error, not
// a generic storage one). Called inside another transaction, it runs in a savepoint of it.
[[nodiscard]] inline Outcome<void> inOneTransaction(
    const UseCaseContext& ctx, const std::function<Outcome<void>()>& work)
{
    std::optional<ServiceError> failure;
    const auto done = ctx.db.transaction([&]() -> storage::Result<void> {
        if (auto r = work(); !r) {
            failure = std::move(r.error());
            return std::unexpected(storage::StorageError {storage::StorageError::Kind::Cancelled, {}});
        }
        return {};
    });
    if (failure)
        return std::unexpected(std::move(*failure));
    return outcomeOf(done);
}

} // namespace np::services
