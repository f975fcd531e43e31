#pragma once

#include "AppointmentChanges.h"

#include "print/DocumentJobs.h"
#include "services/DayService.h"

#include <QDate>
#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>

class QAction;
class QMessageBox;

namespace Ui {
class TodayPage;
}

namespace np::app {

class BookAppointmentDialog;
class ChangeHistory;
class ChartDialog;
class CheckinDialog;
class RecordTable;
class Workspace;

// Today, the front desk's page: the day's appointments by time, each with its patient, treatment,
// practitioner, room, state (booked, arrived, completed; cancelled and no-shows struck through,
// with why) and what the desk must see to (first visit, review needed, screening blocks, consent
// missing). It opens on the clinic's today; the day actions move to the days around it. The
// selected appointment is checked in (CheckinDialog), completed, or has its post-care sheet printed.
class TodayPage : public QWidget {
    Q_OBJECT
public:
    explicit TodayPage(QWidget* parent = nullptr);
    ~TodayPage() override;

    // Shows the workspace's today (none: an empty page).
    void setWorkspace(const Workspace* workspace);
    // Where cancellations and no-shows are kept for Edit > Undo (none: not kept).
    void setHistory(ChangeHistory* history) { m_history = history; }
    void showDay(QDate day);
    [[nodiscard]] QDate day() const { return m_day; }
    // What Print prints here: the day sheet of the day shown.
    [[nodiscard]] std::optional<print::DocumentRequest> documentShown() const;
    // Reads the day again (after a change made elsewhere in the app).
    void refresh();

    [[nodiscard]] RecordTable* table() const { return m_table; }
    // The patient of the appointment selected; 0 when none.
    [[nodiscard]] qint64 currentPatientId() const;
    // Selects the appointment `id`, when listed.
    void selectAppointment(qint64 id);
    // Check In… on the selected appointment: the dialog, open (tests reach it here).
    void checkInCurrent();
    [[nodiscard]] CheckinDialog* checkinDialog() const;
    // After a check-in stopped a series session: the offer to book the session again (open), and
    // the booking it opens.
    [[nodiscard]] QMessageBox* rebookOffer() const;
    [[nodiscard]] BookAppointmentDialog* bookingDialog() const;
    // Complete on the selected appointment: a series session opens its chart (ChartDialog, open),
    // which completes it; another is completed at once. False (why shown) when it could not be.
    bool completeCurrent();
    [[nodiscard]] ChartDialog* chartDialog() const;
    // Cancel… on the selected appointment: asks the reason (a dialog, open), then cancels.
    void cancelCurrent();
    // Cancels the selected appointment with `reason`; false (why shown) when it could not be.
    bool cancelCurrentWith(const QString& reason);
    // No-Show on the selected appointment; false (why shown) when it could not be.
    bool noShowCurrent();

    // The day buttons; the View menu's Previous, Next and Go to Today (Alt+Left, Alt+Right, Ctrl+T)
    // trigger them while the page is shown.
    QAction* const previousDay;
    QAction* const nextDay;
    QAction* const goToToday;

signals:
    // The patient `patientId`, found by `name`, should be shown on the Patients page.
    void openPatientRequested(qint64 patientId, const QString& name);
    // Print the post-care sheet of `patientId`'s treatment just completed.
    void printPostCareRequested(qint64 patientId);
    // What the status bar should say.
    void message(const QString& text);

private:
    void openChart(const services::DayEntry& entry);
    // A series session stopped at check-in (`reason`): asks whether to book it again.
    void offerRebooking(qint64 appointmentId, const QString& patientName, const QString& reason);
    void openCurrent();
    void updateButtons();
    // After a change of the selected appointment: read again, keep it selected, say `text`.
    void changed(qint64 id, const QString& text);
    [[nodiscard]] const services::DayEntry* currentEntry() const;
    [[nodiscard]] AppointmentRef currentRef() const;

    std::unique_ptr<Ui::TodayPage> m_ui;
    RecordTable* m_table;
    const Workspace* m_workspace = nullptr;
    ChangeHistory* m_history = nullptr;
    QDate m_day;
    QList<services::DayEntry> m_entries; // those listed, by start time
    QPointer<CheckinDialog> m_checkin;
    QPointer<QMessageBox> m_rebookOffer;
    QPointer<BookAppointmentDialog> m_booking;
    QPointer<ChartDialog> m_chart;
};

} // namespace np::app
