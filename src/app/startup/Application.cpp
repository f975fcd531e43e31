#include "Application.h"

#include "CommandLine.h"
#include "DatabaseOpener.h"
#include "DialogDatabasePrompts.h"
#include "FirstRun.h"
#include "Logging.h"
#include "Translations.h"

#include "app/MainWindow.h"
#include "app/backup/BackupService.h"
#include "app/clinic/ClinicSetupWizard.h"
#include "app/clinic/ProtocolFile.h"
#include "app/settings/AppSettings.h"
#include "core/CatalogueLoader.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>

#include <spdlog/spdlog.h>

using namespace Qt::StringLiterals;

namespace np::app {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Application)
};
} // namespace

int runApplication(int argc, char* argv[])
{
    const auto name = [] {
        QCoreApplication::setOrganizationName(u"Needlepoint"_s);
        QCoreApplication::setApplicationName(u"Needlepoint"_s);
        QCoreApplication::setApplicationVersion(QStringLiteral(NEEDLEPOINT_VERSION));
    };
    if (asksOnlyForText(argc, argv)) { // no window system needed: printed, then exit
        QCoreApplication text(argc, argv);
        name();
        installTranslations(text);
        QCommandLineParser parser;
        describeCommandLine(parser);
        return answerInText(parser, QCoreApplication::arguments()).value_or(0);
    }
    QApplication app(argc, argv); // takes Qt's own options (-platform, -style...) out first
    name();
    QGuiApplication::setApplicationDisplayName(u"Needlepoint"_s);
    // The desktop entry's name (needlepoint.desktop): the desktop shows its icon for the windows.
    QGuiApplication::setDesktopFileName(u"needlepoint"_s);
    QIcon icon;
    for (const int size : {32, 64, 128, 256})
        icon.addFile(u":/icons/%1x%1/needlepoint.png"_s.arg(size));
    QApplication::setWindowIcon(icon);
    QCommandLineParser parser;
    describeCommandLine(parser);
    if (const auto code = answerInText(parser, QCoreApplication::arguments()))
        return *code;

    const QString dataFolder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QString logFile = setUpLogging(dataFolder + u"/logs"_s);
    spdlog::info("Needlepoint {} starting; log {}", NEEDLEPOINT_VERSION, logFile.toStdString());
    installTranslations(app);

    auto catalogue = loadBuiltInCatalogue();
    if (!catalogue) {
        QStringList problems;
        for (const Problem& p : catalogue.error())
            problems << p.toString();
        spdlog::critical("The built-in catalogue does not load: {}", problems.join(u"; "_s).toStdString());
        QMessageBox::critical(nullptr, Tr::tr("Needlepoint"),
            Tr::tr("The protocol catalogue built into Needlepoint does not load:\n%1").arg(problems.join(u'\n')));
        return 1;
    }

    QSettings qsettings;
    AppSettings settings(qsettings);
    // The clinic's own catalogue, when this computer plans with one; the built-in one when it no
    // longer reads (said, never silently).
    if (const QString file = settings.protocolsFile(); !file.isEmpty()) {
        if (auto own = readProtocolFile(file)) {
            catalogue = **own;
            spdlog::info("Protocol catalogue in use: {}", file.toStdString());
        } else {
            spdlog::error("The clinic's protocol catalogue does not load: {}", own.error().toStdString());
            QMessageBox::warning(nullptr, Tr::tr("Needlepoint"),
                Tr::tr("%1\n\nUntil it is corrected, Needlepoint plans with its built-in catalogue (Settings > "
                       "Protocols…).")
                    .arg(own.error()));
        }
    }
    const auto start = startDatabase(parser.positionalArguments(), settings.databasePath());
    if (!start) {
        spdlog::error("Command line: {}", start.error().toStdString());
        QMessageBox::critical(nullptr, Tr::tr("Needlepoint"), start.error());
        return 1;
    }
    QString path = start->path;
    // The first run (no database where the settings say): the set-up wizard, never a silent new file.
    if (!QFileInfo::exists(path)) {
        ClinicSetupWizard wizard(*catalogue, path, demoDatabasePath());
        if (wizard.exec() != QDialog::Accepted) {
            spdlog::info("First run: set-up cancelled; quitting");
            return 0;
        }
        QApplication::setOverrideCursor(Qt::WaitCursor);
        auto made = carryOutFirstRun(wizard, *catalogue, settings, QDateTime::currentDateTime());
        QApplication::restoreOverrideCursor();
        if (!made) {
            spdlog::error("First run: {}", made.error().toStdString());
            QMessageBox::critical(nullptr, Tr::tr("Needlepoint"), made.error());
            return 1;
        }
        path = *made;
    }
    DialogDatabasePrompts prompts(DialogDatabasePrompts::Purpose::StartUp);
    auto database = DatabaseOpener(prompts, settings.backupFolder()).open(path);
    if (!database) {
        spdlog::info("No database opened; quitting");
        return 0;
    }
    if (start->remember && database->path() != settings.databasePath())
        settings.setDatabasePath(database->path());

    BackupService backup;
    MainWindow window(settings, *catalogue, backup);
    window.setDatabase(std::move(database));
    window.show();
    const int code = QApplication::exec();
    spdlog::info("Needlepoint quitting");
    spdlog::default_logger()->flush();
    return code;
}

} // namespace np::app
