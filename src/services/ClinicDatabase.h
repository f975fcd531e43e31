#pragma once

#include "ServiceError.h"
#include "UseCaseContext.h"

#include "core/ClinicSetup.h"

#include <QString>

// A clinic's database file made from nothing: the first run of the app (and, later, the CLI's
// init). Each takes what a UseCaseContext holds but the database, which it creates.
namespace np::services {

// Who creates, with what catalogue, and when.
struct Creator {
    const Catalogue& catalogue;
    Actor actor;
    QDate today;
    storage::Clock clock = storage::systemUtcNow;
};

// Creates a database at `path` and stores `setup` (read and checked with the catalogue, as
// `clinic load` does) as its clinic set-up. Anything already at `path` is refused (storage Exists):
// a database is never replaced. A set-up the database refuses is reported; the new file is then
// left without a set-up, which opening it says.
[[nodiscard]] Outcome<void> createClinicDatabase(const QString& path, const ClinicSetup& setup, const Creator& by);

// The demo clinic at `path`: created and filled with `patients` invented patients, their series,
// appointments and the demo set-up (storage/DemoData.h) when nothing is there; a demo already
// there is kept as it is. Whether it was made now.
[[nodiscard]] Outcome<bool> createDemoDatabase(const QString& path, int patients, const Creator& by);

} // namespace np::services
