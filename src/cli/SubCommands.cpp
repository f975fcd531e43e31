#include "SubCommands.h"

#include "Cli.h"
#include "Commands.h"

#include "core/JsonReader.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace np::cli {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(SubCommands)
};

} // namespace

QList<QCommandLineOption> subCommandOptions(const QList<SubCommand>& table)
{
    QList<QCommandLineOption> all;
    QStringList names;
    for (const SubCommand& s : table)
        for (const QCommandLineOption& o : s.options())
            if (!names.contains(o.names().first())) {
                names << o.names().first();
                all << o;
            }
    return all;
}

Command commandGroup(const QString& name, const QString& what, const QList<SubCommand>& (*table)())
{
    return {name, Tr::tr("%1: %2.").arg(what, subCommandForms(table())), subCommandUsage(),
        [table] { return subCommandOptions(table()); },
        [name, table](
            CommandContext& ctx, const QStringList& positional) { return dispatch(ctx, name, table(), positional); }};
}

QString subCommandUsage()
{
    // The forms are listed in the summary; the usage stays short enough for the command list.
    return Tr::tr("SUBCOMMAND ...");
}

QString subCommandForms(const QList<SubCommand>& table)
{
    QStringList parts;
    for (const SubCommand& s : table)
        parts << (s.arguments.isEmpty() ? s.name : s.name + u' ' + s.arguments);
    return parts.join(u"; "_s);
}

int dispatch(CommandContext& ctx, const QString& command, const QList<SubCommand>& table, const QStringList& positional)
{
    QStringList names;
    for (const SubCommand& s : table)
        names << s.name;
    const SubCommand* chosen = nullptr;
    for (const SubCommand& s : table)
        if (!positional.isEmpty() && s.name == positional.first())
            chosen = &s;
    if (!chosen) {
        ctx.printError(positional.isEmpty() ? Tr::tr("%1 needs one of: %2").arg(command, names.join(u", "_s))
                                            : Tr::tr("unknown %1 command \"%2\" (one of: %3)")
                                                  .arg(command, positional.first(), names.join(u", "_s)));
        return Failure;
    }
    QStringList own;
    for (const QCommandLineOption& o : chosen->options())
        own << o.names();
    for (const QCommandLineOption& o : subCommandOptions(table)) {
        if (!own.contains(o.names().first()) && ctx.parser.isSet(o.names().first())) {
            ctx.printError(Tr::tr("--%1 is not an option of %2 %3").arg(o.names().first(), command, chosen->name));
            return Failure;
        }
    }
    return chosen->run(ctx, positional.mid(1));
}

std::optional<qint64> recordId(CommandContext& ctx, const QString& what, const QString& text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id < 1) {
        ctx.printError(Tr::tr("\"%1\" is not a %2 id (a whole number from 1)").arg(text, what));
        return std::nullopt;
    }
    return id;
}

std::optional<QDate> isoDateOption(CommandContext& ctx, const QString& option)
{
    const QString text = ctx.parser.value(option);
    const auto date = parseIsoDate(text);
    if (!date)
        ctx.printError(Tr::tr("--%1: \"%2\" is not a date (YYYY-MM-DD)").arg(option, text));
    return date;
}

QCommandLineOption readVersionOption()
{
    return QCommandLineOption(
        u"version"_s, Tr::tr("The version of the record as it was read (patients show prints it)."), u"V"_s);
}

std::optional<int> readVersion(CommandContext& ctx, const QString& command)
{
    if (!ctx.parser.isSet(u"version"_s)) {
        ctx.printError(Tr::tr("%1 needs --version V: the version of the record as it was read").arg(command));
        return std::nullopt;
    }
    bool ok = false;
    const int version = ctx.parser.value(u"version"_s).toInt(&ok);
    if (!ok || version < 1) {
        ctx.printError(Tr::tr("--version: \"%1\" is not a whole number from 1").arg(ctx.parser.value(u"version"_s)));
        return std::nullopt;
    }
    return version;
}

} // namespace np::cli
