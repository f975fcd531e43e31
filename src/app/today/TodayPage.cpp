#include "TodayPage.h"

#include "AppointmentChanges.h"
#include "ChartDialog.h"
#include "CheckinDialog.h"
#include "ui_TodayPage.h"

#include "app/Actions.h"
#include "app/FormTeardown.h"
#include "app/Messages.h"
#include "app/calendar/BookAppointmentDialog.h"
#include "app/calendar/SessionBooking.h"
#include "app/patients/PatientText.h"
#include "app/patients/RecordTable.h"
#include "app/patients/RecordText.h"
#include "app/patients/TextTableModel.h"
#include "app/workspace/ChangeHistory.h"
#include "app/workspace/Workspace.h"
#include "services/AppointmentService.h"
#include "services/DayService.h"
#include "storage/AppointmentRepository.h"

#include <QInputDialog>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace np::app {

namespace {

enum Column { Time, Patient, Treatment, Practitioner, Room, State, Notes };

QString stateText(const QString& code)
{
    const auto status = storage::appointmentStatusFromCode(code);
    return status ? appointmentStatusText(*status) : code;
}

bool calledOff(const QString& status)
{
    return status == u"cancelled" || status == u"no_show";
}

TextTableModel::Row rowOf(const services::DayEntry& entry)
{
    const print::DaySheetRow& r = entry.row;
    const print::AppointmentLine& a = r.appointment;
    QString treatment = a.modalityName;
    if (!a.areaNames.isEmpty())
        treatment = TodayPage::tr("%1: %2", "treatment: areas").arg(treatment, a.areaNames.join(u", "_s));
    if (a.sessionNumber > 0)
        treatment = TodayPage::tr("%1 (session %2 of %3)").arg(treatment).arg(a.sessionNumber).arg(a.sessionCount);
    QStringList notes; // what to see to before treating: nothing for an appointment called off
    if (!calledOff(a.status)) {
        if (r.firstVisit)
            notes << TodayPage::tr("First visit");
        if (r.screeningBlocked)
            notes << TodayPage::tr("Screening blocks treatment");
        if (r.reviewNeeded)
            notes << TodayPage::tr("Review needed");
        if (r.consentMissing)
            notes << TodayPage::tr("Consent missing");
    }
    TextTableModel::Row row;
    row.id = a.id;
    row.cells = {TodayPage::tr("%1–%2", "start–end").arg(displayTime(a.start), displayTime(a.end)),
        patientDisplayName(r.patient.familyName, r.patient.givenNames), treatment, a.practitioner, a.room,
        stateText(a.status), notes.join(u", "_s)};
    if (calledOff(a.status)) {
        row.struck = true;
        row.toolTip = r.statusReason.isEmpty()
            ? stateText(a.status)
            : TodayPage::tr("%1: %2", "state: reason").arg(stateText(a.status), r.statusReason);
    }
    return row;
}

} // namespace

