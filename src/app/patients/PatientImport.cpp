#include "PatientImport.h"

#include "PatientImportDialog.h"

#include "app/Actions.h"

namespace np::app {

PatientImport::PatientImport(WorkspaceTasks& tasks, QWidget* parent)
    : QObject(parent)
    , action(makeAction(this, tr("&Import Patients…"), {},
          tr("Add or update patients from a spreadsheet file (CSV), after seeing what it would change")))
    , m_tasks(tasks)
    , m_parent(parent)
{
    action->setEnabled(false);
    connect(action, &QAction::triggered, this, &PatientImport::openDialog);
}

void PatientImport::setWorkspace(const Workspace* workspace)
{
    // The window works on the database it was opened for: it goes with it.
    delete m_dialog;
    m_workspace = workspace;
    action->setEnabled(workspace != nullptr);
}

void PatientImport::openDialog()
{
    if (!m_workspace)
        return;
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    m_dialog = new PatientImportDialog(*m_workspace, m_tasks, m_parent);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The dialog's own summary ("Imported: 2 patients added, 0 updated.") in the status bar too.
    connect(m_dialog, &PatientImportDialog::imported, this, [this] { emit imported(m_dialog->summary()); });
    m_dialog->open();
}

} // namespace np::app
