#pragma once

#include "print/DocumentJobs.h"
#include "storage/RecallQueries.h"

#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class RecallsPage;
}

namespace np::app {

class BookAppointmentDialog;
class ChangeHistory;
class RecordTable;
class Workspace;

// Recalls, the front desk's call list: the patients to call back (sessions planned but not booked,
// sessions overdue, results reviews due, maintenance, washouts ending; services::recallLists), by
// due date, with their phone and email and what to call about. Filtered by list and by how many
// days ahead, with the last call made about each (Mark Contacted keeps the day and what came of
// it); a row opens its patient's record, where the call leads to a booking.
class RecallsPage : public QWidget {
    Q_OBJECT
public:
    explicit RecallsPage(QWidget* parent = nullptr);
    ~RecallsPage() override;

    void setWorkspace(const Workspace* workspace);
    // Where a booking made here is kept for Edit > Undo (none: not kept).
    void setHistory(ChangeHistory* history) { m_history = history; }
    // Reads the lists again.
    void refresh();
    // Shows the list `kind` ("unbooked", "overdue", "results_review", "maintenance",
    // "washout_clearing"; empty: all) due within `days` (tests, and callers that know it).
    void setFilter(const QString& kind, int days);
    // What Print prints here: the recall list of the days shown.
    [[nodiscard]] std::optional<print::DocumentRequest> documentShown() const;

    [[nodiscard]] RecordTable* table() const { return m_table; }
    // Keeps that the patient of row `row` was called today about it, with `note`; false (why shown)
    // when it could not be. Mark Contacted… asks the note first.
    bool markContacted(int row, const QString& note);
    // Book… on row `row`: Book Appointment (open) for its patient at the first free time near the
    // day due, booking the session itself for an unbooked or overdue one.
    void bookRow(int row);
    [[nodiscard]] BookAppointmentDialog* bookingDialog() const;
    // The recalls listed now, in the table's order.
    [[nodiscard]] const QList<storage::Recall>& recalls() const { return m_recalls; }

signals:
    // The patient `patientId`, found by `name`, should be shown on the Patients page.
    void openPatientRequested(qint64 patientId, const QString& name);
    // An appointment was booked from the list: what the status bar says.
    void booked(const QString& message);

private:
    void openCurrent();
    void markCurrentContacted();
    // Keeps the call about `recall`, then shows the lists again with it selected.
    bool keepCall(const storage::Recall& recall, const QString& note);
    [[nodiscard]] QString whatText(const storage::Recall& recall) const;

    std::unique_ptr<Ui::RecallsPage> m_ui;
    RecordTable* m_table;
    const Workspace* m_workspace = nullptr;
    ChangeHistory* m_history = nullptr;
    QList<storage::Recall> m_recalls;
    QPointer<BookAppointmentDialog> m_booking;
};

} // namespace np::app
