// patients import | export: patients in and out of CSV files (docs/patient-csv.md).
#include "Commands.h"

#include "services/PatientService.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace np::cli {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(PatientCsvCommands)
};

QJsonArray issuesToJson(const QList<storage::CsvIssue>& issues)
{
    QJsonArray out;
    for (const storage::CsvIssue& i : issues)
        out.append(QJsonObject {{u"row"_s, i.row}, {u"column"_s, i.column}, {u"problem"_s, i.problem}});
    return out;
}

std::optional<char> separatorFrom(const QString& text)
{
    if (text == u"," || text.isEmpty())
        return ',';
    if (text == u";")
        return ';';
    if (text == u"tab" || text == u"\t")
        return '\t';
    return std::nullopt;
}

} // namespace

QList<QCommandLineOption> patientsImportOptions()
{
    return {
        QCommandLineOption(u"dry-run"_s, Tr::tr("Check the file and report what would be imported; write nothing.")),
        QCommandLineOption(u"date-order"_s,
            Tr::tr("How dates such as 03/04/1990 are read: us (MM/DD/YYYY) or eu (DD/MM/YYYY, DD.MM.YYYY). "
                   "Default iso: only YYYY-MM-DD is accepted."),
            u"ORDER"_s),
        QCommandLineOption(
            u"separator"_s, Tr::tr("What separates the columns: \",\" (default), \";\" or \"tab\"."), u"CHAR"_s),
        QCommandLineOption(u"ignore-unknown-columns"_s,
            Tr::tr("Leave out columns Needlepoint does not know (listed as warnings) instead of refusing the file.")),
    };
}

int runPatientsImport(CommandContext& ctx, const QStringList& positional)
{
    if (positional.size() != 1) {
        ctx.printError(Tr::tr("patients import needs one CSV file (\"-\" for standard input)"));
        return Failure;
    }
    storage::CsvImportOptions options;
    options.today = ctx.today;
    if (ctx.parser.isSet(u"date-order"_s)) {
        const auto order = storage::dateOrderFromName(ctx.parser.value(u"date-order"_s));
        if (!order) {
            ctx.printError(
                Tr::tr("--date-order: \"%1\" is not one of iso, us, eu").arg(ctx.parser.value(u"date-order"_s)));
            return Failure;
        }
        options.dateOrder = *order;
    }
    const auto separator = separatorFrom(ctx.parser.value(u"separator"_s));
    if (!separator) {
        ctx.printError(
            Tr::tr("--separator: \"%1\" is not one of \",\", \";\", tab").arg(ctx.parser.value(u"separator"_s)));
        return Failure;
    }
    options.separator = *separator;
    options.ignoreUnknownColumns = ctx.parser.isSet(u"ignore-unknown-columns"_s);
    const bool dryRun = ctx.parser.isSet(u"dry-run"_s);

    QString name;
    const auto bytes = ctx.readInput(positional.first(), &name);
    if (!bytes)
        return BadInput;
    const auto useCases = ctx.useCases();
    if (!useCases)
        return useCases.error();
    auto report = services::importPatients(*useCases, *bytes, options, dryRun);
    if (!report)
        return ctx.fail(report.error());

    QJsonObject out {
        {u"file"_s, name.isEmpty() ? u"-"_s : name},
        {u"dry_run"_s, dryRun},
        {u"warnings"_s, issuesToJson(report->warnings)},
    };
    if (!report->ok()) {
        out.insert(u"status"_s, u"refused"_s);
        out.insert(u"imported"_s, 0);
        out.insert(u"problems"_s, issuesToJson(report->problems));
        ctx.printJson(out);
        ctx.printError(Tr::tr("%1: %n problem(s); nothing was imported", nullptr, int(report->problems.size()))
                           .arg(name.isEmpty() ? Tr::tr("standard input") : name));
        return BadInput;
    }
    QJsonArray updated;
    int changed = 0;
    for (const storage::CsvUpdate& u : report->updates) {
        QJsonArray fields;
        for (const QString& f : u.fields)
            fields.append(f);
        changed += u.fields.isEmpty() ? 0 : 1;
        updated.append(QJsonObject {{u"row"_s, u.row}, {u"id"_s, u.patient.id},
            {u"external_ref"_s, u.patient.externalRef}, {u"family_name"_s, u.patient.familyName},
            {u"given_names"_s, u.patient.givenNames}, {u"fields"_s, fields}});
    }
    out.insert(u"updated_patients"_s, updated);
    out.insert(u"unchanged"_s, int(report->updates.size()) - changed);
    if (dryRun) {
        QJsonArray patients;
        for (qsizetype i = 0; i < report->patients.size(); ++i) {
            const storage::PatientRecord& p = report->patients[i];
            patients.append(QJsonObject {
                {u"row"_s, report->rows[i]},
                {u"family_name"_s, p.familyName},
                {u"given_names"_s, p.givenNames},
                {u"birth_date"_s, p.birthDate.toString(Qt::ISODate)},
            });
        }
        out.insert(u"status"_s, u"ok"_s);
        out.insert(u"would_import"_s, int(report->patients.size()));
        out.insert(u"would_update"_s, changed);
        out.insert(u"patients"_s, patients);
    } else {
        QJsonArray ids;
        for (const qint64 id : report->ids)
            ids.append(id);
        out.insert(u"status"_s, u"imported"_s);
        out.insert(u"imported"_s, int(report->ids.size()));
        out.insert(u"updated"_s, changed);
        out.insert(u"ids"_s, ids);
    }
    ctx.printJson(out);
    return Success;
}

int runPatientsExport(CommandContext& ctx, const QStringList& positional)
{
    if (positional.size() != 1 || positional.first() == u"-") {
        ctx.printError(Tr::tr("patients export needs the CSV file to write"));
        return Failure;
    }
    const QString path = positional.first();
    const auto useCases = ctx.useCases();
    if (!useCases)
        return useCases.error();
    auto written = services::exportPatients(*useCases, path);
    if (!written)
        return ctx.fail(written.error());
    ctx.printJson({{u"file"_s, path}, {u"exported"_s, int(*written)}});
    return Success;
}

} // namespace np::cli
