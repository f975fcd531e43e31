#pragma once

#include "SettingsValidation.h"

#include <QDialog>

#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace np::app {

class AppSettings;

// Settings > This Computer…: the database file, the backup folder and how many daily backups to keep; the
// clinic's templates folder and the paper size for printing.
// OK checks the values (validateSettings) and shows what is wrong in the dialog, or saves them.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(AppSettings& settings, QWidget* parent = nullptr);
    ~SettingsDialog() override;

    [[nodiscard]] SettingsValues values() const;
    void setValues(const SettingsValues& values);
    // The problem shown after a refused OK; empty when none.
    [[nodiscard]] QString error() const;

    void accept() override;

private:
    void browseDatabase();
    void browseBackupFolder();
    void browseTemplatesFolder();

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    AppSettings& m_settings;
};

} // namespace np::app
