#pragma once

#include "core/Catalogue.h"

#include <QDialog>

#include <expected>
#include <functional>
#include <memory>

class QTextBrowser;

namespace Ui {
class ProtocolsDialog;
}

namespace np::app {

class AppSettings;
class Workspace;

// Settings > Protocols…: the protocol catalogue this computer plans with, to read (treatments,
// intervals, depths, contraindications with their effects), and replaced by the clinic's own file
// (checked whole first, every problem named with its file and line) or the built-in one again.
class ProtocolsDialog : public QDialog {
    Q_OBJECT
public:
    // Puts `catalogue` in use (read from `file`; empty: the built-in one); why not, when it cannot.
    using Apply
        = std::function<std::expected<void, QString>(std::unique_ptr<const Catalogue> catalogue, const QString& file)>;

    ProtocolsDialog(const Workspace& workspace, const AppSettings& settings, Apply apply, QWidget* parent = nullptr);
    ~ProtocolsDialog() override;

    // Plans with the catalogue at `path` from now on, when it passes the checks.
    bool useFile(const QString& path);
    // Plans with the built-in catalogue from now on.
    bool useBuiltIn();

    [[nodiscard]] QString source() const;
    [[nodiscard]] QString status() const;
    [[nodiscard]] QTextBrowser* catalogueText() const;

private:
    void showCatalogue();
    bool apply(std::unique_ptr<const Catalogue> catalogue, const QString& file);
    void chooseFile();

    const Workspace& m_workspace;
    const AppSettings& m_settings;
    Apply m_apply;
    std::unique_ptr<Ui::ProtocolsDialog> m_ui;
};

} // namespace np::app
