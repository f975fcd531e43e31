#pragma once

#include "storage/PatientCsv.h"

#include <QDialog>

#include <atomic>
#include <memory>

namespace Ui {
class PatientImportDialog;
}

namespace np::app {

class TextTableModel;
class Workspace;
class WorkspaceTasks;

// File > Import Patients…: a spreadsheet file (CSV) checked against itself and the stored patients
// as soon as it is chosen (and again when an option changes), the outcome listed row by row (to
// add, to update, refused, with the file's row numbers), then imported all or nothing. Both run
// off the GUI thread with their progress shown and can be stopped; stopped, nothing is written.
class PatientImportDialog : public QDialog {
    Q_OBJECT
public:
    PatientImportDialog(const Workspace& workspace, WorkspaceTasks& tasks, QWidget* parent = nullptr);
    ~PatientImportDialog() override;

    // Checks `path` (the Choose button asks for it first).
    void setFile(const QString& path);
    // Checks the file again (after it was corrected) with the options shown.
    void check();
    // Imports the file checked; does nothing unless the check found it importable.
    void import();
    // Stops the check or import running: nothing is written.
    void stop();

    [[nodiscard]] bool isWorking() const { return m_working; }
    [[nodiscard]] bool canImport() const;
    [[nodiscard]] QString summary() const;
    [[nodiscard]] const TextTableModel* preview() const { return m_model; }
    [[nodiscard]] storage::CsvImportOptions options() const;

    void reject() override;

signals:
    // Patients were added or updated (the search list and record are out of date).
    void imported(int added, int updated);
    // A check or import ended (tests wait for it).
    void finishedWork();

private:
    void chooseFile();
    void showAcceptedColumns();
    void run(bool dryRun);
    void showProgress(storage::CsvStage stage, qsizetype done, qsizetype total);
    void showReport(const storage::CsvImportReport& report);
    void showRowDetail(int row);
    void showFailure(const QString& message);
    void setWorking(bool working);

    std::unique_ptr<Ui::PatientImportDialog> m_ui;
    const Workspace& m_workspace;
    WorkspaceTasks& m_tasks;
    TextTableModel* m_model;
    QString m_path;
    bool m_working = false;
    bool m_importable = false;
    // Set to stop the task running; each task has its own.
    std::shared_ptr<std::atomic_bool> m_stop;
};

} // namespace np::app
