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

// The calendar's busy time in the set-up's codes and the clinic's wall-clock time; the spans of
// `patientId` are marked as the patient's own.
[[nodiscard]] QList<BusySpan> busySpans(
    const QList<storage::BusyInterval>& busy, const storage::StoredClinic& clinic, qint64 patientId);

// The busy time of the days [from, to] as busySpans(), less the appointments in `leaveOut` (ones
// about to move); on failure the problem is printed and the exit code returned.
[[nodiscard]] std::expected<QList<BusySpan>, int> busyDuring(CommandContext& ctx, const storage::StoredClinic& clinic,
    const QDate& from, const QDate& to, qint64 patientId, const QSet<qint64>& leaveOut = {});

// busyDuring() as the series booker asks for it, one session's window at a time. The first
// failure is printed and its exit code kept in `failure`; the window then reads as free, and the
// caller must check `failure` before using the result.
[[nodiscard]] BusyLookup busyLookup(CommandContext& ctx, const storage::StoredClinic& clinic, qint64 patientId,
    QSet<qint64> leaveOut, std::optional<int>& failure);

} // namespace np::cli
