#pragma once

#include "backup/BackupJob.h"

#include <QDateTime>
#include <QMainWindow>

#include <expected>
#include <functional>
#include <memory>
#include <vector>

class QProgressBar;
class QSplitter;
class QTabWidget;

namespace np {
class Catalogue;
}

namespace np::storage {
class Database;
} // namespace np::storage

namespace np::app {

class AppSettings;
class BackupRestore;
class BackupService;
class BackupStatusLabel;
class CalendarPage;
class ChangeHistory;
class ChangeWatcher;
class ClinicSettings;
class DatabasePrompts;
class MainActions;
class PatientDetailPane;
class PatientSearchPanel;
class PatientController;
class PatientExport;
class PatientImport;
class WorkspaceTasks;
class PrintController;
class RecallsPage;
class TodayPage;
class Workspace;

// Assembles the pages (Today, then Patients: the search beside the patient's record), the actions
// and the status bar, and owns the open database. What each part does lives in its own class.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(AppSettings& settings, const Catalogue& catalogue, BackupService& backup, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Local date and time now, for every use case and the documents (pinned in tests); applies to
    // the database opened next.
    using Now = std::function<QDateTime()>;
    void setClock(Now now);

    // Shows `database` (replacing the one open) and starts its daily backup.
    void setDatabase(std::unique_ptr<storage::Database> database);
    [[nodiscard]] storage::Database* database() const;
    [[nodiscard]] const Workspace* workspace() const { return m_workspace.get(); }

    // The questions asked when opening another database; dialogs unless replaced (tests).
    void setDatabasePrompts(std::unique_ptr<DatabasePrompts> prompts);

    [[nodiscard]] MainActions* actions() const { return m_actions; }
    [[nodiscard]] PatientSearchPanel* searchPanel() const { return m_search; }
    [[nodiscard]] PatientDetailPane* detailPane() const { return m_details; }
    [[nodiscard]] BackupStatusLabel* backupStatus() const { return m_backupStatus; }
    [[nodiscard]] PrintController* printing() const { return m_print; }
    [[nodiscard]] PatientController* patients() const { return m_patients; }
    [[nodiscard]] PatientImport* patientImport() const { return m_import; }
    [[nodiscard]] PatientExport* patientExport() const { return m_export; }
    [[nodiscard]] ClinicSettings* clinicSettings() const { return m_clinic; }
    [[nodiscard]] BackupRestore* backupRestore() const { return m_restore; }
    [[nodiscard]] TodayPage* todayPage() const { return m_today; }
    [[nodiscard]] RecallsPage* recallsPage() const { return m_recalls; }
    [[nodiscard]] CalendarPage* calendarPage() const { return m_calendar; }
    // Edit > Undo and Redo of the changes to appointments made in this window.
    [[nodiscard]] ChangeHistory* history() const { return m_history; }
    // Reads the pages again when another connection has changed the database.
    [[nodiscard]] ChangeWatcher* changeWatcher() const { return m_changes; }
    // The pages: Today (shown at start) and Patients.
    [[nodiscard]] QTabWidget* pages() const { return m_pages; }
    void showToday();
    void showPatients();
    void showCalendar();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    // File > New Clinic…: the set-up wizard; what it makes or chooses is opened.
    void newClinic();
    void openDatabase();
    bool openDatabaseAt(const QString& path);
    void backUpNow();
    // File > Restore from Backup…: the backup chosen replaces the open database, which opens again.
    void restoreFromBackup();
    void editSettings();
    void about();
    // Puts `catalogue` (read from `file`; empty: the built-in one) in use, when the clinic's set-up
    // still reads with it and no task is running on the old one.
    std::expected<void, QString> useCatalogue(std::unique_ptr<const Catalogue> catalogue, const QString& file);
    void scheduleBackup();
    [[nodiscard]] BackupJob backupJob() const;
    void updateTitle();
    // View > Previous, Next and Go to Today act on the page shown (Today or the calendar), named
    // for it; greyed on the others.
    void updatePageActions();
    void connectCalendar();

    AppSettings& m_settings;
    const Catalogue* m_catalogue;
    // The catalogues put in use while the window runs: each is kept, since a window or task may
    // still hold the one before (small: a few kilobytes each).
    std::vector<std::unique_ptr<const Catalogue>> m_catalogues;
    BackupService& m_backup;
    std::unique_ptr<DatabasePrompts> m_prompts;
    MainActions* m_actions;
    PatientSearchPanel* m_search;
    PatientDetailPane* m_details;
    BackupStatusLabel* m_backupStatus;
    BackupRestore* m_restore;
    PrintController* m_print;
    PatientController* m_patients;
    WorkspaceTasks* m_tasks;
    PatientImport* m_import;
    PatientExport* m_export;
    ClinicSettings* m_clinic;
    QProgressBar* m_busy;
    TodayPage* m_today;
    RecallsPage* m_recalls;
    CalendarPage* m_calendar;
    ChangeHistory* m_history;
    ChangeWatcher* m_changes;
    QSplitter* m_patientsPage;
    QTabWidget* m_pages;
    QAction* m_showToday;
    QAction* m_showPatients;
    QAction* m_showRecalls;
    QAction* m_showCalendar;
    // View > Previous, Next, Go to Today: the page shown's own (Today's days, the calendar's weeks).
    QAction* m_previous;
    QAction* m_next;
    QAction* m_goToToday;
    Now m_now = &QDateTime::currentDateTime;
    std::unique_ptr<Workspace> m_workspace;
};

} // namespace np::app
