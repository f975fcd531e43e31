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

Outcome<QHash<QString, storage::RecallContact>> recallContacts(const UseCaseContext& ctx)
{
    return outcomeOf(storage::latestRecallContacts(ctx.db));
}

Outcome<storage::RecallContact> markContacted(
    const UseCaseContext& ctx, const storage::Recall& recall, const QString& note)
{
    storage::RecallContact contact;
    contact.patientId = recall.patientId;
    contact.recall = storage::recallKey(recall);
    contact.contactedOn = ctx.today;
    contact.note = note;
    return outcomeOf(storage::addRecallContact(ctx.db, std::move(contact), ctx.actor.name, ctx.clock));
}

} // namespace np::services
