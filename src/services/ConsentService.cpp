#include "ConsentService.h"

namespace np::services {

Outcome<qint64> addConsent(const UseCaseContext& ctx, const storage::ConsentRecord& consent)
{
    return outcomeOf(repositoryFor<storage::ConsentRepository>(ctx).add(consent, ctx.actor.name));
}

Outcome<void> withdrawConsent(const UseCaseContext& ctx, qint64 id, int version, const QString& reason)
{
    return outcomeOf(repositoryFor<storage::ConsentRepository>(ctx).withdraw(id, version, reason, ctx.actor.name));
}

Outcome<QList<storage::ConsentRecord>> consentsOf(const UseCaseContext& ctx, qint64 patientId)
{
    return outcomeOf(repositoryFor<storage::ConsentRepository>(ctx).forPatient(patientId));
}

} // namespace np::services
