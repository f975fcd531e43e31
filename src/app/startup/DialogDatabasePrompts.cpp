#include "DialogDatabasePrompts.h"

#include "app/StorageText.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>

namespace np::app {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(DialogDatabasePrompts)
};
} // namespace

QString DialogDatabasePrompts::giveUpText() const
{
    return m_purpose == Purpose::StartUp ? Tr::tr("Quit") : Tr::tr("Cancel");
}

DatabasePrompts::MissingChoice DialogDatabasePrompts::missing(const QString& path)
{
    QMessageBox box(QMessageBox::Warning, Tr::tr("No Database Found"),
        Tr::tr("There is no Needlepoint database at %1.").arg(QDir::toNativeSeparators(path)), QMessageBox::NoButton,
        m_parent);
    box.setInformativeText(Tr::tr("If the clinic's database is on a drive that is not connected, connect it and "
                                  "open the database again. Needlepoint never creates a database without asking."));
    QPushButton* create = box.addButton(Tr::tr("Create a New Database Here"), QMessageBox::AcceptRole);
    QPushButton* another = box.addButton(Tr::tr("Open Another Database…"), QMessageBox::ActionRole);
    QPushButton* giveUp = box.addButton(giveUpText(), QMessageBox::RejectRole);
    box.setDefaultButton(another);
    box.setEscapeButton(giveUp);
    box.exec();
    if (box.clickedButton() == create)
        return MissingChoice::Create;
    if (box.clickedButton() == another)
        return MissingChoice::OpenAnother;
    return MissingChoice::GiveUp;
}

DatabasePrompts::FailureChoice DialogDatabasePrompts::failed(const QString& path, const storage::StorageError& error)
{
    QMessageBox box(QMessageBox::Critical, Tr::tr("Cannot Open the Database"),
        Tr::tr("Needlepoint cannot open the database %1.").arg(QDir::toNativeSeparators(path)), QMessageBox::NoButton,
        m_parent);
    box.setInformativeText(storageErrorText(error));
    QPushButton* restore = error.remedy == storage::StorageError::Remedy::RestoreBackup
        ? box.addButton(Tr::tr("Restore from Backup…"), QMessageBox::AcceptRole)
        : nullptr;
    QPushButton* another = box.addButton(Tr::tr("Open Another Database…"), QMessageBox::AcceptRole);
    QPushButton* giveUp = box.addButton(giveUpText(), QMessageBox::RejectRole);
    box.setDefaultButton(restore ? restore : another);
    box.setEscapeButton(giveUp);
    box.exec();
    if (restore && box.clickedButton() == restore)
        return FailureChoice::RestoreBackup;
    return box.clickedButton() == another ? FailureChoice::OpenAnother : FailureChoice::GiveUp;
}

QString DialogDatabasePrompts::chooseDatabase(const QString& folder)
{
    return QFileDialog::getOpenFileName(
        m_parent, Tr::tr("Open Database"), folder, Tr::tr("Needlepoint databases (*.db);;All files (*)"));
}

QString DialogDatabasePrompts::chooseBackup(const QString& folder)
{
    return QFileDialog::getOpenFileName(
        m_parent, Tr::tr("Restore from Backup"), folder, Tr::tr("Needlepoint backups (*.db);;All files (*)"));
}

} // namespace np::app
