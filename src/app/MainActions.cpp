#include "MainActions.h"

#include "Actions.h"

#include <QAction>
#include <QKeySequence>
#include <QMenu>
#include <QMenuBar>

namespace np::app {

MainActions::MainActions(QObject* parent)
    : QObject(parent)
    , newClinic(makeAction(
          this, tr("&New Clinic…"), {}, tr("Set up another clinic's database, open one, or try the demo clinic")))
    , openDatabase(makeAction(
          this, tr("&Open Database…"), QKeySequence(Qt::CTRL | Qt::Key_O), tr("Open another patient database")))
    , backUpNow(makeAction(this, tr("&Back Up Now"), QKeySequence(Qt::CTRL | Qt::Key_B),
          tr("Back up the database to the backup folder now")))
    , restoreBackup(makeAction(this, tr("&Restore from Backup…"), {},
          tr("Replace the database with one of its backups (the one replaced is kept)")))
    , settings(makeAction(this, tr("This C&omputer…"), QKeySequence(Qt::CTRL | Qt::Key_Comma),
          tr("This computer's settings: the database file, the backup folder and how many backups to keep, the "
             "name at the desk")))
    , quit(makeAction(this, tr("&Quit"), QKeySequence(Qt::CTRL | Qt::Key_Q), tr("Quit Needlepoint")))
    , findPatient(makeAction(this, tr("&Find Patient"), QKeySequence(Qt::CTRL | Qt::Key_F),
          tr("Search for a patient by name, phone, email or birth date")))
    , userGuide(makeAction(this, tr("&User Guide"), QKeySequence::HelpContents,
          tr("How to do the clinic's work in Needlepoint, step by step, with pictures")))
    , about(makeAction(this, tr("&About Needlepoint"), {}, tr("Needlepoint's version")))
{
    settings->setMenuRole(QAction::PreferencesRole);
    quit->setMenuRole(QAction::QuitRole);
    about->setMenuRole(QAction::AboutRole);
}

void MainActions::addMenusTo(QMenuBar* menuBar, const QList<QMenu*>& more, const QList<QAction*>& fileActions,
    const QList<QAction*>& settingsActions, const QList<QAction*>& editActions) const
{
    QMenu* file = menuBar->addMenu(tr("&File"));
    file->addAction(newClinic);
    file->addAction(openDatabase);
    file->addAction(backUpNow);
    file->addAction(restoreBackup);
    if (!fileActions.isEmpty()) {
        file->addSeparator();
        file->addActions(fileActions);
    }
    file->addSeparator();
    file->addAction(quit);
    QMenu* edit = menuBar->addMenu(tr("&Edit"));
    if (!editActions.isEmpty()) {
        edit->addActions(editActions);
        edit->addSeparator();
    }
    edit->addAction(findPatient);
    for (QMenu* menu : more)
        menuBar->addMenu(menu);
    QMenu* settingsMenu = menuBar->addMenu(tr("Sett&ings"));
    settingsMenu->addActions(settingsActions);
    settingsMenu->addAction(settings);
    QMenu* help = menuBar->addMenu(tr("&Help"));
    help->addAction(userGuide);
    help->addSeparator();
    help->addAction(about);
}

} // namespace np::app
