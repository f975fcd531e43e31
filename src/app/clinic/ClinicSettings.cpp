#include "ClinicSettings.h"

#include "app/Actions.h"

namespace np::app {

ClinicSettings::ClinicSettings(AppSettings& settings, QWidget* parent)
    : QObject(parent)
    , action(makeAction(this, tr("&Clinic…"), {},
          tr("The clinic's details, opening hours, practitioners, rooms, devices and closures")))
    , m_window(new WorkspaceWindow(
          action, parent,
          [this, &settings](const Workspace& workspace, QWidget* over) {
              auto* dialog = new ClinicSettingsDialog(workspace, settings, over);
              connect(dialog, &ClinicSettingsDialog::saved, this, &ClinicSettings::saved);
              return dialog;
          },
          this))
{ }

} // namespace np::app
