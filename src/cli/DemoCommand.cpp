// demo --patients N [--seed S] [--appointments M]: fills an existing database with synthetic
// patients, findings, series, sessions, charts, a clinic set-up and appointments (storage/DemoData.h).
#include "Commands.h"

#include "storage/DemoData.h"

#include <QCoreApplication>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace np::cli {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(DemoCommand)
};

} // namespace

QList<QCommandLineOption> demoOptions()
{
    return {
        QCommandLineOption(u"patients"_s, Tr::tr("How many patients to add (required)."), u"N"_s),
        QCommandLineOption(u"seed"_s, Tr::tr("Seed: the same seed gives the same data (default 1)."), u"S"_s),
        QCommandLineOption(u"appointments"_s,
            Tr::tr("At least M appointments: the sessions' own, then earlier ones (default: ten per patient)."),
            u"M"_s),
    };
}

int runDemo(CommandContext& ctx, const QStringList& positional)
{
    if (!positional.isEmpty()) {
        ctx.printError(Tr::tr("demo takes no arguments; use --patients N [--seed S] [--appointments M]"));
        return Failure;
    }
    if (!ctx.parser.isSet(u"patients"_s)) {
        ctx.printError(Tr::tr("demo needs --patients N"));
        return Failure;
    }
    bool ok = false;
    const int patients = ctx.parser.value(u"patients"_s).toInt(&ok);
    if (!ok || patients < 0) {
        ctx.printError(Tr::tr("--patients: \"%1\" is not a whole number from 0").arg(ctx.parser.value(u"patients"_s)));
        return BadInput;
    }
    qint64 seed = 1;
    if (ctx.parser.isSet(u"seed"_s)) {
        seed = ctx.parser.value(u"seed"_s).toLongLong(&ok);
        if (!ok || seed < 0) {
            ctx.printError(Tr::tr("--seed: \"%1\" is not a whole number from 0").arg(ctx.parser.value(u"seed"_s)));
            return BadInput;
        }
    }
    qint64 appointments = -1;
    if (ctx.parser.isSet(u"appointments"_s)) {
        appointments = ctx.parser.value(u"appointments"_s).toLongLong(&ok);
        if (!ok || appointments < 0) {
            ctx.printError(
                Tr::tr("--appointments: \"%1\" is not a whole number from 0").arg(ctx.parser.value(u"appointments"_s)));
            return BadInput;
        }
    }
    const Catalogue* catalogue = ctx.catalogue();
    if (!catalogue)
        return BadInput;
    storage::Database* db = ctx.database();
    if (!db)
        return DatabaseProblem;
    storage::DemoOptions options;
    options.patients = patients;
    options.seed = static_cast<quint64>(seed);
    options.today = ctx.today;
    options.appointments = appointments;
    options.actor = ctx.actor();
    auto counts = storage::generateDemoData(*db, *catalogue, options);
    if (!counts)
        return ctx.fail(counts.error());
    ctx.printJson({
        {u"database"_s, db->path()},
        {u"seed"_s, seed},
        {u"practitioners"_s, counts->practitioners},
        {u"patients"_s, counts->patients},
        {u"archived_patients"_s, counts->archived},
        {u"findings"_s, counts->findings},
        {u"series"_s, counts->series},
        {u"planned_sessions"_s, counts->plannedSessions},
        {u"session_charts"_s, counts->sessionCharts},
        {u"consents"_s, counts->consents},
        {u"clinic_loaded"_s, counts->clinicLoaded},
        {u"appointments"_s, counts->appointments},
        {u"session_appointments"_s, counts->sessionAppointments},
    });
    return Success;
}

} // namespace np::cli
