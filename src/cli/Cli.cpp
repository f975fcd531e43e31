#include "Cli.h"

#include "CommandContext.h"
#include "Commands.h"

#include "core/JsonReader.h"

#include <QCoreApplication>
#include <QDate>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace np::cli {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QList<QCommandLineOption> globalOptions()
{
    return {
        QCommandLineOption(u"today"_s, Tr::tr("Pin the clock: plan as if today were DATE (YYYY-MM-DD)."), u"DATE"_s),
        QCommandLineOption(
            u"protocols"_s, Tr::tr("Use the protocol catalogue in FILE instead of the built-in one."), u"FILE"_s),
        QCommandLineOption(u"database"_s,
            Tr::tr("The patient database (default: needlepoint.db in the application data folder)."), u"PATH"_s),
        QCommandLineOption(
            u"user"_s, Tr::tr("Who is making changes, for the audit log (default: the login name)."), u"NAME"_s),
        QCommandLineOption({u"h"_s, u"help"_s}, Tr::tr("Show this help.")),
        QCommandLineOption(u"version"_s, Tr::tr("Show the version.")),
    };
}

// True when `command` (may be null) has an option of this name: it then wins over the global one
// (patients archive ID --version V is not the program's --version).
bool ownsOption(const Command* command, const QString& name)
{
    if (command)
        for (const QCommandLineOption& o : command->options())
            if (o.names().contains(name))
                return true;
    return false;
}

void setUp(QCommandLineParser& parser, const Command* command)
{
    parser.setApplicationDescription(Tr::tr("Needlepoint: microneedling treatment planning, headless. JSON out."));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    QStringList added; // an option of several commands (--version V) is registered once
    const auto add = [&](const QCommandLineOption& o) {
        if (!added.contains(o.names().first())) {
            added << o.names();
            parser.addOption(o);
        }
    };
    for (const QCommandLineOption& o : globalOptions())
        if (!ownsOption(command, o.names().first()))
            add(o);
    if (command) {
        for (const QCommandLineOption& o : command->options())
            add(o);
        parser.addPositionalArgument(command->name, command->summary, command->name + u' ' + command->arguments);
    } else {
        for (const Command& c : commands())
            for (const QCommandLineOption& o : c.options())
                add(o);
        parser.addPositionalArgument(u"command"_s, Tr::tr("One of the commands below."), u"COMMAND [ARGS]"_s);
    }
}

QString generalHelp()
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Needlepoint: microneedling treatment planning, headless. JSON out."));
    parser.addOptions(globalOptions());
    parser.addPositionalArgument(u"command"_s, Tr::tr("One of the commands below."), u"COMMAND [ARGS]"_s);
    QString text = parser.helpText();
    text += u'\n' + Tr::tr("Commands:") + u'\n';
    qsizetype width = 0;
    for (const Command& c : commands())
        width = std::max(width, c.name.size() + 1 + c.arguments.size());
    for (const Command& c : commands())
        text += u"  "_s + QString(c.name + u' ' + c.arguments).leftJustified(width + 2) + c.summary + u'\n';
    text += u'\n'
        + Tr::tr("Exit codes: 0 success, 1 usage error, 2 bad input, 3 refused by the rules (blocked), "
                 "4 conflict, 5 database problem.")
        + u'\n' + Tr::tr("Run \"needlepoint-cli COMMAND --help\" for a command's own options.") + u'\n';
    return text;
}

} // namespace

int run(const QStringList& arguments, Io io)
{
    auto fail = [&](const QString& message) {
        io.err.write((message + u'\n').toUtf8());
        return Failure;
    };

    QCommandLineParser probe;
    setUp(probe, nullptr);
    if (!probe.parse(arguments))
        return fail(probe.errorText());
    const QStringList positional = probe.positionalArguments();
    const Command* command = nullptr;
    for (const Command& c : commands())
        if (!positional.isEmpty() && c.name == positional.first())
            command = &c;
    if (probe.isSet(u"version"_s) && !ownsOption(command, u"version"_s)) {
        io.out.write((QCoreApplication::applicationVersion() + u'\n').toUtf8());
        return Success;
    }
    if (positional.isEmpty()) {
        io.out.write(generalHelp().toUtf8());
        return probe.isSet(u"help"_s) ? Success : Failure;
    }
    if (!command)
        return fail(Tr::tr("unknown command \"%1\" (run needlepoint-cli --help)").arg(positional.first()));

    QCommandLineParser parser;
    setUp(parser, command);
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (parser.isSet(u"help"_s)) {
        io.out.write(parser.helpText().toUtf8());
        return Success;
    }

    QDate today = QDate::currentDate();
    if (parser.isSet(u"today"_s)) {
        const auto pinned = parseIsoDate(parser.value(u"today"_s));
        if (!pinned)
            return fail(Tr::tr("--today: \"%1\" is not a date (YYYY-MM-DD)").arg(parser.value(u"today"_s)));
        today = *pinned;
    }
    CommandContext ctx(parser, io, today);
    return command->run(ctx, parser.positionalArguments().mid(1));
}

