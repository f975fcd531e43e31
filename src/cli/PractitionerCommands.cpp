// practitioners add | update | deactivate | activate | list: who treats, with which modalities.
#include "Commands.h"
#include "RecordSubCommands.h"
#include "SubCommands.h"

#include "core/JsonReader.h"
#include "services/ClinicSetupService.h"
#include "storage/ClinicalRecordJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace np::cli {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(PractitionerCommands)
};

enum class Read { New, Update };

// {"display_name", "role", "modalities", "active" (new only)}; an update is the whole record plus
// "version", the version read. Strict, unknown keys refused; modalities checked by the repository.
std::optional<storage::PractitionerRecord> readPractitioner(
    const QByteArray& bytes, const QString& file, Read read, Problems& problems)
{
    return readJsonObject(bytes, file, problems, [&](JsonObjectReader& r, JsonContext&, const QJsonObject&) {
        storage::PractitionerRecord p;
        p.displayName = r.string(u"display_name").value_or(QString());
        p.role = r.string(u"role", Need::Optional).value_or(QString());
        p.modalities = r.stringList(u"modalities", Need::Optional).value_or(QStringList());
        if (read == Read::New)
            p.active = r.boolean(u"active", Need::Optional).value_or(true);
        else
            p.version = r.integer(u"version", Need::Required, 1).value_or(0);
        return p;
    });
}

int runAdd(CommandContext& ctx, const QStringList& positional)
{
    if (positional.size() > 1) {
        ctx.printError(Tr::tr("practitioners add takes at most one JSON file"));
        return Failure;
    }
    const Catalogue* catalogue = ctx.catalogue();
    if (!catalogue)
        return BadInput;
    QString name;
    const auto bytes = ctx.readInput(positional.value(0), &name);
    if (!bytes)
        return BadInput;
    Problems problems;
    const auto practitioner = readPractitioner(*bytes, name, Read::New, problems);
    if (!practitioner) {
        ctx.printProblems(problems);
        return BadInput;
    }
    const auto useCases = ctx.useCases();
    if (!useCases)
        return useCases.error();
    auto id = services::addPractitioner(*useCases, *practitioner);
    if (!id)
        return ctx.fail(id.error());
    ctx.printJson({{u"id"_s, *id}});
    return Success;
}

int runUpdate(CommandContext& ctx, const QStringList& positional)
{
    int exitCode = Failure;
    const auto input = readRecordInput(ctx, u"practitioners update"_s, Tr::tr("practitioner"), positional, exitCode);
    if (!input)
        return exitCode;
    Problems problems;
    auto practitioner = readPractitioner(input->bytes, input->name, Read::Update, problems);
    if (!practitioner) {
        ctx.printProblems(problems);
        return BadInput;
    }
    practitioner->id = input->id;
    const auto useCases = ctx.useCases();
    if (!useCases)
        return useCases.error();
    if (auto done = services::updatePractitioner(*useCases, *practitioner); !done)
        return ctx.fail(done.error());
    ctx.printJson({{u"id"_s, input->id}, {u"version"_s, practitioner->version + 1}});
    return Success;
}

QList<QCommandLineOption> versionOptions()
{
    return {readVersionOption()};
}

int setActive(CommandContext& ctx, const QStringList& positional, bool active)
{
    return runRecordChange(ctx, active ? u"practitioners activate"_s : u"practitioners deactivate"_s,
        Tr::tr("practitioner"), positional, NeedReason::No,
        [active](const services::UseCaseContext& useCases, const RecordChange& change) {
            return services::setPractitionerActive(useCases, change.id, change.version, active);
        },
        {{u"active"_s, active}});
}

int runDeactivate(CommandContext& ctx, const QStringList& positional)
{
    return setActive(ctx, positional, false);
}

int runActivate(CommandContext& ctx, const QStringList& positional)
{
    return setActive(ctx, positional, true);
}

QList<QCommandLineOption> listOptions()
{
    return {QCommandLineOption(u"all"_s, Tr::tr("Include inactive practitioners."))};
}

int runList(CommandContext& ctx, const QStringList& positional)
{
    if (!positional.isEmpty()) {
        ctx.printError(Tr::tr("practitioners list takes no arguments"));
        return Failure;
    }
    const auto useCases = ctx.useCases();
    if (!useCases)
        return useCases.error();
    auto list = services::practitioners(*useCases, ctx.parser.isSet(u"all"_s));
    if (!list)
        return ctx.fail(list.error());
    QJsonArray out;
    for (const storage::PractitionerRecord& p : *list)
        out.append(storage::practitionerToJson(p));
    ctx.io.out.write(QJsonDocument(out).toJson(QJsonDocument::Indented));
    return Success;
}

} // namespace

const QList<SubCommand>& practitionerCommands()
{
    static const QList<SubCommand> table {
        {u"add"_s, u"[FILE]"_s, &noOptions, &runAdd},
        {u"update"_s, u"ID [FILE]"_s, &noOptions, &runUpdate},
        {u"deactivate"_s, u"ID --version V"_s, &versionOptions, &runDeactivate},
        {u"activate"_s, u"ID --version V"_s, &versionOptions, &runActivate},
        {u"list"_s, u"[--all]"_s, &listOptions, &runList},
    };
    return table;
}

} // namespace np::cli
