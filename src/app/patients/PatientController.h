#pragma once

#include "storage/PatientRepository.h"

#include <QObject>
#include <QPointer>

#include <optional>

class QAction;
class QMenu;
class QWidget;

namespace np::app {

class ChangeHistory;

class NewSeriesDialog;
class PatientDialog;
class Workspace;

// The Patient menu: New Patient (Ctrl+N), Edit Patient (Ctrl+E), New Series (Ctrl+L, plan and book
// a treatment series), Archive and Restore Patient, on the patient selected. Opens the patient form and archives or
// restores through the services; says what changed so the search and the details can show it.
class PatientController : public QObject {
    Q_OBJECT
public:
    explicit PatientController(QWidget* parent);

    // The workspace changed through; null: none open (everything disabled).
    void setWorkspace(const Workspace* workspace);
    // The patient selected; 0: none.
    void setPatient(qint64 patientId);
    // Where a series booked is kept for Edit > Undo (none: not kept).
    void setHistory(ChangeHistory* history) { m_history = history; }

    // The Patient menu, filled, for `parent`'s menu bar.
    [[nodiscard]] QMenu* createMenu(QWidget* parent) const;

    // The patient form open now (tests); null when none.
    [[nodiscard]] PatientDialog* dialog() const;
    // The new series dialog open now (tests); null when none.
    [[nodiscard]] NewSeriesDialog* seriesDialog() const;

    QAction* const newPatient;
    QAction* const editPatient;
    QAction* const newSeries;
    QAction* const archivePatient;
    QAction* const restorePatient;

signals:
    // Patient `id`'s details changed (edited, archived, restored).
    void patientChanged(qint64 id);
    // The search should show patient `id`, found by `text` (a patient just added, or an existing
    // one the user chose over a duplicate).
    void showPatientRequested(qint64 id, const QString& text, bool archived);
    // What the status bar should say.
    void message(const QString& text);
    // Print a new series' consent form, the pre-care sheet of its first appointment and its card.
    void seriesPrintRequested(qint64 patientId, qint64 seriesId, qint64 firstAppointmentId);

private:
    void openNew();
    void openEdit();
    void openForm(std::optional<storage::PatientRecord> existing);
    void openNewSeries();
    // Archives the patient selected, asking first when they still have appointments booked.
    void archive();
    void setArchived(bool archived);
    void updateActions();

    QWidget* m_parent;
    ChangeHistory* m_history = nullptr;
    const Workspace* m_workspace = nullptr;
    qint64 m_patientId = 0;
    std::optional<storage::PatientRecord> m_patient; // as read when selected
    QPointer<PatientDialog> m_dialog;
    QPointer<NewSeriesDialog> m_seriesDialog;
};

} // namespace np::app
