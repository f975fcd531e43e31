#include "AppointmentChanges.h"

#include "app/Messages.h"
#include "app/patients/PatientText.h"
#include "app/workspace/ChangeHistory.h"
#include "app/workspace/Workspace.h"
#include "services/AppointmentService.h"

#include <QCoreApplication>
#include <QInputDialog>

namespace np::app {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(AppointmentChanges)
};

} // namespace

QInputDialog* cancelReasonDialog(QWidget* parent, const AppointmentRef& appointment)
{
    auto* ask = new QInputDialog(parent);
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setWindowTitle(Tr::tr("Cancel Appointment"));
    ask->setLabelText(Tr::tr("Why is %1's appointment at %2 cancelled? The reason is kept with it.")
                          .arg(appointment.patientName, displayTime(appointment.start)));
    ask->setOkButtonText(Tr::tr("Cancel Appointment"));
    ask->setCancelButtonText(Tr::tr("Keep It"));
    return ask;
}

std::optional<QString> cancelAppointment(QWidget* parent, const Workspace& workspace, const AppointmentRef& appointment,
    const QString& reason, ChangeHistory* history)
{
    const auto before = history ? history->before({appointment.id}) : std::nullopt;
    auto done
        = services::cancelAppointment(workspace.context(), {appointment.id, appointment.version}, reason.trimmed());
    if (!done) {
        showWarning(parent, Tr::tr("Cancel Appointment"),
            Tr::tr("%1's appointment was not cancelled: %2").arg(appointment.patientName, done.error().message));
        return std::nullopt;
    }
    if (history)
        history->record(Tr::tr("Cancel %1's appointment").arg(appointment.patientName), before);
    return Tr::tr("%1's appointment is cancelled; its time is free again.").arg(appointment.patientName);
}

std::optional<QString> markNoShow(
    QWidget* parent, const Workspace& workspace, const AppointmentRef& appointment, ChangeHistory* history)
{
    const auto before = history ? history->before({appointment.id}) : std::nullopt;
    auto done = services::markNoShow(workspace.context(), {appointment.id, appointment.version}, false);
    if (!done) {
        showWarning(parent, Tr::tr("No-Show"),
            Tr::tr("%1's appointment was not marked: %2").arg(appointment.patientName, done.error().message));
        return std::nullopt;
    }
    if (history)
        history->record(Tr::tr("Mark %1's no-show").arg(appointment.patientName), before);
    QString text = Tr::tr("%1 did not come: marked as a no-show.").arg(appointment.patientName);
    if (const auto& series = done->series) {
        if (series->later && series->laterApplied)
            text += u' ' + Tr::tr("The later sessions of the series are planned again from the missed one.");
        else if (!series->noOffer.isEmpty())
            text += u' ' + Tr::tr("The series could not be planned again: %1").arg(series->noOffer);
    }
    return text;
}

} // namespace np::app
