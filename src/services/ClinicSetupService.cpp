#include "ClinicSetupService.h"

#include "ClinicSchedule.h"

namespace np::services {

Outcome<storage::StoredClinic> loadClinic(
    const UseCaseContext& ctx, const ClinicSetup& setup, const QByteArray& logo, std::optional<int> expectedVersion)
{
    auto clinics = repositoryFor<storage::ClinicRepository>(ctx);
    return outcomeOf(clinics.load(setup, logo, ctx.actor.name, expectedVersion));
}

Outcome<storage::StoredClinic> clinic(const UseCaseContext& ctx)
{
    return storedClinic(ctx.db, ctx.catalogue);
}

Outcome<qint64> addPractitioner(const UseCaseContext& ctx, const storage::PractitionerRecord& p)
{
    return outcomeOf(repositoryFor<storage::PractitionerRepository>(ctx).add(p, ctx.actor.name));
}

Outcome<void> updatePractitioner(const UseCaseContext& ctx, const storage::PractitionerRecord& p)
{
    return outcomeOf(repositoryFor<storage::PractitionerRepository>(ctx).update(p, ctx.actor.name));
}

Outcome<void> setPractitionerActive(const UseCaseContext& ctx, qint64 id, int version, bool active)
{
    return outcomeOf(
        repositoryFor<storage::PractitionerRepository>(ctx).setActive(id, version, active, ctx.actor.name));
}

Outcome<QList<storage::PractitionerRecord>> practitioners(const UseCaseContext& ctx, bool includeInactive)
{
    return outcomeOf(repositoryFor<storage::PractitionerRepository>(ctx).all(includeInactive));
}

} // namespace np::services
