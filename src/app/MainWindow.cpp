#include "MainWindow.h"

#include "Actions.h"
#include "MainActions.h"
#include "Messages.h"
#include "backup/BackupRestore.h"
#include "backup/BackupService.h"
#include "backup/BackupStatusLabel.h"
#include "calendar/CalendarPage.h"
#include "calendar/CalendarView.h"
#include "clinic/ClinicSettings.h"
#include "clinic/ClinicSetupWizard.h"
#include "help/UserGuide.h"
#include "patients/PatientDetailPane.h"
#include "patients/PatientSearchPanel.h"
#include "patients/RecordTable.h"
#include "print/PrintActions.h"
#include "print/PrintController.h"
#include "recalls/RecallsPage.h"
#include "settings/AppSettings.h"
#include "settings/SettingsDialog.h"
#include "startup/DatabaseOpener.h"
#include "startup/DialogDatabasePrompts.h"
#include "startup/FirstRun.h"
#include "today/TodayPage.h"
#include "workspace/ChangeHistory.h"

#include "patients/PatientController.h"
#include "patients/PatientExport.h"
#include "patients/PatientImport.h"
#include "workspace/ChangeWatcher.h"
#include "workspace/Workspace.h"
#include "workspace/WorkspaceTasks.h"

#include "core/Problem.h"
#include "services/ClinicSetupService.h"
#include "storage/Database.h"

#include <spdlog/spdlog.h>

