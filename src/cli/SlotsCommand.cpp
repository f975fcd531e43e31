// slots: free appointment slots for a treatment in a window of days, nearest the target day first.
#include "Commands.h"

#include "core/JsonReader.h"
#include "core/SlotFinder.h"
#include "core/WallClock.h"
#include "services/CalendarService.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace np::cli {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(SlotsCommand)
};

const QString LocalFormat = u"yyyy-MM-ddTHH:mm"_s;
constexpr int DefaultLimit = 20;

std::optional<QList<int>> weekdaysOption(CommandContext& ctx)
{
    static const QStringList names {u"mon"_s, u"tue"_s, u"wed"_s, u"thu"_s, u"fri"_s, u"sat"_s, u"sun"_s};
    QList<int> days;
    for (const QString& name : ctx.parser.value(u"weekdays"_s).split(u',', Qt::SkipEmptyParts)) {
        const qsizetype index = names.indexOf(name.trimmed().toLower());
        if (index < 0) {
            ctx.printError(Tr::tr("--weekdays: \"%1\" is not a weekday (mon, tue, wed, thu, fri, sat, sun)").arg(name));
            return std::nullopt;
        }
        days.append(static_cast<int>(index) + 1);
    }
    return days;
}

std::optional<PartOfDay> partOption(CommandContext& ctx)
{
    const QString text = ctx.parser.value(u"part"_s);
    if (text == u"morning")
        return PartOfDay::Morning;
    if (text == u"afternoon")
        return PartOfDay::Afternoon;
    ctx.printError(Tr::tr("--part: \"%1\" is not morning or afternoon").arg(text));
    return std::nullopt;
}

std::optional<int> limitOption(CommandContext& ctx)
{
    bool ok = false;
    const int limit = ctx.parser.value(u"limit"_s).toInt(&ok);
    if (!ok || limit < 1) {
        ctx.printError(Tr::tr("--limit: \"%1\" is not a whole number from 1").arg(ctx.parser.value(u"limit"_s)));
        return std::nullopt;
    }
    return limit;
}

// The window and the preferences as given; the use case judges the window. Prints the problem
// naming the option otherwise.
std::optional<SlotQuery> windowAndPreferences(CommandContext& ctx, SlotQuery query)
{
    const auto from = isoDateOption(ctx, u"from"_s);
    const auto to = isoDateOption(ctx, u"to"_s);
    if (!from || !to)
        return std::nullopt;
    query.from = *from;
    query.to = *to;
    if (ctx.parser.isSet(u"target"_s)) {
        const auto target = isoDateOption(ctx, u"target"_s);
        if (!target)
            return std::nullopt;
        query.target = *target;
    }
    std::optional<QList<int>> weekdays = QList<int>();
    std::optional<PartOfDay> part = PartOfDay::Any;
    std::optional<int> limit = DefaultLimit;
    if (ctx.parser.isSet(u"weekdays"_s))
        weekdays = weekdaysOption(ctx);
    if (ctx.parser.isSet(u"part"_s))
        part = partOption(ctx);
    if (ctx.parser.isSet(u"limit"_s))
        limit = limitOption(ctx);
    if (!weekdays || !part || !limit)
        return std::nullopt;
    query.weekdays = *weekdays;
    query.part = *part;
    query.limit = *limit;
    return query;
}

QJsonObject slotJson(const Slot& s)
{
    return {{u"start"_s, s.localStart.toString(LocalFormat)}, {u"end"_s, s.localEnd.toString(LocalFormat)},
        {u"practitioner"_s, s.practitioner}, {u"room"_s, s.room},
        {u"device"_s, s.device.isEmpty() ? QJsonValue() : QJsonValue(s.device)}};
}

} // namespace

QList<QCommandLineOption> slotsOptions()
{
    return {
        QCommandLineOption(u"patient"_s, Tr::tr("The patient's id."), u"ID"_s),
        QCommandLineOption(u"modality"_s, Tr::tr("The catalogue's modality code."), u"CODE"_s),
        QCommandLineOption(u"areas"_s, Tr::tr("Treated areas, comma-separated catalogue codes."), u"A,B"_s),
        QCommandLineOption(u"from"_s, Tr::tr("The first day of the window."), u"YYYY-MM-DD"_s),
        QCommandLineOption(u"to"_s, Tr::tr("The last day of the window (included)."), u"YYYY-MM-DD"_s),
        QCommandLineOption(u"target"_s, Tr::tr("The day wanted most (default: --from)."), u"YYYY-MM-DD"_s),
        QCommandLineOption(u"weekdays"_s, Tr::tr("Only these weekdays: mon,tue,wed,thu,fri,sat,sun."), u"DAYS"_s),
        QCommandLineOption(u"part"_s, Tr::tr("morning (starts before 12:00) or afternoon (from 12:00)."), u"PART"_s),
        QCommandLineOption(u"practitioner"_s, Tr::tr("Only this practitioner's code."), u"CODE"_s),
        QCommandLineOption(u"limit"_s, Tr::tr("At most N slots (default %1).").arg(DefaultLimit), u"N"_s),
    };
}

int runSlots(CommandContext& ctx, const QStringList& positional)
{
    if (!positional.isEmpty()) {
        ctx.printError(Tr::tr("slots takes options only"));
        return Failure;
    }
    for (const QString& option : {u"patient"_s, u"modality"_s, u"areas"_s, u"from"_s, u"to"_s})
        if (ctx.parser.value(option).isEmpty()) {
            ctx.printError(Tr::tr("slots needs --%1").arg(option));
            return Failure;
        }
    const auto patientId = recordId(ctx, Tr::tr("patient"), ctx.parser.value(u"patient"_s));
    if (!patientId)
        return BadInput;
    SlotQuery query;
    query.modality = ctx.parser.value(u"modality"_s);
    query.practitioner = ctx.parser.value(u"practitioner"_s);
    const auto window = windowAndPreferences(ctx, std::move(query));
    if (!window)
        return BadInput;
    const auto useCases = ctx.useCases();
    if (!useCases)
        return useCases.error();
    const auto found = services::freeSlots(
        *useCases, *patientId, ctx.parser.value(u"areas"_s).split(u',', Qt::SkipEmptyParts), *window);
    if (!found)
        return ctx.failOptions(found.error());
    QJsonArray list;
    for (const Slot& s : *found)
        list.append(slotJson(s));
    ctx.printJson({{u"slots"_s, list}});
    return Success;
}

} // namespace np::cli
