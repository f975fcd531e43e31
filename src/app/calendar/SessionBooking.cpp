#include "SessionBooking.h"

#include "BookAppointmentDialog.h"

#include "app/Messages.h"
#include "app/workspace/Workspace.h"
#include "services/CalendarService.h"
#include "services/ChangeUndo.h"
#include "services/ClinicSetupService.h"
#include "services/SeriesService.h"

#include <QCoreApplication>

#include <algorithm>

namespace np::app {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(SessionBooking)
};

} // namespace

BookAppointmentDialog* openBooking(
    QWidget* parent, const Workspace& workspace, ChangeHistory* history, const BookingAsk& ask)
{
    const services::UseCaseContext ctx = workspace.context();
    auto clinic = services::clinic(ctx);
    if (!clinic) {
        showWarning(parent, Tr::tr("Book"), clinic.error().message);
        return nullptr;
    }
    const QDate target = std::max(ask.target, ctx.today);
    QDateTime start(target, QTime(9, 0));
    QString practitioner;
    QString room;
    if (!ask.modality.isEmpty() && !ask.areas.isEmpty()) {
        SlotQuery query;
        query.modality = ask.modality;
        query.areaCount = static_cast<int>(ask.areas.size());
        query.from = std::max(ctx.today, target.addDays(-14));
        query.to = target.addDays(28);
        query.target = target;
        query.limit = 1;
        if (auto found = services::freeSlots(ctx, ask.patientId, ask.areas, query); found && !found->isEmpty()) {
            start = found->first().localStart;
            practitioner = found->first().practitioner;
            room = found->first().room;
        }
    }
    auto* dialog = new BookAppointmentDialog(workspace, clinic->setup, practitioner, room, start, history, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->bookFor(ask.patientId, ask.patientName, ask.sessionId, ask.modality, ask.areas);
    dialog->open();
    return dialog;
}

std::optional<BookingAsk> rebookingOf(
    const Workspace& workspace, qint64 appointmentId, const QString& patientName, const QDate& target)
{
    const services::UseCaseContext ctx = workspace.context();
    auto state = services::appointmentsState(ctx, {appointmentId});
    if (!state)
        return std::nullopt;
    const auto a = std::find_if(state->appointments.cbegin(), state->appointments.cend(),
        [appointmentId](const storage::AppointmentRecord& r) { return r.id == appointmentId; });
    if (a == state->appointments.cend() || !a->sessionId)
        return std::nullopt;
    const auto session = std::find_if(state->sessions.cbegin(), state->sessions.cend(),
        [&](const storage::PlannedSessionRecord& s) { return s.id == *a->sessionId; });
    if (session == state->sessions.cend())
        return std::nullopt;
    auto series = services::seriesRecord(ctx, session->seriesId);
    if (!series)
        return std::nullopt;
    return BookingAsk {a->patientId, patientName, session->id, series->modality, series->areas, target};
}

} // namespace np::app
