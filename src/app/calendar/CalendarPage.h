#pragma once

#include "CalendarModel.h"

#include "print/DocumentJobs.h"
#include "services/MovePreview.h"

#include <QDate>
#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>

class QAction;
class QMessageBox;

namespace Ui {
class CalendarPage;
}

namespace np::app {

class BookAppointmentDialog;
class CalendarView;
class ChangeHistory;
class Workspace;

// The clinic's calendar, for everyone: a day or a week, a column per practitioner or per room, the
// appointments in their modality's colours with a legend. Appointments are moved by dragging them
// or from the keyboard, each place checked as it is reached (MovePreview) and the move written once
// (moveAppointment); a series session whose later sessions would fall out of their windows offers
// them re-planned, with the new dates, before anything is written. The context menu opens the
// patient, checks in, cancels, marks a no-show and prints the pre-care sheet or appointment card.
class CalendarPage : public QWidget {
    Q_OBJECT
public:
    explicit CalendarPage(QWidget* parent = nullptr);
    ~CalendarPage() override;

    void setWorkspace(const Workspace* workspace);
    // Where moves, cancellations and no-shows are kept for Edit > Undo (none: not kept).
    void setHistory(ChangeHistory* history) { m_history = history; }
    // Shows the week (or day) holding `day`.
    void showDate(QDate day);
    [[nodiscard]] QDate from() const { return m_from; }
    [[nodiscard]] int days() const { return m_days; }
    // What Print prints here: the day sheet of the selected appointment's day, else of the day
    // shown (today, when the week shown holds it).
    [[nodiscard]] std::optional<print::DocumentRequest> documentShown() const;
    void setWeekView(bool week);
    // Reads the days shown again (after a change made elsewhere).
    void refresh();

    [[nodiscard]] CalendarView* view() const { return m_view; }
    [[nodiscard]] CalendarModel* model() const { return m_model; }
    // Moves appointment `id` as a drop or Ctrl+arrow would (tests reach it here); false when it was
    // not moved (why shown).
    bool moveAppointment(qint64 id, const services::MoveDestination& to);
    // The context menu's entries for the selected appointment, enabled as they apply (tests).
    [[nodiscard]] QList<QAction*> appointmentActions() const;
    // Book Appointment… for `column`'s practitioner or room at `start`: the dialog, open.
    void openBooking(int column, const QDateTime& start);
    [[nodiscard]] BookAppointmentDialog* bookingDialog() const;
    // The question asked when a series session's move would leave the later sessions out of their
    // windows (open while asked; tests answer it).
    [[nodiscard]] QMessageBox* laterSessionsOffer() const;
    // What the footer says (a drag's feedback, a refusal).
    [[nodiscard]] QString feedback() const;

    // The range buttons; the View menu's Previous, Next and Go to Today trigger them while the
    // calendar is shown.
    QAction* const previous;
    QAction* const next;
    QAction* const goToToday;
    // On the selected appointment.
    QAction* const openPatient;
    QAction* const checkIn;
    QAction* const cancel;
    QAction* const noShow;
    QAction* const printPreCare;
    QAction* const printCard;
    // Book Appointment… (Ctrl+Shift+K): after the selected appointment in its column, else at the
    // first open time shown; a double click on a free time books there.
    QAction* const bookAppointment;

signals:
    void openPatientRequested(qint64 patientId, const QString& name);
    // Check in appointment `id` of `day` (the Today page does it, with its questions).
    void checkInRequested(qint64 id, QDate day);
    void printPreCareRequested(qint64 patientId, qint64 appointmentId);
    void printCardRequested(qint64 patientId);
    void message(const QString& text);

private:
    void updateActions();
    void showFeedback(const QString& text);
    void showMenu(qint64 id, const QPoint& globalPos);
    void cancelCurrent();
    void noShowCurrent();
    void changed(qint64 id, const QString& text);
    void offerLaterSessions(
        const CalendarModel::Item& item, const services::MoveDestination& to, const services::AppointmentMove& refused);
    // A move refused when it was made: the calendar read again, and why said.
    void notMoved(const QString& patient, const QString& why);
    [[nodiscard]] std::optional<QString> refusal(qint64 id, const services::MoveDestination& to);
    [[nodiscard]] const CalendarModel::Item* current() const;
    [[nodiscard]] QString rangeText() const;
    // Whose: everyone, then each practitioner of the set-up (the choice kept while they are in it).
    void listPractitioners(const ClinicSetup& setup);

    std::unique_ptr<Ui::CalendarPage> m_ui;
    CalendarModel* m_model;
    CalendarView* m_view = nullptr;
    const Workspace* m_workspace = nullptr;
    ChangeHistory* m_history = nullptr;
    QDate m_from;
    int m_days = 7;
    QPointer<QMessageBox> m_offer;
    QPointer<BookAppointmentDialog> m_booking;
    std::optional<services::MovePreview> m_preview; // for the appointment last checked, until the next read
};

} // namespace np::app
