#pragma once

#include <QString>
#include <QTime>

#include <optional>

class QInputDialog;
class QWidget;

namespace np::app {

class ChangeHistory;
class Workspace;

// The desk's changes of one appointment, the same from every page that lists appointments (Today,
// the calendar): each goes through the services and comes back in the user's words, the status
// bar's text when it is done, or nullopt after a warning saying why it was not.
struct AppointmentRef {
    qint64 id = 0;
    int version = 0; // the one shown: a change made meanwhile elsewhere is refused
    QString patientName;
    QTime start;
};

// Asks why the appointment is cancelled (window-modal, not yet open); its textValueSelected
// carries the reason.
[[nodiscard]] QInputDialog* cancelReasonDialog(QWidget* parent, const AppointmentRef& appointment);
// Each is one step of `history` (Edit > Undo) when given.
[[nodiscard]] std::optional<QString> cancelAppointment(QWidget* parent, const Workspace& workspace,
    const AppointmentRef& appointment, const QString& reason, ChangeHistory* history);
// Marks a no-show; a series' later sessions are planned again from the missed one.
[[nodiscard]] std::optional<QString> markNoShow(
    QWidget* parent, const Workspace& workspace, const AppointmentRef& appointment, ChangeHistory* history);

} // namespace np::app
