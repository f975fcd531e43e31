// checkin APPOINTMENT_ID [FILE]: the pre-session re-screen (the catalogue's pre_session_screen).
// The screening is stored first, then the appointment changes: checked in, or, when a blocking
// finding is in effect on the appointment's day, cancelled with the reason (exit 3).
#include "Commands.h"
#include "RecordSubCommands.h"

#include "services/CheckinService.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace np::cli {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(CheckinCommand)
};

} // namespace

int runCheckin(CommandContext& ctx, const QStringList& positional)
{
    int exitCode = Failure;
    const auto input = readRecordInput(ctx, u"checkin"_s, Tr::tr("appointment"), positional, exitCode);
    if (!input)
        return exitCode;
    const auto in = services::readCheckinAnswers(input->bytes, input->name, *input->catalogue);
    if (!in)
        return ctx.fail(in.error());
    auto useCases = ctx.useCases();
    if (!useCases)
        return useCases.error();
    const auto done = services::checkIn(*useCases, {input->id, std::nullopt}, *in);
    if (!done)
        return ctx.fail(done.error());
    const QJsonObject& result = done->screening.result;
    QJsonObject out {
        {u"status"_s, done->blocked ? u"blocked"_s : storage::appointmentStatusCode(done->appointment.status)},
        {u"appointment_id"_s, done->appointment.id}, {u"screening_id"_s, done->screening.id}, {u"result"_s, result}};
    if (!done->otherTexts.isEmpty())
        out.insert(u"other"_s, done->otherTexts);
    if (done->blocked) {
        out.insert(u"reasons"_s, done->blocking);
        out.insert(u"rebook_from"_s, result.value(u"clears_on"_s));
        if (result.value(u"clears_on"_s).isNull())
            out.insert(u"rebook_when"_s, Tr::tr("when the blocking finding is resolved: screen again then"));
        ctx.printJson(out);
        return RuleRefused;
    }
    if (done->screening.status() == u"review") {
        out.insert(u"review_needed"_s, true);
        out.insert(u"findings"_s, done->review);
    }
    ctx.printJson(out);
    return Success;
}

} // namespace np::cli
