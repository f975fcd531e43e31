#include "PatientDetailPane.h"

#include "PatientText.h"

#include "app/workspace/Workspace.h"
#include "core/Catalogue.h"
#include "services/ClinicalRecordService.h"
#include "services/PatientService.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace np::app {

PatientDetailPane::PatientDetailPane(QWidget* parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_message(new QLabel(this))
    , m_title(new QLabel(this))
    , m_form(new QFormLayout)
{
    setMinimumWidth(300);
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

    auto* details = new QWidget;
    auto* detailsLayout = new QVBoxLayout(details);
    detailsLayout->addWidget(m_title);
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
    m_stack->addWidget(m_message);
    m_stack->addWidget(scroll);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    showPatient(0);
}

QLabel* PatientDetailPane::addField(const QString& name, const QString& label)
{
    auto* value = new QLabel;
    value->setObjectName(name);
    value->setWordWrap(true);
    value->setTextFormat(Qt::PlainText);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_form->addRow(label, value);
    return value;
}

void PatientDetailPane::setWorkspace(const Workspace* workspace)
{
    m_workspace = workspace;
    showPatient(0);
}

void PatientDetailPane::showPatient(qint64 id)
{
    m_patientId = id;
    if (id == 0 || !m_workspace) {
        m_patientId = 0;
        showMessage(tr("Search for a patient and select them to see their details here."));
        return;
    }
    auto patient = services::patient(m_workspace->context(), id);
    if (!patient) {
        showMessage(patient.error().message);
        return;
    }
    showRecord(*patient);
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

void PatientDetailPane::showRecord(const storage::PatientRecord& patient)
{
    QString title = patientDisplayName(patient.familyName, patient.givenNames);
    if (patient.archived)
        title = tr("%1 (archived)").arg(title);
    m_title->setText(title);

    auto set = [this](const QString& name, const QString& text) {
        auto* label = findChild<QLabel*>(name);
        label->setText(text);
        const bool shown = !text.isEmpty();
        m_form->setRowVisible(label, shown);
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
    set(u"findings"_s, findingsText(patient.id));
    set(u"notes"_s, patient.notes);
    set(u"documents"_s, documentsText(patient.id));
    m_stack->setCurrentIndex(1);
}

QString PatientDetailPane::findingsText(qint64 patientId) const
{
    const Catalogue& catalogue = m_workspace->catalogue();
    auto findings = services::currentFindings(m_workspace->context(), patientId);
    if (!findings)
        return findings.error().message;
    if (findings->isEmpty())
        return tr("None recorded");
    QStringList lines;
    for (const storage::FindingRecord& f : *findings) {
        const Contraindication* rule = catalogue.contraindication(f.code);
        QString line = rule ? rule->name : f.code;
        QStringList areas;
        for (const QString& code : f.areas) {
            const Area* area = catalogue.area(code);
            areas << (area ? area->name : code);
        }
        if (!areas.isEmpty())
            line = tr("%1 (%2)", "finding (areas)").arg(line, areas.join(u", "_s));
        if (f.since && f.until)
            line = tr("%1, %2 to %3").arg(line, displayDate(*f.since), displayDate(*f.until));
        else if (f.since)
            line = tr("%1, since %2").arg(line, displayDate(*f.since));
        else if (f.until)
            line = tr("%1, until %2").arg(line, displayDate(*f.until));
        lines << u"• "_s + line;
    }
    return lines.join(u'\n');
}

QString PatientDetailPane::documentsText(qint64 patientId) const
{
    constexpr qsizetype Shown = 5;
    auto given = services::documentsGiven(m_workspace->context(), patientId);
    if (!given)
        return given.error().message;
    if (given->isEmpty())
        return tr("None yet");
    QStringList lines;
    for (const storage::DocumentGivenRecord& d : given->mid(0, Shown)) {
        const QString when = QLocale().toString(d.givenAt.toLocalTime(), QLocale::ShortFormat);
        lines << u"• "_s
                + tr("%1, %2, by %3", "document, when, by whom").arg(documentKindText(d.kind), when, d.givenBy);
    }
    if (given->size() > Shown)
        lines << tr("and %n earlier", nullptr, static_cast<int>(given->size() - Shown));
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
