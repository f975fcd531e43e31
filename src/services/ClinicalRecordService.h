#pragma once

#include "ServiceError.h"
#include "UseCaseContext.h"

#include "storage/FindingRepository.h"

#include <QList>

// The patient's health findings, coded with the catalogue: added, corrected (a new revision, the
// old one kept), retracted when entered in error; every revision readable with who and when.
namespace np::services {

// The new finding's id. Codes and areas are checked against ctx.catalogue (Invalid, naming them).
[[nodiscard]] Outcome<qint64> addFinding(const UseCaseContext& ctx, const storage::FindingRecord& finding);

// `finding` (finding.id: the revision corrected, finding.version: as read) as the finding's new
// revision; its id. A revision already superseded is a storage Conflict.
[[nodiscard]] Outcome<qint64> correctFinding(const UseCaseContext& ctx, const storage::FindingRecord& finding);

// Withdraws the finding whose current revision is `revisionId` (read at `version`), keeping it in
// the history with `reason`.
[[nodiscard]] Outcome<void> retractFinding(
    const UseCaseContext& ctx, qint64 revisionId, int version, const QString& reason);

// The patient's findings as they stand now (no corrected or retracted revisions), oldest first.
[[nodiscard]] Outcome<QList<storage::FindingRecord>> currentFindings(const UseCaseContext& ctx, qint64 patientId);

// Every revision of the finding `anyRevisionId` belongs to, first first.
[[nodiscard]] Outcome<QList<storage::FindingRecord>> findingHistory(const UseCaseContext& ctx, qint64 anyRevisionId);

} // namespace np::services
