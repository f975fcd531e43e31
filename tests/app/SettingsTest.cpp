// Settings: defaults, validation and the dialog.

#include "AppTestSupport.h"

#include "app/StorageText.h"
#include "app/settings/SettingsDialog.h"
#include "app/settings/SettingsValidation.h"

#include "storage/Database.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QPushButton>

using namespace np;
using namespace np::test;
using app::SettingsValues;

TEST_CASE("settings: defaults are the CLI's database, the backups folder and 14 backups")
{
    TempSettings s;
    CHECK(s.settings.databasePath() == storage::Database::defaultPath());
    CHECK(s.settings.backupFolder() == app::AppSettings::defaultBackupFolder());
    CHECK(s.settings.backupFolder().endsWith(QStringLiteral("/backups")));
    CHECK(s.settings.backupKeep() == 14);
    s.settings.setBackupKeep(1000);
    CHECK(s.settings.backupKeep() == 365);
    s.qsettings.setValue(QStringLiteral("backup/keep"), QStringLiteral("many"));
    CHECK(s.settings.backupKeep() == 14);
}

TEST_CASE("settings validation: a backup folder that cannot be created is refused, naming it")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("a-file"));
    writeFile(file, "x");
    const QString impossible = file + QStringLiteral("/backups");
    const QString database = dir.filePath(QStringLiteral("needlepoint.db"));

    const QString problem = app::validateSettings({database, impossible, 14});
    CHECK(problem.startsWith(QStringLiteral("Backup folder: ")));
    CHECK(problem.contains(impossible));
    CHECK(app::validateSettings({database, file, 14}).contains(QStringLiteral("is a file")));
    CHECK(app::validateSettings({dir.path(), dir.filePath(QStringLiteral("b")), 14})
              .startsWith(QStringLiteral("Database: ")));
    CHECK(app::validateSettings({QString(), dir.filePath(QStringLiteral("b")), 14})
              .startsWith(QStringLiteral("Database: ")));
    CHECK(app::validateSettings({database, dir.filePath(QStringLiteral("b")), 0}).startsWith(QStringLiteral("Keep: ")));

    const QString fresh = dir.filePath(QStringLiteral("new/backups"));
    CHECK(app::validateSettings({database, fresh, 14}).isEmpty());
    CHECK(QFileInfo(fresh).isDir());
}

TEST_CASE("settings dialog: OK with a bad folder keeps the dialog open and saves nothing")
{
    TempSettings s;
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("a-file"));
    writeFile(file, "x");
    app::SettingsDialog dialog(s.settings);
    dialog.setValues({dir.filePath(QStringLiteral("clinic.db")), file + QStringLiteral("/backups"), 30});
    dialog.open();
    dialog.accept();
    CHECK(dialog.isVisible());
    CHECK(dialog.error().contains(file));
    CHECK(s.settings.backupKeep() == 14);

    dialog.setValues({dir.filePath(QStringLiteral("clinic.db")), dir.filePath(QStringLiteral("backups")), 30});
    dialog.accept();
    CHECK_FALSE(dialog.isVisible());
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(s.settings.databasePath() == dir.filePath(QStringLiteral("clinic.db")));
    CHECK(s.settings.backupFolder() == dir.filePath(QStringLiteral("backups")));
    CHECK(s.settings.backupKeep() == 30);
}

TEST_CASE("settings: printing uses the built-in templates and the locale's paper unless set")
{
    TempSettings s;
    CHECK(s.settings.templatesFolder().isEmpty());
    CHECK(app::AppSettings::defaultPaperSize(QLocale(QLocale::English, QLocale::UnitedStates))
        == print::PaperSize::Letter);
    CHECK(app::AppSettings::defaultPaperSize(QLocale(QLocale::French, QLocale::Canada)) == print::PaperSize::Letter);
    CHECK(app::AppSettings::defaultPaperSize(QLocale(QLocale::Spanish, QLocale::Spain)) == print::PaperSize::A4);
    CHECK(
        app::AppSettings::defaultPaperSize(QLocale(QLocale::English, QLocale::UnitedKingdom)) == print::PaperSize::A4);
    CHECK(s.settings.paperSize() == app::AppSettings::defaultPaperSize(QLocale::system()));
    s.settings.setPaperSize(print::PaperSize::Letter);
    CHECK(s.settings.paperSize() == print::PaperSize::Letter);
    s.settings.setPaperSize(print::PaperSize::A4);
    CHECK(s.settings.paperSize() == print::PaperSize::A4);
}

