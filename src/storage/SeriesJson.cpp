#include "SeriesJson.h"

#include "JsonText.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace np::storage {
namespace {

QJsonObject parsed(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

std::optional<QString> isoText(const std::optional<QDate>& date)
{
    return date ? std::optional(date->toString(Qt::ISODate)) : std::nullopt;
}

std::optional<QString> isoText(const std::optional<QDateTime>& time)
{
    return time ? std::optional(isoUtc(*time)) : std::nullopt;
}

void stringOrNull(JsonObjectText& json, QStringView key, const std::optional<QString>& value)
{
    if (value)
        json.string(key, *value);
    else
        json.null(key);
}

template <typename T>
void integerOrNull(JsonObjectText& json, QStringView key, const std::optional<T>& value)
{
    if (value)
        json.integer(key, *value);
    else
        json.null(key);
}

QString stringArray(const QStringList& list)
{
    QStringList items;
    for (const QString& s : list)
        items << jsonString(s);
    return u'[' + items.join(u',') + u']';
}

} // namespace

QString seriesJsonText(const SeriesRecord& s)
{
    JsonObjectText json;
    json.integer(u"id", s.id)
        .integer(u"version", s.version)
        .integer(u"patient_id", s.patientId)
        .string(u"modality", s.modality)
        .string(u"indication", s.indication)
        .string(u"severity", s.severity)
        .raw(u"areas", stringArray(s.areas));
    stringOrNull(json, u"event_date", isoText(s.eventDate));
    json.string(u"status", s.status)
        .string(u"notes", s.notes)
        .string(u"created_by", s.createdBy)
        .string(u"created_at", isoUtc(s.createdAt))
        .string(u"updated_at", isoUtc(s.updatedAt));
    return json.text();
}

QJsonObject seriesToJson(const SeriesRecord& s)
{
    QJsonObject out = parsed(seriesJsonText(s));
    QJsonArray sessions;
    for (const PlannedSessionRecord& session : s.sessions)
        sessions.append(plannedSessionToJson(session));
    out.insert(u"sessions"_s, sessions);
    return out;
}

QString plannedSessionJsonText(const PlannedSessionRecord& s)
{
    JsonObjectText json;
    json.integer(u"id", s.id)
        .integer(u"version", s.version)
        .integer(u"series_id", s.seriesId)
        .integer(u"number", s.number)
        .string(u"planned_date", s.plannedDate.toString(Qt::ISODate))
        .string(u"earliest", s.earliest.toString(Qt::ISODate));
    stringOrNull(json, u"latest", isoText(s.latest));
    json.string(u"status", s.status);
    return json.text();
}

QJsonObject plannedSessionToJson(const PlannedSessionRecord& s)
{
    return parsed(plannedSessionJsonText(s));
}

QString chartJsonText(const ChartRecord& c)
{
    JsonObjectText json;
    json.integer(u"id", c.id)
        .integer(u"version", c.version)
        .integer(u"session_id", c.sessionId)
        .string(u"charted_on", c.chartedOn.toString(Qt::ISODate));
    integerOrNull(json, u"practitioner_id", c.practitionerId);
    json.string(u"device", c.device).string(u"device_serial", c.deviceSerial).string(u"cartridge_lot", c.cartridgeLot);
    stringOrNull(json, u"cartridge_expiry", isoText(c.cartridgeExpiry));
    integerOrNull(json, u"needle_count", c.needleCount);
    json.raw(u"depths", depthsColumn(c.depths));
    integerOrNull(json, u"passes", c.passes);
    json.string(u"numbing_agent", c.numbingAgent);
    stringOrNull(json, u"numbing_on", isoText(c.numbingOn));
    stringOrNull(json, u"numbing_off", isoText(c.numbingOff));
    json.string(u"endpoint", c.endpoint)
        .raw(u"products", productsColumn(c.products))
        .string(u"reaction", c.reaction)
        .string(u"adverse_events", c.adverseEvents)
        .string(u"notes", c.notes)
        .string(u"depth_reason", c.depthReason)
        .string(u"recorded_by", c.recordedBy)
        .string(u"created_at", isoUtc(c.createdAt))
        .string(u"updated_at", isoUtc(c.updatedAt));
    return json.text();
}

QJsonObject chartToJson(const ChartRecord& c)
{
    return parsed(chartJsonText(c));
}

QString depthsColumn(const QMap<QString, double>& depths)
{
    QJsonObject o;
    for (auto it = depths.cbegin(); it != depths.cend(); ++it)
        o.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QMap<QString, double> readDepthsColumn(const QString& text)
{
    QMap<QString, double> out;
    const QJsonObject o = parsed(text);
    for (auto it = o.begin(); it != o.end(); ++it)
        out.insert(it.key(), it.value().toDouble());
    return out;
}

QString productsColumn(const QList<ChartProduct>& products)
{
    QJsonArray a;
    for (const ChartProduct& p : products)
        a.append(QJsonObject {{u"name"_s, p.name}, {u"lot"_s, p.lot}});
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QList<ChartProduct> readProductsColumn(const QString& text)
{
    QList<ChartProduct> out;
    for (const QJsonValue& v : QJsonDocument::fromJson(text.toUtf8()).array()) {
        if (v.isString())
            out.append({v.toString(), QString()});
        else
            out.append({v[u"name"_s].toString(), v[u"lot"_s].toString()});
    }
    return out;
}

} // namespace np::storage