TodayPage::TodayPage(QWidget* parent)
    : QWidget(parent)
    , previousDay(makeAction(this, tr("P&revious Day"), QKeySequence(), tr("The day before")))
    , nextDay(makeAction(this, tr("&Next Day"), QKeySequence(), tr("The day after")))
    , goToToday(makeAction(this, tr("&Go to Today"), QKeySequence(), tr("Today's appointments")))
    , m_ui(std::make_unique<Ui::TodayPage>())
    , m_table(new RecordTable(
          {tr("Time"), tr("Patient"), tr("Treatment"), tr("Practitioner"), tr("Room"), tr("State"), tr("To see to")},
          tr("The day's appointments"), Treatment, this))
{
    m_ui->setupUi(this);
    m_ui->mainLayout->insertWidget(1, m_table, 1);
    m_ui->previousDay->setDefaultAction(previousDay);
    m_ui->today->setDefaultAction(goToToday);
    m_ui->nextDay->setDefaultAction(nextDay);
    // The buttons' own words (an action's icon text); the menu keeps its Alt keys.
    previousDay->setIconText(tr("◀ Previous Day"));
    goToToday->setIconText(tr("Today"));
    nextDay->setIconText(tr("Next Day ▶"));
    m_ui->previousDay->setAccessibleName(tr("Previous day"));
    m_ui->today->setAccessibleName(tr("Today"));
    m_ui->nextDay->setAccessibleName(tr("Next day"));
    m_ui->showCancelled->setAccessibleName(tr("Show cancelled and no-shows"));
    m_ui->openPatient->setAccessibleName(tr("Open patient"));
    m_ui->checkIn->setAccessibleName(tr("Check in"));
    m_ui->complete->setAccessibleName(tr("Complete"));
    m_ui->printPostCare->setAccessibleName(tr("Print post-care"));
    m_ui->cancelAppointment->setAccessibleName(tr("Cancel appointment"));
    m_ui->noShow->setAccessibleName(tr("No-show"));
    m_ui->dayLabel->setAccessibleName(tr("Day shown"));
    QFont bold = m_ui->dayLabel->font();
    bold.setBold(true);
    m_ui->dayLabel->setFont(bold);
    setTabOrder(m_ui->showCancelled, m_table->view());
    setTabOrder(m_table->view(), m_ui->openPatient);

    connect(previousDay, &QAction::triggered, this, [this] { showDay(m_day.addDays(-1)); });
    connect(nextDay, &QAction::triggered, this, [this] { showDay(m_day.addDays(1)); });
    connect(goToToday, &QAction::triggered, this, [this] {
        if (m_workspace)
            showDay(m_workspace->today());
    });
    connect(m_ui->showCancelled, &QCheckBox::toggled, this, &TodayPage::refresh);
    connect(m_ui->openPatient, &QPushButton::clicked, this, &TodayPage::openCurrent);
    connect(m_ui->checkIn, &QPushButton::clicked, this, &TodayPage::checkInCurrent);
    connect(m_ui->complete, &QPushButton::clicked, this, &TodayPage::completeCurrent);
    connect(m_ui->cancelAppointment, &QPushButton::clicked, this, &TodayPage::cancelCurrent);
    connect(m_ui->noShow, &QPushButton::clicked, this, &TodayPage::noShowCurrent);
    connect(m_ui->printPostCare, &QPushButton::clicked, this, [this] {
        if (const qint64 patient = currentPatientId())
            emit printPostCareRequested(patient);
    });
    connect(m_table->view(), &QTableView::activated, this, &TodayPage::openCurrent);
    connect(
        m_table->view()->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &TodayPage::updateButtons);
    setWorkspace(nullptr);
}

TodayPage::~TodayPage()
{
    disconnectChildren(*this);
}

void TodayPage::setWorkspace(const Workspace* workspace)
{
    closeForOtherDatabase(m_checkin, m_rebookOffer, m_booking, m_chart);
    m_workspace = workspace;
    for (QAction* a : {previousDay, goToToday, nextDay})
        a->setEnabled(workspace != nullptr);
    m_ui->showCancelled->setEnabled(workspace != nullptr);
    showDay(workspace ? workspace->today() : QDate());
}

void TodayPage::showDay(QDate day)
{
    m_day = day;
    refresh();
}

