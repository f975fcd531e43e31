#include "BookAppointmentDialog.h"

#include "ui_BookAppointmentDialog.h"

#include "app/CodeList.h"
#include "app/DialogButtons.h"
#include "app/FormLabels.h"
#include "app/patients/PatientText.h"
#include "app/workspace/ChangeHistory.h"
#include "app/workspace/Workspace.h"
#include "core/Catalogue.h"
#include "services/AppointmentService.h"
#include "services/PatientService.h"

#include <QLocale>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace np::app {
namespace {

constexpr int MatchesShown = 8;

} // namespace

BookAppointmentDialog::BookAppointmentDialog(const Workspace& workspace, ClinicSetup setup, const QString& practitioner,
    const QString& room, const QDateTime& start, ChangeHistory* history, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::BookAppointmentDialog>())
    , m_workspace(workspace)
    , m_setup(std::move(setup))
    , m_history(history)
{
    m_ui->setupUi(this);
    nameControlsByTheirLabels(*this);
    m_ui->patients->setAccessibleName(tr("Patients found"));
    m_ui->status->setAccessibleName(tr("What stands in the way"));
    m_book = addCommitButton(*m_ui->buttons, tr("&Book"), tr("Book"), tr("Book the appointment (%1)"));
    addCancelButton(*m_ui->buttons);
    connect(m_book, &QPushButton::clicked, this, &BookAppointmentDialog::book);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    for (const ClinicPractitioner& p : m_setup.practitioners)
        m_ui->practitioner->addItem(p.name, p.code);
    for (const Room& r : m_setup.rooms)
        m_ui->room->addItem(r.name, r.code);
    if (const int i = m_ui->practitioner->findData(practitioner); i >= 0)
        m_ui->practitioner->setCurrentIndex(i);
    if (const int i = m_ui->room->findData(room); i >= 0)
        m_ui->room->setCurrentIndex(i);
    m_ui->start->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat) + u' '
        + QLocale().timeFormat(QLocale::ShortFormat).remove(u":ss"_s));
    m_ui->start->setDateTime(start);
    fillTreatments();

    connect(m_ui->patientSearch, &QLineEdit::textChanged, this, &BookAppointmentDialog::findPatients);
    connect(m_ui->patients, &QListWidget::currentRowChanged, this, &BookAppointmentDialog::changed);
    connect(m_ui->practitioner, &QComboBox::currentIndexChanged, this, &BookAppointmentDialog::fillTreatments);
    connect(m_ui->room, &QComboBox::currentIndexChanged, this, &BookAppointmentDialog::suitTreatment);
    connect(m_ui->modality, &QComboBox::currentIndexChanged, this, &BookAppointmentDialog::suitTreatment);
    connect(m_ui->device, &QComboBox::currentIndexChanged, this, &BookAppointmentDialog::changed);
    connect(m_ui->areas, &QListWidget::itemChanged, this, &BookAppointmentDialog::changed);
    connect(m_ui->start, &QDateTimeEdit::dateTimeChanged, this, &BookAppointmentDialog::changed);
    setTabOrder(m_ui->patientSearch, m_ui->patients);
    setTabOrder(m_ui->patients, m_ui->modality);
    setTabOrder(m_ui->modality, m_ui->areas);
    setTabOrder(m_ui->areas, m_ui->practitioner);
    setTabOrder(m_ui->practitioner, m_ui->room);
    setTabOrder(m_ui->room, m_ui->device);
    setTabOrder(m_ui->device, m_ui->start);
    m_ui->patientSearch->setFocus();
    // Wide enough for a patient's name, birth date and phone on one line.
    setMinimumWidth(fontMetrics().horizontalAdvance(u"M"_s) * 40);
    updateBookButton();
}

BookAppointmentDialog::~BookAppointmentDialog() = default;

void BookAppointmentDialog::findPatients(const QString& text)
{
    m_ui->patients->clear();
    if (text.trimmed().isEmpty()) {
        changed();
        return;
    }
    auto found = services::searchPatients(m_workspace.context(), text, MatchesShown, false);
    if (!found) {
        m_refusal = found.error().message;
        updateBookButton();
        return;
    }
    for (const storage::PatientMatch& m : *found) {
        // Patients of one name told apart by birth date and phone.
        QStringList parts {patientDisplayName(m.familyName, m.givenNames)};
        if (m.birthDate.isValid())
            parts << displayDate(m.birthDate);
        if (!m.phone.isEmpty())
            parts << m.phone;
        auto* item = new QListWidgetItem(parts.join(u" · "_s), m_ui->patients);
        item->setData(Qt::UserRole, m.id);
    }
    if (m_ui->patients->count() > 0)
        m_ui->patients->setCurrentRow(0);
    changed();
}

