// The main window, driven through its real actions, offscreen.

#include "AppTestSupport.h"

#include "app/MainActions.h"
#include "app/MainWindow.h"
#include "app/backup/BackupService.h"
#include "app/patients/PatientDetailPane.h"
#include "app/patients/PatientSearchModel.h"
#include "app/patients/PatientSearchPanel.h"
#include "app/print/PrintActions.h"
#include "app/print/PrintController.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace np;
using namespace np::test;

namespace {

struct WindowFixture {
    TempSettings settings;
    QTemporaryDir backups;
    QDateTime now {QDate(2026, 3, 1), QTime(9, 30)};
    app::BackupService backup {[this] { return now; }};
    std::unique_ptr<ClinicFixture> clinic = std::make_unique<ClinicFixture>();
    app::MainWindow window {settings.settings, builtInCatalogue(), backup};

    WindowFixture()
    {
        settings.settings.setBackupFolder(backups.path());
        auto opened = storage::Database::open(clinic->db.path());
        REQUIRE(opened);
        QSignalSpy finished(&backup, &app::BackupService::finished);
        window.setDatabase(std::move(*opened));
        REQUIRE(finished.wait(10000)); // the daily backup, started by opening
    }
};

} // namespace

TEST_CASE("main window: actions carry their shortcuts")
{
    WindowFixture f;
    const app::MainActions& a = *f.window.actions();
    CHECK(a.openDatabase->shortcut() == QKeySequence(QStringLiteral("Ctrl+O")));
    CHECK(a.backUpNow->shortcut() == QKeySequence(QStringLiteral("Ctrl+B")));
    CHECK(a.settings->shortcut() == QKeySequence(QStringLiteral("Ctrl+,")));
    CHECK(a.quit->shortcut() == QKeySequence(QStringLiteral("Ctrl+Q")));
    CHECK(a.findPatient->shortcut() == QKeySequence(QStringLiteral("Ctrl+F")));
}

TEST_CASE("main window: opening makes the day's backup, and Find patient, search and details work")
{
    WindowFixture f;
    CHECK(QFileInfo::exists(f.backups.filePath(QStringLiteral("needlepoint-2026-03-01.db"))));

    f.window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&f.window));
    f.window.activateWindow();
    f.window.actions()->findPatient->trigger();
    CHECK(QApplication::focusWidget() == f.window.searchPanel()->searchBox());

    f.window.searchPanel()->searchBox()->setText(QStringLiteral("jose gar"));
    f.window.searchPanel()->searchNow();
    REQUIRE(f.window.searchPanel()->model()->rowCount() == 1);
    QTest::keyClick(f.window.searchPanel()->searchBox(), Qt::Key_Down);
    CHECK(f.window.detailPane()->patientId() == f.clinic->jose);
    CHECK(f.window.detailPane()->fieldText(QStringLiteral("name")) == QStringLiteral("García, José Luis"));
}

TEST_CASE("main window: Back up now makes a second backup the same day")
{
    WindowFixture f;
    QSignalSpy finished(&f.backup, &app::BackupService::finished);
    f.window.actions()->backUpNow->trigger();
    REQUIRE(finished.wait(10000));
    CHECK(finished.at(0).at(0).value<app::BackupOutcome>().made.endsWith(QStringLiteral("-093000.db")));
    CHECK(QDir(f.backups.path()).entryList(QDir::Files).size() == 2);
}

TEST_CASE("main window: geometry is saved on close")
{
    WindowFixture f;
    f.window.show();
    f.window.close();
    CHECK_FALSE(f.settings.settings.windowGeometry().isEmpty());
}

TEST_CASE("main window: Open database keeps the open one when the chosen file is refused")
{
    WindowFixture f;
    auto prompts = std::make_unique<ScriptedPrompts>();
    ScriptedPrompts& asked = *prompts;
    const QString bad = f.backups.filePath(QStringLiteral("notes.db"));
    writeFile(bad, "not a database");
    prompts->chosenPaths = {bad};
    f.window.setDatabasePrompts(std::move(prompts));
    storage::Database* before = f.window.database();

    f.window.actions()->openDatabase->trigger();
    CHECK(asked.asked.size() == 2);
    CHECK(asked.asked.value(1).startsWith(QStringLiteral("failed: ") + bad));
    CHECK(f.window.database() == before);
    CHECK(f.settings.settings.databasePath() != bad);
}

TEST_CASE("main window: Open database switches to the chosen database and remembers it")
{
    WindowFixture f;
    QTemporaryDir dir;
    const QString otherPath = dir.filePath(QStringLiteral("second-clinic.db"));
    REQUIRE(storage::Database::create(otherPath));
    auto prompts = std::make_unique<ScriptedPrompts>();
    prompts->chosenPaths = {otherPath};
    f.window.setDatabasePrompts(std::move(prompts));
    QSignalSpy finished(&f.backup, &app::BackupService::finished);

    f.window.actions()->openDatabase->trigger();
    REQUIRE(f.window.database());
    CHECK(f.window.database()->path() == otherPath);
    CHECK(f.settings.settings.databasePath() == otherPath);
    CHECK(f.window.searchPanel()->model()->rowCount() == 0);
    REQUIRE(finished.wait(10000)); // the new database's daily backup
    CHECK(QFileInfo::exists(f.backups.filePath(QStringLiteral("second-clinic-2026-03-01.db"))));
}

TEST_CASE("main window: the View, Patient, Print and Settings menus sit before Help, and patient documents wait for a "
          "patient")
{
    WindowFixture f;
    QStringList menus;
    for (QAction* a : f.window.menuBar()->actions())
        menus << a->text();
    CHECK(menus
        == QStringList {QStringLiteral("&File"), QStringLiteral("&Edit"), QStringLiteral("&View"),
            QStringLiteral("Pa&tient"), QStringLiteral("&Print"), QStringLiteral("Sett&ings"),
            QStringLiteral("&Help")});
    const app::PrintActions& a = *f.window.printing()->actions();
    CHECK(a.daySheet->isEnabled());
    CHECK_FALSE(a.postCare->isEnabled());
    CHECK_FALSE(a.consent->isEnabled());
}

TEST_CASE("main window: no two actions share a shortcut, and no two items of a menu share a mnemonic")
{
    WindowFixture f;
    const auto mnemonic = [](const QString& text) {
        for (qsizetype i = text.indexOf(u'&'); i >= 0 && i + 1 < text.size(); i = text.indexOf(u'&', i + 2))
            if (text[i + 1] != u'&')
                return text[i + 1].toLower();
        return QChar();
    };
    QSet<QString> shortcuts;
    QSet<QChar> menuMnemonics;
    for (QAction* top : f.window.menuBar()->actions()) {
        INFO(top->text().toStdString());
        CHECK_FALSE(menuMnemonics.contains(mnemonic(top->text())));
        menuMnemonics.insert(mnemonic(top->text()));
        REQUIRE(top->menu());
        QSet<QChar> itemMnemonics;
        for (QAction* item : top->menu()->actions()) {
            if (item->isSeparator())
                continue;
            INFO(item->text().toStdString());
            const QChar m = mnemonic(item->text());
            CHECK_FALSE(m.isNull());
            CHECK_FALSE(itemMnemonics.contains(m));
            itemMnemonics.insert(m);
            const QString keys = item->shortcut().toString();
            if (keys.isEmpty())
                continue;
            CHECK_FALSE(shortcuts.contains(keys));
            shortcuts.insert(keys);
        }
    }
    CHECK(shortcuts.size() >= 14);
}
