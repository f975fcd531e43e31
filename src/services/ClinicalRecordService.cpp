#include "ClinicalRecordService.h"

namespace np::services {
namespace {

// Stored findings are read and withdrawn by their codes alone: a code the catalogue in use no
// longer knows can still be shown and retracted.
const Catalogue& noCatalogue()
{
    static const Catalogue none;
    return none;
}

storage::FindingRepository findings(const UseCaseContext& ctx, const Catalogue& catalogue)
{
    storage::FindingRepository repository(ctx.db, catalogue);
    repository.setClock(ctx.clock);
    return repository;
}

} // namespace

Outcome<qint64> addFinding(const UseCaseContext& ctx, const storage::FindingRecord& finding)
{
    return outcomeOf(findings(ctx, ctx.catalogue).add(finding, ctx.actor.name));
}

Outcome<qint64> correctFinding(const UseCaseContext& ctx, const storage::FindingRecord& finding)
{
    return outcomeOf(findings(ctx, ctx.catalogue).correct(finding, ctx.actor.name));
}

Outcome<void> retractFinding(const UseCaseContext& ctx, qint64 revisionId, int version, const QString& reason)
{
    return outcomeOf(findings(ctx, noCatalogue()).retract(revisionId, version, reason, ctx.actor.name));
}

Outcome<QList<storage::FindingRecord>> currentFindings(const UseCaseContext& ctx, qint64 patientId)
{
    return outcomeOf(findings(ctx, noCatalogue()).current(patientId));
}

Outcome<QList<storage::FindingRecord>> findingHistory(const UseCaseContext& ctx, qint64 anyRevisionId)
{
    storage::FindingRepository repository = findings(ctx, noCatalogue());
    auto revision = repository.get(anyRevisionId);
    if (!revision)
        return std::unexpected(ServiceError::fromStorage(revision.error()));
    return outcomeOf(repository.history(revision->findingKey));
}

} // namespace np::services
