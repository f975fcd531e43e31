#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

class QWidget;

namespace np::app {

class BookAppointmentDialog;
class ChangeHistory;
class Workspace;

// A booking asked for one patient from outside the calendar (a recall called back, a session
// stopped at check-in): whose, which session of a series if any, the treatment, and the day wanted.
struct BookingAsk {
    qint64 patientId = 0;
    QString patientName;
    std::optional<qint64> sessionId; // a series session waiting for its appointment
    QString modality; // catalogue codes; empty: chosen in the dialog
    QStringList areas;
    QDate target; // the day wanted; never before today
};

// Book Appointment for `ask`, opened over `parent` (deleted on close) at the first free time near
// the day wanted (services::freeSlots, from today on), else today at nine; nullptr (why shown)
// when the clinic is not set up.
BookAppointmentDialog* openBooking(
    QWidget* parent, const Workspace& workspace, ChangeHistory* history, const BookingAsk& ask);

// The booking that gives series session appointment `appointmentId` a new appointment: the
// session, its series' treatment and areas; nullopt when it is no series session.
[[nodiscard]] std::optional<BookingAsk> rebookingOf(
    const Workspace& workspace, qint64 appointmentId, const QString& patientName, const QDate& target);

} // namespace np::app
