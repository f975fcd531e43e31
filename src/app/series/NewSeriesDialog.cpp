#include "NewSeriesDialog.h"

#include "ui_NewSeriesDialog.h"

#include "SeriesText.h"

#include "app/CodeList.h"
#include "app/DialogButtons.h"
#include "app/FormLabels.h"
#include "app/FormTeardown.h"
#include "app/Messages.h"
#include "app/patients/DateInput.h"
#include "app/patients/PatientText.h"
#include "app/patients/TextTableModel.h"
#include "app/workspace/Workspace.h"
#include "services/ClinicSetupService.h"
#include "services/PatientService.h"

#include <QKeyEvent>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace np::app {

namespace {

void selectData(QComboBox& box, const QString& code)
{
    if (const int i = box.findData(code); i >= 0)
        box.setCurrentIndex(i);
}

// A date field: none when empty; the problem, named with the field's label, when not a date.
std::expected<std::optional<QDate>, QString> optionalDate(const QLineEdit& field, const QString& name)
{
    if (field.text().trimmed().isEmpty())
        return std::nullopt;
    auto day = parseDateInput(field.text());
    if (!day)
        return std::unexpected(
            QCoreApplication::translate("np::app::NewSeriesDialog", "%1: %2").arg(name, day.error()));
    return *day;
}

} // namespace

NewSeriesDialog::NewSeriesDialog(const Workspace& workspace, qint64 patientId, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_patientId(patientId)
    , m_ui(std::make_unique<Ui::NewSeriesDialog>())
    , m_proposal(new TextTableModel(proposalHeaders(), this))
{
    m_ui->setupUi(this);
    for (QLabel* label : {m_ui->patient, m_ui->status, m_ui->reasons, m_ui->adjustProblem})
        label->setTextFormat(Qt::PlainText);
    QFont bold = m_ui->status->font();
    bold.setBold(true);
    m_ui->status->setFont(bold);
    m_ui->patient->setFont(bold);
    m_ui->earliest->setPlaceholderText(tr("Today (%1)").arg(dateInputHint()));
    m_ui->event->setPlaceholderText(tr("None (%1)").arg(dateInputHint()));
    m_ui->adjustDay->setPlaceholderText(dateInputHint());
    m_ui->sessions->setModel(m_proposal);
    // The table gives way to the reasons and to why a change was refused, never the reverse.
    m_ui->sessions->setMinimumHeight(fontMetrics().lineSpacing() * 6);
    m_ui->adjustProblem->setMinimumHeight(fontMetrics().lineSpacing() * 2);
    m_ui->sessions->verticalHeader()->hide();
    m_ui->sessions->horizontalHeader()->setStretchLastSection(true);
    nameControlsByTheirLabels(*this);
    m_ui->adjustDay->setAccessibleName(tr("Selected session's day"));
    m_ui->adjustTime->setAccessibleName(tr("Selected session's time"));
    m_ui->adjustPractitioner->setAccessibleName(tr("Selected session's practitioner"));
    m_ui->patient->setAccessibleName(tr("Patient"));
    m_ui->status->setAccessibleName(tr("Plan result"));
    m_ui->reasons->setAccessibleName(tr("Reasons"));
    m_ui->adjustProblem->setAccessibleName(tr("Why the change was refused"));
    m_ui->applyChange->setAccessibleName(tr("Apply Change"));
    m_ui->proposeAgain->setAccessibleName(tr("Propose Again"));

    m_book = addCommitButton(*m_ui->buttons, tr("&Book"), tr("Book"), tr("Book every proposed session at once (%1)"));
    QPushButton* cancel = addCancelButton(*m_ui->buttons);
    // The buttons are clicked here, never through accept(): a refused booking keeps the dialog open.
    disconnect(m_ui->buttons, nullptr, this, nullptr);
    connect(m_book, &QPushButton::clicked, this, &NewSeriesDialog::book);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);

    if (auto p = services::patient(workspace.context(), patientId)) {
        m_name = patientDisplayName(p->familyName, p->givenNames);
        m_ui->patient->setText(
            p->birthDate.isValid() ? tr("%1, born %2").arg(m_name, displayDate(p->birthDate)) : m_name);
    }
    if (auto c = services::clinic(workspace.context()))
        m_clinic = std::move(*c);
    fillChoices();

    for (QComboBox* box : {m_ui->indication, m_ui->severity, m_ui->practitioner, m_ui->part})
        connect(box, &QComboBox::currentIndexChanged, this, &NewSeriesDialog::proposeAgain);
    connect(m_ui->indication, &QComboBox::currentIndexChanged, this, &NewSeriesDialog::suitModality);
    connect(m_ui->modality, &QComboBox::currentIndexChanged, this, &NewSeriesDialog::proposeAgain);
    connect(m_ui->areas, &QListWidget::itemChanged, this, &NewSeriesDialog::proposeAgain);
    connect(m_ui->sessionCount, &QSpinBox::valueChanged, this, &NewSeriesDialog::proposeAgain);
    connect(m_ui->earliest, &QLineEdit::textChanged, this, &NewSeriesDialog::proposeAgain);
    connect(m_ui->event, &QLineEdit::textChanged, this, &NewSeriesDialog::proposeAgain);
    connect(m_ui->note, &QPlainTextEdit::textChanged, this, &NewSeriesDialog::updateBookButton);
    connect(m_ui->sessions->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &NewSeriesDialog::showSelectedSession);
    connect(m_ui->applyChange, &QPushButton::clicked, this, &NewSeriesDialog::applyChange);
    connect(m_ui->proposeAgain, &QPushButton::clicked, this, &NewSeriesDialog::proposeAgain);
    // Enter in the session's day or time applies the change, never books the series.
    m_ui->adjustDay->installEventFilter(this);
    m_ui->adjustTime->installEventFilter(this);
    setMinimumWidth(1000);
    suitModality();
    proposeAgain();
    m_ui->indication->setFocus();
}

