#pragma once

#include <QList>
#include <QObject>

class QAction;
class QMenu;
class QMenuBar;

namespace np::app {

// The main window's actions, with their shortcuts, and the menus that hold them. The window
// connects them to what they do.
class MainActions : public QObject {
    Q_OBJECT
public:
    explicit MainActions(QObject* parent = nullptr);

    // File (with `fileActions` after Back Up Now), Edit (`editActions` first: Undo, Redo), `more`
    // (the Patient and Print menus), Settings (`settingsActions`, then this computer's settings) and
    // Help, filled.
    void addMenusTo(QMenuBar* menuBar, const QList<QMenu*>& more = {}, const QList<QAction*>& fileActions = {},
        const QList<QAction*>& settingsActions = {}, const QList<QAction*>& editActions = {}) const;

    QAction* const newClinic;
    QAction* const openDatabase; // Ctrl+O
    QAction* const backUpNow; // Ctrl+B
    QAction* const restoreBackup;
    QAction* const settings; // Ctrl+,
    QAction* const quit; // Ctrl+Q
    QAction* const findPatient; // Ctrl+F
    QAction* const userGuide; // F1
    QAction* const about;
};

} // namespace np::app
