#pragma once

#include "AppointmentService.h"
#include "ServiceError.h"
#include "UseCaseContext.h"

#include "core/Patient.h"
#include "storage/ScreeningRepository.h"

#include <QJsonArray>
#include <QJsonObject>

// Check-in: the pre-session re-screen (the catalogue's pre_session_screen) before a treatment.
namespace np::services {

// The answers to the pre-session screen as stored with the screening ({CODE: false | {since, until,
// areas, note}, "other": {QUESTION: "text"}}) and the findings its "yes" answers stand for.
struct CheckinAnswers {
    QJsonObject answers;
    QList<Finding> yes;
};

// Reads {"answers": {...}, "other": {...}} (`file` names it in the problems): every item of the
// screen answered, every free-text question answered (empty for none), nothing else. Invalid
// with each problem at its path otherwise.
[[nodiscard]] Outcome<CheckinAnswers> readCheckinAnswers(
    const QByteArray& bytes, const QString& file, const Catalogue& catalogue);

struct CheckinResult {
    storage::AppointmentRecord appointment; // checked in, or cancelled when blocked
    storage::ScreeningRecord screening; // as stored, with its id and result
    bool blocked = false;
    QJsonArray blocking; // the result's blocking findings, each with its "name"
    QJsonArray review; // the findings that need a clinician's review, each with its "name"
    QJsonObject otherTexts; // the free-text answers given (not empty), for the clinician to read
};

// The result the check-in would store for appointment `appointmentId` with `answers` (the
// screening's result JSON, as ScreeningService::screeningResult gives it), without storing
// anything: what the check-in form shows as it is filled in.
[[nodiscard]] Outcome<QJsonObject> checkinResult(
    const UseCaseContext& ctx, qint64 appointmentId, const CheckinAnswers& answers);

// The result's findings with `effect` ("blocks", "review", "advice"), each with a "name" a person reads.
[[nodiscard]] QJsonArray checkinFindings(const Catalogue& catalogue, const QJsonObject& result, const QString& effect);

// Checks the patient in: stores the pre-session screening with its result on the appointment's
// day, then checks the appointment in, or cancels it with the reason when a blocking finding is
// in effect. Only a booked appointment can be checked in (Invalid otherwise). The screening is
// kept even when the appointment has changed meanwhile (the error then says so).
[[nodiscard]] Outcome<CheckinResult> checkIn(
    const UseCaseContext& ctx, const AppointmentTarget& target, const CheckinAnswers& answers);

} // namespace np::services
