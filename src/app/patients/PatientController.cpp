#include "PatientController.h"

#include "PatientDialog.h"
#include "PatientText.h"
#include "RecordText.h"

#include "app/workspace/Workspace.h"
#include "services/PatientRecordService.h"
#include "services/PatientService.h"

#include "app/Actions.h"
#include "app/Messages.h"

#include "app/series/NewSeriesDialog.h"
#include "app/workspace/ChangeHistory.h"

#include <QAction>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace np::app {
namespace {

QString searchTextFor(const storage::PatientRecord& p)
{
    return QString(p.familyName + u' ' + p.givenNames).simplified();
}

} // namespace

PatientController::PatientController(QWidget* parent)
    : QObject(parent)
    , newPatient(makeAction(this, tr("&New Patient…"), QKeySequence::New, tr("Record a new patient")))
    , editPatient(makeAction(
          this, tr("&Edit Patient…"), QKeySequence(Qt::CTRL | Qt::Key_E), tr("Correct the selected patient's details")))
    , newSeries(makeAction(this, tr("New &Series…"), QKeySequence(Qt::CTRL | Qt::Key_L),
          tr("Plan and book a treatment series for the selected patient")))
    , archivePatient(makeAction(this, tr("&Archive Patient"), {},
          tr("Take the selected patient off the lists; their record is kept and can be restored")))
    , restorePatient(makeAction(this, tr("&Restore Patient"), {}, tr("Bring the selected archived patient back")))
    , m_parent(parent)
{
    connect(newPatient, &QAction::triggered, this, &PatientController::openNew);
    connect(editPatient, &QAction::triggered, this, &PatientController::openEdit);
    connect(newSeries, &QAction::triggered, this, &PatientController::openNewSeries);
    connect(archivePatient, &QAction::triggered, this, &PatientController::archive);
    connect(restorePatient, &QAction::triggered, this, [this] { setArchived(false); });
    updateActions();
}

QMenu* PatientController::createMenu(QWidget* parent) const
{
    auto* menu = new QMenu(tr("Pa&tient"), parent);
    menu->addAction(newPatient);
    menu->addAction(editPatient);
    menu->addSeparator();
    menu->addAction(newSeries);
    menu->addSeparator();
    menu->addAction(archivePatient);
    menu->addAction(restorePatient);
    return menu;
}

PatientDialog* PatientController::dialog() const
{
    return m_dialog;
}

NewSeriesDialog* PatientController::seriesDialog() const
{
    return m_seriesDialog;
}

void PatientController::setWorkspace(const Workspace* workspace)
{
    if (m_dialog)
        m_dialog->reject();
    if (m_seriesDialog)
        m_seriesDialog->reject();
    m_workspace = workspace;
    setPatient(0);
}

void PatientController::setPatient(qint64 patientId)
{
    m_patientId = patientId;
    m_patient.reset();
    if (m_workspace && patientId != 0)
        if (auto read = services::patient(m_workspace->context(), patientId))
            m_patient = std::move(*read);
    updateActions();
}

void PatientController::updateActions()
{
    newPatient->setEnabled(m_workspace != nullptr);
    editPatient->setEnabled(m_patient.has_value());
    newSeries->setEnabled(m_patient && !m_patient->archived);
    archivePatient->setEnabled(m_patient && !m_patient->archived);
    restorePatient->setEnabled(m_patient && m_patient->archived);
}

void PatientController::openNew()
{
    if (m_workspace)
        openForm(std::nullopt);
}

void PatientController::openEdit()
{
    if (!m_workspace || m_patientId == 0)
        return;
    // The form starts from the record as stored now, not as it was when selected.
    auto current = services::patient(m_workspace->context(), m_patientId);
    if (!current) {
        showWarning(m_parent, tr("Edit Patient"), current.error().message);
        return;
    }
    openForm(std::move(*current));
}

