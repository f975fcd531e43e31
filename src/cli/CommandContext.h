#pragma once

#include "Cli.h"

#include "core/Catalogue.h"
#include "core/Problem.h"
#include "services/ServiceError.h"
#include "services/UseCaseContext.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QDate>
#include <QJsonObject>

#include <expected>
#include <memory>
#include <optional>

namespace np::cli {

// A database error as the CLI says it: the message, and how to put it right with a command.
[[nodiscard]] QString storageErrorText(const storage::StorageError& error);

// What a command gets: its parsed arguments, the streams, the pinned clock and the catalogue.
class CommandContext {
public:
    CommandContext(QCommandLineParser& parser, Io io, QDate today);

    QCommandLineParser& parser;
    Io io;
    QDate today;

    // The catalogue from --protocols, else the built-in one. Problems are printed to stderr.
    const Catalogue* catalogue();

    // Reads FILE, or standard input when `path` is empty or "-".
    std::optional<QByteArray> readInput(const QString& path, QString* displayName);

    // The database from --database (else the default path), opened once; never created here.
    // On failure the problem is printed to stderr and the command returns DatabaseProblem.
    storage::Database* database();
    // Who is making changes, for the audit log: --user, else the login name.
    [[nodiscard]] QString actor() const;
    // Prints the error and returns its exit code (4 conflict, 2 bad input or no such record, 5 database).
    int fail(const storage::StorageError& error);
    // The same for a use case's error: bad input 2 (each problem on its line), no clinic set-up 5
    // (saying how to load one), a database error as fail() says.
    int fail(const services::ServiceError& error);
    // fail() for a command whose fields are options: each problem as "--PATH: message".
    int failOptions(const services::ServiceError& error);
    // The context the use cases run in: the database, the catalogue, --user and --today; when the
    // catalogue or the database cannot be had, the problem is printed and the exit code returned.
    std::expected<services::UseCaseContext, int> useCases();
    [[nodiscard]] static int exitCodeFor(const storage::StorageError& error);
    [[nodiscard]] QString databasePath() const;

    void printJson(const QJsonObject& object);
    void printError(const QString& message);
    void printProblems(const Problems& problems);

private:
    std::optional<Catalogue> m_catalogue;
    std::unique_ptr<storage::Database> m_database;
};

} // namespace np::cli
