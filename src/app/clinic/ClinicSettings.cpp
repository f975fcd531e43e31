#include "ClinicSettings.h"

#include "app/Actions.h"

namespace np::app {

ClinicSettings::ClinicSettings(AppSettings& settings, ProtocolsDialog::Apply apply, QWidget* parent)
    : QObject(parent)
    , action(makeAction(this, tr("&Clinic…"), {},
          tr("The clinic's details, opening hours, practitioners, rooms, devices and closures")))
    , protocolsAction(makeAction(this, tr("&Protocols…"), {},
          tr("The protocol catalogue Needlepoint plans with: treatments, intervals, depths, contraindications")))
    , m_window(new WorkspaceWindow(
          action, parent,
          [this, &settings](const Workspace& workspace, QWidget* over) {
              auto* dialog = new ClinicSettingsDialog(workspace, settings, over);
              connect(dialog, &ClinicSettingsDialog::saved, this, &ClinicSettings::saved);
              return dialog;
          },
          this))
    , m_protocolsWindow(new WorkspaceWindow(
          protocolsAction, parent,
          [&settings, apply = std::move(apply)](const Workspace& workspace, QWidget* over) {
              return new ProtocolsDialog(workspace, settings, apply, over);
          },
          this))
{ }

} // namespace np::app
