// findings add | correct | history | retract: health findings with the catalogue's codes, JSON in
// and out.
#include "Commands.h"
#include "SubCommands.h"

#include "core/JsonReader.h"
#include "services/ClinicalRecordService.h"
#include "storage/FindingRepository.h"
#include "storage/RecordJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace np::cli {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(FindingCommands)
};

enum class Read { New, Correction };

// {"code", "areas", "since", "until", "note"}: strict, unknown keys refused; a correction is the
// whole corrected finding plus "version", the version of the revision the caller read. Codes and
// areas are checked against the catalogue by the repository.
std::optional<storage::FindingRecord> readFinding(
    const QByteArray& bytes, const QString& file, Read read, Problems& problems)
{
    return readJsonObject(bytes, file, problems, [&](JsonObjectReader& r, JsonContext&, const QJsonObject&) {
        storage::FindingRecord f;
        f.code = r.string(u"code").value_or(QString());
        f.areas = r.stringList(u"areas", Need::Optional).value_or(QStringList());
        f.since = r.date(u"since", Need::Optional);
        f.until = r.date(u"until", Need::Optional);
        f.note = r.string(u"note", Need::Optional).value_or(QString());
        if (read == Read::Correction)
            f.version = r.integer(u"version", Need::Required, 1).value_or(0);
        return f;
    });
}

// findings add PATIENT_ID and findings correct FINDING_ID (the revision read at "version": it
// becomes superseded, the correction a new revision): the finding as JSON, the new row's id out.
int writeFinding(CommandContext& ctx, const QStringList& positional, Read read)
{
    const bool adding = read == Read::New;
    if (positional.isEmpty() || positional.size() > 2) {
        ctx.printError(adding ? Tr::tr("findings add needs a PATIENT_ID and at most one JSON file")
                              : Tr::tr("findings correct needs a FINDING_ID and at most one JSON file"));
        return Failure;
    }
    const auto target = recordId(ctx, adding ? Tr::tr("patient") : Tr::tr("finding"), positional.first());
    if (!target)
        return BadInput;
    const Catalogue* catalogue = ctx.catalogue();
    if (!catalogue)
        return BadInput;
    QString name;
    const auto bytes = ctx.readInput(positional.value(1), &name);
    if (!bytes)
        return BadInput;
    Problems problems;
    auto finding = readFinding(*bytes, name, read, problems);
    if (!finding) {
        ctx.printProblems(problems);
        return BadInput;
    }
    (adding ? finding->patientId : finding->id) = *target;
    const auto useCases = ctx.useCases();
    if (!useCases)
        return useCases.error();
    auto id = adding ? services::addFinding(*useCases, *finding) : services::correctFinding(*useCases, *finding);
    if (!id)
        return ctx.fail(id.error());
    ctx.printJson({{u"id"_s, *id}});
    return Success;
}

int runAdd(CommandContext& ctx, const QStringList& positional)
{
    return writeFinding(ctx, positional, Read::New);
}

int runCorrect(CommandContext& ctx, const QStringList& positional)
{
    return writeFinding(ctx, positional, Read::Correction);
}

// Every revision of the finding that FINDING_ID (any of its revisions) belongs to, first first.
int runHistory(CommandContext& ctx, const QStringList& positional)
{
    if (positional.size() != 1) {
        ctx.printError(Tr::tr("findings history needs one FINDING_ID"));
        return Failure;
    }
    const auto findingId = recordId(ctx, Tr::tr("finding"), positional.first());
    if (!findingId)
        return BadInput;
    const auto useCases = ctx.useCases();
    if (!useCases)
        return useCases.error();
    auto history = services::findingHistory(*useCases, *findingId);
    if (!history)
        return ctx.fail(history.error());
    QJsonArray out;
    for (const storage::FindingRecord& f : *history)
        out.append(storage::findingToJson(f));
    ctx.io.out.write(QJsonDocument(out).toJson(QJsonDocument::Indented));
    return Success;
}

QList<QCommandLineOption> retractOptions()
{
    return {readVersionOption(),
        QCommandLineOption(u"reason"_s, Tr::tr("Why the finding is withdrawn (kept in the audit log)."), u"TEXT"_s)};
}

// A finding entered in error, withdrawn: no longer current, still in its history.
int runRetract(CommandContext& ctx, const QStringList& positional)
{
    if (positional.size() != 1) {
        ctx.printError(Tr::tr("findings retract needs one FINDING_ID"));
        return Failure;
    }
    const auto findingId = recordId(ctx, Tr::tr("finding"), positional.first());
    if (!findingId)
        return BadInput;
    const auto version = readVersion(ctx, u"findings retract"_s);
    if (!version)
        return ctx.parser.isSet(u"version"_s) ? BadInput : Failure;
    if (!ctx.parser.isSet(u"reason"_s)) {
        ctx.printError(Tr::tr("findings retract needs --reason TEXT: why the finding is withdrawn"));
        return Failure;
    }
    const auto useCases = ctx.useCases();
    if (!useCases)
        return useCases.error();
    if (auto done = services::retractFinding(*useCases, *findingId, *version, ctx.parser.value(u"reason"_s)); !done)
        return ctx.fail(done.error());
    ctx.printJson({{u"id"_s, *findingId}, {u"retracted"_s, true}});
    return Success;
}

} // namespace

const QList<SubCommand>& findingCommands()
{
    static const QList<SubCommand> table {
        {u"add"_s, u"PATIENT_ID [FILE]"_s, &noOptions, &runAdd},
        {u"correct"_s, u"FINDING_ID [FILE]"_s, &noOptions, &runCorrect},
        {u"history"_s, u"FINDING_ID"_s, &noOptions, &runHistory},
        {u"retract"_s, u"FINDING_ID --version V --reason TEXT"_s, &retractOptions, &runRetract},
    };
    return table;
}

} // namespace np::cli
