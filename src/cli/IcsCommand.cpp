// ics --practitioner ID|CODE --from D --to D --out FILE / ics --patient ID --out FILE: the
// calendar as an iCalendar file (RFC 5545) for a phone or a calendar app.
#include "Commands.h"
#include "SubCommands.h"
#include "core/AtomicFile.h"

#include "core/JsonReader.h"
#include "print/IcsExport.h"
#include "services/CalendarService.h"
#include "services/ClinicSetupService.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace np::cli {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(IcsCommand)
};

const QString Practitioner = u"practitioner"_s;
const QString Patient = u"patient"_s;

// The calendar the options ask for: a practitioner's days, or a patient's appointments.
std::expected<print::Calendar, int> calendarAsked(CommandContext& ctx)
{
    const bool forPractitioner = ctx.parser.isSet(Practitioner);
    std::optional<QDate> from;
    std::optional<QDate> to;
    std::optional<qint64> patientId;
    if (forPractitioner) {
        from = isoDateOption(ctx, u"from"_s);
        to = isoDateOption(ctx, u"to"_s);
        if (!from || !to)
            return std::unexpected(BadInput);
    }
    const auto useCases = ctx.useCases();
    if (!useCases)
        return std::unexpected(useCases.error());
    if (!forPractitioner) {
        // The set-up first: a database without one says so before the patient is judged.
        if (auto clinic = services::clinic(*useCases); !clinic)
            return std::unexpected(ctx.fail(clinic.error()));
        patientId = recordId(ctx, Tr::tr("patient"), ctx.parser.value(Patient));
        if (!patientId)
            return std::unexpected(BadInput);
    }
    auto calendar = forPractitioner
        ? services::practitionerCalendar(*useCases, ctx.parser.value(Practitioner), *from, *to)
        : services::patientCalendar(*useCases, *patientId);
    if (!calendar)
        return std::unexpected(ctx.failOptions(calendar.error()));
    return std::move(*calendar);
}

bool writeFile(CommandContext& ctx, const QString& path, const QByteArray& text)
{
    const auto written = writeFileAtomically(path, text);
    if (!written)
        ctx.printError(Tr::tr("--out: cannot write %1: %2").arg(path, written.error()));
    return written.has_value();
}

} // namespace

QList<QCommandLineOption> icsOptions()
{
    return {
        QCommandLineOption(Practitioner, Tr::tr("The practitioner's code or id: their schedule."), u"ID|CODE"_s),
        QCommandLineOption(u"from"_s, Tr::tr("With --practitioner: the first day."), u"YYYY-MM-DD"_s),
        QCommandLineOption(u"to"_s, Tr::tr("With --practitioner: the last day (included)."), u"YYYY-MM-DD"_s),
        QCommandLineOption(Patient, Tr::tr("The patient's id: all their appointments."), u"ID"_s),
        QCommandLineOption(u"out"_s, Tr::tr("The .ics file to write (replaced whole)."), u"FILE"_s),
    };
}

int runIcs(CommandContext& ctx, const QStringList& positional)
{
    const bool forPractitioner = ctx.parser.isSet(Practitioner);
    const bool forPatient = ctx.parser.isSet(Patient);
    if (!positional.isEmpty() || forPractitioner == forPatient) {
        ctx.printError(Tr::tr("ics needs either --practitioner with --from and --to, or --patient"));
        return Failure;
    }
    for (const QString& option : forPractitioner ? QStringList {u"from"_s, u"to"_s, u"out"_s} : QStringList {u"out"_s})
        if (!ctx.parser.isSet(option) || ctx.parser.value(option).isEmpty()) {
            ctx.printError(Tr::tr("ics needs --%1").arg(option));
            return Failure;
        }
    if (forPatient && (ctx.parser.isSet(u"from"_s) || ctx.parser.isSet(u"to"_s))) {
        ctx.printError(Tr::tr("ics --patient takes no --from or --to: it exports every appointment"));
        return Failure;
    }
    const auto calendar = calendarAsked(ctx);
    if (!calendar)
        return calendar.error();
    const auto text = print::icsText(*calendar);
    if (!text) {
        ctx.printError(Tr::tr("clinic.time_zone: %1").arg(text.error()));
        return BadInput;
    }
    const QString out = ctx.parser.value(u"out"_s);
    if (!writeFile(ctx, out, *text))
        return BadInput;
    ctx.printJson({{u"out"_s, out}, {u"events"_s, static_cast<qint64>(calendar->events.size())}});
    return Success;
}

} // namespace np::cli
