#pragma once

#include "core/ClinicSetup.h"

#include <QDateTime>
#include <QDialog>
#include <QString>

#include <memory>
#include <optional>

class QPushButton;

namespace Ui {
class BookAppointmentDialog;
}

namespace np::app {

class ChangeHistory;
class Workspace;

// Book Appointment, from a free time of the calendar (a double click, or Enter where nothing is
// booked): one appointment for a patient found by name, phone or email, with the treatment and its
// areas, the practitioner, room and device (those of the kind the treatment needs) and the time,
// the column's and the clicked time's to begin with. Book (Ctrl+Enter) books it through
// services::bookAppointment, with the clinic's rules and the calendar's clashes; a refusal is shown
// in the dialog and nothing is booked. The booking is one step of Edit > Undo.
class BookAppointmentDialog : public QDialog {
    Q_OBJECT
public:
    // `practitioner` and `room`: set-up codes to start from (empty: the first).
    BookAppointmentDialog(const Workspace& workspace, ClinicSetup setup, const QString& practitioner,
        const QString& room, const QDateTime& start, ChangeHistory* history, QWidget* parent = nullptr);
    ~BookAppointmentDialog() override;

    // Books for patient `patientId` (shown as `label`) alone: the search is closed. With `sessionId`,
    // the appointment books that planned session of a series (services::bookSession: the series'
    // spacing is checked). `modality` and `areas` are chosen when the practitioner gives them.
    void bookFor(qint64 patientId, const QString& label, std::optional<qint64> sessionId, const QString& modality,
        const QStringList& areas);
    // Books what the form says; false (why shown) when it could not be.
    bool book();
    [[nodiscard]] QString statusText() const;
    [[nodiscard]] QPushButton* bookButton() const { return m_book; }
    // The patients found for `text` (as typed in Patient), the first selected.
    void findPatients(const QString& text);

signals:
    // Appointment `id` is booked: what the status bar should say.
    void booked(qint64 id, const QString& message);

private:
    void fillTreatments();
    void suitTreatment();
    void updateBookButton();
    // The form changed: a refusal said of it before no longer holds.
    void changed();
    [[nodiscard]] qint64 patientId() const;

    std::unique_ptr<Ui::BookAppointmentDialog> m_ui;
    const Workspace& m_workspace;
    ClinicSetup m_setup;
    ChangeHistory* m_history;
    QPushButton* m_book;
    QString m_refusal; // why the last Book did not book, until the form changes
    std::optional<qint64> m_sessionId; // the series session booked, if any
};

} // namespace np::app
