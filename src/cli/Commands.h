#pragma once

#include "CommandContext.h"

#include <QCommandLineOption>
#include <QList>
#include <QString>

namespace np::cli {

// One needlepoint-cli command: its name, what it does, its own options and its body.
struct Command {
    QString name;
    QString summary;
    QString arguments; // shown in --help, e.g. "[FILE]"
    QList<QCommandLineOption> (*options)();
    int (*run)(CommandContext& ctx, const QStringList& positional);
};

// Every command, in the order --help lists them.
const QList<Command>& commands();

QList<QCommandLineOption> noOptions();

// Command bodies, one file each.
int runProtocols(CommandContext& ctx, const QStringList& positional);
QList<QCommandLineOption> protocolsOptions();
int runPlan(CommandContext& ctx, const QStringList& positional);
QList<QCommandLineOption> planOptions();
int runInit(CommandContext& ctx, const QStringList& positional);
int runCheck(CommandContext& ctx, const QStringList& positional);

} // namespace np::cli
