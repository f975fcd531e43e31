#pragma once

#include <QDate>
#include <QWidget>

class QFormLayout;
class QLabel;
class QStackedWidget;
class QTabWidget;

namespace np {
class Catalogue;
}

namespace np::storage {
struct PatientRecord;
} // namespace np::storage

namespace np::services {
struct PatientRecordView;
} // namespace np::services

namespace np::app {

class HealthTab;
class RecordTable;
class ScreeningTab;
class Workspace;

// One patient's record. At a glance: the name, the next appointment and each series with its
// progress. Then tabs: Details (birth date and age, contact, Fitzpatrick type, notes, the current
// findings with their effect on treatment, the documents last given), Health (the findings, to add,
// correct, resolve or retract, with their history), Series & sessions, Screening (a treatment checked
// against the record, the result as it will act), Consents and Documents.
// Everything is read in one go (services::patientRecord). Shows a hint when no patient is selected
// and the error when the patient cannot be read.
class PatientDetailPane : public QWidget {
    Q_OBJECT
public:
    explicit PatientDetailPane(QWidget* parent = nullptr);

    // The workspace read (its catalogue names the findings, its today gives the age); null: no
    // database open.
    void setWorkspace(const Workspace* workspace);
    // Shows patient `id`; 0 clears the pane.
    void showPatient(qint64 id);
    // Reads the patient shown again (after a document was given, say).
    void refresh() { showPatient(m_patientId); }
    [[nodiscard]] qint64 patientId() const { return m_patientId; }

    // The text shown for a field (tests): "name", "next", "series", "birthDate", "phone", "email",
    // "address", "fitzpatrick", "notes", "findings", "documents"; or the message when no patient
    // is shown.
    [[nodiscard]] QString fieldText(const QString& field) const;

    [[nodiscard]] QTabWidget* tabs() const { return m_tabs; }
    [[nodiscard]] HealthTab* health() const { return m_health; }
    [[nodiscard]] ScreeningTab* screening() const { return m_screening; }
    [[nodiscard]] RecordTable* sessions() const { return m_sessions; }
    [[nodiscard]] RecordTable* consents() const { return m_consents; }
    [[nodiscard]] RecordTable* documents() const { return m_documents; }

signals:
    // Something the status bar should say.
    void message(const QString& text);

private:
    QLabel* addField(const QString& name, const QString& label);
    void showRecord(const services::PatientRecordView& record);
    void showMessage(const QString& text);
    // The street lines, then "town, region, postcode", then the country: the parts recorded.
    [[nodiscard]] static QString postalAddress(const storage::PatientRecord& patient);
    [[nodiscard]] QString findingsText(const services::PatientRecordView& record) const;
    [[nodiscard]] QString documentsText(const services::PatientRecordView& record) const;

    const Workspace* m_workspace = nullptr;
    qint64 m_patientId = 0;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_next = nullptr;
    QLabel* m_series = nullptr;
    QFormLayout* m_form = nullptr;
    QTabWidget* m_tabs = nullptr;
    HealthTab* m_health = nullptr;
    ScreeningTab* m_screening = nullptr;
    RecordTable* m_sessions = nullptr;
    RecordTable* m_consents = nullptr;
    RecordTable* m_documents = nullptr;
};

} // namespace np::app