void BookAppointmentDialog::bookFor(qint64 patientId, const QString& label, std::optional<qint64> sessionId,
    const QString& modality, const QStringList& areas)
{
    m_sessionId = sessionId;
    {
        const QSignalBlocker block(m_ui->patientSearch);
        m_ui->patientSearch->setText(label);
        m_ui->patientSearch->setReadOnly(true);
    }
    m_ui->patients->clear();
    auto* item = new QListWidgetItem(label, m_ui->patients);
    item->setData(Qt::UserRole, patientId);
    m_ui->patients->setCurrentRow(0);
    if (const int i = m_ui->modality->findData(modality); i >= 0)
        m_ui->modality->setCurrentIndex(i);
    setCheckedCodes(*m_ui->areas, areas);
    if (sessionId)
        setWindowTitle(tr("Book the Session"));
    m_ui->modality->setFocus();
    changed();
}

qint64 BookAppointmentDialog::patientId() const
{
    const QListWidgetItem* item = m_ui->patients->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void BookAppointmentDialog::fillTreatments()
{
    const QString kept = m_ui->modality->currentData().toString();
    const ClinicPractitioner* p = m_setup.practitioner(m_ui->practitioner->currentData().toString());
    const QSignalBlocker block(m_ui->modality);
    m_ui->modality->clear();
    for (const Modality& m : m_workspace.catalogue().modalities)
        if (!p || p->modalities.contains(m.code))
            m_ui->modality->addItem(m.name, m.code);
    if (const int i = m_ui->modality->findData(kept); i >= 0)
        m_ui->modality->setCurrentIndex(i);
    suitTreatment();
}

void BookAppointmentDialog::suitTreatment()
{
    const Catalogue& catalogue = m_workspace.catalogue();
    const Modality* modality = catalogue.modality(m_ui->modality->currentData().toString());
    const QStringList ticked = checkedCodes(*m_ui->areas);
    {
        const QSignalBlocker block(m_ui->areas);
        m_ui->areas->clear();
        for (const Area& a : catalogue.areas)
            addCodeItem(*m_ui->areas, a.name, a.code);
        setCheckedCodes(*m_ui->areas, ticked);
    }
    // The devices of the treatment's kind that can be in the room chosen.
    const QString room = m_ui->room->currentData().toString();
    const QString keptDevice = m_ui->device->currentData().toString();
    m_ui->device->clear();
    m_ui->device->addItem(tr("None"), QString());
    for (const Device& d : m_setup.devices)
        if (modality && d.kind == modality->deviceKind && (d.homeRoom.isEmpty() || d.homeRoom == room))
            m_ui->device->addItem(tr("%1 (%2)", "device (code)").arg(d.name, d.code), d.code);
    const int kept = keptDevice.isEmpty() ? -1 : m_ui->device->findData(keptDevice);
    m_ui->device->setCurrentIndex(kept >= 0 ? kept : std::min(1, m_ui->device->count() - 1));
    changed();
}

void BookAppointmentDialog::changed()
{
    m_refusal.clear(); // said of what the form held before
    updateBookButton();
}

void BookAppointmentDialog::updateBookButton()
{
    QString missing;
    if (patientId() == 0)
        missing = tr("Find the patient: type part of the name, the phone or the email.");
    else if (m_ui->modality->count() == 0)
        missing = tr("%1 gives no treatment of the catalogue: choose another practitioner.")
                      .arg(m_ui->practitioner->currentText());
    else if (checkedCodes(*m_ui->areas).isEmpty())
        missing = tr("Tick the areas to treat.");
    m_book->setEnabled(missing.isEmpty());
    m_book->setToolTip(missing.isEmpty()
            ? tr("Book the appointment (%1)").arg(m_book->shortcut().toString(QKeySequence::NativeText))
            : missing);
    m_ui->status->setText(m_refusal.isEmpty() ? missing : m_refusal);
}

bool BookAppointmentDialog::book()
{
    if (!m_book->isEnabled())
        return false;
    const QDateTime start(m_ui->start->date(), m_ui->start->time());
    const services::AppointmentRequest request {patientId(), std::nullopt, m_ui->practitioner->currentData().toString(),
        m_ui->room->currentData().toString(), m_ui->device->currentData().toString(),
        m_ui->modality->currentData().toString(), checkedCodes(*m_ui->areas), start};
    services::AppointmentRequest withSession = request;
    withSession.sessionId = m_sessionId;
    auto done = m_sessionId ? services::bookSession(m_workspace.context(), withSession)
                            : services::bookAppointment(m_workspace.context(), request);
    if (!done) {
        m_refusal = tr("Not booked: %1").arg(done.error().message);
        updateBookButton();
        return false;
    }
    const QString patient = m_ui->patients->currentItem()->text().section(u" · "_s, 0, 0);
    if (m_history)
        m_history->recordBooking(tr("Book %1's appointment").arg(patient), {done->appointment.id});
    emit booked(done->appointment.id,
        tr("%1 is booked on %2 at %3.")
            .arg(patient, QLocale().toString(start.date(), QLocale::LongFormat), displayTime(start.time())));
    accept();
    return true;
}

QString BookAppointmentDialog::statusText() const
{
    return m_ui->status->text();
}

} // namespace np::app
