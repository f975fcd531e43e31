#pragma once

#include "ClinicSettingsDialog.h"

#include "app/workspace/WorkspaceWindow.h"

#include <QObject>

class QAction;
class QWidget;

namespace np::app {

class AppSettings;
class Workspace;

// Settings > Clinic…: opens the clinic's set-up (ClinicSettingsDialog) over the main window for the
// database open now.
class ClinicSettings : public QObject {
    Q_OBJECT
public:
    ClinicSettings(AppSettings& settings, QWidget* parent);

    void setWorkspace(const Workspace* workspace) { m_window->setWorkspace(workspace); }
    // The set-up window open now; null when none (tests).
    [[nodiscard]] ClinicSettingsDialog* dialog() const
    {
        return qobject_cast<ClinicSettingsDialog*>(m_window->dialog());
    }

    QAction* const action;

signals:
    // The set-up was saved: what shows the clinic (documents, hours) is out of date.
    void saved(const QString& message);

private:
    WorkspaceWindow* m_window;
};

} // namespace np::app
