#include "FirstRun.h"

#include "app/clinic/ClinicSetupWizard.h"
#include "app/settings/AppSettings.h"
#include "services/ClinicDatabase.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

#include <spdlog/spdlog.h>

using namespace Qt::StringLiterals;

namespace np::app {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(FirstRun)
};
} // namespace

QString demoDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/demo/needlepoint-demo.db"_s;
}

std::expected<QString, QString> carryOutFirstRun(
    const ClinicSetupWizard& wizard, const Catalogue& catalogue, AppSettings& settings, const QDateTime& now)
{
    const QString path = wizard.databasePath();
    const QString shown = QDir::toNativeSeparators(path);
    const services::Creator creator {catalogue, {settings.deskName()}, now.date(), [now] { return now.toUTC(); }};
    switch (wizard.choice()) {
    case SetupStartPage::Choice::Open:
        return path;
    case SetupStartPage::Choice::Demo: {
        auto made = services::createDemoDatabase(path, DemoPatients, creator);
        if (!made)
            return std::unexpected(
                Tr::tr("The demo clinic could not be made at %1: %2").arg(shown, made.error().message));
        spdlog::info("Demo clinic {} at {}", *made ? "made" : "already", path.toStdString());
        return path;
    }
    case SetupStartPage::Choice::Create:
        break;
    }
    settings.setPaperSize(wizard.paper());
    auto setup = parseClinicDraft(wizard.draft(), catalogue);
    if (!setup) // the pages checked it: only a change of catalogue in between could do this
        return std::unexpected(Tr::tr("The clinic's set-up is not complete:\n%1").arg(joinProblems(setup.error())));
    if (auto created = services::createClinicDatabase(path, *setup, creator); !created)
        return std::unexpected(
            Tr::tr("The new database could not be made at %1: %2").arg(shown, created.error().message));
    spdlog::info("New clinic database at {}", path.toStdString());
    return path;
}

} // namespace np::app
