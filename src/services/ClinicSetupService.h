#pragma once

#include "ServiceError.h"
#include "UseCaseContext.h"

#include "core/ClinicSetup.h"
#include "storage/ClinicRepository.h"
#include "storage/PractitionerRepository.h"

#include <QByteArray>

#include <optional>

// The clinic's set-up (hours, closures, practitioners, rooms, devices) and its staff records.
namespace np::services {

// Stores `setup` (already read and checked with ctx.catalogue) with its logo's bytes as the
// clinic's set-up; `expectedVersion`, when given, must be the one stored (else a Conflict). The
// set-up as stored, with the ids of its codes.
[[nodiscard]] Outcome<storage::StoredClinic> loadClinic(const UseCaseContext& ctx, const ClinicSetup& setup,
    const QByteArray& logo, std::optional<int> expectedVersion = std::nullopt);
// The set-up as stored; Kind::NotSetUp before the first load.
[[nodiscard]] Outcome<storage::StoredClinic> clinic(const UseCaseContext& ctx);

[[nodiscard]] Outcome<qint64> addPractitioner(const UseCaseContext& ctx, const storage::PractitionerRecord& p);
// Updates p.id from p.version.
[[nodiscard]] Outcome<void> updatePractitioner(const UseCaseContext& ctx, const storage::PractitionerRecord& p);
[[nodiscard]] Outcome<void> setPractitionerActive(const UseCaseContext& ctx, qint64 id, int version, bool active);
[[nodiscard]] Outcome<QList<storage::PractitionerRecord>> practitioners(
    const UseCaseContext& ctx, bool includeInactive = false);

} // namespace np::services
