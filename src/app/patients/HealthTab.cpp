#include "HealthTab.h"

#include "FindingDialog.h"
#include "RecordTable.h"
#include "RecordText.h"
#include "TextTableModel.h"

#include "app/FormLabels.h"
#include "app/workspace/Workspace.h"
#include "services/ClinicalRecordService.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace np::app {

HealthTab::HealthTab(QWidget* parent)
    : QWidget(parent)
    , m_table(new RecordTable(findingHeaders(), tr("Health findings"), 1, this))
    , m_add(new QPushButton(tr("Add Findin&g…"), this))
    , m_correct(new QPushButton(tr("&Correct…"), this))
    , m_resolve(new QPushButton(tr("Mark Re&solved…"), this))
    , m_retract(new QPushButton(tr("Ret&ract…"), this))
    , m_history(new QPushButton(tr("Histor&y…"), this))
{
    // The finding's name may be long: a fair share, the rest in its tooltip; the effect gets the room.
    m_table->view()->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_table->view()->horizontalHeader()->resizeSection(0, fontMetrics().averageCharWidth() * 30);
    m_add->setToolTip(tr("Record a finding from the protocol catalogue"));
    m_correct->setToolTip(tr("Correct the selected finding; the earlier version stays in its history"));
    m_resolve->setToolTip(tr("Record when the selected finding ended (for a medicine: the last dose)"));
    m_retract->setToolTip(
        tr("Withdraw the selected finding entered in error, with the reason; it stays in its history"));
    m_history->setToolTip(tr("Every version of the selected finding, with who recorded it and when"));
    for (QPushButton* button : {m_add, m_correct, m_resolve, m_retract, m_history})
        button->setAccessibleName(plainLabelText(button->text()));
    auto* buttons = new QHBoxLayout;
    for (QPushButton* button : {m_add, m_correct, m_resolve, m_retract, m_history})
        buttons->addWidget(button);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, [this] { openForm(int(FindingDialog::Purpose::Add)); });
    connect(m_correct, &QPushButton::clicked, this, [this] { openForm(int(FindingDialog::Purpose::Correct)); });
    connect(m_resolve, &QPushButton::clicked, this, [this] { openForm(int(FindingDialog::Purpose::Resolve)); });
    connect(m_retract, &QPushButton::clicked, this, &HealthTab::retract);
    connect(m_history, &QPushButton::clicked, this, &HealthTab::showHistory);
    connect(
        m_table->view()->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &HealthTab::updateButtons);
    connect(m_table->view(), &QAbstractItemView::activated, this,
        [this] { openForm(int(FindingDialog::Purpose::Correct)); });
    updateButtons();
}

void HealthTab::showFindings(qint64 patientId, const QList<services::FindingStanding>& findings)
{
    const qint64 before = m_patientId == patientId ? m_table->currentId() : 0;
    m_patientId = patientId;
    m_findings = findings;
    m_table->model()->setRows(findingRows(findings));
    const qsizetype inEffect = std::ranges::count_if(findings, &services::FindingStanding::inEffect);
    m_table->setSummary(findings.isEmpty()
            ? tr("No health findings recorded. Add Finding records one from the "
                 "protocol catalogue.")
            : tr("%n finding(s) recorded, %1 in effect today.", nullptr, static_cast<int>(findings.size()))
                  .arg(inEffect));
    for (int row = 0; row < m_table->model()->rowCount(); ++row)
        if (before != 0 && m_table->model()->idAt(row) == before)
            m_table->view()->setCurrentIndex(m_table->model()->index(row, 0));
    updateButtons();
}

const services::FindingStanding* HealthTab::selected() const
{
    const qint64 id = m_table->currentId();
    for (const services::FindingStanding& f : m_findings)
        if (f.finding.id == id)
            return &f;
    return nullptr;
}

void HealthTab::updateButtons()
{
    const bool any = m_workspace && m_patientId != 0;
    const services::FindingStanding* f = selected();
    m_add->setEnabled(any);
    m_correct->setEnabled(any && f);
    m_resolve->setEnabled(any && f && !f->finding.until);
    m_retract->setEnabled(any && f);
    m_history->setEnabled(any && f);
}

void HealthTab::openForm(int purpose)
{
    const auto kind = static_cast<FindingDialog::Purpose>(purpose);
    const services::FindingStanding* f = selected();
    if (!m_workspace || m_patientId == 0 || m_dialog || (kind != FindingDialog::Purpose::Add && !f))
        return;
    auto* dialog = new FindingDialog(*m_workspace, m_patientId, kind,
        kind == FindingDialog::Purpose::Add ? std::nullopt : std::optional(f->finding), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, kind] {
        emit message(kind == FindingDialog::Purpose::Add ? tr("Finding recorded.") : tr("Finding corrected."));
        emit changed();
    });
    m_dialog = dialog;
    dialog->open();
}

void HealthTab::retract()
{
    const services::FindingStanding* f = selected();
    if (!m_workspace || !f || m_dialog)
        return;
    auto* ask = new QInputDialog(this);
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setWindowTitle(tr("Retract Finding"));
    ask->setLabelText(tr("Why is “%1” withdrawn? It stays in the history, marked as entered in error.").arg(f->name));
    ask->setTextValue(tr("Entered in error"));
    ask->setOkButtonText(tr("Retract"));
    const qint64 id = f->finding.id;
    const int version = f->finding.version;
    connect(ask, &QInputDialog::textValueSelected, this, [this, id, version](const QString& reason) {
        auto done = services::retractFinding(m_workspace->context(), id, version, reason.trimmed());
        emit message(done ? tr("Finding retracted.") : done.error().message);
        emit changed();
    });
    m_dialog = ask;
    ask->open();
}

void HealthTab::showHistory()
{
    const services::FindingStanding* f = selected();
    if (!m_workspace || !f || m_dialog)
        return;
    auto revisions = services::findingHistory(m_workspace->context(), f->finding.id);
    if (!revisions) {
        emit message(revisions.error().message);
        return;
    }
    auto* dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("History of %1").arg(f->name));
    auto* table = new RecordTable(historyHeaders(), tr("Revisions"), -1, dialog);
    table->model()->setRows(historyRows(m_workspace->catalogue(), *revisions));
    table->setSummary(tr("%n version(s), the first first.", nullptr, static_cast<int>(revisions->size())));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(table);
    layout->addWidget(buttons);
    dialog->resize(900, 320);
    m_dialog = dialog;
    dialog->open();
}

} // namespace np::app
