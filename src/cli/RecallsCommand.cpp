// recalls [--within DAYS] [--csv FILE]: who to call back (unbooked and overdue sessions, results
// reviews, maintenance, washouts clearing), with contact details; JSON out, optionally a CSV file.
#include "Commands.h"
#include "core/AtomicFile.h"

#include "core/JsonReader.h"
#include "services/RecallService.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace np::cli {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(RecallsCommand)
};

// The number of days --within gives; its range is the use case's to judge.
std::optional<int> withinOption(CommandContext& ctx)
{
    if (!ctx.parser.isSet(u"within"_s))
        return services::DefaultRecallDays;
    bool ok = false;
    const int days = ctx.parser.value(u"within"_s).toInt(&ok);
    if (!ok) {
        ctx.printError(Tr::tr("--within: \"%1\" is not a number of days from 0 to %2")
                           .arg(ctx.parser.value(u"within"_s))
                           .arg(services::LongestRecallDays));
        return std::nullopt;
    }
    return days;
}

QJsonArray recallsJson(const QList<storage::Recall>& recalls)
{
    QJsonArray out;
    for (const storage::Recall& r : recalls)
        out.append(QJsonObject {{u"patient_id"_s, r.patientId}, {u"name"_s, r.name}, {u"phone"_s, r.phone},
            {u"email"_s, r.email}, {u"due"_s, isoDate(r.due)}, {u"what"_s, r.what}});
    return out;
}

bool writeCsv(CommandContext& ctx, const QString& path, const QByteArray& bytes)
{
    const auto written = writeFileAtomically(path, bytes);
    if (!written)
        ctx.printError(Tr::tr("--csv: cannot write %1: %2").arg(path, written.error()));
    return written.has_value();
}

} // namespace

QList<QCommandLineOption> recallsOptions()
{
    return {
        QCommandLineOption(u"within"_s,
            Tr::tr("How many days ahead of today the lists look (default %1).").arg(services::DefaultRecallDays),
            u"DAYS"_s),
        QCommandLineOption(u"csv"_s, Tr::tr("Also write every recall to this CSV file (replaced whole)."), u"FILE"_s),
    };
}

int runRecalls(CommandContext& ctx, const QStringList& positional)
{
    if (!positional.isEmpty()) {
        ctx.printError(Tr::tr("recalls takes no arguments, only --within DAYS and --csv FILE"));
        return Failure;
    }
    if (ctx.parser.isSet(u"csv"_s) && ctx.parser.value(u"csv"_s).isEmpty()) {
        ctx.printError(Tr::tr("--csv needs a file name"));
        return Failure;
    }
    const auto within = withinOption(ctx);
    if (!within)
        return BadInput;
    const auto useCases = ctx.useCases();
    if (!useCases)
        return useCases.error();
    const auto lists = services::recallLists(*useCases, *within);
    if (!lists)
        return ctx.failOptions(lists.error());
    QJsonObject out {{u"today"_s, isoDate(ctx.today)}, {u"within"_s, *within},
        {u"recalls"_s,
            QJsonObject {{u"unbooked"_s, recallsJson(lists->unbooked)}, {u"overdue"_s, recallsJson(lists->overdue)},
                {u"results_review"_s, recallsJson(lists->resultsReview)},
                {u"maintenance"_s, recallsJson(lists->maintenance)},
                {u"washout_clearing"_s, recallsJson(lists->washoutClearing)}}}};
    if (ctx.parser.isSet(u"csv"_s)) {
        const QString path = ctx.parser.value(u"csv"_s);
        if (!writeCsv(ctx, path, storage::recallsToCsv(lists->all())))
            return BadInput;
        out.insert(u"csv"_s, path);
    }
    ctx.printJson(out);
    return Success;
}

} // namespace np::cli
