#include "ScreeningService.h"

#include "core/ScreeningAnswers.h"
#include "storage/FindingRepository.h"
#include "storage/PatientRepository.h"

#include <QSet>

namespace np::services {
namespace {

struct Profile {
    PatientProfile profile;
    QList<Finding> current;
};

Outcome<Profile> profileOf(const UseCaseContext& ctx, qint64 patientId, const QList<Finding>& yes)
{
    auto patient = storage::PatientRepository(ctx.db).get(patientId);
    if (!patient)
        return std::unexpected(ServiceError::fromStorage(patient.error()));
    auto current = storage::FindingRepository(ctx.db, ctx.catalogue).currentFindings(patientId);
    if (!current)
        return std::unexpected(ServiceError::fromStorage(current.error()));
    return Profile {{patient->birthDate, patient->fitzpatrick, *current + yes}, *current};
}

} // namespace

Outcome<QJsonObject> screeningResult(const UseCaseContext& ctx, qint64 patientId, const Treatment& treatment,
    const QList<Finding>& yes, const QDate& day)
{
    auto profile = profileOf(ctx, patientId, yes);
    if (!profile)
        return std::unexpected(profile.error());
    return resultOf(ctx.catalogue, profile->profile, treatment, day);
}

Outcome<ScreeningOutcome> addScreening(const UseCaseContext& ctx, qint64 patientId, ScreeningInput input)
{
    auto profile = profileOf(ctx, patientId, input.yes);
    if (!profile)
        return std::unexpected(profile.error());
    input.record.patientId = patientId;
    input.record.result = resultOf(ctx.catalogue, profile->profile, input.treatment, input.record.screenedOn);
    auto screenings = repositoryFor<storage::ScreeningRepository>(ctx);
    auto id = screenings.add(input.record, ctx.actor.name);
    if (!id)
        return std::unexpected(ServiceError::fromStorage(id.error()));
    ScreeningOutcome out {*id, input.record.result, {}};
    QSet<QString> recorded;
    for (const Finding& f : profile->current)
        recorded.insert(f.code);
    for (const Finding& f : input.yes)
        if (!recorded.contains(f.code))
            out.notRecordedAsFindings.append(f.code);
    return out;
}

Outcome<void> overrideScreening(const UseCaseContext& ctx, qint64 id, int version, const QString& reason)
{
    auto screenings = repositoryFor<storage::ScreeningRepository>(ctx);
    return outcomeOf(screenings.override(id, version, reason, ctx.actor.name));
}

Outcome<storage::ScreeningRecord> screening(const UseCaseContext& ctx, qint64 id)
{
    return outcomeOf(storage::ScreeningRepository(ctx.db, ctx.catalogue).get(id));
}

Outcome<QList<storage::ScreeningRecord>> screeningsOf(const UseCaseContext& ctx, qint64 patientId)
{
    return outcomeOf(storage::ScreeningRepository(ctx.db, ctx.catalogue).forPatient(patientId));
}

} // namespace np::services
