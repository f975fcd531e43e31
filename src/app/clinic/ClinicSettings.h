#pragma once

#include "ClinicSettingsDialog.h"
#include "ProtocolsDialog.h"

#include "app/workspace/WorkspaceWindow.h"

#include <QObject>

class QAction;
class QWidget;

namespace np::app {

class AppSettings;
class Workspace;

// Settings > Clinic… and Settings > Protocols…: open the clinic's set-up (ClinicSettingsDialog) and
// the protocol catalogue (ProtocolsDialog) over the main window for the database open now.
class ClinicSettings : public QObject {
    Q_OBJECT
public:
    // `apply` puts a protocol catalogue chosen in Protocols… in use.
    ClinicSettings(AppSettings& settings, ProtocolsDialog::Apply apply, QWidget* parent);

    void setWorkspace(const Workspace* workspace)
    {
        m_window->setWorkspace(workspace);
        m_protocolsWindow->setWorkspace(workspace);
    }
    // The set-up window open now; null when none (tests).
    [[nodiscard]] ClinicSettingsDialog* dialog() const
    {
        return qobject_cast<ClinicSettingsDialog*>(m_window->dialog());
    }

    // The protocols window open now; null when none (tests).
    [[nodiscard]] ProtocolsDialog* protocolsDialog() const
    {
        return qobject_cast<ProtocolsDialog*>(m_protocolsWindow->dialog());
    }

    QAction* const action;
    QAction* const protocolsAction;

signals:
    // The set-up was saved: what shows the clinic (documents, hours) is out of date.
    void saved(const QString& message);

private:
    WorkspaceWindow* m_window;
    WorkspaceWindow* m_protocolsWindow;
};

} // namespace np::app
