// screenings add | override | list | show: contraindication screenings, the engine's result
// computed from the answers and the patient's current findings.
#include "Commands.h"
#include "RecordSubCommands.h"
#include "SubCommands.h"

#include "core/JsonReader.h"
#include "core/ScreeningAnswers.h"
#include "services/ScreeningService.h"
#include "storage/ClinicalRecordJson.h"
#include "storage/FindingRepository.h"
#include "storage/PatientRepository.h"
#include "storage/ScreeningRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

using namespace Qt::StringLiterals;

namespace np::cli {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ScreeningCommands)
};

using services::ScreeningInput;

// {"screened_on" (default: today), "kind" ("full" or "pre_session", default "full"), "series_id",
// "modality", "areas", "answers"}: strict, unknown keys refused, codes checked against the catalogue.
std::optional<ScreeningInput> readScreening(
    const QByteArray& bytes, const QString& file, const Catalogue& catalogue, const QDate& today, Problems& problems)
{
    return readJsonObject(bytes, file, problems, [&](JsonObjectReader& r, JsonContext& json, const QJsonObject&) {
        ScreeningInput in;
        in.record.screenedOn = r.date(u"screened_on", Need::Optional).value_or(today);
        const QString kind = r.string(u"kind", Need::Optional).value_or(u"full"_s);
        if (const auto k = storage::screeningKindFromCode(kind))
            in.record.kind = *k;
        else
            r.error(u"kind", Tr::tr("must be \"full\" or \"pre_session\", not \"%1\"").arg(kind));
        if (const auto series = r.integer(u"series_id", Need::Optional, 1))
            in.record.seriesId = *series;
        if (const auto modality = r.string(u"modality")) {
            in.treatment.modality = *modality;
            if (!catalogue.modality(*modality))
                r.error(u"modality", Tr::tr("unknown modality \"%1\"").arg(*modality));
        }
        if (const auto areas = r.stringList(u"areas")) {
            in.treatment.areas = *areas;
            if (areas->isEmpty())
                r.error(u"areas", Tr::tr("needs at least one treated area"));
        }
        for (qsizetype i = 0; i < in.treatment.areas.size(); ++i)
            if (catalogue.areaIndex(in.treatment.areas[i]) < 0)
                json.add(jsonPath(r.pathOf(u"areas"), i), Tr::tr("unknown area \"%1\"").arg(in.treatment.areas[i]));
        in.record.answers = r.object(u"answers").value_or(QJsonObject());
        in.yes = answersToFindings(catalogue, in.record.answers, json, r.pathOf(u"answers"));
        return in;
    });
}

int runAdd(CommandContext& ctx, const QStringList& positional)
{
    int exitCode = Failure;
    const auto input = readRecordInput(ctx, u"screenings add"_s, Tr::tr("patient"), positional, exitCode);
    if (!input)
        return exitCode;
    const qint64 patientId = input->id;
    const Catalogue& catalogue = *input->catalogue;
    Problems problems;
    auto in = readScreening(input->bytes, input->name, catalogue, ctx.today, problems);
    if (!in) {
        ctx.printProblems(problems);
        return BadInput;
    }
    const auto useCases = ctx.useCases();
    if (!useCases)
        return useCases.error();
    auto added = services::addScreening(*useCases, patientId, std::move(*in));
    if (!added)
        return ctx.fail(added.error());
    QJsonArray notRecorded;
    for (const QString& code : added->notRecordedAsFindings)
        notRecorded.append(code);
    ctx.printJson({{u"id"_s, added->id}, {u"result"_s, added->result}, {u"not_recorded_as_findings"_s, notRecorded}});
    return Success;
}

QList<QCommandLineOption> overrideOptions()
{
    return {readVersionOption(),
        reasonOption(Tr::tr("Why the session goes ahead despite a \"review\" result (kept with the screening)."))};
}

int runOverride(CommandContext& ctx, const QStringList& positional)
{
    return runRecordChange(ctx, u"screenings override"_s, Tr::tr("screening"), positional, NeedReason::Yes,
        [](const services::UseCaseContext& useCases, const RecordChange& change) {
            return services::overrideScreening(useCases, change.id, change.version, change.reason);
        },
        {{u"overridden"_s, true}});
}

int runList(CommandContext& ctx, const QStringList& positional)
{
    return runReadOne(ctx, u"screenings list"_s, Tr::tr("patient"), positional,
        [](const services::UseCaseContext& useCases, qint64 patientId) -> services::Outcome<QJsonValue> {
            auto list = services::screeningsOf(useCases, patientId);
            if (!list)
                return std::unexpected(list.error());
            QJsonArray out;
            for (const storage::ScreeningRecord& s : *list)
                out.append(storage::screeningToJson(s));
            return out;
        });
}

int runShow(CommandContext& ctx, const QStringList& positional)
{
    return runReadOne(ctx, u"screenings show"_s, Tr::tr("screening"), positional,
        [](const services::UseCaseContext& useCases, qint64 id) -> services::Outcome<QJsonValue> {
            auto screening = services::screening(useCases, id);
            if (!screening)
                return std::unexpected(screening.error());
            return storage::screeningToJson(*screening);
        });
}

} // namespace

const QList<SubCommand>& screeningCommands()
{
    static const QList<SubCommand> table {
        {u"add"_s, u"PATIENT_ID [FILE]"_s, &noOptions, &runAdd},
        {u"override"_s, u"ID --version V --reason TEXT"_s, &overrideOptions, &runOverride},
        {u"list"_s, u"PATIENT_ID"_s, &noOptions, &runList},
        {u"show"_s, u"ID"_s, &noOptions, &runShow},
    };
    return table;
}

} // namespace np::cli
