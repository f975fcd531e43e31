#include "PatientDetailPane.h"

#include "HealthTab.h"
#include "PatientText.h"
#include "RecordTable.h"
#include "RecordText.h"
#include "ScreeningTab.h"
#include "TextTableModel.h"

#include "app/workspace/Workspace.h"
#include "services/PatientRecordService.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace np::app {
namespace {

QLabel* valueLabel(const QString& name)
{
    auto* value = new QLabel;
    value->setObjectName(name);
    value->setWordWrap(true);
    value->setTextFormat(Qt::PlainText);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return value;
}

} // namespace

PatientDetailPane::PatientDetailPane(QWidget* parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_message(new QLabel(this))
    , m_title(new QLabel(this))
    , m_next(valueLabel(u"next"_s))
    , m_series(valueLabel(u"series"_s))
    , m_form(new QFormLayout)
    , m_tabs(new QTabWidget(this))
    , m_health(new HealthTab)
    , m_screening(new ScreeningTab)
    , m_sessions(new RecordTable(sessionHeaders(), tr("Series and sessions"), 0))
    , m_consents(new RecordTable(consentHeaders(), tr("Consents")))
    , m_documents(new RecordTable(documentHeaders(), tr("Documents given")))
{
    setMinimumWidth(360);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setForegroundRole(QPalette::PlaceholderText);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setObjectName(u"name"_s);
    m_title->setAccessibleName(tr("Patient"));

    // At a glance, above the tabs.
    auto* glance = new QFormLayout;
    glance->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    glance->addRow(tr("Next appointment:"), m_next);
    glance->addRow(tr("Series:"), m_series);
    m_next->setAccessibleName(tr("Next appointment"));
    m_series->setAccessibleName(tr("Series"));

    auto* details = new QWidget;
    auto* detailsLayout = new QVBoxLayout(details);
    detailsLayout->addLayout(m_form);
    detailsLayout->addStretch(1);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    addField(u"preferredName"_s, tr("Preferred name:"));
    addField(u"birthDate"_s, tr("Born:"));
    addField(u"phone"_s, tr("Phone:"));
    addField(u"email"_s, tr("Email:"));
    addField(u"address"_s, tr("Address:"));
    addField(u"externalRef"_s, tr("Former system no.:"));
    addField(u"fitzpatrick"_s, tr("Fitzpatrick:"));
    addField(u"findings"_s, tr("Current findings:"));
    addField(u"notes"_s, tr("Notes:"));
    addField(u"documents"_s, tr("Documents given:"));
    auto* scroll = new QScrollArea;
    scroll->setWidget(details);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_tabs->setObjectName(u"recordTabs"_s);
    m_tabs->setAccessibleName(tr("Patient record"));
    m_tabs->addTab(scroll, tr("&Details"));
    m_tabs->addTab(m_health, tr("Hea&lth"));
    m_tabs->addTab(m_sessions, tr("Series && Sess&ions"));
    m_tabs->addTab(m_screening, tr("Scree&ning"));
    m_tabs->addTab(m_consents, tr("C&onsents"));
    m_tabs->addTab(m_documents, tr("Doc&uments"));

    auto* record = new QWidget;
    auto* recordLayout = new QVBoxLayout(record);
    recordLayout->setContentsMargins(0, 0, 0, 0);
    recordLayout->addWidget(m_title);
    recordLayout->addLayout(glance);
    recordLayout->addWidget(m_tabs, 1);

    m_stack->addWidget(m_message);
    m_stack->addWidget(record);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    connect(m_health, &HealthTab::changed, this, &PatientDetailPane::refresh);
    connect(m_health, &HealthTab::message, this, &PatientDetailPane::message);
    connect(m_screening, &ScreeningTab::message, this, &PatientDetailPane::message);
    showPatient(0);
}

QLabel* PatientDetailPane::addField(const QString& name, const QString& label)
{
    QLabel* value = valueLabel(name);
    value->setAccessibleName(QString(label).remove(u':'));
    m_form->addRow(label, value);
    return value;
}

void PatientDetailPane::setWorkspace(const Workspace* workspace)
{
    m_workspace = workspace;
    m_health->setWorkspace(workspace);
    m_screening->setWorkspace(workspace);
    showPatient(0);
}

void PatientDetailPane::showPatient(qint64 id)
{
    m_patientId = id;
    if (id == 0 || !m_workspace) {
        m_patientId = 0;
        m_health->showFindings(0, {});
        m_screening->showPatient(0);
        showMessage(tr("Search for a patient and select them to see their record here."));
        return;
    }
    auto record = services::patientRecord(m_workspace->context(), id);
    if (!record) {
        m_health->showFindings(0, {});
        m_screening->showPatient(0);
        showMessage(record.error().message);
        return;
    }
    showRecord(*record);
}

void PatientDetailPane::showMessage(const QString& text)
{
    m_message->setText(text);
    m_stack->setCurrentWidget(m_message);
}

QString PatientDetailPane::postalAddress(const storage::PatientRecord& patient)
{
    QStringList lines;
    if (const QString street = patient.address.trimmed(); !street.isEmpty())
        lines << street;
    QStringList place;
    for (const QString& part : {patient.town, patient.region, patient.postcode})
        if (!part.trimmed().isEmpty())
            place << part.trimmed();
    if (!place.isEmpty())
        lines << place.join(u", "_s);
    if (!patient.country.trimmed().isEmpty())
        lines << patient.country.trimmed();
    return lines.join(u'\n');
}

void PatientDetailPane::showRecord(const services::PatientRecordView& record)
{
    const storage::PatientRecord& patient = record.patient;
    QString title = patientDisplayName(patient.familyName, patient.givenNames);
    if (patient.archived)
        title = tr("%1 (archived)").arg(title);
    m_title->setText(title);

    m_next->setText(record.next ? appointmentLine(*record.next) : tr("None booked"));
    QStringList series;
    for (const services::SeriesProgress& s : record.series)
        if (s.series.status == u"planned" || s.series.status == u"active")
            series << seriesLine(m_workspace->catalogue(), s);
    m_series->setText(series.isEmpty() ? tr("None under way") : series.join(u'\n'));

    auto set = [this](const QString& name, const QString& text) {
        auto* label = findChild<QLabel*>(name);
        label->setText(text);
        m_form->setRowVisible(label, !text.isEmpty());
    };
    QString born = displayDate(patient.birthDate);
    if (const auto age = ageOn(patient.birthDate, m_workspace->today()))
        born = tr("%1 (%2 years)").arg(born).arg(*age);
    set(u"preferredName"_s, patient.preferredName);
    set(u"birthDate"_s, born);
    set(u"phone"_s, patient.phone);
    set(u"email"_s, patient.email);
    set(u"address"_s, postalAddress(patient));
    set(u"externalRef"_s, patient.externalRef);
    set(u"fitzpatrick"_s, patient.fitzpatrick ? fitzpatrickText(*patient.fitzpatrick) : tr("Not recorded"));
    set(u"findings"_s, findingsText(record));
    set(u"notes"_s, patient.notes);
    set(u"documents"_s, documentsText(record));

    const Catalogue& catalogue = m_workspace->catalogue();
    m_health->showFindings(patient.id, record.findings);
    m_screening->showPatient(patient.id);
    m_sessions->model()->setRows(sessionRows(catalogue, record));
    m_sessions->setSummary(record.series.isEmpty() ? tr("No series planned yet.")
                                                   : tr("%n series, the newest first, each with its sessions in order.",
                                                       nullptr, static_cast<int>(record.series.size())));
    m_consents->model()->setRows(consentRows(catalogue, record.consents));
    m_consents->setSummary(record.consents.isEmpty()
            ? tr("No consent recorded yet.")
            : tr("%n consent(s), the newest first.", nullptr, static_cast<int>(record.consents.size())));
    m_documents->model()->setRows(documentRows(record.documents));
    m_documents->setSummary(record.documents.isEmpty()
            ? tr("No document given yet.")
            : tr("%n document(s) given, the newest first.", nullptr, static_cast<int>(record.documents.size())));
    m_stack->setCurrentIndex(1);
}

QString PatientDetailPane::findingsText(const services::PatientRecordView& record) const
{
    QStringList lines;
    for (const services::FindingStanding& f : record.findings)
        if (f.inEffect)
            lines << u"• "_s + findingLine(f);
    return lines.isEmpty() ? tr("None recorded") : lines.join(u'\n');
}

QString PatientDetailPane::documentsText(const services::PatientRecordView& record) const
{
    constexpr qsizetype Shown = 5;
    if (record.documents.isEmpty())
        return tr("None yet");
    QStringList lines;
    for (const storage::DocumentGivenRecord& d : record.documents.mid(0, Shown)) {
        const QString when = QLocale().toString(d.givenAt.toLocalTime(), QLocale::ShortFormat);
        lines << u"• "_s
                + tr("%1, %2, by %3", "document, when, by whom").arg(documentKindText(d.kind), when, d.givenBy);
    }
    if (record.documents.size() > Shown)
        lines << tr("and %n earlier", nullptr, static_cast<int>(record.documents.size() - Shown));
    return lines.join(u'\n');
}

QString PatientDetailPane::fieldText(const QString& field) const
{
    if (m_stack->currentWidget() == m_message)
        return m_message->text();
    const auto* label = findChild<QLabel*>(field);
    return label ? label->text() : QString();
}

} // namespace np::app
