#pragma once

#include "CommandContext.h"

#include "core/SeriesBooking.h"
#include "storage/AppointmentRepository.h"
#include "storage/ClinicRepository.h"
#include "storage/SeriesRepository.h"

#include <QHash>

#include <expected>

namespace np::cli {

// A stored series as the engine sees it, for re-planning part of it (a moved or missed session).
struct SeriesContext {
    storage::SeriesRecord series;
    QHash<qint64, storage::AppointmentRecord> held; // by session id: the appointment holding its time
    PlanRequest request; // the patient's data, the treatment and the clinic's calendar; nothing fixed
    QList<QDate> days; // by session (number - 1): its held appointment's day, else its planned day

    [[nodiscard]] qsizetype indexOfSession(qint64 sessionId) const;
};

// The context of the series `sessionId` belongs to. On failure the problem is printed and the exit
// code returned.
[[nodiscard]] std::expected<SeriesContext, int> seriesContext(
    CommandContext& ctx, const Catalogue& catalogue, const storage::StoredClinic& clinic, qint64 sessionId);

// Makes `booking` (sessions after the fixed ones of `context.request`) real: each later session that
// has an appointment is rescheduled to its new slot, and every later session's planned day and
// window follow (one without an appointment becomes "planned"). Run inside the caller's transaction; `shiftingLater`
// orders the writes so no session ever passes another on the way.
[[nodiscard]] storage::Result<void> applyLaterSessions(storage::Database& db, const Catalogue& catalogue,
    const storage::StoredClinic& clinic, const SeriesContext& context, const SeriesBooking& booking, bool shiftingLater,
    const QString& actor);

// `appointments move` of a series session: the interval rules are checked against the sessions
// before and after it. A move breaking the minimum after the session before is refused (exit 3)
// with the reason. When the next session would fall outside its window the move is refused with
// an offer of new slots for every later session; `shiftLater` takes the offer, moving them all in
// one transaction with this one. Returns the "series" part of the output (warnings, shifted or
// offered sessions) or, after printing the problem, the exit code.
[[nodiscard]] std::expected<QJsonObject, int> moveSeriesSession(CommandContext& ctx, const Catalogue& catalogue,
    const storage::StoredClinic& clinic, const storage::AppointmentRecord& appointment, int version,
    const QDateTime& to, bool shiftLater);

// `appointments no-show` of a series session: the appointment is marked, and the missed session and
// every later one are re-planned from the sessions before it, from tomorrow on; later appointments
// move to the slots found. With `rebook` the missed session is booked again at its slot; without,
// it is left planned (a recall) and its slot offered. One transaction. Returns the "series" part
// of the output or, after printing the problem, the exit code.
[[nodiscard]] std::expected<QJsonObject, int> noShowSeriesSession(CommandContext& ctx, const Catalogue& catalogue,
    const storage::StoredClinic& clinic, const storage::AppointmentRecord& appointment, int version, bool rebook);

// The proposed or applied later sessions as JSON (session, start, end, practitioner, room, device).
[[nodiscard]] QJsonArray laterSessionsJson(const SeriesBooking& booking);

} // namespace np::cli
