#pragma once

#include "CommandContext.h"

#include "core/Catalogue.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QCommandLineOption>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace np::cli {

// The shapes the screenings, consents and practitioners sub-commands share.

// "ID --version V [--reason TEXT]": what a sub-command that changes one record without a JSON
// input reads (screenings override, consents withdraw, practitioners deactivate).
struct RecordChange {
    qint64 id = 0;
    int version = 0;
    QString reason; // empty unless asked for
};

enum class NeedReason { No, Yes };

// --reason TEXT, described for the command that reads it.
[[nodiscard]] QCommandLineOption reasonOption(const QString& description);

// Reads the RecordChange of `command` (ID being a `what` id), opens the database and applies it.
// Prints {"id", "version": V + 1} plus `done` on success; otherwise the problem, with its exit code.
int runRecordChange(CommandContext& ctx, const QString& command, const QString& what, const QStringList& positional,
    NeedReason needReason,
    const std::function<services::Outcome<void>(const services::UseCaseContext&, const RecordChange&)>& apply,
    const QJsonObject& done);

// "ID [FILE]": a `what` id and a JSON document (standard input without FILE), with the catalogue.
struct RecordInput {
    qint64 id = 0;
    QByteArray bytes;
    QString name; // the file's name for problems; empty for standard input
    const Catalogue* catalogue = nullptr;
};

// Reads the RecordInput of `command`. On a problem, prints it, sets `exitCode` (1 usage, 2 bad
// input) and returns nullopt.
[[nodiscard]] std::optional<RecordInput> readRecordInput(
    CommandContext& ctx, const QString& command, const QString& what, const QStringList& positional, int& exitCode);

// "ID": reads one `what` id, opens the database and prints what `read` gives for it (an object or
// an array), or the problem with its exit code.
int runReadOne(CommandContext& ctx, const QString& command, const QString& what, const QStringList& positional,
    const std::function<services::Outcome<QJsonValue>(const services::UseCaseContext&, qint64)>& read);

} // namespace np::cli
