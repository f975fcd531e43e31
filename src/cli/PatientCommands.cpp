// patients add | update | archive | unarchive | search | show: the patient records, JSON in and out.
#include "Commands.h"
#include "RecordSubCommands.h"
#include "SubCommands.h"

#include "core/JsonReader.h"
#include "services/PatientService.h"
#include "storage/FindingRepository.h"
#include "storage/PatientRepository.h"
#include "storage/PatientValidation.h"
#include "storage/RecordJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace np::cli {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(PatientCommands)
};

constexpr int DefaultSearchLimit = 20;

enum class Read { New, Update };

// {"family_name", "given_names", ...}: strict, unknown keys refused. Read over `p`: a key that is
// absent keeps p's value (for add, an empty record; for update, the stored one), null empties it.
// An update also needs "version", the version the caller read. Whether the record is acceptable
// (a name, a birth date in the past, ...) is the repository's call.
std::optional<storage::PatientRecord> readPatient(
    const QByteArray& bytes, const QString& file, storage::PatientRecord p, Read read, Problems& problems)
{
    return readJsonObject(bytes, file, problems, [&](JsonObjectReader& r, JsonContext&, const QJsonObject& root) {
        const auto text = [&](QStringView key, QString& field, const QString& empty = QString()) {
            if (root.contains(key))
                field = r.string(key, Need::Optional).value_or(empty);
        };
        text(u"family_name", p.familyName);
        text(u"given_names", p.givenNames);
        text(u"preferred_name", p.preferredName);
        if (root.contains(u"birth_date"))
            p.birthDate = r.date(u"birth_date", Need::Optional).value_or(QDate());
        text(u"sex", p.sex);
        text(u"phone", p.phone);
        text(u"email", p.email);
        text(u"address", p.address);
        text(u"town", p.town);
        text(u"region", p.region);
        text(u"postcode", p.postcode);
        text(u"country", p.country);
        text(u"external_ref", p.externalRef);
        text(u"preferred_language", p.preferredLanguage, storage::PatientRecord().preferredLanguage);
        // 1 to 6, or as in a CSV import "III" (storage::parseFitzpatrick: one reading for both).
        if (root.value(u"fitzpatrick").isString()) {
            const QString fitz = r.string(u"fitzpatrick", Need::Optional).value_or(QString());
            p.fitzpatrick = storage::parseFitzpatrick(fitz);
            if (!p.fitzpatrick)
                r.error(u"fitzpatrick", Tr::tr("\"%1\" is not a Fitzpatrick type (1 to 6, or I to VI)").arg(fitz));
        } else if (root.contains(u"fitzpatrick"))
            p.fitzpatrick = r.integer(u"fitzpatrick", Need::Optional, 1, 6);
        text(u"notes", p.notes);
        if (read == Read::Update)
            p.version = r.integer(u"version", Need::Required, 1).value_or(0);
        return p;
    });
}

QList<QCommandLineOption> searchOptions()
{
    return {
        QCommandLineOption(u"limit"_s, Tr::tr("At most N matches (default %1).").arg(DefaultSearchLimit), u"N"_s),
        QCommandLineOption(u"archived"_s, Tr::tr("Include archived patients.")),
    };
}

int runAdd(CommandContext& ctx, const QStringList& positional)
{
    if (positional.size() > 1) {
        ctx.printError(Tr::tr("patients add takes at most one JSON file"));
        return Failure;
    }
    QString name;
    const auto bytes = ctx.readInput(positional.value(0), &name);
    if (!bytes)
        return BadInput;
    Problems problems;
    const auto patient = readPatient(*bytes, name, storage::PatientRecord(), Read::New, problems);
    if (!patient) {
        ctx.printProblems(problems);
        return BadInput;
    }
    const auto useCases = ctx.useCases();
    if (!useCases)
        return useCases.error();
    auto id = services::addPatient(*useCases, *patient);
    if (!id)
        return ctx.fail(id.error());
    ctx.printJson({{u"id"_s, *id}});
    return Success;
}

