#pragma once

#include <QString>
#include <QStringList>

#include <expected>
#include <optional>

class QCommandLineParser;
class QCoreApplication;

namespace np::app {

// needlepoint [FILE.db]: the database to open this time (the desktop entry passes the file
// double-clicked), or the one the settings name; --help and --version.
void describeCommandLine(QCommandLineParser& parser);

// Parses `arguments` into `parser` (described above). --help and --version are printed on stdout,
// an unknown option said on stderr: the exit code then (0, or 1), and nullopt to go on.
[[nodiscard]] std::optional<int> answerInText(QCommandLineParser& parser, const QStringList& arguments);

// Whether the arguments only ask for --help or --version: answered in text, before any window
// system is needed (a terminal over ssh, a package's test).
[[nodiscard]] bool asksOnlyForText(int argc, char* argv[]);

// The database to open at start-up and whether the settings keep it as the one to open next time.
struct StartDatabase {
    QString path;
    bool remember = true;
};

// From the positional arguments and the settings' database: a file given is opened this time only
// (a backup double-clicked must not become the desk's database), absolute, and must exist (the set-up
// wizard makes new databases, not a mistyped name); more than one is refused. Errors name the file.
[[nodiscard]] std::expected<StartDatabase, QString> startDatabase(
    const QStringList& positional, const QString& settingsPath);

} // namespace np::app
