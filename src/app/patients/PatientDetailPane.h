#pragma once

#include <QDate>
#include <QWidget>

class QFormLayout;
class QLabel;
class QStackedWidget;

namespace np {
class Catalogue;
}

namespace np::storage {
struct PatientRecord;
} // namespace np::storage

namespace np::app {

class Workspace;

// One patient, read-only: name, birth date and age, contact, Fitzpatrick type, notes, the
// current health findings by their catalogue names and the documents last given to them. Shows a
// hint when no patient is selected and the error when the patient cannot be read.
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

    // The text shown for a field (tests): "name", "birthDate", "phone", "email", "address",
    // "fitzpatrick", "notes", "findings", "documents"; or the message when no patient is shown.
    [[nodiscard]] QString fieldText(const QString& field) const;

private:
    QLabel* addField(const QString& name, const QString& label);
    void showRecord(const storage::PatientRecord& patient);
    void showMessage(const QString& text);
    // The street lines, then "town, region, postcode", then the country: the parts recorded.
    [[nodiscard]] static QString postalAddress(const storage::PatientRecord& patient);
    [[nodiscard]] QString findingsText(qint64 patientId) const;
    [[nodiscard]] QString documentsText(qint64 patientId) const;

    const Workspace* m_workspace = nullptr;
    qint64 m_patientId = 0;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_title = nullptr;
    QFormLayout* m_form = nullptr;
};

} // namespace np::app
