#pragma once

#include "PatientImportDialog.h"

#include "app/workspace/WorkspaceWindow.h"

#include <QObject>

class QAction;
class QWidget;

namespace np::app {

class Workspace;
class WorkspaceTasks;

// File > Import Patients…: opens the import window (PatientImportDialog) over the main window for
// the database open now.
class PatientImport : public QObject {
    Q_OBJECT
public:
    PatientImport(WorkspaceTasks& tasks, QWidget* parent);

    void setWorkspace(const Workspace* workspace) { m_window->setWorkspace(workspace); }
    // The import window open now; null when none (tests).
    [[nodiscard]] PatientImportDialog* dialog() const { return qobject_cast<PatientImportDialog*>(m_window->dialog()); }

    QAction* const action;

signals:
    // Patients were added or updated: lists and records showing patients are out of date.
    void imported(const QString& message);

private:
    WorkspaceWindow* m_window;
};

} // namespace np::app
