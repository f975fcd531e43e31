// backup and restore: copies of the whole database file.
#include "Commands.h"

#include "storage/Backup.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonObject>
#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace np::cli {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(BackupCommands)
};

} // namespace

int runBackup(CommandContext& ctx, const QStringList& positional)
{
    if (positional.size() != 1) {
        ctx.printError(Tr::tr("backup takes one argument, the backup FILE to write"));
        return Failure;
    }
    const QString file = positional.first();
    storage::Database* db = ctx.database();
    if (!db)
        return DatabaseProblem;
    if (auto r = db->backupTo(file); !r) {
        using Kind = storage::StorageError::Kind;
        // The FILE named is the problem (it exists, or it is the database itself): bad input.
        if (r.error().kind == Kind::Exists || r.error().kind == Kind::Invalid) {
            ctx.printError(storageErrorText(r.error()));
            return BadInput;
        }
        return ctx.fail(r.error());
    }
    ctx.printJson({{u"database"_s, db->path()}, {u"backup"_s, QFileInfo(file).absoluteFilePath()},
        {u"schema_version"_s, db->schemaVersion()}});
    return Success;
}

int runRestore(CommandContext& ctx, const QStringList& positional)
{
    if (positional.size() != 1) {
        ctx.printError(Tr::tr("restore takes one argument, the backup FILE to restore"));
        return Failure;
    }
    // Not ctx.database(): the database being replaced may be missing or damaged.
    auto restored = storage::restoreDatabase(positional.first(), ctx.databasePath());
    if (!restored)
        return ctx.fail(restored.error()); // a bad backup is Kind::Invalid: exit 2; else 5
    const storage::RestoreReport& r = *restored;
    ctx.printJson(
        {{u"database"_s, r.database}, {u"restored_from"_s, r.restoredFrom}, {u"schema_version"_s, r.schemaVersion},
            {u"replaced_database_kept_as"_s, r.replacedKeptAs.isEmpty() ? QJsonValue() : QJsonValue(r.replacedKeptAs)},
            {u"migrates_on_next_open"_s, r.migratesOnNextOpen}});
    return Success;
}

} // namespace np::cli
