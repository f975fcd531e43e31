#include "RecallService.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace np::services {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(RecallService)
};

} // namespace

Outcome<storage::RecallLists> recallLists(const UseCaseContext& ctx, int withinDays)
{
    if (withinDays < 0 || withinDays > LongestRecallDays)
        return std::unexpected(ServiceError::invalidAt(
            u"within"_s, Tr::tr("\"%1\" is not a number of days from 0 to %2").arg(withinDays).arg(LongestRecallDays)));
    return outcomeOf(storage::readRecalls(ctx.db, ctx.catalogue, RecallWindow {ctx.today, withinDays}));
}

} // namespace np::services