void PatientController::openForm(std::optional<storage::PatientRecord> existing)
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    const bool adding = !existing;
    m_dialog = new PatientDialog(*m_workspace, std::move(existing), m_parent);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &PatientDialog::accepted, this, [this, adding, dialog = m_dialog] {
        const storage::PatientRecord saved = dialog->record();
        const QString name = patientDisplayName(saved.familyName.trimmed(), saved.givenNames.trimmed());
        if (adding) {
            emit showPatientRequested(dialog->savedPatientId(), searchTextFor(saved), false);
            emit message(tr("%1 added.").arg(name));
        } else {
            setPatient(dialog->savedPatientId());
            emit patientChanged(dialog->savedPatientId());
            emit message(tr("%1 saved.").arg(name));
        }
    });
    connect(m_dialog, &PatientDialog::openExistingRequested, this, [this](qint64 id) {
        if (auto other = services::patient(m_workspace->context(), id))
            emit showPatientRequested(id, searchTextFor(*other), other->archived);
    });
    m_dialog->open();
}

void PatientController::openNewSeries()
{
    if (!m_workspace || !m_patient || m_patient->archived)
        return;
    if (m_seriesDialog) {
        m_seriesDialog->raise();
        m_seriesDialog->activateWindow();
        return;
    }
    m_seriesDialog = new NewSeriesDialog(*m_workspace, m_patientId, m_parent);
    m_seriesDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(
        m_seriesDialog, &NewSeriesDialog::seriesBooked, this, [this](qint64 patientId, qint64, const QString& text) {
            if (m_history && m_seriesDialog && m_seriesDialog->booked())
                m_history->recordBooking(tr("Book %1's series").arg(m_seriesDialog->patientName()),
                    m_seriesDialog->booked()->appointmentIds);
            emit patientChanged(patientId);
            emit message(text);
        });
    connect(m_seriesDialog, &NewSeriesDialog::printRequested, this, &PatientController::seriesPrintRequested);
    m_seriesDialog->open();
}

void PatientController::archive()
{
    if (!m_workspace || !m_patient || m_patient->archived)
        return;
    // Archiving hides the patient, not their bookings: said before it is done.
    auto record = services::patientRecord(m_workspace->context(), m_patient->id);
    if (!record || !record->next) {
        setArchived(true);
        return;
    }
    const QString name = patientDisplayName(m_patient->familyName, m_patient->givenNames);
    auto* ask = new QMessageBox(QMessageBox::Question, tr("Archive Patient"),
        tr("%1 still has appointments booked, the next on %2. An archived patient's appointments stay booked.")
            .arg(name, appointmentLine(*record->next)),
        QMessageBox::Cancel, m_parent);
    ask->setInformativeText(tr("Archive %1 anyway?").arg(name));
    QPushButton* anyway = ask->addButton(tr("&Archive Anyway"), QMessageBox::AcceptRole);
    ask->setDefaultButton(QMessageBox::Cancel);
    ask->setAttribute(Qt::WA_DeleteOnClose);
    connect(anyway, &QPushButton::clicked, this, [this] { setArchived(true); });
    ask->open();
}

void PatientController::setArchived(bool archived)
{
    if (!m_workspace || !m_patient || m_patient->archived == archived)
        return;
    const storage::PatientRecord p = *m_patient;
    const QString name = patientDisplayName(p.familyName, p.givenNames);
    auto done = services::setPatientArchived(m_workspace->context(), p.id, p.version, archived);
    if (!done) {
        showWarning(m_parent, archived ? tr("Archive Patient") : tr("Restore Patient"),
            done.error().isConflict()
                ? tr("Someone else changed %1's record since it was shown here, so nothing was changed. The "
                     "record now shows their changes; check it and try again.")
                      .arg(name)
                : done.error().message);
        setPatient(p.id);
        emit patientChanged(p.id);
        return;
    }
    setPatient(p.id);
    emit patientChanged(p.id);
    emit message(archived ? tr("%1 is archived: off the lists, record kept. Patient > Restore Patient brings them "
                               "back (tick Include archived to find them).")
                                .arg(name)
                          : tr("%1 is restored.").arg(name));
}

} // namespace np::app