#include <array>

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace np::app {

MainWindow::MainWindow(AppSettings& settings, const Catalogue& catalogue, BackupService& backup, QWidget* parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_catalogue(&catalogue)
    , m_backup(backup)
    , m_prompts(std::make_unique<DialogDatabasePrompts>(DialogDatabasePrompts::Purpose::Switch, this))
    , m_actions(new MainActions(this))
    , m_search(new PatientSearchPanel)
    , m_details(new PatientDetailPane)
    , m_backupStatus(new BackupStatusLabel)
    , m_restore(new BackupRestore(backup, this))
    , m_print(new PrintController(
          settings, catalogue, [this] { return m_now(); }, this))
    , m_patients(new PatientController(this))
    , m_tasks(new WorkspaceTasks(this))
    , m_import(new PatientImport(*m_tasks, this))
    , m_export(new PatientExport(*m_tasks, this))
    , m_clinic(new ClinicSettings(
          settings,
          [this](std::unique_ptr<const Catalogue> chosen, const QString& file) {
              return useCatalogue(std::move(chosen), file);
          },
          this))
    , m_busy(new QProgressBar)
    , m_today(new TodayPage)
    , m_recalls(new RecallsPage)
    , m_calendar(new CalendarPage)
    , m_history(new ChangeHistory(this))
    , m_changes(new ChangeWatcher(this))
    , m_patientsPage(new QSplitter(Qt::Horizontal))
    , m_pages(new QTabWidget(this))
    , m_showToday(makeAction(this, tr("&Today"), QKeySequence(Qt::CTRL | Qt::Key_1), tr("The day's appointments")))
    , m_showPatients(makeAction(
          this, tr("&Patients"), QKeySequence(Qt::CTRL | Qt::Key_2), tr("Find a patient and see their record")))
    , m_showRecalls(makeAction(this, tr("Re&calls"), QKeySequence(Qt::CTRL | Qt::Key_3),
          tr("The patients to call back: sessions to book, reviews and maintenance due")))
    , m_showCalendar(makeAction(this, tr("C&alendar"), QKeySequence(Qt::CTRL | Qt::Key_4),
          tr("The clinic's days by practitioner or room: move appointments, check in, cancel")))
    , m_previous(makeAction(this, tr("P&revious Day"), QKeySequence(Qt::ALT | Qt::Key_Left), tr("The days before")))
    , m_next(makeAction(this, tr("&Next Day"), QKeySequence(Qt::ALT | Qt::Key_Right), tr("The days after")))
    , m_goToToday(makeAction(this, tr("&Go to Today"), QKeySequence(Qt::CTRL | Qt::Key_T), tr("Back to today")))
{
    setObjectName(u"MainWindow"_s);
    setMinimumSize(760, 480);
    resize(1100, 680);

    QSplitter* splitter = m_patientsPage;
    splitter->setObjectName(u"mainSplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_search);
    splitter->addWidget(m_details);
    // The list a little wider than the record: its five columns fit in Spanish too, and the
    // record keeps room for its tabs and an email address.
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({550, 450});
    splitter->setContentsMargins(8, 8, 8, 8);
    m_pages->setObjectName(u"pages"_s);
    m_pages->setDocumentMode(true);
    m_pages->addTab(m_today, tr("Today"));
    m_pages->addTab(splitter, tr("Patients"));
    m_pages->addTab(m_recalls, tr("Recalls"));
    m_pages->addTab(m_calendar, tr("Calendar"));
    m_pages->setAccessibleName(tr("Pages"));
    setCentralWidget(m_pages);

    auto* view = new QMenu(tr("&View"), this);
    view->addAction(m_showToday);
    view->addAction(m_showPatients);
    view->addAction(m_showRecalls);
    view->addAction(m_showCalendar);
    view->addSeparator();
    view->addActions({m_previous, m_next, m_goToToday});
    view->addSeparator();
    view->addAction(m_calendar->bookAppointment);
    m_actions->addMenusTo(menuBar(), {view, m_patients->createMenu(this), m_print->actions()->createMenu(this)},
        {m_import->action, m_export->action}, {m_clinic->action, m_clinic->protocolsAction},
        {m_history->undoAction(), m_history->redoAction()});
    m_today->setHistory(m_history);
    m_calendar->setHistory(m_history);
    m_patients->setHistory(m_history);
    m_recalls->setHistory(m_history);
    connect(m_recalls, &RecallsPage::booked, this, [this](const QString& text) {
        statusBar()->showMessage(text, 8000);
        m_today->refresh();
    });
    connect(m_history, &ChangeHistory::changed, this, [this](const QString& text) {
        statusBar()->showMessage(text, 8000);
        m_today->refresh();
        if (m_pages->currentWidget() == m_calendar)
            m_calendar->refresh();
        m_details->refresh();
    });
    // Long work off the GUI thread (an export) shows as a busy bar until it ends.
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(160);
    m_busy->setAccessibleName(tr("Working"));
    m_busy->hide();
    statusBar()->addPermanentWidget(m_busy);
    statusBar()->addPermanentWidget(m_backupStatus);
    connect(m_export, &PatientExport::started, this, [this] {
        m_busy->show();
        statusBar()->showMessage(tr("Exporting patients…"));
    });
    connect(m_import, &PatientImport::imported, this, [this](const QString& text) {
        m_search->refresh();
        m_details->refresh();
        statusBar()->showMessage(text, 8000);
    });
    connect(m_clinic, &ClinicSettings::saved, this, [this](const QString& text) {
        m_details->refresh(); // the next appointment's room and practitioner names
        statusBar()->showMessage(text, 8000);
    });
    connect(m_export, &PatientExport::finished, this, [this](bool ok, const QString& text) {
        m_busy->hide();
        statusBar()->showMessage(text, 8000);
        if (!ok)
            showWarning(this, tr("Export Patients"), text);
    });

    connect(m_actions->newClinic, &QAction::triggered, this, &MainWindow::newClinic);
    connect(m_actions->openDatabase, &QAction::triggered, this, &MainWindow::openDatabase);
    connect(m_actions->backUpNow, &QAction::triggered, this, &MainWindow::backUpNow);
    connect(m_actions->restoreBackup, &QAction::triggered, this, &MainWindow::restoreFromBackup);
    connect(m_restore, &BackupRestore::replacing, this, [this] {
        setDatabase(nullptr); // nothing of this program holds it open while it is replaced
        m_busy->show();
        statusBar()->showMessage(tr("Restoring the backup…"));
    });
    connect(m_restore, &BackupRestore::finished, this, [this](const QString& path, bool ok, const QString& text) {
        m_busy->hide();
        if (!m_workspace)
            openDatabaseAt(path);
        statusBar()->showMessage(text, 15000);
        if (!ok)
            showWarning(this, tr("Restore from Backup"), text);
    });
    connect(m_actions->settings, &QAction::triggered, this, &MainWindow::editSettings);
    connect(m_actions->quit, &QAction::triggered, this, &QWidget::close);
    connect(m_actions->findPatient, &QAction::triggered, this, [this] {
        showPatients();
        m_search->focusSearch();
    });
    connect(m_showToday, &QAction::triggered, this, &MainWindow::showToday);
    connect(m_showPatients, &QAction::triggered, this, &MainWindow::showPatients);
    connect(m_showRecalls, &QAction::triggered, this, [this] {
        m_pages->setCurrentWidget(m_recalls);
        m_recalls->table()->view()->setFocus();
    });
    connect(m_showCalendar, &QAction::triggered, this, &MainWindow::showCalendar);
    m_print->setShownDocument([this]() -> std::optional<print::DocumentRequest> {
        QWidget* shown = m_pages->currentWidget();
        if (shown == m_today)
            return m_today->documentShown();
        if (shown == m_recalls)
            return m_recalls->documentShown();
        if (shown == m_calendar)
            return m_calendar->documentShown();
        return std::nullopt; // a patient's record: which of their documents is asked
    });
    connect(m_pages, &QTabWidget::currentChanged, this, [this] {
        m_print->forgetChoice();
        // What changed on the other pages since.
        if (m_pages->currentWidget() == m_today)
            m_today->refresh();
        else if (m_pages->currentWidget() == m_recalls)
            m_recalls->refresh();
        else if (m_pages->currentWidget() == m_calendar)
            m_calendar->refresh();
        else
            m_details->refresh();
        updatePageActions();
    });
    connectCalendar();
    connect(m_calendar->previous, &QAction::changed, this, &MainWindow::updatePageActions);
    const auto onPage = [this](QAction* today, QAction* calendar) {
        (m_pages->currentWidget() == m_calendar ? calendar : today)->trigger();
    };
    connect(
        m_previous, &QAction::triggered, this, [this, onPage] { onPage(m_today->previousDay, m_calendar->previous); });
    connect(m_next, &QAction::triggered, this, [this, onPage] { onPage(m_today->nextDay, m_calendar->next); });
    connect(
        m_goToToday, &QAction::triggered, this, [this, onPage] { onPage(m_today->goToToday, m_calendar->goToToday); });
    connect(m_recalls, &RecallsPage::openPatientRequested, this, [this](qint64 id, const QString& name) {
        showPatients();
        m_search->showPatient(id, name);
    });
    // Another window, workstation or needlepoint-cli wrote: what is shown is read again.
    connect(m_changes, &ChangeWatcher::changedElsewhere, this, [this] {
        m_today->refresh();
        if (m_pages->currentWidget() == m_calendar)
            m_calendar->refresh();
        if (m_pages->currentWidget() == m_recalls)
            m_recalls->refresh();
        m_search->refresh();
        m_details->refresh();
    });
    connect(m_today, &TodayPage::message, this, [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    connect(m_today, &TodayPage::printPostCareRequested, this, [this](qint64 patient) {
        // The Print menu's post-care sheet for that patient, then back to the Patients page's own.
        m_print->setPatient(patient);
        m_print->actions()->postCare->trigger();
        m_print->setPatient(m_details->patientId());
    });
    connect(m_today, &TodayPage::openPatientRequested, this, [this](qint64 id, const QString& name) {
        showPatients();
        m_search->showPatient(id, name);
    });
    connect(m_actions->userGuide, &QAction::triggered, this, [this] { showUserGuide(this); });
    connect(m_actions->about, &QAction::triggered, this, &MainWindow::about);

    connect(m_search, &PatientSearchPanel::currentPatientChanged, m_details, &PatientDetailPane::showPatient);
    connect(m_search, &PatientSearchPanel::currentPatientChanged, m_print, &PrintController::setPatient);
    connect(m_search, &PatientSearchPanel::currentPatientChanged, m_patients, &PatientController::setPatient);
    connect(m_patients, &PatientController::patientChanged, this, [this](qint64 id) {
        m_search->refresh();
        if (m_details->patientId() == id)
            m_details->refresh();
        m_today->refresh();
    });
    connect(m_patients, &PatientController::seriesPrintRequested, this,
        [this](qint64 patient, qint64 series, qint64 firstAppointment) {
            m_print->printSeriesPapers(patient, series, firstAppointment);
            m_print->setPatient(m_details->patientId());
        });
    connect(m_patients, &PatientController::showPatientRequested, m_search, &PatientSearchPanel::showPatient);
    connect(m_patients, &PatientController::message, this,
        [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    connect(m_print, &PrintController::recorded, m_details, &PatientDetailPane::refresh);
    connect(m_print, &PrintController::message, this,
        [this](const QString& text) { statusBar()->showMessage(text, 5000); });
    connect(
        m_search, &PatientSearchPanel::message, this, [this](const QString& text) { statusBar()->showMessage(text); });
    connect(&m_backup, &BackupService::started, m_backupStatus, &BackupStatusLabel::showStarted);
    connect(&m_backup, &BackupService::finished, m_backupStatus, &BackupStatusLabel::showFinished);

    restoreGeometry(m_settings.windowGeometry());
    restoreState(m_settings.windowState());
    updateTitle();
    showToday(); // the front desk sees the day without typing anything
}

void MainWindow::showToday()
{
    m_pages->setCurrentWidget(m_today);
    m_today->table()->view()->setFocus();
}

void MainWindow::showCalendar()
{
    m_pages->setCurrentWidget(m_calendar);
    m_calendar->view()->setFocus();
}

void MainWindow::connectCalendar()
{
    connect(m_calendar, &CalendarPage::message, this, [this](const QString& text) {
        statusBar()->showMessage(text, 8000);
        m_today->refresh();
    });
    connect(m_calendar, &CalendarPage::openPatientRequested, this, [this](qint64 id, const QString& name) {
        showPatients();
        m_search->showPatient(id, name);
    });
    connect(m_calendar, &CalendarPage::checkInRequested, this, [this](qint64 id, QDate day) {
        // Checking in asks what is new since the last visit: the Today page's questions.
        showToday();
        m_today->showDay(day);
        m_today->selectAppointment(id);
        m_today->checkInCurrent();
    });
    connect(m_calendar, &CalendarPage::printPreCareRequested, this, [this](qint64 patient, qint64 appointment) {
        m_print->printPreCare(patient, appointment);
        m_print->setPatient(m_details->patientId());
    });
    connect(m_calendar, &CalendarPage::printCardRequested, this, [this](qint64 patient) {
        m_print->setPatient(patient);
        m_print->actions()->appointmentCard->trigger();
        m_print->setPatient(m_details->patientId());
    });
}

void MainWindow::updatePageActions()
{
    const bool calendar = m_pages->currentWidget() == m_calendar;
    const std::array<QAction*, 3> own = calendar
        ? std::array {m_calendar->previous, m_calendar->next, m_calendar->goToToday}
        : std::array {m_today->previousDay, m_today->nextDay, m_today->goToToday};
    const bool shown = m_workspace && (calendar || m_pages->currentWidget() == m_today);
    m_calendar->bookAppointment->setEnabled(m_workspace && calendar);
    const std::array<QAction*, 3> menu {m_previous, m_next, m_goToToday};
    for (std::size_t i = 0; i < menu.size(); ++i) {
        menu[i]->setText(own[i]->text());
        menu[i]->setStatusTip(own[i]->statusTip());
        menu[i]->setEnabled(shown);
    }
}

void MainWindow::showPatients()
{
    m_pages->setCurrentWidget(m_patientsPage);
    m_search->focusSearch();
}

MainWindow::~MainWindow()
{
    m_import->setWorkspace(nullptr); // closes the import window, which reports to m_tasks
    m_clinic->setWorkspace(nullptr);
    m_tasks->waitForAll(); // they use the window's clock
    disconnect(m_pages, nullptr, this, nullptr); // the pages go after the workspace
    m_changes->setWorkspace(nullptr);
    m_today->setWorkspace(nullptr);
    m_recalls->setWorkspace(nullptr);
    m_calendar->setWorkspace(nullptr);
    m_history->setWorkspace(nullptr);
    m_search->setWorkspace(nullptr);
    m_details->setWorkspace(nullptr);
    m_patients->setWorkspace(nullptr);
    m_print->setDatabase(nullptr);
}

void MainWindow::setClock(Now now)
{
    m_now = std::move(now);
}

storage::Database* MainWindow::database() const
{
    return m_workspace ? &m_workspace->database() : nullptr;
}

void MainWindow::setDatabasePrompts(std::unique_ptr<DatabasePrompts> prompts)
{
    m_prompts = std::move(prompts);
}

void MainWindow::setDatabase(std::unique_ptr<storage::Database> database)
{
    m_changes->setWorkspace(nullptr);
    m_today->setWorkspace(nullptr);
    m_recalls->setWorkspace(nullptr);
    m_calendar->setWorkspace(nullptr);
    m_history->setWorkspace(nullptr);
    m_search->setWorkspace(nullptr);
    m_details->setWorkspace(nullptr);
    m_patients->setWorkspace(nullptr);
    m_import->setWorkspace(nullptr);
    m_export->setWorkspace(nullptr);
    m_clinic->setWorkspace(nullptr);
    m_print->setDatabase(nullptr);
    m_workspace.reset();
    if (database)
        m_workspace = std::make_unique<Workspace>(
            std::move(database), *m_catalogue, m_settings.deskName(), [this] { return m_now(); });
    m_today->setWorkspace(m_workspace.get());
    m_recalls->setWorkspace(m_workspace.get());
    m_calendar->setWorkspace(m_workspace.get());
    m_history->setWorkspace(m_workspace.get());
    updatePageActions();
    m_changes->setWorkspace(m_workspace.get());
    m_search->setWorkspace(m_workspace.get());
    m_details->setWorkspace(m_workspace.get());
    m_patients->setWorkspace(m_workspace.get());
    m_import->setWorkspace(m_workspace.get());
    m_export->setWorkspace(m_workspace.get());
    m_clinic->setWorkspace(m_workspace.get());
    m_print->setDatabase(this->database());
    m_actions->backUpNow->setEnabled(m_workspace != nullptr);
    m_actions->restoreBackup->setEnabled(m_workspace != nullptr);
    updateTitle();
    scheduleBackup();
}

void MainWindow::scheduleBackup()
{
    if (!m_workspace)
        return;
    const BackupJob job = backupJob();
    if (m_backup.scheduleDaily(job) == BackupService::Start::AlreadyDone)
        m_backupStatus->showAlreadyDone(m_backup.dailyBackupPath(job));
}

BackupJob MainWindow::backupJob() const
{
    return {database()->path(), m_settings.backupFolder(), m_settings.backupKeep()};
}

void MainWindow::updateTitle()
{
    setWindowFilePath(m_workspace ? database()->path() : QString());
}

void MainWindow::newClinic()
{
    // A new database beside the one open now, under a name not taken.
    const QFileInfo current(m_workspace ? database()->path() : m_settings.databasePath());
    QString path = current.absoluteDir().filePath(u"clinic.db"_s);
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = current.absoluteDir().filePath(u"clinic-%1.db"_s.arg(n));
    auto* wizard = new ClinicSetupWizard(*m_catalogue, path, demoDatabasePath(), this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->startPage()->setIntro(
        tr("Set up another clinic's database, open an existing one, or try the demo clinic. The database open now "
           "stays as it is; the one chosen here opens in its place."));
    connect(wizard, &QDialog::accepted, this, [this, wizard] {
        auto made = carryOutFirstRun(*wizard, *m_catalogue, m_settings, m_now());
        if (!made) {
            showWarning(this, tr("New Clinic"), made.error());
            return;
        }
        openDatabaseAt(*made);
    });
    wizard->open();
}

void MainWindow::openDatabase()
{
    const QString folder = QFileInfo(m_workspace ? database()->path() : m_settings.databasePath()).absolutePath();
    const QString path = m_prompts->chooseDatabase(folder);
    if (!path.isEmpty())
        openDatabaseAt(path);
}

bool MainWindow::openDatabaseAt(const QString& path)
{
    auto opened = DatabaseOpener(*m_prompts, m_settings.backupFolder()).open(path);
    if (!opened)
        return false;
    m_settings.setDatabasePath(opened->path());
    setDatabase(std::move(opened));
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(database()->path())), 5000);
    return true;
}

void MainWindow::backUpNow()
{
    if (!m_workspace)
        return;
    const BackupJob job = backupJob();
    if (m_backup.runNow(job) == BackupService::Start::Busy)
        statusBar()->showMessage(tr("A backup is already running; try again when it has finished."), 5000);
}

void MainWindow::restoreFromBackup()
{
    if (!m_workspace)
        return;
    if (m_tasks->running() > 0) {
        showWarning(this, tr("Restore from Backup"),
            tr("An import or export is running: restore the backup when it has finished."));
        return;
    }
    const QString backup = m_prompts->chooseBackup(m_settings.backupFolder());
    if (!backup.isEmpty())
        m_restore->ask(backup, database()->path());
}

void MainWindow::editSettings()
{
    const QString databaseBefore = m_settings.databasePath();
    SettingsDialog dialog(m_settings, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // A database that does not open leaves the one open, and the setting, as they were.
    if (m_workspace)
        m_workspace->setActor(m_settings.deskName());
    if (m_settings.databasePath() == databaseBefore)
        scheduleBackup();
    else if (!openDatabaseAt(m_settings.databasePath()))
        m_settings.setDatabasePath(databaseBefore);
}

std::expected<void, QString> MainWindow::useCatalogue(std::unique_ptr<const Catalogue> catalogue, const QString& file)
{
    if (m_tasks->running() > 0)
        return std::unexpected(tr("An import or export is running: choose the catalogue again when it has finished."));
    // The clinic's set-up names treatments and device kinds of the catalogue: it must still read.
    if (m_workspace)
        if (auto problems = services::setupProblemsWith(m_workspace->context(), *catalogue);
            problems && !problems->isEmpty())
            return std::unexpected(
                tr("The clinic's set-up names treatments or device kinds this catalogue does not have, so "
                   "Needlepoint goes on with the catalogue it uses now. Change the set-up in Settings > "
                   "Clinic, or add them to the file:\n%1")
                    .arg(joinProblems(*problems)));
    m_catalogues.push_back(std::move(catalogue));
    m_catalogue = m_catalogues.back().get();
    m_settings.setProtocolsFile(file);
    m_print->setCatalogue(*m_catalogue);
    if (m_workspace) {
        m_workspace->setCatalogue(*m_catalogue);
        // The record's lists of treatments, areas and findings come from the catalogue: made again.
        const qint64 patient = m_details->patientId();
        m_details->setWorkspace(m_workspace.get());
        m_details->showPatient(patient);
        m_print->setPatient(patient);
        m_calendar->setWorkspace(m_workspace.get()); // the treatments' names and colours
    }
    spdlog::info("Protocol catalogue in use: {} ({})", m_catalogue->name.toStdString(),
        file.isEmpty() ? std::string("built in") : file.toStdString());
    statusBar()->showMessage(tr("Needlepoint now plans with %1.").arg(m_catalogue->name), 8000);
    return {};
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Needlepoint"),
        tr("<h3>Needlepoint %1</h3><p>Treatment planning for microneedling clinics.</p>")
            .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    QMainWindow::closeEvent(event);
}

} // namespace np::app