TEST_CASE("settings dialog: the templates folder must be a folder, and it and the paper are saved")
{
    TempSettings s;
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("a-file"));
    writeFile(file, "x");
    app::SettingsDialog dialog(s.settings);
    app::SettingsValues v = dialog.values();
    v.databasePath = dir.filePath(QStringLiteral("clinic.db"));
    v.backupFolder = dir.filePath(QStringLiteral("backups"));
    v.templatesFolder = file;
    v.paper = print::PaperSize::Letter;
    v.cards = print::CardFormat::Sheet;
    dialog.setValues(v);
    dialog.open();
    dialog.accept();
    CHECK(dialog.isVisible());
    CHECK(dialog.error().startsWith(QStringLiteral("Clinic templates folder: ")));
    CHECK(dialog.error().contains(file));

    v.templatesFolder = dir.path();
    dialog.setValues(v);
    CHECK(dialog.values().paper == print::PaperSize::Letter);
    dialog.accept();
    CHECK_FALSE(dialog.isVisible());
    CHECK(s.settings.templatesFolder() == dir.path());
    CHECK(s.settings.paperSize() == print::PaperSize::Letter);
    CHECK(s.settings.cardFormat() == print::CardFormat::Sheet);
}

TEST_CASE("settings dialog: the name at this desk is saved, and left empty it is the login name")
{
    TempSettings s;
    QTemporaryDir dir;
    CHECK(s.settings.deskName() == app::AppSettings::loginName());
    app::SettingsDialog dialog(s.settings);
    app::SettingsValues v = dialog.values();
    CHECK(v.deskName.isEmpty()); // the login name is the placeholder, not a value typed
    v.databasePath = dir.filePath(QStringLiteral("clinic.db"));
    v.backupFolder = dir.filePath(QStringLiteral("backups"));
    v.deskName = QStringLiteral("  Reception   1 ");
    dialog.setValues(v);
    dialog.open();
    dialog.accept();
    CHECK_FALSE(dialog.isVisible());
    CHECK(s.settings.deskName() == QStringLiteral("Reception 1"));

    app::SettingsDialog again(s.settings);
    CHECK(again.values().deskName == QStringLiteral("Reception 1"));
    s.settings.setDeskName(QString());
    CHECK(s.settings.deskName() == app::AppSettings::loginName());
}

TEST_CASE("settings dialog: every Alt+letter reaches one control, in English and in Spanish")
{
    TempSettings s;
    {
        app::SettingsDialog dialog(s.settings);
        CHECK(mnemonicClashes(dialog) == QStringList());
    }
    const SpanishTranslation spanish;
    app::SettingsDialog dialog(s.settings);
    CHECK(dialog.windowTitle() != QStringLiteral("Settings"));
    CHECK(mnemonicClashes(dialog) == QStringList());
}

TEST_CASE("app: a database error's remedy is said as the way on inside the app, never as a command")
{
    using np::storage::StorageError;
    for (const auto remedy : {StorageError::Remedy::None, StorageError::Remedy::CreateDatabase,
             StorageError::Remedy::RestoreBackup, StorageError::Remedy::LoadClinicSetup}) {
        const QString text
            = np::app::storageErrorText({StorageError::Kind::Corrupt, QStringLiteral("x.db is damaged"), remedy});
        CHECK(text.startsWith(QStringLiteral("x.db is damaged")));
        CHECK_FALSE(text.contains(QStringLiteral("needlepoint-cli")));
    }
    CHECK(np::app::storageErrorText(
        {StorageError::Kind::Missing, QStringLiteral("no database at x.db"), StorageError::Remedy::CreateDatabase})
              .contains(QStringLiteral("File > New Clinic")));
}
