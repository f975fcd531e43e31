#include "PatientImportDialog.h"

#include "ImportPreview.h"
#include "RecordTable.h"
#include "TextTableModel.h"
#include "ui_PatientImportDialog.h"

#include "app/FormLabels.h"
#include "app/workspace/WorkspaceTasks.h"
#include "services/PatientService.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QSignalBlocker>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace np::app {
namespace {

// The separator a header line most likely uses: the one of comma, semicolon and tab it holds most
// of outside quotes (a comma when none).
char likelySeparator(QByteArrayView line)
{
    int counts[3] = {0, 0, 0};
    bool quoted = false;
    for (char c : line) {
        if (c == '"')
            quoted = !quoted;
        else if (!quoted)
            counts[0] += c == ',', counts[1] += c == ';', counts[2] += c == '\t';
    }
    if (counts[1] > counts[0] && counts[1] >= counts[2])
        return ';';
    if (counts[2] > counts[0] && counts[2] > counts[1])
        return '\t';
    return ',';
}

} // namespace

PatientImportDialog::PatientImportDialog(const Workspace& workspace, WorkspaceTasks& tasks, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PatientImportDialog>())
    , m_workspace(workspace)
    , m_tasks(tasks)
    , m_model(new TextTableModel(importPreviewHeaders(), this))
{
    m_ui->setupUi(this);
    m_ui->dateOrder->addItem(tr("Not accepted: only 1990-06-05"), int(storage::DateOrder::Iso));
    m_ui->dateOrder->addItem(tr("Day/month/year (5 June)"), int(storage::DateOrder::Eu));
    m_ui->dateOrder->addItem(tr("Month/day/year (May 6)"), int(storage::DateOrder::Us));
    m_ui->separator->addItem(tr("Comma (,)"), int(','));
    m_ui->separator->addItem(tr("Semicolon (;)"), int(';'));
    m_ui->separator->addItem(tr("Tab"), int('\t'));
    m_ui->preview->setModel(m_model);
    RecordTable::configure(m_ui->preview, 3);
    // A problem is often longer than its cell: the row selected is shown whole under the table.
    connect(m_ui->preview->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex& current) { showRowDetail(current.row()); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { showRowDetail(-1); });
    m_ui->progress->setRange(0, 0);

    nameControlsByTheirLabels(*this);
    m_ui->ignoreUnknown->setAccessibleName(plainLabelText(m_ui->ignoreUnknown->text()));
    m_ui->summary->setAccessibleName(tr("Outcome"));
    m_ui->rowDetail->setAccessibleName(tr("Row selected"));
    m_ui->preview->setAccessibleName(tr("Rows of the file"));
    m_ui->stage->setAccessibleName(tr("Working on"));
    m_ui->progress->setAccessibleName(tr("Progress"));
    for (QPushButton* button : {m_ui->choose, m_ui->stop, m_ui->columns, m_ui->checkAgain, m_ui->import, m_ui->close})
        button->setAccessibleName(plainLabelText(button->text()));
    m_ui->close->setAutoDefault(false);
    m_ui->import->setDefault(true);

    connect(m_ui->choose, &QPushButton::clicked, this, &PatientImportDialog::chooseFile);
    connect(m_ui->checkAgain, &QPushButton::clicked, this, &PatientImportDialog::check);
    connect(m_ui->import, &QPushButton::clicked, this, &PatientImportDialog::import);
    connect(m_ui->stop, &QPushButton::clicked, this, &PatientImportDialog::stop);
    connect(m_ui->close, &QPushButton::clicked, this, &PatientImportDialog::reject);
    connect(m_ui->columns, &QPushButton::clicked, this, &PatientImportDialog::showAcceptedColumns);
    for (QComboBox* combo : {m_ui->dateOrder, m_ui->separator})
        connect(combo, &QComboBox::currentIndexChanged, this, &PatientImportDialog::check);
    connect(m_ui->ignoreUnknown, &QCheckBox::toggled, this, &PatientImportDialog::check);

    setWorking(false);
    m_ui->summary->setText(tr("Choose the spreadsheet file (CSV) to import. Nothing is imported before you have "
                              "seen what it would add and change."));
}

PatientImportDialog::~PatientImportDialog()
{
    // The task reports to this window: stop it and let it end first.
    stop();
    m_tasks.waitFor(this);
}

storage::CsvImportOptions PatientImportDialog::options() const
{
    storage::CsvImportOptions options;
    options.dateOrder = static_cast<storage::DateOrder>(m_ui->dateOrder->currentData().toInt());
    options.separator = static_cast<char>(m_ui->separator->currentData().toInt());
    options.ignoreUnknownColumns = m_ui->ignoreUnknown->isChecked();
    options.today = m_workspace.today();
    options.hints = importWindowHints();
    return options;
}

bool PatientImportDialog::canImport() const
{
    return m_importable && !m_working;
}

QString PatientImportDialog::summary() const
{
    return m_ui->summary->text();
}

