#pragma once

#include "ServiceError.h"
#include "UseCaseContext.h"

#include "core/SeriesBooking.h"
#include "storage/AppointmentRepository.h"
#include "storage/ClinicRepository.h"

#include <optional>

// A booked series re-planned from where it stands: a moved session and a missed one. The
// appointment use cases (moveAppointment, markNoShow) run these for a series' sessions.
namespace np::services {

// What a move or a no-show did to the rest of the series.
struct SeriesChange {
    qint64 seriesId = 0;
    int session = 0; // the number of the session moved or missed
    QStringList warnings; // allowed, but worth saying (further apart than the protocol's maximum)
    // The later sessions' new slots: applied (`laterApplied`) or only offered (the move was refused
    // because they would fall out of their windows, or they were left where they are).
    std::optional<SeriesBooking> later;
    bool laterApplied = false;
    QString noOffer; // why no later slots could be found, when they were looked for
    std::optional<qint64> rebookedAppointmentId; // a no-show's session booked again
};

// Why a series session's move was refused; the series part says what was offered.
enum class MoveRefusal {
    None,
    BreaksRule, // the minimum after the session before, a finding, a closure: `reason` says which
    LaterOutOfWindow, // the next session would fall out of its window: `change.later` is the offer
};

struct SessionMove {
    MoveRefusal refusal = MoveRefusal::None;
    QString reason;
    SeriesChange change;
};

// Moves `appointment` (a series session) to `to` after the interval rules against the sessions
// before and after it. A move breaking a rule, or leaving the next session out of its window, is
// returned refused and changes nothing; with `shiftLater` the later sessions move to the offered
// slots in the same transaction. `version`: the appointment's version the change is based on.
// `resources`: who and where it moves to, when that changes too.
[[nodiscard]] Outcome<SessionMove> moveSeriesSession(const UseCaseContext& ctx, const storage::StoredClinic& clinic,
    const storage::AppointmentRecord& appointment, int version, const QDateTime& to,
    const std::optional<storage::AppointmentRepository::Resources>& resources, bool shiftLater);

// What a series session's move is checked against (checkSessionMove): the series' treatment with
// the sessions before it fixed, and the day of the one after it, if any.
struct SessionNeighbours {
    PlanRequest before;
    std::optional<QDate> next;
};
[[nodiscard]] Outcome<SessionNeighbours> sessionNeighbours(
    const UseCaseContext& ctx, const storage::StoredClinic& clinic, qint64 sessionId);

// Marks `appointment` (a series session) a no-show and re-plans the missed session and every later
// one from the sessions before it, from tomorrow on; later appointments move to the slots found.
// With `rebook` the missed session is booked again at its slot; without, it is left planned (a
// recall). When no slots are found the no-show stands and `noOffer` says why. One transaction.
[[nodiscard]] Outcome<SeriesChange> noShowSeriesSession(const UseCaseContext& ctx, const storage::StoredClinic& clinic,
    const storage::AppointmentRecord& appointment, int version, bool rebook);

} // namespace np::services
