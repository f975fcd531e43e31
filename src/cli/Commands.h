#pragma once

#include "CommandContext.h"
#include "SubCommands.h"

#include <QCommandLineOption>
#include <QList>
#include <QString>

#include <functional>

namespace np::cli {

// One needlepoint-cli command: its name, what it does, its own options and its body.
struct Command {
    QString name;
    QString summary;
    QString arguments; // shown in --help, e.g. "[FILE]"
    std::function<QList<QCommandLineOption>()> options;
    std::function<int(CommandContext& ctx, const QStringList& positional)> run;
};

// A command made of sub-commands ("patients add", "patients search"): `what` says what the group
// is about; the summary goes on with every sub-command's form.
[[nodiscard]] Command commandGroup(const QString& name, const QString& what, const QList<SubCommand>& (*table)());

// Every command, in the order --help lists them.
const QList<Command>& commands();

QList<QCommandLineOption> noOptions();

// Command bodies, one file each.
int runProtocols(CommandContext& ctx, const QStringList& positional);
QList<QCommandLineOption> protocolsOptions();
int runPlan(CommandContext& ctx, const QStringList& positional);
QList<QCommandLineOption> planOptions();
// slots --patient ID --modality M --areas A,B --from D --to D [...] (SlotsCommand.cpp).
int runSlots(CommandContext& ctx, const QStringList& positional);
QList<QCommandLineOption> slotsOptions();
// series book --patient ID [FILE] [--dry-run] (SeriesBookCommand.cpp).
int runSeriesBook(CommandContext& ctx, const QStringList& positional);
QList<QCommandLineOption> seriesBookOptions();
int runInit(CommandContext& ctx, const QStringList& positional);
int runCheck(CommandContext& ctx, const QStringList& positional);
int runBackup(CommandContext& ctx, const QStringList& positional);
int runRestore(CommandContext& ctx, const QStringList& positional);
// patients import FILE.csv / patients export FILE.csv (PatientCsvCommands.cpp).
int runPatientsImport(CommandContext& ctx, const QStringList& positional);
QList<QCommandLineOption> patientsImportOptions();
int runPatientsExport(CommandContext& ctx, const QStringList& positional);

// The command groups' sub-command tables (SubCommands.h), one file each: patients, findings,
// screenings, consents, practitioners, series, charts, clinic, appointments.
const QList<SubCommand>& patientCommands();
const QList<SubCommand>& findingCommands();
const QList<SubCommand>& screeningCommands();
const QList<SubCommand>& consentCommands();
const QList<SubCommand>& practitionerCommands();
const QList<SubCommand>& seriesCommands();
const QList<SubCommand>& chartCommands();
// The clinic set-up (ClinicCommands.cpp) and the calendar (AppointmentCommands.cpp).
const QList<SubCommand>& clinicCommands();
const QList<SubCommand>& appointmentCommands();

// ics --practitioner ID|CODE --from D --to D --out FILE | --patient ID --out FILE (IcsCommand.cpp).
int runIcs(CommandContext& ctx, const QStringList& positional);
QList<QCommandLineOption> icsOptions();
// print KIND ... --out FILE.pdf (PrintCommand.cpp).
int runPrint(CommandContext& ctx, const QStringList& positional);
QList<QCommandLineOption> printOptions();

// recalls [--within DAYS] [--csv FILE]: who to call back, with contact details (RecallsCommand.cpp).
int runRecalls(CommandContext& ctx, const QStringList& positional);
QList<QCommandLineOption> recallsOptions();

// demo --patients N [--seed S] (DemoCommand.cpp).
int runDemo(CommandContext& ctx, const QStringList& positional);
QList<QCommandLineOption> demoOptions();

// checkin APPOINTMENT_ID [FILE]: the pre-session re-screen (CheckinCommand.cpp).
int runCheckin(CommandContext& ctx, const QStringList& positional);

} // namespace np::cli
