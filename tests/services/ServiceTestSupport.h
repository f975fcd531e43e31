#pragma once

#include "PatientTestSupport.h"

#include "services/SeriesService.h"
#include "services/UseCaseContext.h"

namespace np::test {

// The day the services tests act on, unless one says otherwise.
inline const QDate Today(2026, 11, 20);

// The context the service tests run use cases in: the built-in catalogue, the front desk ("desk")
// acting, `today` the clinic's day and the clock pinned (pinnedNow: audit times are known).
inline services::UseCaseContext deskContext(storage::Database& db, QDate today)
{
    return {db, builtInCatalogue(), {QStringLiteral("desk")}, today, pinnedNow};
}

// Three automated-pen sessions for moderate acne scars on the cheeks, from 2026-12-01, with Ana.
inline services::SeriesBookingInput threeSessions(qint64 patientId)
{
    services::SeriesBookingInput in;
    in.patientId = patientId;
    in.plan.treatment.modality = QStringLiteral("automated_pen");
    in.plan.treatment.indication = QStringLiteral("acne_scars");
    in.plan.treatment.severity = Severity::Moderate;
    in.plan.treatment.areas = {QStringLiteral("cheeks")};
    in.plan.treatment.sessions = 3;
    in.plan.earliestStart = QDate(2026, 12, 1);
    in.preferences.practitioner = QStringLiteral("ana");
    return in;
}

} // namespace np::test
