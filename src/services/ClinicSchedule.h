#pragma once

#include "ServiceError.h"
#include "UseCaseContext.h"

#include "core/SeriesBooking.h"
#include "core/SlotFinder.h"
#include "storage/AppointmentRepository.h"
#include "storage/ClinicRepository.h"

#include <QSet>

#include <optional>

// The clinic's calendar as the scheduling use cases read it: the set-up, and who is busy when.
namespace np::services {

// The clinic set-up from the database; Kind::NotSetUp when none has been loaded yet.
[[nodiscard]] Outcome<storage::StoredClinic> storedClinic(storage::Database& db, const Catalogue& catalogue);

// The appointments in the clinic's time zone, their writes stamped with ctx's clock.
[[nodiscard]] storage::AppointmentRepository appointmentRepository(
    const UseCaseContext& ctx, const storage::StoredClinic& clinic);

// The calendar's busy time in the set-up's codes and the clinic's wall-clock time; the spans of
// `patientId` are marked as the patient's own.
[[nodiscard]] QList<BusySpan> busySpans(
    const QList<storage::BusyInterval>& busy, const storage::StoredClinic& clinic, qint64 patientId);

// The busy time of the days [from, to] as busySpans(), less the appointments in `leaveOut` (ones
// about to move).
[[nodiscard]] storage::Result<QList<BusySpan>> busyDuring(storage::Database& db, const storage::StoredClinic& clinic,
    const QDate& from, const QDate& to, qint64 patientId, const QSet<qint64>& leaveOut = {});

// busyDuring() as the series booker asks for it, one session's window at a time. The first
// failure is kept in `failure`; the window then reads as free, and the caller must check
// `failure` before using the result.
[[nodiscard]] BusyLookup busyLookup(storage::Database& db, const storage::StoredClinic& clinic, qint64 patientId,
    QSet<qint64> leaveOut, std::optional<storage::StorageError>& failure);

} // namespace np::services