void TodayPage::refresh()
{
    const qint64 selected = m_table->currentId();
    m_entries.clear();
    QList<TextTableModel::Row> rows;
    QString summary;
    m_ui->dayLabel->setText(m_day.isValid() ? QLocale().toString(m_day, QLocale::LongFormat) : QString());
    if (!m_workspace) {
        summary = tr("No database is open.");
    } else if (auto day = services::dayList(m_workspace->context(), m_day); !day) {
        summary = day.error().kind == services::ServiceError::Kind::NotSetUp
            ? tr("The clinic is not set up yet: its hours, practitioners and rooms are entered in Settings > "
                 "Clinic…, then appointments can be booked.")
            : day.error().message;
    } else {
        int coming = 0;
        int off = 0;
        for (const services::DayEntry& entry : *day) {
            const bool isOff = calledOff(entry.row.appointment.status);
            (isOff ? off : coming) += 1;
            if (isOff && !m_ui->showCancelled->isChecked())
                continue;
            rows << rowOf(entry);
            m_entries << entry;
        }
        if (day->isEmpty())
            summary = tr("No appointments on this day.");
        else if (off == 0)
            summary = tr("Appointments: %1.").arg(coming);
        else
            summary = tr("Appointments: %1. Cancelled or missed: %2.").arg(coming).arg(off);
    }
    m_table->model()->setRows(std::move(rows));
    m_table->setSummary(summary);
    selectAppointment(selected);
    updateButtons();
}

void TodayPage::selectAppointment(qint64 id)
{
    for (int r = 0; r < m_table->model()->rowCount(); ++r)
        if (m_table->model()->idAt(r) == id)
            m_table->view()->selectRow(r);
}

const services::DayEntry* TodayPage::currentEntry() const
{
    const qint64 id = m_table->currentId();
    for (const services::DayEntry& e : m_entries)
        if (e.row.appointment.id == id)
            return &e;
    return nullptr;
}

void TodayPage::updateButtons()
{
    const services::DayEntry* e = currentEntry();
    const QString status = e ? e->row.appointment.status : QString();
    // Patients are checked in on the day they come.
    m_ui->checkIn->setEnabled(m_workspace && status == u"booked" && e->row.appointment.date == m_workspace->today());
    m_ui->complete->setEnabled(status == u"checked_in");
    m_ui->cancelAppointment->setEnabled(status == u"booked" || status == u"checked_in");
    // A no-show is known once its time has come.
    m_ui->noShow->setEnabled(m_workspace && status == u"booked" && e->row.appointment.date <= m_workspace->today());
    m_ui->printPostCare->setEnabled(status == u"completed");
    m_ui->openPatient->setEnabled(e != nullptr);
}

void TodayPage::checkInCurrent()
{
    const services::DayEntry* e = currentEntry();
    if (!m_workspace || !e || !m_ui->checkIn->isEnabled())
        return;
    auto* dialog = new CheckinDialog(*m_workspace, *e, window());
    dialog->setHistory(m_history);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CheckinDialog::checkedIn, this, [this](const QString& text) {
        refresh();
        emit message(text);
    });
    if (e->row.appointment.sessionNumber > 0) {
        const QString name = patientDisplayName(e->row.patient.familyName, e->row.patient.givenNames);
        connect(dialog, &CheckinDialog::stopped, this,
            [this, name](qint64 id, const QString& reason) { offerRebooking(id, name, reason); });
    }
    m_checkin = dialog;
    dialog->open();
}

void TodayPage::offerRebooking(qint64 appointmentId, const QString& patientName, const QString& reason)
{
    if (!m_workspace)
        return;
    m_rebookOffer = askQuestion(window(), tr("Session Stopped"),
        tr("%1's session is not done today (%2). Book the session again, once that has cleared? The series' "
           "spacing is checked for the day chosen.")
            .arg(patientName, reason),
        tr("Book Again…"), tr("Not Now"), true, [this, appointmentId, patientName] {
            if (!m_workspace)
                return;
            const auto rebooking
                = rebookingOf(*m_workspace, appointmentId, patientName, m_workspace->today().addDays(1));
            if (!rebooking)
                return;
            m_booking = openBooking(window(), *m_workspace, m_history, *rebooking);
            if (m_booking)
                connect(m_booking, &BookAppointmentDialog::booked, this, [this](qint64, const QString& text) {
                    refresh();
                    emit message(text);
                });
        });
}

QMessageBox* TodayPage::rebookOffer() const
{
    return m_rebookOffer;
}

BookAppointmentDialog* TodayPage::bookingDialog() const
{
    return m_booking;
}