NewSeriesDialog::~NewSeriesDialog()
{
    disconnectChildren(*this);
}

void NewSeriesDialog::fillChoices()
{
    const Catalogue& catalogue = m_workspace.catalogue();
    for (const Indication& i : catalogue.indications)
        m_ui->indication->addItem(i.name, i.code);
    for (const Modality& m : catalogue.modalities)
        m_ui->modality->addItem(m.name, m.code);
    for (const Area& a : catalogue.areas)
        addCodeItem(*m_ui->areas, a.name, a.code);
    m_ui->severity->addItem(tr("Mild"), static_cast<int>(Severity::Mild));
    m_ui->severity->addItem(tr("Moderate"), static_cast<int>(Severity::Moderate));
    m_ui->severity->addItem(tr("Severe"), static_cast<int>(Severity::Severe));
    m_ui->severity->setCurrentIndex(1);
    m_ui->sessionCount->setRange(0, catalogue.seriesMaxSessions);
    m_ui->sessionCount->setSpecialValueText(tr("As the protocol says"));
    m_ui->practitioner->addItem(tr("Anyone"), QString());
    m_ui->adjustPractitioner->addItem(tr("Whoever is free"), QString());
    if (m_clinic)
        for (const ClinicPractitioner& p : m_clinic->setup.practitioners) {
            m_ui->practitioner->addItem(p.name, p.code);
            m_ui->adjustPractitioner->addItem(p.name, p.code);
        }
    m_ui->part->addItem(tr("Any time"), static_cast<int>(PartOfDay::Any));
    m_ui->part->addItem(tr("Morning"), static_cast<int>(PartOfDay::Morning));
    m_ui->part->addItem(tr("Afternoon"), static_cast<int>(PartOfDay::Afternoon));
}

void NewSeriesDialog::suitModality()
{
    const Indication* indication = m_workspace.catalogue().indication(m_ui->indication->currentData().toString());
    if (!indication || indication->modalities.isEmpty()
        || indication->modalities.contains(m_ui->modality->currentData().toString()))
        return;
    selectData(*m_ui->modality, indication->modalities.front());
}

void NewSeriesDialog::setTreatment(const QString& indication, const QString& modality, const QStringList& areas)
{
    selectData(*m_ui->indication, indication);
    selectData(*m_ui->modality, modality);
    {
        const QSignalBlocker block(m_ui->areas);
        setCheckedCodes(*m_ui->areas, areas);
    }
    proposeAgain();
}

void NewSeriesDialog::setEarliest(const QDate& day)
{
    m_ui->earliest->setText(formatDateInput(day));
}

void NewSeriesDialog::setEventDate(const QDate& day)
{
    m_ui->event->setText(formatDateInput(day));
}

void NewSeriesDialog::setNote(const QString& note)
{
    m_ui->note->setPlainText(note);
}

QString NewSeriesDialog::statusText() const
{
    return m_ui->status->text();
}

QString NewSeriesDialog::reasonsText() const
{
    return m_ui->reasons->text();
}

