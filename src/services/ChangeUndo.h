#pragma once

#include "ServiceError.h"
#include "UseCaseContext.h"

#include "storage/AppointmentRepository.h"
#include "storage/ChartRepository.h"
#include "storage/SeriesRepository.h"

#include <QList>

// Undo and redo of the calendar's changes: a change is kept as the records it touched, as they were
// before it and as they are after it, and either side is put back through here.
namespace np::services {

// Appointments, and the series sessions they hold, as they stand at one moment: with the series
// (their status) and the charts of sessions done (a completion saves one).
struct AppointmentsState {
    QList<storage::AppointmentRecord> appointments;
    QList<storage::PlannedSessionRecord> sessions;
    QList<storage::SeriesRecord> series; // without their sessions (above)
    QList<storage::ChartRecord> charts;
};

// The appointments `ids` as they stand now; a series session brings every appointment, session
// and chart of its series (a move may shift the later sessions). Unknown ids are a storage NotFound.
[[nodiscard]] Outcome<AppointmentsState> appointmentsState(const UseCaseContext& ctx, const QList<qint64>& ids);

// Puts back `to` over `from` in one transaction: every record that differs between the two is
// written as `to` has it, provided it still stands as `from` has it (its time, people, place and
// status: a version moved by steps undone and redone in between does not matter). A chart `to`
// has not is taken back (the audit log keeps it); one `from` has not is saved again. A record
// someone else changed since (a chart corrected), or a time someone has taken since, refuses the
// whole (a storage Conflict naming it) and nothing changes. Returns the records as they stand
// after, for the way back.
[[nodiscard]] Outcome<AppointmentsState> restoreAppointments(
    const UseCaseContext& ctx, const AppointmentsState& from, const AppointmentsState& to);

// `booked` as it was before appointments `ids` were booked: each of them cancelled with `reason`
// and its series session planned again, the rest as it is. Undoing a booking puts this back (the
// appointments stay, struck through, with the reason; a series keeps its plan); redoing books them
// again where they were, if their time is still free.
[[nodiscard]] AppointmentsState unbooked(AppointmentsState booked, const QList<qint64>& ids, const QString& reason);

} // namespace np::services