void PatientImportDialog::chooseFile()
{
    const QString folder = m_path.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                                            : QFileInfo(m_path).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import Patients"), folder, tr("Spreadsheet files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

void PatientImportDialog::setFile(const QString& path)
{
    m_path = path;
    m_ui->file->setText(QDir::toNativeSeparators(path));
    // Spreadsheets in many European locales separate with semicolons: the first line says which.
    // A wrong guess only costs a refusal naming the separator; the user can change it.
    if (auto head = services::readPatientFile(m_workspace.context(), path, 64 * 1024)) {
        const QSignalBlocker quiet(m_ui->separator);
        const QByteArray firstLine = head->left(head->indexOf('\n'));
        m_ui->separator->setCurrentIndex(m_ui->separator->findData(int(likelySeparator(firstLine))));
    }
    check();
}

void PatientImportDialog::check()
{
    run(true);
}

void PatientImportDialog::import()
{
    if (canImport())
        run(false);
}

void PatientImportDialog::stop()
{
    if (m_stop)
        *m_stop = true;
}

void PatientImportDialog::reject()
{
    if (m_working) { // Escape while working stops the work, as a progress window does
        stop();
        return;
    }
    QDialog::reject();
}

void PatientImportDialog::showAcceptedColumns()
{
    auto* box = new QMessageBox(
        QMessageBox::Information, tr("Accepted Columns"), acceptedColumnsText(), QMessageBox::Close, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void PatientImportDialog::run(bool dryRun)
{
    if (m_path.isEmpty() || m_working)
        return;
    m_model->setRows({});
    m_importable = false;
    auto stopFlag = std::make_shared<std::atomic_bool>(false);
    m_stop = stopFlag;
    storage::CsvImportOptions options = this->options();
    // Told on the import's thread; shown on this one (queued events die with the window, and the
    // window waits for the task before it goes).
    options.progress = [this, stopFlag](storage::CsvStage stage, qsizetype done, qsizetype total) {
        QMetaObject::invokeMethod(
            this, [this, stage, done, total] { showProgress(stage, done, total); }, Qt::QueuedConnection);
        return !stopFlag->load();
    };
    setWorking(true);
    showProgress(storage::CsvStage::Reading, 0, 0);
    m_tasks.run<storage::CsvImportReport>(
        m_workspace, this,
        [path = QDir::toNativeSeparators(m_path), options, dryRun](
            const services::UseCaseContext& ctx) { return services::importPatientFile(ctx, path, options, dryRun); },
        [this](services::Outcome<storage::CsvImportReport> report) {
            m_working = false;
            if (report)
                showReport(*report);
            else
                showFailure(report.error().message);
            setWorking(false);
            emit finishedWork();
        });
}

void PatientImportDialog::showProgress(storage::CsvStage stage, qsizetype done, qsizetype total)
{
    if (!m_working)
        return;
    switch (stage) {
    case storage::CsvStage::Reading:
        m_ui->stage->setText(tr("Reading the file…"));
        break;
    case storage::CsvStage::Checking:
        m_ui->stage->setText(tr("Comparing with the patients already recorded…"));
        break;
    case storage::CsvStage::Writing:
        m_ui->stage->setText(tr("Writing the patients…"));
        break;
    }
    // Rows do not fit an int past two billion; per mille does.
    m_ui->progress->setRange(0, total > 0 ? 1000 : 0);
    if (total > 0)
        m_ui->progress->setValue(static_cast<int>(done * 1000 / total));
}

void PatientImportDialog::showRowDetail(int row)
{
    const auto& rows = m_model->rows();
    if (row < 0 || row >= rows.size()) {
        m_ui->rowDetail->setText(rows.isEmpty() ? QString() : tr("Select a row to read it whole here."));
        return;
    }
    const QStringList& cells = rows[row].cells;
    QStringList parts {tr("Row %1").arg(cells.value(0)), cells.value(1)};
    for (const QString& cell : {cells.value(2), cells.value(3)})
        if (!cell.isEmpty())
            parts << cell;
    m_ui->rowDetail->setText(parts.join(u" · "_s));
}

void PatientImportDialog::showReport(const storage::CsvImportReport& report)
{
    const ImportPreview preview = importPreview(report);
    m_model->setRows(preview.rows);
    m_ui->preview->resizeColumnsToContents();
    if (!preview.rows.isEmpty()) // the first row, often the first problem, read whole at once
        m_ui->preview->setCurrentIndex(m_model->index(0, 0));
    m_ui->summary->setText(preview.summary);
    m_importable = preview.importable;
    m_ui->import->setEnabled(canImport());
    if (!report.dryRun && !report.cancelled && report.ok()) {
        const auto changed = std::ranges::count_if(report.updates, [](const auto& u) { return !u.fields.isEmpty(); });
        emit imported(static_cast<int>(report.ids.size()), static_cast<int>(changed));
    }
}

void PatientImportDialog::showFailure(const QString& message)
{
    m_ui->summary->setText(tr("Nothing was imported: %1").arg(message));
    m_importable = false;
    m_ui->import->setEnabled(false);
}

void PatientImportDialog::setWorking(bool working)
{
    m_working = working;
    for (QWidget* input : std::initializer_list<QWidget*> {
             m_ui->choose, m_ui->dateOrder, m_ui->separator, m_ui->ignoreUnknown, m_ui->checkAgain, m_ui->columns})
        input->setEnabled(!working);
    m_ui->checkAgain->setEnabled(!working && !m_path.isEmpty());
    m_ui->import->setEnabled(canImport());
    m_ui->close->setEnabled(!working);
    m_ui->stage->setVisible(working);
    m_ui->progress->setVisible(working);
    m_ui->stop->setVisible(working);
    if (working)
        m_ui->stop->setFocus();
    else if (m_ui->import->isEnabled())
        m_ui->import->setFocus();
    else
        m_ui->checkAgain->setFocus();
}

} // namespace np::app
