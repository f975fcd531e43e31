#pragma once

#include <QTimer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace np::app {

class PatientSearchModel;
class Workspace;

// The patient search: a box searched as you type (after a short pause), an "Include archived"
// toggle and the results. Down in the box moves to the results, Up on the first result moves
// back; Enter in the box picks the first result, Enter on a result picks it.
class PatientSearchPanel : public QWidget {
    Q_OBJECT
public:
    static constexpr int DebounceMs = 150;

    explicit PatientSearchPanel(QWidget* parent = nullptr);

    void setWorkspace(const Workspace* workspace);
    // Focuses the search box with its text selected (Edit > Find patient).
    void focusSearch();
    // Runs a search that is waiting for the typing pause now.
    void searchNow();
    // Searches for `text` (archived patients too when `archived`) and selects patient `id` (a
    // patient just added or restored).
    void showPatient(qint64 id, const QString& text, bool archived = false);
    // Searches again with the same text, keeping the selection (after a patient changed).
    void refresh();

    [[nodiscard]] PatientSearchModel* model() const { return m_model; }
    [[nodiscard]] QLineEdit* searchBox() const { return m_search; }
    [[nodiscard]] QCheckBox* includeArchivedBox() const { return m_includeArchived; }
    [[nodiscard]] QTableView* resultsView() const { return m_view; }
    // The selected patient; 0 when none.
    [[nodiscard]] qint64 currentPatientId() const;

signals:
    // The selected patient changed; 0: none.
    void currentPatientChanged(qint64 patientId);
    // Enter on a patient (or in the box, for the first result).
    void patientActivated(qint64 patientId);
    // Something the status bar should say (a failed search).
    void message(const QString& text);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fitColumns();
    void onModelReset();
    void onCurrentChanged();
    void updateSummary();
    void selectRow(int row);

    QLineEdit* m_search = nullptr;
    QCheckBox* m_includeArchived = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_summary = nullptr;
    PatientSearchModel* m_model = nullptr;
    QTimer m_debounce;
    qint64 m_selectedBeforeReset = 0;
};

} // namespace np::app
