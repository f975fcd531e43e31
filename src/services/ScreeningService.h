#pragma once

#include "ServiceError.h"
#include "UseCaseContext.h"

#include "core/Patient.h"
#include "storage/ScreeningRepository.h"

#include <QJsonObject>
#include <QStringList>

// Contraindication screenings: the engine's result, computed from the patient's record and the
// answers, as it will act (blocked with the reasons, review, advice, washout end dates).
namespace np::services {

// A screening as asked: its record (kind, day, series, the answers as stored), the treatment its
// result is for, and the findings its "yes" answers stand for.
struct ScreeningInput {
    storage::ScreeningRecord record;
    Treatment treatment;
    QList<Finding> yes;
};

struct ScreeningOutcome {
    qint64 id = 0;
    QJsonObject result;
    QStringList notRecordedAsFindings; // "yes" codes with no current finding of that code
};

// The result the screening would have, from the patient's birth date, skin type and current
// findings plus `yes`, for `treatment` on `day`: what a form shows before it is saved.
[[nodiscard]] Outcome<QJsonObject> screeningResult(const UseCaseContext& ctx, qint64 patientId,
    const Treatment& treatment, const QList<Finding>& yes, const QDate& day);

// Stores the screening with its result computed as screeningResult() does on record.screenedOn.
// The "yes" answers are not recorded as findings (notRecordedAsFindings lists those that are not).
[[nodiscard]] Outcome<ScreeningOutcome> addScreening(const UseCaseContext& ctx, qint64 patientId, ScreeningInput input);

// A "review" result the clinician lets go ahead, with why (kept with the screening).
[[nodiscard]] Outcome<void> overrideScreening(const UseCaseContext& ctx, qint64 id, int version, const QString& reason);
[[nodiscard]] Outcome<storage::ScreeningRecord> screening(const UseCaseContext& ctx, qint64 id);
[[nodiscard]] Outcome<QList<storage::ScreeningRecord>> screeningsOf(const UseCaseContext& ctx, qint64 patientId);

} // namespace np::services
