// charts add | update | show: what was done at a planned session, JSON in and out.
#include "Commands.h"
#include "RecordSubCommands.h"
#include "SubCommands.h"

#include "core/JsonReader.h"
#include "services/ChartService.h"
#include "storage/SeriesJson.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace np::cli {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ChartCommands)
};

enum class Read { New, Correction };

// "2026-03-01T09:30:00Z" or with an offset ("+01:00"); a time without a zone is refused.
std::optional<QDateTime> readTime(JsonObjectReader& r, QStringView key)
{
    const auto text = r.string(key, Need::Optional);
    if (!text)
        return std::nullopt;
    const QDateTime t = QDateTime::fromString(*text, Qt::ISODateWithMs);
    if (!t.isValid() || t.timeSpec() == Qt::LocalTime) {
        r.error(key, Tr::tr("\"%1\" is not a time with a zone (YYYY-MM-DDTHH:MM:SSZ or +HH:MM)").arg(*text));
        return std::nullopt;
    }
    return t.toUTC();
}

QMap<QString, double> readDepths(JsonObjectReader& r, JsonContext& json)
{
    QMap<QString, double> out;
    const auto object = r.object(u"depths", Need::Optional);
    if (!object)
        return out;
    JsonObjectReader depths(*object, r.pathOf(u"depths"), json);
    for (const QString& zone : object->keys())
        if (const auto mm = depths.number(zone))
            out.insert(zone, *mm);
    depths.finish();
    return out;
}

QList<storage::ChartProduct> readProducts(JsonObjectReader& r, JsonContext& json)
{
    QList<storage::ChartProduct> out;
    const auto array = r.array(u"products", Need::Optional);
    if (!array)
        return out;
    for (qsizetype i = 0; i < array->size(); ++i) {
        const QString path = jsonPath(r.pathOf(u"products"), i);
        if (!array->at(i).isObject()) {
            json.add(path, Tr::tr("must be an object {\"name\", \"lot\"}"));
            continue;
        }
        JsonObjectReader p(array->at(i).toObject(), path, json);
        storage::ChartProduct product;
        product.name = p.string(u"name").value_or(QString());
        product.lot = p.string(u"lot", Need::Optional).value_or(QString());
        p.finish();
        out.append(product);
    }
    return out;
}

// Every chart field by its column name, strict (unknown keys refused); a correction is the whole
// corrected chart plus "version", the version the caller read. The repository checks depths,
// cartridge, numbing and counts against the catalogue and the session's series.
std::optional<storage::ChartRecord> readChart(
    const QByteArray& bytes, const QString& file, Read read, Problems& problems)
{
    return readJsonObject(bytes, file, problems, [&](JsonObjectReader& r, JsonContext& json, const QJsonObject&) {
        storage::ChartRecord c;
        const auto optionalText = [&](QStringView key) { return r.string(key, Need::Optional).value_or(QString()); };
        c.chartedOn = r.date(u"charted_on").value_or(QDate());
        if (const auto id = r.integer(u"practitioner_id", Need::Optional, 1))
            c.practitionerId = *id;
        c.device = optionalText(u"device");
        c.deviceSerial = optionalText(u"device_serial");
        c.cartridgeLot = optionalText(u"cartridge_lot");
        c.cartridgeExpiry = r.date(u"cartridge_expiry", Need::Optional);
        c.needleCount = r.integer(u"needle_count", Need::Optional);
        c.depths = readDepths(r, json);
        c.passes = r.integer(u"passes", Need::Optional);
        c.numbingAgent = optionalText(u"numbing_agent");
        c.numbingOn = readTime(r, u"numbing_on");
        c.numbingOff = readTime(r, u"numbing_off");
        c.endpoint = optionalText(u"endpoint");
        c.products = readProducts(r, json);
        c.reaction = optionalText(u"reaction");
        c.adverseEvents = optionalText(u"adverse_events");
        c.notes = optionalText(u"notes");
        c.depthReason = optionalText(u"depth_reason");
        if (read == Read::Correction)
            c.version = r.integer(u"version", Need::Required, 1).value_or(0);
        return c;
    });
}

// Reads the chart JSON of `command ID [FILE]`; prints the problems and returns nullopt otherwise.
std::optional<storage::ChartRecord> chartInput(
    CommandContext& ctx, const QString& command, const QString& what, const QStringList& positional, Read read)
{
    if (positional.isEmpty() || positional.size() > 2) {
        ctx.printError(Tr::tr("%1 needs a %2 and at most one JSON file").arg(command, what));
        return std::nullopt;
    }
    const auto id = recordId(ctx, what, positional.first());
    if (!id)
        return std::nullopt;
    QString name;
    const auto bytes = ctx.readInput(positional.value(1), &name);
    if (!bytes)
        return std::nullopt;
    Problems problems;
    auto chart = readChart(*bytes, name, read, problems);
    if (!chart) {
        ctx.printProblems(problems);
        return std::nullopt;
    }
    if (read == Read::New)
        chart->sessionId = *id;
    else
        chart->id = *id;
    return chart;
}

int runWrite(CommandContext& ctx, const QStringList& positional, Read read)
{
    const bool adding = read == Read::New;
    auto chart = chartInput(ctx, adding ? u"charts add"_s : u"charts update"_s,
        adding ? Tr::tr("session id") : Tr::tr("chart id"), positional, read);
    if (!chart)
        return positional.isEmpty() || positional.size() > 2 ? Failure : BadInput;
    const auto useCases = ctx.useCases();
    if (!useCases)
        return useCases.error();
    auto stored = adding ? services::addChart(*useCases, *chart) : services::correctChart(*useCases, *chart);
    if (!stored)
        return ctx.fail(stored.error());
    ctx.printJson({{u"id"_s, stored->id}, {u"version"_s, stored->version}});
    return Success;
}

int runAdd(CommandContext& ctx, const QStringList& positional)
{
    return runWrite(ctx, positional, Read::New);
}

int runUpdate(CommandContext& ctx, const QStringList& positional)
{
    return runWrite(ctx, positional, Read::Correction);
}

int runShow(CommandContext& ctx, const QStringList& positional)
{
    return runReadOne(ctx, u"charts show"_s, Tr::tr("chart"), positional,
        [](const services::UseCaseContext& useCases, qint64 id) -> services::Outcome<QJsonValue> {
            auto chart = services::chart(useCases, id);
            if (!chart)
                return std::unexpected(chart.error());
            return storage::chartToJson(*chart);
        });
}

} // namespace

const QList<SubCommand>& chartCommands()
{
    static const QList<SubCommand> table {
        {u"add"_s, u"SESSION_ID [FILE]"_s, &noOptions, &runAdd},
        {u"update"_s, u"CHART_ID [FILE]"_s, &noOptions, &runUpdate},
        {u"show"_s, u"CHART_ID"_s, &noOptions, &runShow},
    };
    return table;
}

} // namespace np::cli
