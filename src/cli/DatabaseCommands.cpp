// init and check: creating and checking the database file itself.
#include "Commands.h"

#include <QCoreApplication>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace np::cli {

QList<QCommandLineOption> noOptions()
{
    return {};
}

int runInit(CommandContext& ctx, const QStringList& positional)
{
    if (!positional.isEmpty()) {
        ctx.printError(QCoreApplication::translate("DatabaseCommands", "init takes no arguments; use --database PATH"));
        return Failure;
    }
    const QString path = ctx.databasePath();
    auto created = storage::Database::create(path);
    if (!created)
        return ctx.fail(created.error());
    ctx.printJson({{u"database"_s, path}, {u"schema_version"_s, (*created)->schemaVersion()}});
    return Success;
}

int runCheck(CommandContext& ctx, const QStringList& positional)
{
    if (!positional.isEmpty()) {
        ctx.printError(
            QCoreApplication::translate("DatabaseCommands", "check takes no arguments; use --database PATH"));
        return Failure;
    }
    storage::Database* db = ctx.database();
    if (!db)
        return DatabaseProblem;
    if (auto r = db->checkIntegrity(); !r)
        return ctx.fail(r.error());
    ctx.printJson({{u"database"_s, db->path()}, {u"schema_version"_s, db->schemaVersion()}, {u"integrity"_s, u"ok"_s}});
    return Success;
}

} // namespace np::cli
