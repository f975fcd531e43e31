#include "ClinicDatabase.h"

#include "ClinicSetupService.h"

#include "storage/DemoData.h"

#include <QDir>
#include <QFileInfo>

namespace np::services {
namespace {

// A new database at `path`, its folder made first.
Outcome<std::unique_ptr<storage::Database>> created(const QString& path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    return outcomeOf(storage::Database::create(path));
}

} // namespace

Outcome<void> createClinicDatabase(const QString& path, const ClinicSetup& setup, const Creator& by)
{
    auto db = created(path);
    if (!db)
        return std::unexpected(db.error());
    const UseCaseContext ctx {**db, by.catalogue, by.actor, by.today, by.clock};
    auto stored = loadClinic(ctx, setup, {});
    if (!stored)
        return std::unexpected(stored.error());
    return {};
}

Outcome<bool> createDemoDatabase(const QString& path, int patients, const Creator& by)
{
    auto db = created(path);
    if (!db && db.error().storage && db.error().storage->kind == storage::StorageError::Kind::Exists)
        return false;
    if (!db)
        return std::unexpected(db.error());
    storage::DemoOptions options;
    options.patients = patients;
    options.today = by.today;
    options.actor = by.actor.name;
    auto counts = storage::generateDemoData(**db, by.catalogue, options);
    if (!counts)
        return std::unexpected(ServiceError::fromStorage(counts.error()));
    return true;
}

} // namespace np::services
