#pragma once

#include "services/PatientRecordService.h"

#include <QDialog>
#include <QPointer>
#include <QWidget>

class QPushButton;

namespace np::app {

class FindingDialog;
class RecordTable;
class Workspace;

// The patient's health findings as they stand, each with its effect on treatment, and the ways to
// change them: Add, Correct, Mark Resolved (the end date), Retract (entered in error, with the
// reason) and History (every revision with who and when).
class HealthTab : public QWidget {
    Q_OBJECT
public:
    explicit HealthTab(QWidget* parent = nullptr);

    void setWorkspace(const Workspace* workspace) { m_workspace = workspace; }
    // Shows `findings` of `patientId` (0: none), keeping the selection.
    void showFindings(qint64 patientId, const QList<services::FindingStanding>& findings);

    [[nodiscard]] RecordTable* table() const { return m_table; }
    [[nodiscard]] QPushButton* addButton() const { return m_add; }
    [[nodiscard]] QPushButton* correctButton() const { return m_correct; }
    [[nodiscard]] QPushButton* resolveButton() const { return m_resolve; }
    [[nodiscard]] QPushButton* retractButton() const { return m_retract; }
    [[nodiscard]] QPushButton* historyButton() const { return m_history; }
    // The dialog open now (a finding form, the retraction's reason, the history); null when none.
    [[nodiscard]] QDialog* openDialog() const { return m_dialog; }

signals:
    // A finding was added, corrected, resolved or retracted: the record should be read again.
    void changed();
    void message(const QString& text);

private:
    void openForm(int purpose);
    void retract();
    void showHistory();
    void updateButtons();
    [[nodiscard]] const services::FindingStanding* selected() const;

    const Workspace* m_workspace = nullptr;
    qint64 m_patientId = 0;
    QList<services::FindingStanding> m_findings;
    RecordTable* m_table;
    QPushButton* m_add;
    QPushButton* m_correct;
    QPushButton* m_resolve;
    QPushButton* m_retract;
    QPushButton* m_history;
    QPointer<QDialog> m_dialog;
};

} // namespace np::app
