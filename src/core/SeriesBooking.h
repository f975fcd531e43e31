#pragma once

#include "Catalogue.h"
#include "ClinicSetup.h"
#include "SeriesPlanner.h"
#include "SlotFinder.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <expected>
#include <functional>
#include <optional>

namespace np {

// A session's time chosen by hand before confirming: it replaces the slot the finder would pick.
struct SessionAdjustment {
    int number = 0; // 1-based session number
    QDateTime localStart; // clinic wall-clock time
    QString practitioner; // code; empty: the first free one who performs the modality
};

// What the patient prefers for every session (as for the slot finder).
struct SlotPreferences {
    QList<int> weekdays; // Qt::DayOfWeek; empty: any day
    PartOfDay part = PartOfDay::Any;
    QString practitioner; // code; empty: anyone
};

struct SeriesBookingRequest {
    PlanRequest plan; // the clinic calendar is the set-up's
    SlotPreferences preferences;
    QList<SessionAdjustment> adjustments;
};

// One session of the series made concrete.
struct BookedSession {
    int number = 0;
    Slot slot;
    QDate target; // the planner's day for it, from the session before as actually booked
    QDate earliest; // the window the interval rules allow
    std::optional<QDate> latest; // none for a first session
    bool adjusted = false;
};

struct SeriesBooking {
    Plan plan; // every session fixed on its booked day
    QList<BookedSession> sessions; // the sessions after the request's fixed ones
};

// Why a series cannot be booked: the plan is blocked, an adjustment breaks an interval rule or
// is not bookable, or no free slot fits a session's window. `session` is 0 for the whole series.
struct SeriesBookingRefusal {
    int session = 0;
    QString reason;
    std::optional<Plan> plan; // the blocked plan, when that is why
};

// How many days after its planned day a first session is looked for.
inline constexpr int FirstSessionWindowDays = 28;

// Turns the engine's plan into a slot for every session after the plan's fixed ones (those already
// held), one after another: each session is placed
// by the planner from the days actually booked before it (so every interval is measured from a real
// appointment), then given the free slot nearest that day inside its window [min, max] after the
// session before, within the preferences. An adjustment must fall inside the same window and be
// free; otherwise the whole series is refused with the reason. `busy` gives the calendar's time
// taken on the days [from, to], asked once per session for that session's window only (a clinic's
// calendar a year ahead holds tens of thousands of appointments); `today` is the clinic's date.
using BusyLookup = std::function<QList<BusySpan>(const QDate& from, const QDate& to)>;
[[nodiscard]] std::expected<SeriesBooking, SeriesBookingRefusal> bookSeriesSlots(const Catalogue& catalogue,
    const ClinicSetup& clinic, const SeriesBookingRequest& request, const BusyLookup& busy, const QDate& today);
// The same with every busy span at hand (tests).
[[nodiscard]] std::expected<SeriesBooking, SeriesBookingRefusal> bookSeriesSlots(const Catalogue& catalogue,
    const ClinicSetup& clinic, const SeriesBookingRequest& request, const QList<BusySpan>& busy, const QDate& today);

// What the interval rules say of moving session `number` of a series to `day`.
struct SessionMoveCheck {
    std::optional<QString> refusal; // breaks the minimum after the session before, a finding, a closure
    QStringList warnings; // allowed, but worth saying (further apart than the protocol's maximum)
    bool laterOutOfWindow = false; // the next session would no longer be [min, max] days after it
};

// `plan` is the series' request with `fixedSessions` = the days of the sessions before the moved
// one; `next` the day of the session after it, if any.
[[nodiscard]] SessionMoveCheck checkSessionMove(const Catalogue& catalogue, const PlanRequest& plan, const QDate& day,
    const std::optional<QDate>& next, const QDate& today);

} // namespace np
