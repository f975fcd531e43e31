// patients add | search | show: the patient records, JSON in and out.
#include "Commands.h"
#include "SubCommands.h"

#include "core/JsonReader.h"
#include "storage/FindingRepository.h"
#include "storage/PatientRepository.h"
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

// {"family_name", "given_names", ...}: strict, unknown keys refused. Whether the record is
// acceptable (a name, a birth date in the past, ...) is the repository's call.
std::optional<storage::PatientRecord> readPatient(const QByteArray& bytes, const QString& file, Problems& problems)
{
    JsonContext json {file, {}};
    const auto root = parseJsonObject(bytes, json);
    if (!root) {
        problems = json.problems;
        return std::nullopt;
    }
    JsonObjectReader r(*root, QString(), json);
    storage::PatientRecord p;
    p.familyName = r.string(u"family_name", Need::Optional).value_or(QString());
    p.givenNames = r.string(u"given_names", Need::Optional).value_or(QString());
    p.preferredName = r.string(u"preferred_name", Need::Optional).value_or(QString());
    p.birthDate = r.date(u"birth_date", Need::Optional).value_or(QDate());
    p.sex = r.string(u"sex", Need::Optional).value_or(QString());
    p.phone = r.string(u"phone", Need::Optional).value_or(QString());
    p.email = r.string(u"email", Need::Optional).value_or(QString());
    p.address = r.string(u"address", Need::Optional).value_or(QString());
    p.preferredLanguage = r.string(u"preferred_language", Need::Optional).value_or(p.preferredLanguage);
    p.fitzpatrick = r.integer(u"fitzpatrick", Need::Optional, 1, 6);
    p.notes = r.string(u"notes", Need::Optional).value_or(QString());
    r.finish();
    if (!json.ok()) {
        problems = json.problems;
        return std::nullopt;
    }
    return p;
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
    const auto patient = readPatient(*bytes, name, problems);
    if (!patient) {
        ctx.printProblems(problems);
        return BadInput;
    }
    storage::Database* db = ctx.database();
    if (!db)
        return DatabaseProblem;
    auto id = storage::PatientRepository(*db).add(*patient, ctx.actor());
    if (!id)
        return ctx.fail(id.error());
    ctx.printJson({{u"id"_s, *id}});
    return Success;
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
    storage::Database* db = ctx.database();
    if (!db)
        return DatabaseProblem;
    auto matches
        = storage::PatientRepository(*db).search(positional.join(u' '), limit, ctx.parser.isSet(u"archived"_s));
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
    if (positional.size() != 1) {
        ctx.printError(Tr::tr("patients show needs one patient ID"));
        return Failure;
    }
    const auto id = recordId(ctx, Tr::tr("patient"), positional.first());
    if (!id)
        return BadInput;
    storage::Database* db = ctx.database();
    if (!db)
        return DatabaseProblem;
    auto patient = storage::PatientRepository(*db).get(*id);
    if (!patient)
        return ctx.fail(patient.error());
    // Only stored codes are read back: no catalogue is needed to show them.
    const Catalogue none;
    storage::FindingRepository findings(*db, none);
    auto current = findings.current(*id);
    if (!current)
        return ctx.fail(current.error());
    auto history = findings.allRevisions(*id);
    if (!history)
        return ctx.fail(history.error());
    QJsonObject out = storage::patientToJson(*patient);
    QJsonArray currentJson;
    for (const storage::FindingRecord& f : *current)
        currentJson.append(storage::findingToJson(f));
    QJsonArray historyJson;
    for (const storage::FindingRecord& f : *history)
        historyJson.append(storage::findingToJson(f));
    out.insert(u"findings"_s, currentJson);
    out.insert(u"finding_history"_s, historyJson);
    ctx.printJson(out);
    return Success;
}

const QList<SubCommand>& patientCommands()
{
    static const QList<SubCommand> table {
        {u"add"_s, u"[FILE]"_s, &noOptions, &runAdd},
        {u"search"_s, u"TEXT [--limit N] [--archived]"_s, &searchOptions, &runSearch},
        {u"show"_s, u"ID"_s, &noOptions, &runShow},
        {u"import"_s, u"FILE.csv [--dry-run] [--date-order iso|us|eu] [--separator CHAR] [--ignore-unknown-columns]"_s,
            &patientsImportOptions, &runPatientsImport},
        {u"export"_s, u"FILE.csv"_s, &noOptions, &runPatientsExport},
    };
    return table;
}

} // namespace

QList<QCommandLineOption> patientsOptions()
{
    return subCommandOptions(patientCommands());
}

QString patientsUsage()
{
    return subCommandUsage();
}

QString patientsSummary()
{
    return Tr::tr("Patients, JSON in and out: %1.").arg(subCommandForms(patientCommands()));
}

int runPatients(CommandContext& ctx, const QStringList& positional)
{
    return dispatch(ctx, u"patients"_s, patientCommands(), positional);
}

} // namespace np::cli
