#include "BackupRestore.h"

#include "BackupService.h"

#include "app/StorageText.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace np::app {

BackupRestore::BackupRestore(BackupService& backup, QWidget* window)
    : QObject(window)
    , m_backup(backup)
    , m_window(window)
{
    connect(&m_backup, &BackupService::restored, this, &BackupRestore::report);
}

void BackupRestore::ask(const QString& backupFile, const QString& databasePath)
{
    const QFileInfo backup(backupFile);
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Restore from Backup"),
        tr("Replace the clinic's database with the backup %1, saved %2?")
            .arg(backup.fileName(), QLocale().toString(backup.lastModified(), QLocale::ShortFormat)),
        QMessageBox::NoButton, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(
        tr("Everything recorded after the backup was saved leaves the database in use. The database it replaces is "
           "kept beside it (%1.replaced-…) and is never deleted.\n\nClose Needlepoint on the other workstations "
           "first: the backup is not restored while the database is open anywhere else.")
            .arg(QFileInfo(databasePath).fileName()));
    QPushButton* restore = box->addButton(tr("Restore"), QMessageBox::AcceptRole);
    QPushButton* cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    connect(box, &QMessageBox::finished, this, [this, box, restore, backupFile, databasePath] {
        if (box->clickedButton() == restore)
            start(backupFile, databasePath);
    });
    m_question = box;
    box->open();
}

void BackupRestore::start(const QString& backupFile, const QString& databasePath)
{
    if (m_backup.isBusy()) {
        emit finished(
            databasePath, false, tr("A backup is being made: restore when it has finished. Nothing was changed."));
        return;
    }
    emit replacing();
    if (m_backup.restore(backupFile, databasePath) == BackupService::Start::Busy) // never: checked above
        emit finished(databasePath, false, tr("A backup is being made: restore when it has finished."));
}

void BackupRestore::report(const RestoreOutcome& outcome)
{
    if (!outcome.ok()) {
        emit finished(
            outcome.databasePath, false, tr("The backup was not restored: %1").arg(storageErrorText(*outcome.error)));
        return;
    }
    QString text
        = tr("Restored from %1. The database it replaced is kept as %2.")
              .arg(QDir::toNativeSeparators(outcome.backupFile), QDir::toNativeSeparators(outcome.replacedKeptAs));
    if (outcome.migratesOnNextOpen)
        text += u' ' + tr("The backup was made by an earlier version of Needlepoint and is brought up to date now.");
    emit finished(outcome.databasePath, true, text);
}

} // namespace np::app
