#include "ChartDialog.h"

#include "ui_ChartDialog.h"

#include "app/DialogButtons.h"
#include "app/FormLabels.h"
#include "app/FormTeardown.h"
#include "app/Messages.h"
#include "app/patients/PatientText.h"
#include "app/workspace/ChangeHistory.h"
#include "app/workspace/Workspace.h"

#include <QDoubleSpinBox>
#include <QLocale>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace np::app {

namespace {

QString mm(double value)
{
    return QLocale().toString(value, 'g', 3);
}

} // namespace

ChartDialog::ChartDialog(const Workspace& workspace, services::DayEntry entry, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_entry(std::move(entry))
    , m_ui(std::make_unique<Ui::ChartDialog>())
{
    m_ui->setupUi(this);
    const print::AppointmentLine& a = m_entry.row.appointment;
    const print::PatientHeader& p = m_entry.row.patient;
    m_ui->session->setTextFormat(Qt::PlainText);
    m_ui->checks->setTextFormat(Qt::PlainText);
    m_ui->session->setText(tr("%1, %2: %3, %4, session %5 of %6")
                               .arg(patientDisplayName(p.familyName, p.givenNames), displayTime(a.start),
                                   a.modalityName, a.areaNames.join(u", "_s))
                               .arg(a.sessionNumber)
                               .arg(a.sessionCount));
    QFont bold = m_ui->session->font();
    bold.setBold(true);
    m_ui->session->setFont(bold);
    m_ui->numbingOn->setPlaceholderText(tr("HH:MM"));
    m_ui->products->setPlaceholderText(tr("Separated by semicolons"));
    m_ui->passes->setSpecialValueText(tr("Not recorded"));
    nameControlsByTheirLabels(*this);
    m_ui->session->setAccessibleName(tr("Session"));
    m_ui->device->setAccessibleName(tr("Device"));
    m_ui->checks->setAccessibleName(tr("Chart checks"));

    if (auto sheet = services::chartSheet(workspace.context(), a.id))
        m_sheet = std::move(*sheet);
    else
        m_ui->checks->setText(sheet.error().message);
    if (m_sheet) {
        m_ui->device->setText(a.device.isEmpty()  ? tr("None booked")
                : m_sheet->deviceSerial.isEmpty() ? a.device
                                                  : tr("%1 (serial %2)").arg(a.device, m_sheet->deviceSerial));
        for (const services::ChartZone& zone : m_sheet->zones) {
            auto* depth = new QDoubleSpinBox(this);
            depth->setDecimals(2);
            depth->setSingleStep(0.25);
            depth->setRange(0, zone.maxMm);
            depth->setSuffix(tr(" mm"));
            depth->setSpecialValueText(tr("Not recorded"));
            depth->setAccessibleName(tr("Depth on the %1").arg(zone.name));
            depth->setToolTip(tr("Usually %1–%2 mm on the %3; never deeper than %4 mm")
                                  .arg(mm(zone.usual.minMm), mm(zone.usual.maxMm), zone.name, mm(zone.maxMm)));
            auto* label = new QLabel(
                tr("%1 (usually %2–%3 mm):").arg(zone.name, mm(zone.usual.minMm), mm(zone.usual.maxMm)), this);
            label->setTextFormat(Qt::PlainText);
            label->setBuddy(depth);
            m_ui->depths->addRow(label, depth);
            m_depths.insert(zone.area, depth);
            connect(depth, &QDoubleSpinBox::valueChanged, this, &ChartDialog::update);
        }
    }
    // The zones' fields come in the form's reading order: after the numbing time.
    QWidget* previous = m_ui->numbingOn;
    for (const services::ChartZone& zone : m_sheet ? m_sheet->zones : QList<services::ChartZone>()) {
        setTabOrder(previous, m_depths.value(zone.area));
        previous = m_depths.value(zone.area);
    }
    setTabOrder(previous, m_ui->depthReason);

    m_complete = addCommitButton(
        *m_ui->buttons, tr("&Complete"), tr("Complete"), tr("Save the chart and mark the treatment done (%1)"));
    QPushButton* cancel = addCancelButton(*m_ui->buttons);
    connect(m_complete, &QPushButton::clicked, this, &ChartDialog::complete);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    for (QLineEdit* field : {m_ui->numbingOn, m_ui->depthReason})
        connect(field, &QLineEdit::textChanged, this, &ChartDialog::update);
    m_ui->mainLayout->insertStretch(3); // spare height below the checks, not between the rows
    setMinimumWidth(520);
    setWindowModality(Qt::WindowModal);
    update();
    m_ui->cartridge->setFocus();
}

ChartDialog::~ChartDialog()
{
    disconnectChildren(*this);
}

void ChartDialog::setText(const QString& field, const QString& text)
{
    if (auto* edit = findChild<QLineEdit*>(field))
        edit->setText(text);
}

void ChartDialog::setPasses(int passes)
{
    m_ui->passes->setValue(passes);
}

QString ChartDialog::checksText() const
{
    return m_ui->checks->text();
}

std::expected<storage::ChartRecord, QString> ChartDialog::chart() const
{
    storage::ChartRecord c;
    c.cartridgeLot = m_ui->cartridge->text().trimmed();
    c.numbingAgent = m_ui->numbing->text().trimmed();
    if (const QString at = m_ui->numbingOn->text().trimmed(); !at.isEmpty()) {
        const QTime time = QTime::fromString(at, u"H:mm"_s);
        if (!time.isValid())
            return std::unexpected(tr("Applied at: \"%1\" is not a time of day (HH:MM)").arg(at));
        c.numbingOn = QDateTime(m_entry.row.appointment.date, time).toUTC();
    }
    for (auto it = m_depths.cbegin(); it != m_depths.cend(); ++it)
        if (it.value()->value() > 0)
            c.depths.insert(it.key(), it.value()->value());
    c.depthReason = m_ui->depthReason->text().trimmed();
    if (m_ui->passes->value() > 0)
        c.passes = m_ui->passes->value();
    c.endpoint = m_ui->endpoint->text().trimmed();
    for (const QString& name : m_ui->products->text().split(u';', Qt::SkipEmptyParts))
        if (!name.trimmed().isEmpty())
            c.products.append({name.trimmed(), {}});
    c.reaction = m_ui->reaction->text().trimmed();
    c.adverseEvents = m_ui->adverse->toPlainText().trimmed();
    c.notes = m_ui->notes->toPlainText().trimmed();
    return c;
}

void ChartDialog::update()
{
    if (!m_sheet || m_done) {
        m_complete->setEnabled(false);
        return;
    }
    const auto c = chart();
    if (!c) {
        m_ui->checks->setText(c.error());
        m_complete->setEnabled(false);
        return;
    }
    const QDateTime now = m_workspace.now()();
    const services::ChartCheck check = services::checkChart(*m_sheet, *c, now.toUTC());
    QStringList lines;
    for (const Problem& p : check.needReason)
        lines << u"• "_s + p.message;
    for (const QString& w : check.warnings)
        lines << u"• "_s + w;
    m_ui->checks->setText(lines.join(u'\n'));
    const bool reasonNeeded = !check.needReason.isEmpty();
    m_ui->depthReason->setEnabled(reasonNeeded);
    m_ui->depthReasonLabel->setEnabled(reasonNeeded);
    m_complete->setEnabled(!reasonNeeded || !c->depthReason.isEmpty());
}

bool ChartDialog::complete()
{
    const auto c = chart();
    if (!m_sheet || m_done || !c || !m_complete->isEnabled())
        return false;
    const qint64 id = m_entry.row.appointment.id;
    const auto before = m_history ? m_history->before({id}) : std::nullopt;
    auto done = services::completeWithChart(m_workspace.context(), {id, m_entry.version}, *c);
    if (!done) {
        QString why = done.error().message;
        if (!done.error().problems.isEmpty())
            why = done.error().problems.front().message;
        showWarning(this, tr("Complete"), tr("The session was not completed; nothing was saved: %1").arg(why));
        return false;
    }
    if (m_history) {
        const print::PatientHeader& p = m_entry.row.patient;
        m_history->record(tr("Complete %1's session").arg(patientDisplayName(p.familyName, p.givenNames)), before);
    }
    showCompleted();
    return true;
}

void ChartDialog::showCompleted()
{
    m_done = true;
    const print::PatientHeader& p = m_entry.row.patient;
    const QString name = patientDisplayName(p.familyName, p.givenNames);
    const QString text = tr("%1's treatment is completed and charted.").arg(name);
    m_ui->checks->setText(text + u' ' + tr("Print Post-Care gives the sheet to take home."));
    for (QWidget* w : findChildren<QWidget*>())
        if (qobject_cast<QLineEdit*>(w) || qobject_cast<QAbstractSpinBox*>(w) || qobject_cast<QPlainTextEdit*>(w))
            w->setEnabled(false);
    m_print = offerNextStep(*m_ui->buttons, m_complete, tr("Print Po&st-Care"), tr("Print post-care"));
    connect(m_print, &QPushButton::clicked, this, [this] {
        emit printPostCareRequested(m_entry.row.patient.id);
        accept();
    });
    emit completed(text);
}

} // namespace np::app
