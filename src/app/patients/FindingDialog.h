#pragma once

#include "storage/FindingRepository.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class FindingDialog;
}

namespace np::app {

class Workspace;

// A health finding of one patient: which one (the catalogue's contraindications, by name), the areas
// it concerns, since and until when, and a note; the effect it will have on treatment is shown as it
// is chosen. Adds a new finding, or saves a correction of `corrected` as its next revision (the old
// one kept in the history). A revision corrected meanwhile by someone else is refused.
class FindingDialog : public QDialog {
    Q_OBJECT
public:
    enum class Purpose { Add, Correct, Resolve };

    // Add: a new finding of `patientId`. Correct and Resolve: `corrected` as read (Resolve fills in
    // today as the end and puts the cursor there).
    FindingDialog(const Workspace& workspace, qint64 patientId, Purpose purpose,
        std::optional<storage::FindingRecord> corrected = std::nullopt, QWidget* parent = nullptr);
    ~FindingDialog() override;

    // The fields as a finding (dates the fields do not hold are left out).
    [[nodiscard]] storage::FindingRecord finding() const;
    // The message above the buttons, or the effect line ("effect"); empty when none (tests).
    [[nodiscard]] QString message(const QString& where = QStringLiteral("form")) const;

    void accept() override;

private:
    void fill(const storage::FindingRecord& finding);
    void showEffect();
    void showError(const QString& text);

    std::unique_ptr<Ui::FindingDialog> m_ui;
    const Workspace& m_workspace;
    qint64 m_patientId;
    Purpose m_purpose;
    std::optional<storage::FindingRecord> m_corrected;
};

} // namespace np::app
