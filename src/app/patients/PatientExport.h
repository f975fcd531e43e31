#pragma once

#include <QObject>

class QAction;
class QWidget;

namespace np::app {

class Workspace;
class WorkspaceTasks;

// File > Export Patients…: every patient, archived ones too, to a CSV file the import reads back
// (docs/patient-csv.md), written off the GUI thread and replaced whole only once complete. The
// database file itself is never a target.
class PatientExport : public QObject {
    Q_OBJECT
public:
    PatientExport(WorkspaceTasks& tasks, QWidget* parent);

    void setWorkspace(const Workspace* workspace);
    // Exports to `path` without asking (the action asks for the file first).
    void exportTo(const QString& path);
    [[nodiscard]] bool isBusy() const { return m_busy; }

    QAction* const action;

signals:
    void started();
    // The export ended: `message` says how many patients went where, or why none did.
    void finished(bool ok, const QString& message);

private:
    void chooseFile();

    WorkspaceTasks& m_tasks;
    QWidget* m_parent;
    const Workspace* m_workspace = nullptr;
    bool m_busy = false;
};

} // namespace np::app
