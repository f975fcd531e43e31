#pragma once

#include "CommandContext.h"

#include "core/SeriesBooking.h"
#include "core/SlotFinder.h"
#include "storage/AppointmentRepository.h"
#include "storage/ClinicRepository.h"

#include <QSet>

#include <expected>

namespace np::cli {

// The clinic set-up from the database, for the scheduling commands. On failure the problem is
// printed and the exit code returned: 5 when there is no set-up yet (with how to load one).
[[nodiscard]] std::expected<storage::StoredClinic, int> storedClinic(CommandContext& ctx);

// The busy time of the days [from, to] as services::busySpans(), less the appointments in `leaveOut` (ones
// about to move); on failure the problem is printed and the exit code returned.
[[nodiscard]] std::expected<QList<BusySpan>, int> busyDuring(CommandContext& ctx, const storage::StoredClinic& clinic,
    const QDate& from, const QDate& to, qint64 patientId, const QSet<qint64>& leaveOut = {});

} // namespace np::cli
