#pragma once

#include "core/Catalogue.h"
#include "core/ClinicSetup.h"
#include "core/SeriesBooking.h"

#include <QString>
#include <QStringList>

namespace np::app {

// How a planned series reads on screen: the plan's result as it will act, and its sessions.

// The result in one line: blocked (and from when it could start), held back by a washout, needs
// a clinician's review, or ready.
[[nodiscard]] QString planStatusText(const Plan& plan, const QDate& requestedStart);
// One line per reason: each finding with its effect and how long it lasts, the protocol's warnings,
// and how the series fits the event.
[[nodiscard]] QStringList planReasonLines(const Catalogue& catalogue, const Plan& plan);
// The proposed sessions' headers and cells: number, day and time, practitioner, room, device.
[[nodiscard]] QStringList proposalHeaders();
[[nodiscard]] QStringList proposalCells(const ClinicSetup& clinic, const BookedSession& session);
// The days the series' rules allow for a session ("Session 2 may fall from ... to ...").
[[nodiscard]] QString allowedDaysText(const BookedSession& session);

} // namespace np::app