CheckinDialog* TodayPage::checkinDialog() const
{
    return m_checkin;
}

bool TodayPage::completeCurrent()
{
    const services::DayEntry* e = currentEntry();
    if (!m_workspace || !e || !m_ui->complete->isEnabled())
        return false;
    const qint64 id = e->row.appointment.id;
    if (e->row.appointment.sessionNumber > 0) { // a series session is completed with its chart
        openChart(*e);
        return true;
    }
    const QString name = patientDisplayName(e->row.patient.familyName, e->row.patient.givenNames);
    const auto before = m_history ? m_history->before({id}) : std::nullopt;
    auto done = services::completeAppointment(m_workspace->context(), {id, e->version});
    if (!done) {
        showWarning(this, tr("Complete"), tr("%1's appointment was not completed: %2").arg(name, done.error().message));
        refresh();
        return false;
    }
    if (m_history)
        m_history->record(tr("Complete %1's appointment").arg(name), before);
    changed(id, tr("%1's treatment is completed: Print Post-Care prints the sheet to take home.").arg(name));
    return true;
}

void TodayPage::openChart(const services::DayEntry& entry)
{
    auto* dialog = new ChartDialog(*m_workspace, entry, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setHistory(m_history);
    const qint64 id = entry.row.appointment.id;
    connect(dialog, &ChartDialog::completed, this, [this, id](const QString& text) { changed(id, text); });
    connect(dialog, &ChartDialog::printPostCareRequested, this, &TodayPage::printPostCareRequested);
    m_chart = dialog;
    dialog->open();
}

ChartDialog* TodayPage::chartDialog() const
{
    return m_chart;
}

void TodayPage::changed(qint64 id, const QString& text)
{
    refresh();
    selectAppointment(id);
    emit message(text);
}

AppointmentRef TodayPage::currentRef() const
{
    const services::DayEntry* e = currentEntry();
    if (!e)
        return {};
    return {e->row.appointment.id, e->version, patientDisplayName(e->row.patient.familyName, e->row.patient.givenNames),
        e->row.appointment.start};
}

void TodayPage::cancelCurrent()
{
    if (!currentEntry() || !m_ui->cancelAppointment->isEnabled())
        return;
    QInputDialog* ask = cancelReasonDialog(window(), currentRef());
    connect(ask, &QInputDialog::textValueSelected, this, &TodayPage::cancelCurrentWith);
    ask->open();
}

bool TodayPage::cancelCurrentWith(const QString& reason)
{
    if (!m_workspace || !currentEntry())
        return false;
    const AppointmentRef a = currentRef();
    const auto done = cancelAppointment(this, *m_workspace, a, reason, m_history);
    if (!done) {
        refresh();
        return false;
    }
    changed(a.id, *done);
    return true;
}

bool TodayPage::noShowCurrent()
{
    if (!m_workspace || !currentEntry() || !m_ui->noShow->isEnabled())
        return false;
    const AppointmentRef a = currentRef();
    const auto done = markNoShow(this, *m_workspace, a, m_history);
    if (!done) {
        refresh();
        return false;
    }
    changed(a.id, *done);
    return true;
}

qint64 TodayPage::currentPatientId() const
{
    const services::DayEntry* e = currentEntry();
    return e ? e->row.patient.id : 0;
}

void TodayPage::openCurrent()
{
    // The search finds them by "Family Given".
    if (const services::DayEntry* e = currentEntry())
        emit openPatientRequested(e->row.patient.id, e->row.patient.familyName + u' ' + e->row.patient.givenNames);
}

std::optional<print::DocumentRequest> TodayPage::documentShown() const
{
    if (!m_workspace || !m_day.isValid())
        return std::nullopt;
    print::DocumentRequest r;
    r.kind = print::DocumentKind::DaySheet;
    r.date = m_day;
    r.today = m_workspace->today();
    return r;
}

} // namespace np::app
