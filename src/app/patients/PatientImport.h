#pragma once

#include "PatientImportDialog.h"

#include <QObject>
#include <QPointer>

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

    void setWorkspace(const Workspace* workspace);
    // The import window open now; null when none (tests).
    [[nodiscard]] PatientImportDialog* dialog() const { return m_dialog; }

    QAction* const action;

signals:
    // Patients were added or updated: lists and records showing patients are out of date.
    void imported(const QString& message);

private:
    void openDialog();

    WorkspaceTasks& m_tasks;
    QWidget* m_parent;
    const Workspace* m_workspace = nullptr;
    QPointer<PatientImportDialog> m_dialog;
};

} // namespace np::app
