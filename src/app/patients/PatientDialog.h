#pragma once

#include "storage/PatientRepository.h"

#include <QDialog>
#include <QHash>
#include <QSet>

#include <memory>
#include <optional>

class QLabel;
class QWidget;

namespace Ui {
class PatientDialog;
}

namespace np::app {

class Workspace;

// The form for a new patient or a patient's details: every field the database holds, checked at
// the field by the rules the CLI and a CSV import apply (services::checkPatient) as each field is
// left and again on Save. A likely duplicate (same name and birth date, email or phone) is shown
// above the form as the fields are left, and Save stops at it once, becoming Save Anyway; Open
// Existing Patient goes to the one already recorded instead. A record changed meanwhile by someone else is refused,
// never merged.
class PatientDialog : public QDialog {
    Q_OBJECT
public:
    // A new patient when `existing` is empty; else `existing`, as read, to be corrected.
    PatientDialog(const Workspace& workspace, std::optional<storage::PatientRecord> existing = std::nullopt,
        QWidget* parent = nullptr);
    ~PatientDialog() override;

    // The fields as a record (the id and version of the patient edited; an invalid birth date when
    // the field does not hold one).
    [[nodiscard]] storage::PatientRecord record() const;
    // The patient saved; 0 until Save succeeded.
    [[nodiscard]] qint64 savedPatientId() const { return m_savedId; }

    // What the form says at the field of `column` ("birth_date", "email"; see validatePatient),
    // above the form ("form"), or about a likely duplicate ("duplicate"); empty when nothing.
    [[nodiscard]] QString message(const QString& where) const;

    void accept() override;

signals:
    // The user chose to go to the patient already recorded instead.
    void openExistingRequested(qint64 patientId);

private:
    void fill(const storage::PatientRecord& patient);
    void addErrorLabels();
    void nameControls();
    void connectChecks();
    void fieldLeft(const QString& column);
    // Shows the problems of the fields touched (all of them when `all`); whether there were none.
    bool check(bool all);
    void showFieldError(const QString& column, const QString& text);
    void showAge();
    // Looks for a likely duplicate and shows it; whether one is shown.
    bool checkDuplicate();
    [[nodiscard]] bool identityChanged() const;
    bool save();
    void showSaveError(const QString& text);

    [[nodiscard]] QWidget* field(const QString& column) const;
    [[nodiscard]] QString fieldName(const QString& column) const;

    std::unique_ptr<Ui::PatientDialog> m_ui;
    const Workspace& m_workspace;
    std::optional<storage::PatientRecord> m_existing;
    QHash<QString, QLabel*> m_errors; // by column
    QSet<QString> m_touched;
    qint64 m_duplicateShown = 0; // the patient the banner names
    qint64 m_duplicateConfirmed = 0; // the duplicate Save stopped at once: the next Save saves
    qint64 m_savedId = 0;
};

} // namespace np::app
