#pragma once

#include "Cli.h"

#include "core/Catalogue.h"
#include "core/Problem.h"

#include <QCommandLineParser>
#include <QDate>
#include <QJsonObject>

#include <optional>

namespace np::cli {

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

    void printJson(const QJsonObject& object);
    void printError(const QString& message);
    void printProblems(const Problems& problems);

private:
    std::optional<Catalogue> m_catalogue;
};

} // namespace np::cli
