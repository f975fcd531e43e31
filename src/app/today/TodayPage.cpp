#include "TodayPage.h"

#include "ui_TodayPage.h"

#include "app/Actions.h"
#include "app/FormTeardown.h"
#include "app/patients/PatientText.h"
#include "app/patients/RecordTable.h"
#include "app/patients/RecordText.h"
#include "app/patients/TextTableModel.h"
#include "app/workspace/Workspace.h"
#include "services/DayService.h"
#include "storage/AppointmentRepository.h"

#include <QLocale>
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
    , previousDay(makeAction(this, tr("P&revious Day"), QKeySequence(Qt::ALT | Qt::Key_Left), tr("The day before")))
    , nextDay(makeAction(this, tr("&Next Day"), QKeySequence(Qt::ALT | Qt::Key_Right), tr("The day after")))
    , goToToday(makeAction(this, tr("&Go to Today"), QKeySequence(Qt::CTRL | Qt::Key_T), tr("Today's appointments")))
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
    connect(m_table->view(), &QTableView::activated, this, &TodayPage::openCurrent);
    connect(m_table->view()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this] { m_ui->openPatient->setEnabled(currentPatientId() != 0); });
    setWorkspace(nullptr);
}

TodayPage::~TodayPage()
{
    disconnectChildren(*this);
}

void TodayPage::setWorkspace(const Workspace* workspace)
{
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
    m_patients.clear();
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
            m_patients.insert(entry.row.appointment.id,
                {entry.row.patient.id, entry.row.patient.familyName + u' ' + entry.row.patient.givenNames});
            rows << rowOf(entry);
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
    for (int r = 0; r < m_table->model()->rowCount(); ++r)
        if (m_table->model()->idAt(r) == selected)
            m_table->view()->selectRow(r);
    m_ui->openPatient->setEnabled(currentPatientId() != 0);
}

qint64 TodayPage::currentPatientId() const
{
    return m_patients.value(m_table->currentId()).id;
}

void TodayPage::openCurrent()
{
    if (const PatientRef patient = m_patients.value(m_table->currentId()); patient.id != 0)
        emit openPatientRequested(patient.id, patient.name);
}

} // namespace np::app