QString NewSeriesDialog::changeProblemText() const
{
    return m_ui->adjustProblem->text();
}

QList<BookedSession> NewSeriesDialog::proposedSessions() const
{
    return m_booking ? m_booking->sessions : QList<BookedSession>();
}

QDate NewSeriesDialog::requestedStart() const
{
    const auto day = optionalDate(*m_ui->earliest, {});
    return day && *day ? std::max(**day, m_workspace.today()) : m_workspace.today();
}

std::expected<services::SeriesBookingInput, QString> NewSeriesDialog::input() const
{
    services::SeriesBookingInput in;
    in.patientId = m_patientId;
    Treatment& t = in.plan.treatment;
    t.indication = m_ui->indication->currentData().toString();
    t.modality = m_ui->modality->currentData().toString();
    t.areas = checkedCodes(*m_ui->areas);
    t.severity = static_cast<Severity>(m_ui->severity->currentData().toInt());
    if (m_ui->sessionCount->value() > 0)
        t.sessions = m_ui->sessionCount->value();
    if (!m_clinic)
        return std::unexpected(tr("The clinic is not set up yet: Settings > Clinic sets its hours, practitioners "
                                  "and rooms before a series can be booked."));
    if (t.areas.isEmpty())
        return std::unexpected(tr("Tick the areas to treat to see the proposed sessions."));
    auto earliest = optionalDate(*m_ui->earliest, plainLabelText(m_ui->earliestLabel->text()));
    if (!earliest)
        return std::unexpected(earliest.error());
    auto event = optionalDate(*m_ui->event, plainLabelText(m_ui->eventLabel->text()));
    if (!event)
        return std::unexpected(event.error());
    in.plan.earliestStart = *earliest;
    in.plan.eventDate = *event;
    in.preferences.practitioner = m_ui->practitioner->currentData().toString();
    in.preferences.part = static_cast<PartOfDay>(m_ui->part->currentData().toInt());
    in.adjustments = m_adjustments;
    in.reviewNote = m_ui->note->toPlainText();
    return in;
}

std::optional<QString> NewSeriesDialog::propose()
{
    m_booking.reset();
    m_proposal->setRows({});
    m_ui->reasons->clear();
    auto in = input();
    if (!in) {
        m_ui->status->setText(in.error());
        updateBookButton();
        return in.error();
    }
    in->dryRun = true;
    auto out = services::bookSeries(m_workspace.context(), *in);
    if (!out) {
        m_ui->status->setText(out.error().message);
        updateBookButton();
        return out.error().message;
    }
    if (const auto& refusal = out->refusal) {
        if (refusal->plan) {
            m_ui->status->setText(planStatusText(*refusal->plan, requestedStart()));
            m_ui->reasons->setText(planReasonLines(m_workspace.catalogue(), *refusal->plan).join(u'\n'));
        } else {
            m_ui->status->setText(tr("No series can be booked as asked: %1").arg(refusal->reason));
        }
        updateBookButton();
        return refusal->reason;
    }
    showProposal(*out->booking);
    return std::nullopt;
}

void NewSeriesDialog::showProposal(const SeriesBooking& booking)
{
    m_booking = booking;
    m_ui->status->setText(planStatusText(booking.plan, requestedStart()));
    m_ui->reasons->setText(planReasonLines(m_workspace.catalogue(), booking.plan).join(u'\n'));
    QList<TextTableModel::Row> rows;
    for (const BookedSession& s : booking.sessions) {
        TextTableModel::Row row {s.number, proposalCells(m_clinic->setup, s), allowedDaysText(s)};
        if (s.adjusted)
            row.toolTip += u' ' + tr("Changed by hand.");
        rows << row;
    }
    m_proposal->setRows(std::move(rows));
    m_ui->sessions->resizeColumnsToContents();
    m_ui->sessions->selectRow(0);
    updateBookButton();
}

void NewSeriesDialog::showSelectedSession()
{
    const int row = m_ui->sessions->currentIndex().row();
    const bool any = m_booking && row >= 0 && row < m_booking->sessions.size();
    for (QWidget* w : std::initializer_list<QWidget*> {
             m_ui->adjustDay, m_ui->adjustTime, m_ui->adjustPractitioner, m_ui->applyChange})
        w->setEnabled(any);
    if (!any)
        return;
    const Slot& slot = m_booking->sessions.at(row).slot;
    m_ui->adjustDay->setToolTip(allowedDaysText(m_booking->sessions.at(row)));
    m_ui->adjustDay->setText(formatDateInput(slot.localStart.date()));
    m_ui->adjustTime->setTime(slot.localStart.time());
    selectData(*m_ui->adjustPractitioner, slot.practitioner);
}

