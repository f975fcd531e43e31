#include "PatientImport.h"

#include "PatientImportDialog.h"

#include "app/Actions.h"

namespace np::app {

PatientImport::PatientImport(WorkspaceTasks& tasks, QWidget* parent)
    : QObject(parent)
    , action(makeAction(this, tr("&Import Patients…"), {},
          tr("Add or update patients from a spreadsheet file (CSV), after seeing what it would change")))
    , m_window(new WorkspaceWindow(
          action, parent,
          [this, &tasks](const Workspace& workspace, QWidget* over) {
              auto* dialog = new PatientImportDialog(workspace, tasks, over);
              // The window's own summary ("Imported: 2 patients added, 0 updated.") in the status bar too.
              connect(
                  dialog, &PatientImportDialog::imported, this, [this, dialog] { emit imported(dialog->summary()); });
              return dialog;
          },
          this))
{ }

} // namespace np::app
