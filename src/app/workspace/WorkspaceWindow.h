#pragma once

#include <QDialog>
#include <QObject>
#include <QPointer>

#include <functional>

class QAction;

namespace np::app {

class Workspace;

// One window opened by an action for the database open now (Import Patients…, Settings > Clinic…):
// the action is enabled while a database is open, raises the window when it is open already, and
// the window closes when its database goes.
class WorkspaceWindow : public QObject {
    Q_OBJECT
public:
    // Makes the window for `workspace` over `over`; it is deleted when closed.
    using Make = std::function<QDialog*(const Workspace& workspace, QWidget* over)>;

    WorkspaceWindow(QAction* action, QWidget* over, Make make, QObject* parent);

    void setWorkspace(const Workspace* workspace);
    // The window open now; null when none.
    [[nodiscard]] QDialog* dialog() const { return m_dialog; }

private:
    void open();

    QAction* m_action;
    Make m_make;
    QWidget* m_over;
    const Workspace* m_workspace = nullptr;
    QPointer<QDialog> m_dialog;
};

} // namespace np::app
