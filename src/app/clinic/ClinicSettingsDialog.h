#pragma once

#include "ClinicDraft.h"

#include "core/ClinicSetup.h"
#include "services/ClinicSetupService.h"

#include <QByteArray>
#include <QDialog>
#include <QMessageBox>
#include <QPointer>

#include <memory>
#include <optional>

class QTabWidget;

namespace Ui {
class ClinicSettingsDialog;
}

namespace np::app {

class AppSettings;
class ClinicDetailsPage;
class ClinicSetupPage;
class SetupListPage;
class Workspace;

// Settings > Clinic…: the clinic's set-up, on the pages of the first-run wizard, edited after the
// clinic has started. Save checks it as `needlepoint-cli clinic load` does (problems at the field),
// then names the appointments already booked that the change would leave outside the clinic's
// hours, rooms, devices or team, and saves only when the user says so. A clinic's set-up file can
// be imported into the pages and the pages exported to one. The paper size is this computer's.
class ClinicSettingsDialog : public QDialog {
    Q_OBJECT
public:
    ClinicSettingsDialog(const Workspace& workspace, AppSettings& settings, QWidget* parent = nullptr);
    ~ClinicSettingsDialog() override;

    // The set-up as saved now, shown again: what was changed here is dropped.
    void reload();
    // The pages filled from the clinic's set-up file at `path`, checked as `clinic load` checks
    // it: a file with problems changes nothing and each is named. Saved only by save().
    bool importFile(const QString& path);
    // The set-up shown, when it passes the checks, written to `path` (its logo beside it).
    bool exportFile(const QString& path);
    // Checks the pages and saves them; appointments the change breaks are named first (question()).
    void save();
    // Close asks first when a change made here is not saved (question()).
    void reject() override;

    [[nodiscard]] QTabWidget* pages() const;
    [[nodiscard]] ClinicSetupPage* page(int index) const { return m_pages.value(index); }
    [[nodiscard]] QString status() const;
    // The question about the appointments a change breaks, while it is open; null otherwise.
    [[nodiscard]] QMessageBox* question() const { return m_question; }

signals:
    // The set-up was saved: `message` says so in the user's words.
    void saved(const QString& message);

private:
    void readPagesBeforeButtons();
    // The pages show `draft`; `asSaved`: it is what the database holds (nothing changed here).
    void showDraft(const ClinicDraft& draft, bool asSaved);
    [[nodiscard]] ClinicDraft draft() const;
    [[nodiscard]] QJsonObject draftJson() const;
    // The pages' set-up, checked; nullopt when a page has problems (shown, the first such page current).
    [[nodiscard]] std::optional<ClinicSetup> checkedSetup();
    void store(const ClinicSetup& setup, services::BrokenAppointments broken);
    void ask(const ClinicSetup& setup, const QList<services::BrokenAppointment>& broken);
    void setStatus(const QString& text);
    void chooseImport();
    void chooseExport();

    const Workspace& m_workspace;
    AppSettings& m_settings;
    std::unique_ptr<Ui::ClinicSettingsDialog> m_ui;
    ClinicDetailsPage* m_details;
    QList<ClinicSetupPage*> m_pages;
    QJsonObject m_base; // what the pages do not edit, from the set-up shown (ClinicDraft::base)
    QJsonObject m_saved; // the pages' set-up file as last read or saved: other means changed here
    std::optional<int> m_version; // the saved set-up's; none before the first
    QByteArray m_logo; // the bytes of the logo the set-up names
    QPointer<QMessageBox> m_question;
};

} // namespace np::app
