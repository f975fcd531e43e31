#include "WorkspaceWindow.h"

#include <QAction>

namespace np::app {

WorkspaceWindow::WorkspaceWindow(QAction* action, QWidget* over, Make make, QObject* parent)
    : QObject(parent)
    , m_action(action)
    , m_make(std::move(make))
    , m_over(over)
{
    m_action->setEnabled(false);
    connect(m_action, &QAction::triggered, this, &WorkspaceWindow::open);
}

void WorkspaceWindow::setWorkspace(const Workspace* workspace)
{
    // The window works on the database it was opened for: it goes with it.
    delete m_dialog;
    m_workspace = workspace;
    m_action->setEnabled(workspace != nullptr);
}

void WorkspaceWindow::open()
{
    if (!m_workspace)
        return;
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    m_dialog = m_make(*m_workspace, m_over);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->open();
}

} // namespace np::app
