#pragma once

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace np::app {

// The Print menu's actions, with their shortcuts. PrintController connects them and enables the
// ones that apply.
class PrintActions : public QObject {
    Q_OBJECT
public:
    explicit PrintActions(QObject* parent = nullptr);

    // The Print menu, filled; owned by `parent`.
    [[nodiscard]] QMenu* createMenu(QWidget* parent) const;

    QAction* const printNow; // Ctrl+P: the current document, through the print dialog
    QAction* const printPreview; // Ctrl+Shift+P: the current document
    QAction* const savePdf; // Ctrl+Shift+S: the current document
    QAction* const daySheet; // Ctrl+Shift+D
    QAction* const recallList; // Ctrl+Shift+R
    QAction* const postCareBatch; // Ctrl+Shift+T: every post-care sheet of a day's completed sessions
    QAction* const postCare; // Ctrl+Shift+A (aftercare): the selected patient's
    QAction* const preCare; // Ctrl+Shift+B (before)
    QAction* const appointmentCard; // Ctrl+Shift+C
    QAction* const consent; // Ctrl+Shift+N
};

} // namespace np::app
