#include "CommandLine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace np::app {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

} // namespace

void describeCommandLine(QCommandLineParser& parser)
{
    parser.setApplicationDescription(
        Tr::tr("Needlepoint plans, books and charts microneedling treatments. Without FILE it opens the "
               "database named in Settings (the set-up wizard makes one on the first run)."));
    parser.addHelpOption(); // -h, --help, -?, --help-all
    parser.addVersionOption(); // -v, --version
    parser.addPositionalArgument(u"FILE"_s,
        Tr::tr("A Needlepoint database (.db) to open this time, instead of the one in Settings."), u"[FILE]"_s);
}

std::optional<int> answerInText(QCommandLineParser& parser, const QStringList& arguments)
{
    // parse(), not process(): process() leaves through exit(), past every destructor.
    if (!parser.parse(arguments)) {
        std::fprintf(
            stderr, "%s: %s\n", qPrintable(QCoreApplication::applicationName()), qPrintable(parser.errorText()));
        return 1;
    }
    if (parser.isSet(u"help"_s) || parser.isSet(u"help-all"_s)) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return 0;
    }
    if (parser.isSet(u"version"_s)) {
        std::printf("%s %s\n", qPrintable(QCoreApplication::applicationName()),
            qPrintable(QCoreApplication::applicationVersion()));
        return 0;
    }
    return std::nullopt;
}

bool asksOnlyForText(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView a(argv[i]);
        if (a == "-h" || a == "--help" || a == "-?" || a == "--help-all" || a == "-v" || a == "--version")
            return true;
    }
    return false;
}

std::expected<StartDatabase, QString> startDatabase(const QStringList& positional, const QString& settingsPath)
{
    if (positional.isEmpty())
        return StartDatabase {settingsPath, true};
    if (positional.size() > 1)
        return std::unexpected(Tr::tr("Needlepoint opens one database at a time; it was given %1: %2")
                                   .arg(positional.size())
                                   .arg(positional.join(u", "_s)));
    const QFileInfo file(positional.front());
    if (!file.exists())
        return std::unexpected(Tr::tr("%1 does not exist: give the path of a Needlepoint database (.db), or start "
                                      "Needlepoint without it to open the one in Settings")
                                   .arg(QDir::toNativeSeparators(file.absoluteFilePath())));
    if (file.isDir())
        return std::unexpected(Tr::tr("%1 is a folder: give the path of a Needlepoint database (.db) in it")
                                   .arg(QDir::toNativeSeparators(file.absoluteFilePath())));
    return StartDatabase {file.absoluteFilePath(), false};
}

} // namespace np::app
