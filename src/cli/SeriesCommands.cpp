// series create | show | list | status: treatment series planned by the engine for a patient in
// the database, stored with their planned sessions; JSON in and out.
#include "Commands.h"
#include "RecordSubCommands.h"
#include "SeriesRequest.h"
#include "SubCommands.h"

#include "core/JsonReader.h"
#include "core/PlanJson.h"
#include "services/SeriesService.h"
#include "storage/SeriesJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace np::cli {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(SeriesCommands)
};

QJsonArray sessionsJson(const storage::SeriesRecord& series)
{
    QJsonArray out;
    for (const storage::PlannedSessionRecord& s : series.sessions)
        out.append(storage::plannedSessionToJson(s));
    return out;
}

// Plans a series for PATIENT_ID exactly as `plan` would, with the patient's birth date, skin type,
// current findings and other sessions from the database, and stores it. A blocked plan stores nothing.
int runCreate(CommandContext& ctx, const QStringList& positional)
{
    if (positional.isEmpty() || positional.size() > 2) {
        ctx.printError(Tr::tr("series create needs a PATIENT_ID and at most one JSON file"));
        return Failure;
    }
    const auto patientId = recordId(ctx, Tr::tr("patient"), positional.first());
    if (!patientId)
        return BadInput;
    const Catalogue* catalogue = ctx.catalogue();
    if (!catalogue)
        return BadInput;
    QString name;
    const auto bytes = ctx.readInput(positional.value(1), &name);
    if (!bytes)
        return BadInput;
    JsonContext json {name, {}};
    const auto root = parseJsonObject(*bytes, json);
    if (!root) {
        ctx.printProblems(json.problems);
        return BadInput;
    }
    auto request = parseSeriesRequest(ctx, *patientId, *root, name);
    if (!request)
        return request.error();
    auto useCases = ctx.useCases();
    if (!useCases)
        return useCases.error();
    auto created = services::createSeries(*useCases, *patientId, std::move(*request));
    if (!created) {
        services::ServiceError error = created.error();
        for (Problem& p : error.problems)
            p.file = name;
        return ctx.fail(error);
    }
    if (!created->stored) {
        ctx.printJson(planToJson(created->plan));
        ctx.printError(Tr::tr("the plan is blocked (see its findings): nothing was stored"));
        return RuleRefused;
    }
    const storage::SeriesRecord& stored = *created->stored;
    ctx.printJson({{u"id"_s, stored.id}, {u"version"_s, stored.version}, {u"sessions"_s, sessionsJson(stored)},
        {u"plan"_s, planToJson(created->plan)}});
    return Success;
}

int runShow(CommandContext& ctx, const QStringList& positional)
{
    return runReadOne(ctx, u"series show"_s, Tr::tr("series"), positional,
        [](const services::UseCaseContext& useCases, qint64 id) -> services::Outcome<QJsonValue> {
            auto found = services::seriesRecord(useCases, id);
            if (!found)
                return std::unexpected(found.error());
            return storage::seriesToJson(*found);
        });
}

int runList(CommandContext& ctx, const QStringList& positional)
{
    return runReadOne(ctx, u"series list"_s, Tr::tr("patient"), positional,
        [](const services::UseCaseContext& useCases, qint64 patientId) -> services::Outcome<QJsonValue> {
            auto all = services::seriesOf(useCases, patientId);
            if (!all)
                return std::unexpected(all.error());
            QJsonArray out;
            for (const storage::SeriesRecord& s : *all)
                out.append(storage::seriesToJson(s));
            return out;
        });
}

QList<QCommandLineOption> statusOptions()
{
    return {readVersionOption(),
        QCommandLineOption(
            u"to"_s, Tr::tr("The series' new status: %1.").arg(storage::seriesStatuses().join(u", "_s)), u"STATUS"_s)};
}

int runStatus(CommandContext& ctx, const QStringList& positional)
{
    if (positional.size() != 1) {
        ctx.printError(Tr::tr("series status needs one SERIES_ID"));
        return Failure;
    }
    const auto id = recordId(ctx, Tr::tr("series"), positional.first());
    if (!id)
        return BadInput;
    const auto version = readVersion(ctx, u"series status"_s);
    if (!version)
        return ctx.parser.isSet(u"version"_s) ? BadInput : Failure;
    if (!ctx.parser.isSet(u"to"_s)) {
        ctx.printError(Tr::tr("series status needs --to STATUS (%1)").arg(storage::seriesStatuses().join(u", "_s)));
        return Failure;
    }
    auto useCases = ctx.useCases();
    if (!useCases)
        return useCases.error();
    auto changed = services::setSeriesStatus(*useCases, *id, *version, ctx.parser.value(u"to"_s));
    if (!changed)
        return ctx.fail(changed.error());
    ctx.printJson({{u"id"_s, changed->id}, {u"version"_s, changed->version}, {u"status"_s, changed->status}});
    return Success;
}

} // namespace

const QList<SubCommand>& seriesCommands()
{
    static const QList<SubCommand> table {
        {u"create"_s, u"PATIENT_ID [FILE]"_s, &noOptions, &runCreate},
        {u"book"_s, u"--patient ID [FILE] [--dry-run]"_s, &seriesBookOptions, &runSeriesBook},
        {u"show"_s, u"SERIES_ID"_s, &noOptions, &runShow},
        {u"list"_s, u"PATIENT_ID"_s, &noOptions, &runList},
        {u"status"_s, u"SERIES_ID --version V --to STATUS"_s, &statusOptions, &runStatus},
    };
    return table;
}

} // namespace np::cli
