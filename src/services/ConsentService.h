#pragma once

#include "ServiceError.h"
#include "UseCaseContext.h"

#include "storage/ConsentRepository.h"

// Signed consents: recorded with the form's version, withdrawn with a reason, listed per patient.
namespace np::services {

// The new consent's id; its modality and form are checked against ctx.catalogue (Invalid, naming them).
[[nodiscard]] Outcome<qint64> addConsent(const UseCaseContext& ctx, const storage::ConsentRecord& consent);
// Withdraws the consent read at `version`, keeping it with `reason`.
[[nodiscard]] Outcome<void> withdrawConsent(const UseCaseContext& ctx, qint64 id, int version, const QString& reason);
[[nodiscard]] Outcome<QList<storage::ConsentRecord>> consentsOf(const UseCaseContext& ctx, qint64 patientId);

} // namespace np::services
