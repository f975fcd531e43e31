#include "PatientExport.h"

#include "app/Actions.h"
#include "app/workspace/WorkspaceTasks.h"
#include "services/PatientService.h"

#include <QDir>
#include <QFileDialog>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace np::app {

PatientExport::PatientExport(WorkspaceTasks& tasks, QWidget* parent)
    : QObject(parent)
    , action(makeAction(this, tr("&Export Patients…"), {},
          tr("Save every patient, archived ones too, as a spreadsheet file (CSV) the import reads back")))
    , m_tasks(tasks)
    , m_parent(parent)
{
    action->setEnabled(false);
    connect(action, &QAction::triggered, this, &PatientExport::chooseFile);
}

void PatientExport::setWorkspace(const Workspace* workspace)
{
    m_workspace = workspace;
    action->setEnabled(workspace && !m_busy);
}

void PatientExport::chooseFile()
{
    if (!m_workspace)
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested
        = QDir(folder).filePath(tr("patients-%1.csv").arg(m_workspace->today().toString(Qt::ISODate)));
    const QString path = QFileDialog::getSaveFileName(
        m_parent, tr("Export Patients"), suggested, tr("Spreadsheet files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        exportTo(path);
}

void PatientExport::exportTo(const QString& path)
{
    if (!m_workspace || m_busy)
        return;
    m_busy = true;
    action->setEnabled(false);
    emit started();
    m_tasks.run<qsizetype>(
        *m_workspace, this, [path](const services::UseCaseContext& ctx) { return services::exportPatients(ctx, path); },
        [this, path](services::Outcome<qsizetype> written) {
            m_busy = false;
            action->setEnabled(m_workspace != nullptr);
            const QString shown = QDir::toNativeSeparators(path);
            if (written)
                emit finished(
                    true, tr("%n patient(s) exported to %1.", nullptr, static_cast<int>(*written)).arg(shown));
            else
                emit finished(false, tr("The patients were not exported: %1").arg(written.error().message));
        });
}

} // namespace np::app
