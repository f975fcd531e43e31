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
int runBackup(CommandContext& ctx, const QStringList& positional);
int runRestore(CommandContext& ctx, const QStringList& positional);
// patients add|search|show|... and findings add: sub-command tables in PatientCommands.cpp and
// FindingCommands.cpp (see SubCommands.h).
int runPatients(CommandContext& ctx, const QStringList& positional);
QList<QCommandLineOption> patientsOptions();
QString patientsUsage();
QString patientsSummary();
// patients import FILE.csv / patients export FILE.csv (PatientCsvCommands.cpp).
int runPatientsImport(CommandContext& ctx, const QStringList& positional);
QList<QCommandLineOption> patientsImportOptions();
int runPatientsExport(CommandContext& ctx, const QStringList& positional);
int runFindings(CommandContext& ctx, const QStringList& positional);
QList<QCommandLineOption> findingsOptions();
QString findingsUsage();
QString findingsSummary();
// demo --patients N [--seed S] (DemoCommand.cpp).
int runDemo(CommandContext& ctx, const QStringList& positional);
QList<QCommandLineOption> demoOptions();

} // namespace np::cli
