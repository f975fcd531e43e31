// series create | show | list | status: treatment series planned by the engine for a patient in
// the database, stored with their planned sessions; JSON in and out.
#include "Commands.h"
#include "RecordSubCommands.h"
#include "SubCommands.h"

#include "core/JsonReader.h"
#include "core/PlanJson.h"
#include "storage/FindingRepository.h"
#include "storage/PatientRepository.h"
#include "storage/SeriesJson.h"
#include "storage/SeriesRepository.h"

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

// The patient's sessions in their other series that still stand (not cancelled or missed), as the
// planner's existing sessions: a new series keeps its distance from them where areas are shared.
// Codes this catalogue does not know are left out (the planner would refuse them).
QList<ExistingSession> existingSessions(const Catalogue& catalogue, const QList<storage::SeriesRecord>& all)
{
    QList<ExistingSession> out;
    for (const storage::SeriesRecord& series : all) {
        if (series.status == u"cancelled"_s || !catalogue.modality(series.modality))
            continue;
        QStringList areas;
        for (const QString& a : series.areas)
            if (catalogue.areaIndex(a) >= 0)
                areas << a;
        for (const storage::PlannedSessionRecord& s : series.sessions)
            if (s.status != u"cancelled"_s && s.status != u"missed"_s && !areas.isEmpty())
                out.append({s.plannedDate, series.modality, areas});
    }
    return out;
}

// The plan request of `plan` without its "patient": that is read from the database.
std::optional<PlanRequest> readRequest(CommandContext& ctx, const QByteArray& bytes, const QString& name,
    const storage::PatientRecord& patient, const QList<Finding>& findings)
{
    JsonContext json {name, {}};
    auto root = parseJsonObject(bytes, json);
    if (root && root->contains(u"patient"_s))
        json.add(u"patient"_s, Tr::tr("comes from the database: leave it out of a series request"));
    if (!root || !json.ok()) {
        ctx.printProblems(json.problems);
        return std::nullopt;
    }
    root->insert(u"patient"_s, QJsonObject {{u"birth_date"_s, isoDate(patient.birthDate)}});
    auto request = parsePlanRequest(QJsonDocument(*root).toJson(QJsonDocument::Compact), name);
    if (!request) {
        ctx.printProblems(request.error());
        return std::nullopt;
    }
    request->patient.fitzpatrick = patient.fitzpatrick;
    request->patient.findings = findings;
    return *request;
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
    storage::Database* db = ctx.database();
    if (!db)
        return DatabaseProblem;
    auto patient = storage::PatientRepository(*db).get(*patientId);
    if (!patient)
        return ctx.fail(patient.error());
    if (patient->archived) {
        ctx.printError(Tr::tr("patient %1 is archived: unarchive them before planning a series").arg(*patientId));
        return BadInput;
    }
    auto findings = storage::FindingRepository(*db, *catalogue).currentFindings(*patientId);
    if (!findings)
        return ctx.fail(findings.error());
    storage::SeriesRepository series(*db, *catalogue);
    auto others = series.forPatient(*patientId);
    if (!others)
        return ctx.fail(others.error());
    auto request = readRequest(ctx, *bytes, name, *patient, *findings);
    if (!request)
        return BadInput;
    request->existingSessions.append(existingSessions(*catalogue, *others));
    const auto plan = planSeries(*catalogue, *request, ctx.today);
    if (!plan) {
        Problems problems = plan.error();
        for (Problem& p : problems)
            p.file = name;
        ctx.printProblems(problems);
        return BadInput;
    }
    if (plan->status == PlanStatus::Blocked) {
        ctx.printJson(planToJson(*plan));
        ctx.printError(Tr::tr("the plan is blocked (see its findings): nothing was stored"));
        return RuleRefused;
    }
    auto stored = series.create(storage::seriesFromPlan(*patientId, *request, *plan), ctx.actor());
    if (!stored)
        return ctx.fail(stored.error());
    ctx.printJson({{u"id"_s, stored->id}, {u"version"_s, stored->version}, {u"sessions"_s, sessionsJson(*stored)},
        {u"plan"_s, planToJson(*plan)}});
    return Success;
}

int runShow(CommandContext& ctx, const QStringList& positional)
{
    return runReadOne(ctx, u"series show"_s, Tr::tr("series"), positional,
        [](storage::Database& db, qint64 id) -> storage::Result<QJsonValue> {
            const Catalogue none; // only stored codes are read back
            auto found = storage::SeriesRepository(db, none).get(id);
            if (!found)
                return std::unexpected(found.error());
            return storage::seriesToJson(*found);
        });
}

int runList(CommandContext& ctx, const QStringList& positional)
{
    return runReadOne(ctx, u"series list"_s, Tr::tr("patient"), positional,
        [](storage::Database& db, qint64 patientId) -> storage::Result<QJsonValue> {
            if (auto patient = storage::PatientRepository(db).get(patientId); !patient)
                return std::unexpected(patient.error());
            const Catalogue none;
            auto all = storage::SeriesRepository(db, none).forPatient(patientId);
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
    storage::Database* db = ctx.database();
    if (!db)
        return DatabaseProblem;
    const Catalogue none;
    auto changed
        = storage::SeriesRepository(*db, none).setStatus(*id, *version, ctx.parser.value(u"to"_s), ctx.actor());
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
        {u"show"_s, u"SERIES_ID"_s, &noOptions, &runShow},
        {u"list"_s, u"PATIENT_ID"_s, &noOptions, &runList},
        {u"status"_s, u"SERIES_ID --version V --to STATUS"_s, &statusOptions, &runStatus},
    };
    return table;
}

} // namespace np::cli
