#pragma once

#include "CommandContext.h"

#include <QCommandLineOption>
#include <QList>
#include <QString>
#include <QStringList>

namespace np::cli {

// A word after a top-level command ("patients add", "patients search"): the top-level command
// registers every sub-command's options and dispatch() picks the body by its first positional.
struct SubCommand {
    QString name;
    QString arguments; // shown in --help, e.g. "TEXT [--limit N] [--archived]"
    QList<QCommandLineOption> (*options)();
    int (*run)(CommandContext& ctx, const QStringList& positional);
};

// Every sub-command's options, for the top-level Command's options().
[[nodiscard]] QList<QCommandLineOption> subCommandOptions(const QList<SubCommand>& table);
// "SUBCOMMAND ...": the top-level Command's arguments in --help.
[[nodiscard]] QString subCommandUsage();
// "add [FILE]; search TEXT [--limit N] [--archived]; show ID": every form, for the summary.
[[nodiscard]] QString subCommandForms(const QList<SubCommand>& table);
// Runs the sub-command named by positional[0] with the rest; refuses (exit 1) an unknown or
// missing sub-command, and an option that belongs to another sub-command.
int dispatch(
    CommandContext& ctx, const QString& command, const QList<SubCommand>& table, const QStringList& positional);

// A record id argument: a positive whole number. Prints the problem and returns nullopt otherwise.
[[nodiscard]] std::optional<qint64> recordId(CommandContext& ctx, const QString& what, const QString& text);
// The value of the date option --`option` (YYYY-MM-DD). Prints the problem and returns nullopt otherwise.
[[nodiscard]] std::optional<QDate> isoDateOption(CommandContext& ctx, const QString& option);

// --version V: the version of the record the caller read (optimistic locking), for sub-commands
// that change a record without a JSON input (patients archive, findings retract).
[[nodiscard]] QCommandLineOption readVersionOption();
// The --version value: required, a whole number from 1. Prints the problem and returns nullopt otherwise.
[[nodiscard]] std::optional<int> readVersion(CommandContext& ctx, const QString& command);

} // namespace np::cli
