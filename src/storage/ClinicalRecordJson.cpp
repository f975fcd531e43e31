#include "ClinicalRecordJson.h"

#include "Clock.h"
#include "JsonText.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace np::storage {
namespace {

QJsonObject parsed(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

void optionalId(JsonObjectText& json, QStringView key, const std::optional<qint64>& id)
{
    if (id)
        json.integer(key, *id);
    else
        json.null(key);
}

void optionalString(JsonObjectText& json, QStringView key, const std::optional<QString>& value)
{
    if (value)
        json.string(key, *value);
    else
        json.null(key);
}

void optionalTime(JsonObjectText& json, QStringView key, const std::optional<QDateTime>& time)
{
    optionalString(json, key, time ? std::optional(isoUtc(*time)) : std::nullopt);
}

} // namespace

QString screeningJsonText(const ScreeningRecord& s)
{
    JsonObjectText json;
    json.integer(u"id", s.id).integer(u"version", s.version).integer(u"patient_id", s.patientId);
    optionalId(json, u"series_id", s.seriesId);
    json.string(u"kind", screeningKindCode(s.kind))
        .string(u"screened_on", s.screenedOn.toString(Qt::ISODate))
        .raw(u"answers", compactJsonText(s.answers))
        .raw(u"result", compactJsonText(s.result));
    optionalString(json, u"override_reason", s.overrideReason);
    optionalString(json, u"override_by", s.overrideBy);
    optionalTime(json, u"override_at", s.overrideAt);
    json.string(u"recorded_by", s.recordedBy)
        .string(u"created_at", isoUtc(s.createdAt))
        .string(u"updated_at", isoUtc(s.updatedAt));
    return json.text();
}

QJsonObject screeningToJson(const ScreeningRecord& s)
{
    return parsed(screeningJsonText(s));
}

QString consentJsonText(const ConsentRecord& c)
{
    JsonObjectText json;
    json.integer(u"id", c.id).integer(u"version", c.version).integer(u"patient_id", c.patientId);
    optionalId(json, u"series_id", c.seriesId);
    json.string(u"modality", c.modality)
        .string(u"form_version", c.formVersion)
        .string(u"signed_at", isoUtc(c.signedAt))
        .string(u"witnessed_by", c.witnessedBy)
        .string(u"recorded_by", c.recordedBy)
        .string(u"created_at", isoUtc(c.createdAt));
    optionalTime(json, u"withdrawn_at", c.withdrawnAt);
    json.string(u"withdrawn_reason", c.withdrawnReason);
    return json.text();
}

QJsonObject consentToJson(const ConsentRecord& c)
{
    return parsed(consentJsonText(c));
}

QString practitionerJsonText(const PractitionerRecord& p)
{
    QStringList modalities;
    for (const QString& m : p.modalities)
        modalities << jsonString(m);
    JsonObjectText json;
    json.integer(u"id", p.id)
        .integer(u"version", p.version)
        .string(u"display_name", p.displayName)
        .string(u"role", p.role)
        .raw(u"modalities", QString(u'[' + modalities.join(u',') + u']'))
        .boolean(u"active", p.active)
        .string(u"created_at", isoUtc(p.createdAt))
        .string(u"updated_at", isoUtc(p.updatedAt));
    return json.text();
}

QJsonObject practitionerToJson(const PractitionerRecord& p)
{
    return parsed(practitionerJsonText(p));
}

QString compactJsonText(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace np::storage