const QList<Command>& commands()
{
    static const QList<Command> all {
        {u"protocols"_s, Tr::tr("Print the protocol catalogue as JSON, or check a catalogue file."),
            u"[--check FILE]"_s, &protocolsOptions, &runProtocols},
        {u"plan"_s, Tr::tr("Plan a treatment series from a JSON request (standard input without FILE)."), u"[FILE]"_s,
            &planOptions, &runPlan},
        {u"init"_s, Tr::tr("Create a new patient database (never over an existing file)."), QString(), &noOptions,
            &runInit},
        {u"check"_s, Tr::tr("Check the whole database file for damage (integrity check)."), QString(), &noOptions,
            &runCheck},
        {u"backup"_s, Tr::tr("Copy the database to FILE, consistently even while it is in use."), u"FILE"_s, &noOptions,
            &runBackup},
        {u"restore"_s, Tr::tr("Replace the database with the backup FILE (checked first; the old one is kept)."),
            u"FILE"_s, &noOptions, &runRestore},
        commandGroup(u"patients"_s, Tr::tr("Patients, JSON in and out"), &patientCommands),
        commandGroup(u"findings"_s, Tr::tr("Health findings with the catalogue's codes, JSON in"), &findingCommands),
        commandGroup(u"screenings"_s,
            Tr::tr("Contraindication screenings, the engine's result stored with the answers"), &screeningCommands),
        commandGroup(u"consents"_s, Tr::tr("Signed consent forms, withdrawn but never deleted"), &consentCommands),
        commandGroup(u"practitioners"_s, Tr::tr("Practitioners and their modalities, deactivated but never deleted"),
            &practitionerCommands),
        commandGroup(u"series"_s, Tr::tr("Treatment series planned for a patient and stored with their sessions"),
            &seriesCommands),
        commandGroup(u"charts"_s,
            Tr::tr("Session charts (device, depths per zone, numbing, products, reaction), JSON in"), &chartCommands),
        commandGroup(u"clinic"_s, Tr::tr("The clinic set-up: hours, practitioners, rooms, devices"), &clinicCommands),
        commandGroup(u"appointments"_s, Tr::tr("The clinic calendar, wall-clock times in the clinic's zone"),
            &appointmentCommands),
        {u"checkin"_s,
            Tr::tr("Check a patient in: the pre-session re-screen, JSON in; a blocking answer cancels the session."),
            u"APPOINTMENT_ID [FILE]"_s, &noOptions, &runCheckin},
        {u"slots"_s, Tr::tr("Free appointment slots for a treatment, nearest the target day first."),
            u"--patient ID --modality M --areas A,B --from D --to D [--target D] [--weekdays mon,...] "
            u"[--part morning|afternoon] [--practitioner CODE] [--limit N]"_s,
            &slotsOptions, &runSlots},
        {u"ics"_s, Tr::tr("Write a practitioner's schedule or a patient's appointments as an iCalendar file."),
            u"--practitioner ID|CODE --from D --to D --out FILE | --patient ID --out FILE"_s, &icsOptions, &runIcs},
        {u"print"_s, Tr::tr("Write a document as PDF and record it in the patient's file as given."),
            u"post-care|pre-care --appointment ID | consent|appointment-card --series ID | day-sheet --date D | "
            u"post-care --date D | recalls [--within DAYS]; --out FILE.pdf [--language en|es] [--paper a4|letter] "
            u"[--card page|wallet|sheet] [--templates DIR]"_s,
            &printOptions, &runPrint},
        {u"recalls"_s,
            Tr::tr("Who to call back: unbooked and overdue sessions, results reviews, maintenance, washouts clearing."),
            u"[--within DAYS] [--csv FILE]"_s, &recallsOptions, &runRecalls},
        {u"demo"_s, Tr::tr("Fill the database with synthetic patients, series and charts (demos, benchmarks)."),
            u"--patients N [--seed S]"_s, &demoOptions, &runDemo},
    };
    return all;
}

} // namespace np::cli
