// findings add: health findings with the catalogue's codes, JSON in and out.
#include "Commands.h"
#include "SubCommands.h"

#include "core/JsonReader.h"
#include "storage/FindingRepository.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace np::cli {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(FindingCommands)
};

// {"code", "areas", "since", "until", "note"}: strict, unknown keys refused. Codes and areas are
// checked against the catalogue by the repository.
std::optional<storage::FindingRecord> readFinding(const QByteArray& bytes, const QString& file, Problems& problems)
{
    JsonContext json {file, {}};
    const auto root = parseJsonObject(bytes, json);
    if (!root) {
        problems = json.problems;
        return std::nullopt;
    }
    JsonObjectReader r(*root, QString(), json);
    storage::FindingRecord f;
    f.code = r.string(u"code").value_or(QString());
    f.areas = r.stringList(u"areas", Need::Optional).value_or(QStringList());
    f.since = r.date(u"since", Need::Optional);
    f.until = r.date(u"until", Need::Optional);
    f.note = r.string(u"note", Need::Optional).value_or(QString());
    r.finish();
    if (!json.ok()) {
        problems = json.problems;
        return std::nullopt;
    }
    return f;
}

int runAdd(CommandContext& ctx, const QStringList& positional)
{
    if (positional.isEmpty() || positional.size() > 2) {
        ctx.printError(Tr::tr("findings add needs a PATIENT_ID and at most one JSON file"));
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
    Problems problems;
    auto finding = readFinding(*bytes, name, problems);
    if (!finding) {
        ctx.printProblems(problems);
        return BadInput;
    }
    finding->patientId = *patientId;
    storage::Database* db = ctx.database();
    if (!db)
        return DatabaseProblem;
    auto id = storage::FindingRepository(*db, *catalogue).add(*finding, ctx.actor());
    if (!id)
        return ctx.fail(id.error());
    ctx.printJson({{u"id"_s, *id}});
    return Success;
}

const QList<SubCommand>& findingCommands()
{
    static const QList<SubCommand> table {
        {u"add"_s, u"PATIENT_ID [FILE]"_s, &noOptions, &runAdd},
    };
    return table;
}

} // namespace

QList<QCommandLineOption> findingsOptions()
{
    return subCommandOptions(findingCommands());
}

QString findingsUsage()
{
    return subCommandUsage();
}

QString findingsSummary()
{
    return Tr::tr("Health findings with the catalogue's codes, JSON in: %1.").arg(subCommandForms(findingCommands()));
}

int runFindings(CommandContext& ctx, const QStringList& positional)
{
    return dispatch(ctx, u"findings"_s, findingCommands(), positional);
}

} // namespace np::cli
