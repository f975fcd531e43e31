#include "Commands.h"

#include "core/PlanJson.h"
#include "core/SeriesPlanner.h"

#include <QCoreApplication>

namespace np::cli {

QList<QCommandLineOption> planOptions()
{
    return {};
}

int runPlan(CommandContext& ctx, const QStringList& positional)
{
    if (positional.size() > 1) {
        ctx.printError(QCoreApplication::translate("PlanCommand", "plan takes at most one request file"));
        return Failure;
    }
    const Catalogue* catalogue = ctx.catalogue();
    if (!catalogue)
        return BadInput;
    QString name;
    const auto bytes = ctx.readInput(positional.value(0), &name);
    if (!bytes)
        return BadInput;
    auto request = parsePlanRequest(*bytes, name);
    if (!request) {
        ctx.printProblems(request.error());
        return BadInput;
    }
    const auto plan = planSeries(*catalogue, *request, ctx.today);
    if (!plan) {
        Problems problems = plan.error();
        for (Problem& p : problems)
            p.file = name;
        ctx.printProblems(problems);
        return BadInput;
    }
    ctx.printJson(planToJson(*plan));
    return plan->status == PlanStatus::Blocked ? RuleRefused : Success;
}

} // namespace np::cli