void NewSeriesDialog::applyChange()
{
    const int row = m_ui->sessions->currentIndex().row();
    if (!m_booking || row < 0 || row >= m_booking->sessions.size())
        return;
    const auto day = parseDateInput(m_ui->adjustDay->text());
    if (!day || !day->isValid()) {
        m_ui->adjustProblem->setText(
            tr("Selected session's day: %1").arg(day ? tr("the day is required") : day.error()));
        m_ui->adjustDay->setFocus();
        return;
    }
    const int number = m_booking->sessions.at(row).number;
    if (changeSession(
            number, QDateTime(*day, m_ui->adjustTime->time()), m_ui->adjustPractitioner->currentData().toString()))
        m_ui->sessions->selectRow(row);
}

bool NewSeriesDialog::changeSession(int number, const QDateTime& start, const QString& practitioner)
{
    const QList<SessionAdjustment> before = m_adjustments;
    m_adjustments.removeIf([number](const SessionAdjustment& a) { return a.number >= number; });
    m_adjustments.append({number, start, practitioner});
    if (const auto refused = propose()) {
        m_adjustments = before;
        propose();
        m_ui->adjustProblem->setText(tr("Not moved: %1").arg(*refused));
        return false;
    }
    m_ui->adjustProblem->clear();
    return true;
}

void NewSeriesDialog::proposeAgain()
{
    if (m_booked)
        return;
    m_adjustments.clear();
    m_ui->adjustProblem->clear();
    propose();
}

void NewSeriesDialog::updateBookButton()
{
    const bool review = m_booking && m_booking->plan.status == PlanStatus::Review;
    m_ui->note->setEnabled(review);
    m_ui->noteLabel->setEnabled(review);
    const bool noteMissing = review && m_ui->note->toPlainText().trimmed().isEmpty();
    m_book->setEnabled(m_booking && !noteMissing && !m_booked);
    m_ui->proposeAgain->setEnabled(!m_adjustments.isEmpty());
    showSelectedSession();
}

bool NewSeriesDialog::book()
{
    if (!m_booking || m_booked || !m_book->isEnabled())
        return false;
    auto in = input();
    if (!in)
        return false;
    auto out = services::bookSeries(m_workspace.context(), *in);
    if (!out || out->refusal) {
        const QString why = out ? out->refusal->reason : out.error().message;
        showWarning(this, tr("Book Series"), tr("The series was not booked; nothing was stored: %1").arg(why));
        propose(); // the calendar may have changed meanwhile
        return false;
    }
    showBooked(*out->stored);
    return true;
}

void NewSeriesDialog::showBooked(const storage::BookedSeries& booked)
{
    m_booked = booked;
    const QList<BookedSession>& sessions = m_booking->sessions;
    const QDateTime first = sessions.front().slot.localStart;
    const QString text = tr("Booked: %n session(s), the first on %1 at %2.", nullptr, static_cast<int>(sessions.size()))
                             .arg(displayDate(first.date()), displayTime(first.time()));
    m_ui->status->setText(text);
    m_ui->adjustProblem->clear();
    m_ui->sessionsLabel->setText(tr("Booked &sessions:"));
    m_ui->treatmentBox->setEnabled(false);
    m_ui->note->setEnabled(false);
    for (QWidget* w : std::initializer_list<QWidget*> {
             m_ui->adjustDay, m_ui->adjustTime, m_ui->adjustPractitioner, m_ui->applyChange, m_ui->proposeAgain})
        w->setEnabled(false);
    m_print = offerNextStep(
        *m_ui->buttons, m_book, tr("Print Consent, Pre-Care an&d Card"), tr("Print consent, pre-care and card"));
    connect(m_print, &QPushButton::clicked, this, [this] {
        emit printRequested(m_patientId, m_booked->series.id, m_booked->appointmentIds.value(0));
        accept();
    });
    emit seriesBooked(m_patientId, booked.series.id, tr("%1: %2").arg(m_name, text));
}

bool NewSeriesDialog::eventFilter(QObject* watched, QEvent* event)
{
    if ((watched == m_ui->adjustDay || watched == m_ui->adjustTime) && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && key->modifiers() == Qt::NoModifier) {
            applyChange();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace np::app
