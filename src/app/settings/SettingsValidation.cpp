#include "SettingsValidation.h"

#include "AppSettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace np::app {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(SettingsValidation)
};
} // namespace

QString validateSettings(const SettingsValues& values)
{
    const QString database = values.databasePath.trimmed();
    if (database.isEmpty())
        return Tr::tr("Database: choose the database file.");
    if (QFileInfo(database).isDir())
        return Tr::tr("Database: %1 is a folder, not a database file.").arg(QDir::toNativeSeparators(database));

    const QString folder = values.backupFolder.trimmed();
    if (folder.isEmpty())
        return Tr::tr("Backup folder: choose a folder for the daily backups.");
    const QString shown = QDir::toNativeSeparators(folder);
    if (QFileInfo info(folder); info.exists() && !info.isDir())
        return Tr::tr("Backup folder: %1 is a file, not a folder.").arg(shown);
    if (!QDir().mkpath(folder))
        return Tr::tr("Backup folder: %1 cannot be created; choose a folder you can write to.").arg(shown);
    if (!QFileInfo(folder).isWritable())
        return Tr::tr("Backup folder: %1 cannot be written to; choose a folder you can write to.").arg(shown);

    if (values.backupKeep < AppSettings::MinBackupKeep || values.backupKeep > AppSettings::MaxBackupKeep)
        return Tr::tr("Keep: between %1 and %2 daily backups, not %3.")
            .arg(AppSettings::MinBackupKeep)
            .arg(AppSettings::MaxBackupKeep)
            .arg(values.backupKeep);

    if (const QString templates = values.templatesFolder.trimmed();
        !templates.isEmpty() && !QFileInfo(templates).isDir())
        return Tr::tr("Clinic templates folder: %1 is not a folder; choose one, or leave it empty for the "
                      "built-in templates.")
            .arg(QDir::toNativeSeparators(templates));
    return {};
}

} // namespace np::app
