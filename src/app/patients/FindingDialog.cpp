#include "FindingDialog.h"

#include "DateInput.h"
#include "RecordText.h"
#include "ui_FindingDialog.h"

#include "app/CodeList.h"

#include "app/FormLabels.h"
#include "app/FormTeardown.h"
#include "app/workspace/Workspace.h"
#include "core/Catalogue.h"
#include "services/ClinicalRecordService.h"
#include "services/PatientRecordService.h"

#include <QCollator>
#include <QListWidget>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace np::app {

FindingDialog::FindingDialog(const Workspace& workspace, qint64 patientId, Purpose purpose,
    std::optional<storage::FindingRecord> corrected, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::FindingDialog>())
    , m_workspace(workspace)
    , m_patientId(patientId)
    , m_purpose(purpose)
    , m_corrected(std::move(corrected))
{
    m_ui->setupUi(this);
    setWindowTitle(purpose == Purpose::Add ? tr("Add Finding")
            : purpose == Purpose::Resolve  ? tr("Mark Finding Resolved")
                                           : tr("Correct Finding"));
    const Catalogue& catalogue = m_workspace.catalogue();
    // By name, as people look for them; the code stays the item's data.
    QList<const Contraindication*> rules;
    for (const Contraindication& rule : catalogue.contraindications)
        rules << &rule;
    QCollator collator;
    std::ranges::sort(
        rules, [&collator](const auto* a, const auto* b) { return collator.compare(a->name, b->name) < 0; });
    for (const Contraindication* rule : rules) {
        m_ui->code->addItem(rule->name, rule->code);
        m_ui->code->setItemData(m_ui->code->count() - 1, rule->message, Qt::ToolTipRole);
    }
    for (const Area& area : catalogue.areas)
        addCodeItem(*m_ui->areas, area.name, area.code);
    for (QLineEdit* date : {m_ui->since, m_ui->until})
        date->setPlaceholderText(dateInputHint());
    for (QLabel* label : {m_ui->effect, m_ui->formError})
        label->setTextFormat(Qt::PlainText);
    QPalette palette = m_ui->formError->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    m_ui->formError->setPalette(palette);
    m_ui->formError->hide();
    nameControlsByTheirLabels(*this);
    m_ui->effect->setAccessibleName(tr("Effect on treatment"));
    m_ui->formError->setAccessibleName(tr("Problem saving"));
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setAccessibleName(tr("Save"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));

    if (m_corrected)
        fill(*m_corrected);
    if (purpose == Purpose::Resolve) {
        if (m_ui->until->text().isEmpty())
            m_ui->until->setText(formatDateInput(m_workspace.today()));
        m_ui->until->setFocus();
        m_ui->until->selectAll();
    } else {
        m_ui->code->setFocus();
    }
    connect(m_ui->code, &QComboBox::currentIndexChanged, this, &FindingDialog::showEffect);
    connect(m_ui->areas, &QListWidget::itemChanged, this, &FindingDialog::showEffect);
    connect(m_ui->since, &QLineEdit::textChanged, this, &FindingDialog::showEffect);
    connect(m_ui->until, &QLineEdit::textChanged, this, &FindingDialog::showEffect);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &FindingDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &FindingDialog::reject);
    showEffect();
}

FindingDialog::~FindingDialog()
{
    disconnectChildren(*this);
}

void FindingDialog::fill(const storage::FindingRecord& f)
{
    if (const int index = m_ui->code->findData(f.code); index >= 0)
        m_ui->code->setCurrentIndex(index);
    else // a code the catalogue in use no longer has: kept as it is
        m_ui->code->addItem(f.code, f.code), m_ui->code->setCurrentIndex(m_ui->code->count() - 1);
    setCheckedCodes(*m_ui->areas, f.areas);
    m_ui->since->setText(f.since ? formatDateInput(*f.since) : QString());
    m_ui->until->setText(f.until ? formatDateInput(*f.until) : QString());
    m_ui->note->setPlainText(f.note);
}

storage::FindingRecord FindingDialog::finding() const
{
    storage::FindingRecord f = m_corrected.value_or(storage::FindingRecord {});
    f.patientId = m_patientId;
    f.code = m_ui->code->currentData().toString();
    f.areas = checkedCodes(*m_ui->areas);
    f.since = dateInField(m_ui->since->text());
    f.until = dateInField(m_ui->until->text());
    f.note = m_ui->note->toPlainText().trimmed();
    return f;
}

void FindingDialog::showEffect()
{
    const services::FindingStanding standing
        = services::findingStanding(m_workspace.catalogue(), finding(), m_workspace.today());
    m_ui->effect->setText(tr("Effect: %1.").arg(findingEffectText(standing)));
}

void FindingDialog::showError(const QString& text)
{
    m_ui->formError->setText(text);
    m_ui->formError->setVisible(!text.isEmpty());
}

void FindingDialog::accept()
{
    // The dates first: a text that is not a date is never taken for "not known".
    for (const auto& [edit, name] : {std::pair {m_ui->since, tr("Since")}, std::pair {m_ui->until, tr("Until")}})
        if (const auto date = parseDateInput(edit->text()); !date) {
            showError(tr("%1: %2", "field: problem").arg(name, date.error()));
            edit->setFocus();
            return;
        }
    const storage::FindingRecord f = finding();
    if (f.since && f.until && *f.until < *f.since) {
        showError(tr("Until: the end is before the start"));
        m_ui->until->setFocus();
        return;
    }
    const services::UseCaseContext ctx = m_workspace.context();
    auto saved = m_corrected ? services::correctFinding(ctx, f) : services::addFinding(ctx, f);
    if (!saved) {
        showError(saved.error().isConflict()
                ? tr("Someone else changed this finding while this form was open, so nothing was saved. Cancel and "
                     "open it again to see the change.")
                : saved.error().message);
        return;
    }
    showError({});
    QDialog::accept();
}

QString FindingDialog::message(const QString& where) const
{
    const QLabel* label = where == u"effect"_s ? m_ui->effect : m_ui->formError;
    return label->isHidden() ? QString() : label->text();
}

} // namespace np::app
