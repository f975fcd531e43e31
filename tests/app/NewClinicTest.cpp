// File > New Clinic…: the set-up wizard from inside the app; what it makes is opened in place of the
// database open now, which stays as it was.
#include "MainWindowFixture.h"

#include "app/clinic/ClinicSetupWizard.h"
#include "app/clinic/SetupListPage.h"
#include "app/clinic/SetupTableModel.h"
#include "services/ClinicSetupService.h"

#include <QComboBox>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTableView>

using namespace np;
using namespace np::test;
using namespace Qt::StringLiterals;

namespace {

QAction* fileAction(QMainWindow& window, const QString& text)
{
    for (QAction* menu : window.menuBar()->actions())
        if (menu->menu() && menu->text() == u"&File"_s)
            for (QAction* a : menu->menu()->actions())
                if (a->text() == text)
                    return a;
    FAIL("no File action " << text.toStdString());
    return nullptr;
}

void next(QWizard& wizard)
{
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
}

} // namespace

TEST_CASE("main window: File > New Clinic sets up another clinic's database and opens it in place of this one")
{
    MainWindowFixture f;
    const QString before = f.window.database()->path();
    fileAction(f.window, u"&New Clinic…"_s)->trigger();
    auto* wizard = f.window.findChild<app::ClinicSetupWizard*>();
    REQUIRE(wizard != nullptr);
    REQUIRE(wizard->isVisible());
    CHECK(wizard->startPage()->path().endsWith(u"clinic.db"_s)); // a new name beside the open database
    CHECK_FALSE(QFileInfo::exists(wizard->startPage()->path()));

    const QString path = f.files.filePath(u"sol.db"_s);
    wizard->startPage()->setPath(path);
    next(*wizard);
    REQUIRE(wizard->currentId() == app::ClinicSetupWizard::DetailsId);
    wizard->currentPage()->findChild<QLineEdit*>(u"name"_s)->setText(u"Clínica Sol"_s);
    wizard->currentPage()->findChild<QLineEdit*>(u"phone"_s)->setText(u"+34 910 000 000"_s);
    wizard->currentPage()->findChild<QComboBox*>(u"timeZone"_s)->setCurrentText(u"Europe/Madrid"_s);
    next(*wizard);
    REQUIRE(wizard->currentId() == app::ClinicSetupWizard::HoursId);
    next(*wizard);
    REQUIRE(wizard->currentId() == app::ClinicSetupWizard::TeamId);
    QTest::mouseClick(wizard->teamPage()->findChild<QPushButton*>(u"practitionersAdd"_s), Qt::LeftButton);
    auto* team = qobject_cast<app::SetupTableModel*>(wizard->teamPage()->table(0)->model());
    REQUIRE(team->setData(team->index(0, 0), u"Dr Ana Núñez"_s));
    next(*wizard);
    REQUIRE(wizard->currentId() == app::ClinicSetupWizard::RoomsId);
    next(*wizard);
    REQUIRE(wizard->currentId() == app::ClinicSetupWizard::ClosuresId);
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);

    REQUIRE(f.window.database() != nullptr);
    CHECK(f.window.database()->path() == path);
    CHECK(f.settings.settings.databasePath() == path);
    const services::UseCaseContext ctx {*f.window.database(), builtInCatalogue(), {u"t"_s}, f.now().date()};
    auto stored = services::clinic(ctx);
    REQUIRE(stored);
    CHECK(stored->setup.name == u"Clínica Sol"_s);
    // The database open before is untouched, still there to open again.
    CHECK(QFileInfo::exists(before));
    CHECK(f.patientCount() == 2);
}
