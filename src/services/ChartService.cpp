#include "ChartService.h"

namespace np::services {

Outcome<storage::ChartRecord> addChart(const UseCaseContext& ctx, const storage::ChartRecord& chart)
{
    return outcomeOf(repositoryFor<storage::ChartRepository>(ctx).add(chart, ctx.actor.name));
}

Outcome<storage::ChartRecord> correctChart(const UseCaseContext& ctx, const storage::ChartRecord& chart)
{
    return outcomeOf(repositoryFor<storage::ChartRepository>(ctx).update(chart, ctx.actor.name));
}

Outcome<storage::ChartRecord> chart(const UseCaseContext& ctx, qint64 id)
{
    return outcomeOf(repositoryFor<storage::ChartRepository>(ctx).get(id));
}

} // namespace np::services
