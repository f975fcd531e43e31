#include "CommandContext.h"

#include "core/CatalogueLoader.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace np::cli {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(CommandContext)
};

} // namespace

CommandContext::CommandContext(QCommandLineParser& p, Io streams, QDate day)
    : parser(p)
    , io(streams)
    , today(day)
{ }

const Catalogue* CommandContext::catalogue()
{
    if (m_catalogue)
        return &*m_catalogue;
    const QString path = parser.value(u"protocols"_s);
    auto loaded = path.isEmpty() ? loadBuiltInCatalogue() : loadCatalogueFile(path);
    if (!loaded) {
        printProblems(loaded.error());
        return nullptr;
    }
    m_catalogue = std::move(*loaded);
    return &*m_catalogue;
}

std::optional<QByteArray> CommandContext::readInput(const QString& path, QString* displayName)
{
    if (path.isEmpty() || path == u"-") {
        *displayName = QString();
        return io.in.readAll();
    }
    *displayName = path;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        printError(QCoreApplication::translate("CommandContext", "%1: cannot read the file: %2")
                       .arg(path, file.errorString()));
        return std::nullopt;
    }
    return file.readAll();
}

QString CommandContext::databasePath() const
{
    const QString path = parser.value(u"database"_s);
    return path.isEmpty() ? storage::Database::defaultPath() : path;
}

storage::Database* CommandContext::database()
{
    if (m_database)
        return m_database.get();
    auto opened = storage::Database::open(databasePath());
    if (!opened) {
        printError(storageErrorText(opened.error()));
        return nullptr;
    }
    m_database = std::move(*opened);
    return m_database.get();
}

QString CommandContext::actor() const
{
    if (const QString user = parser.value(u"user"_s); !user.isEmpty())
        return user;
    const QString login = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return login.isEmpty() ? u"unknown"_s : login;
}

int CommandContext::exitCodeFor(const storage::StorageError& error)
{
    using Kind = storage::StorageError::Kind;
    switch (error.kind) {
    case Kind::Conflict:
        return Conflict;
    case Kind::Invalid:
    case Kind::NotFound:
        return BadInput;
    default:
        return DatabaseProblem;
    }
}

QString storageErrorText(const storage::StorageError& error)
{
    using Remedy = storage::StorageError::Remedy;
    switch (error.remedy) {
    case Remedy::None:
        break;
    case Remedy::CreateDatabase:
        return Tr::tr("%1 (create one with needlepoint-cli init, or check the path)").arg(error.message);
    case Remedy::RestoreBackup:
        return Tr::tr("%1; restore a backup with needlepoint-cli restore").arg(error.message);
    case Remedy::LoadClinicSetup:
        return Tr::tr("%1; load the set-up file again with \"needlepoint-cli clinic load\"").arg(error.message);
    }
    return error.message;
}

int CommandContext::fail(const storage::StorageError& error)
{
    printError(storageErrorText(error));
    return exitCodeFor(error);
}

int CommandContext::fail(const services::ServiceError& error)
{
    using Kind = services::ServiceError::Kind;
    switch (error.kind) {
    case Kind::Storage:
        return fail(error.storage.value_or(storage::StorageError {storage::StorageError::Kind::Failed, error.message}));
    case Kind::NotSetUp:
        printError(Tr::tr("%1 has no clinic set-up yet: load one with \"needlepoint-cli clinic load FILE\"")
                       .arg(databasePath()));
        return DatabaseProblem;
    case Kind::Refused:
        printError(error.message);
        return RuleRefused;
    case Kind::Invalid:
        break;
    }
    if (error.problems.isEmpty())
        printError(error.message);
    else
        printProblems(error.problems);
    return BadInput;
}

int CommandContext::failOptions(const services::ServiceError& error)
{
    if (error.kind != services::ServiceError::Kind::Invalid || error.problems.isEmpty())
        return fail(error);
    for (const Problem& p : error.problems)
        printError(u"--%1: %2"_s.arg(p.path, p.message));
    return BadInput;
}

std::expected<services::UseCaseContext, int> CommandContext::useCases()
{
    const Catalogue* catalogue = this->catalogue();
    if (!catalogue)
        return std::unexpected(BadInput);
    storage::Database* db = database();
    if (!db)
        return std::unexpected(DatabaseProblem);
    return services::UseCaseContext {*db, *catalogue, {actor()}, today};
}

void CommandContext::printJson(const QJsonObject& object)
{
    io.out.write(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

void CommandContext::printError(const QString& message)
{
    io.err.write(message.toUtf8());
    io.err.write("\n");
}

void CommandContext::printProblems(const Problems& problems)
{
    for (const Problem& p : problems)
        printError(p.toString());
}

} // namespace np::cli