// A partial update: the JSON's fields over the stored record, checked against the version read.
int runUpdate(CommandContext& ctx, const QStringList& positional)
{
    if (positional.isEmpty() || positional.size() > 2) {
        ctx.printError(Tr::tr("patients update needs a patient ID and at most one JSON file"));
        return Failure;
    }
    const auto id = recordId(ctx, Tr::tr("patient"), positional.first());
    if (!id)
        return BadInput;
    QString name;
    const auto bytes = ctx.readInput(positional.value(1), &name);
    if (!bytes)
        return BadInput;
    const auto useCases = ctx.useCases();
    if (!useCases)
        return useCases.error();
    auto stored = services::patient(*useCases, *id);
    if (!stored)
        return ctx.fail(stored.error());
    Problems problems;
    const auto patient = readPatient(*bytes, name, *stored, Read::Update, problems);
    if (!patient) {
        ctx.printProblems(problems);
        return BadInput;
    }
    auto version = services::updatePatient(*useCases, *patient);
    if (!version)
        return ctx.fail(version.error());
    ctx.printJson({{u"id"_s, *id}, {u"version"_s, *version}});
    return Success;
}

QList<QCommandLineOption> versionOptions()
{
    return {readVersionOption()};
}

int setArchived(CommandContext& ctx, const QStringList& positional, bool archived)
{
    const QString command = archived ? u"patients archive"_s : u"patients unarchive"_s;
    if (positional.size() != 1) {
        ctx.printError(Tr::tr("%1 needs one patient ID").arg(command));
        return Failure;
    }
    const auto id = recordId(ctx, Tr::tr("patient"), positional.first());
    if (!id)
        return BadInput;
    const auto version = readVersion(ctx, command);
    if (!version)
        return ctx.parser.isSet(u"version"_s) ? BadInput : Failure;
    const auto useCases = ctx.useCases();
    if (!useCases)
        return useCases.error();
    auto after = services::setPatientArchived(*useCases, *id, *version, archived);
    if (!after)
        return ctx.fail(after.error());
    ctx.printJson({{u"id"_s, *id}, {u"version"_s, *after}});
    return Success;
}

int runArchive(CommandContext& ctx, const QStringList& positional)
{
    return setArchived(ctx, positional, true);
}

int runUnarchive(CommandContext& ctx, const QStringList& positional)
{
    return setArchived(ctx, positional, false);
}

int runSearch(CommandContext& ctx, const QStringList& positional)
{
    if (positional.isEmpty()) {
        ctx.printError(Tr::tr("patients search needs the TEXT to search for"));
        return Failure;
    }
    int limit = DefaultSearchLimit;
    if (ctx.parser.isSet(u"limit"_s)) {
        bool ok = false;
        limit = ctx.parser.value(u"limit"_s).toInt(&ok);
        if (!ok || limit < 1) {
            ctx.printError(Tr::tr("--limit: \"%1\" is not a whole number from 1").arg(ctx.parser.value(u"limit"_s)));
            return BadInput;
        }
    }
    const auto useCases = ctx.useCases();
    if (!useCases)
        return useCases.error();
    auto matches = services::searchPatients(*useCases, positional.join(u' '), limit, ctx.parser.isSet(u"archived"_s));
    if (!matches)
        return ctx.fail(matches.error());
    QJsonArray out;
    for (const storage::PatientMatch& m : *matches)
        out.append(storage::patientMatchToJson(m));
    ctx.io.out.write(QJsonDocument(out).toJson(QJsonDocument::Indented));
    return Success;
}

int runShow(CommandContext& ctx, const QStringList& positional)
{
    return runReadOne(ctx, u"patients show"_s, Tr::tr("patient"), positional,
        [](const services::UseCaseContext& useCases, qint64 id) -> services::Outcome<QJsonValue> {
            auto file = services::patientFile(useCases, id);
            if (!file)
                return std::unexpected(file.error());
            return *file;
        });
}

} // namespace

const QList<SubCommand>& patientCommands()
{
    static const QList<SubCommand> table {
        {u"add"_s, u"[FILE]"_s, &noOptions, &runAdd},
        {u"search"_s, u"TEXT [--limit N] [--archived]"_s, &searchOptions, &runSearch},
        {u"show"_s, u"ID"_s, &noOptions, &runShow},
        {u"update"_s, u"ID [FILE]"_s, &noOptions, &runUpdate},
        {u"archive"_s, u"ID --version V"_s, &versionOptions, &runArchive},
        {u"unarchive"_s, u"ID --version V"_s, &versionOptions, &runUnarchive},
        {u"import"_s, u"FILE.csv [--dry-run] [--date-order iso|us|eu] [--separator CHAR] [--ignore-unknown-columns]"_s,
            &patientsImportOptions, &runPatientsImport},
        {u"export"_s, u"FILE.csv"_s, &noOptions, &runPatientsExport},
    };
    return table;
}

} // namespace np::cli
