#include "RecordJson.h"

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

void optionalDate(JsonObjectText& json, QStringView key, const std::optional<QDate>& date)
{
    if (date)
        json.string(key, date->toString(Qt::ISODate));
    else
        json.null(key);
}

} // namespace

QString patientJsonText(const PatientRecord& p)
{
    JsonObjectText json;
    json.integer(u"id", p.id)
        .integer(u"version", p.version)
        .string(u"family_name", p.familyName)
        .string(u"given_names", p.givenNames)
        .string(u"preferred_name", p.preferredName)
        .string(u"birth_date", p.birthDate.toString(Qt::ISODate))
        .string(u"sex", p.sex)
        .string(u"phone", p.phone)
        .string(u"email", p.email)
        .string(u"address", p.address)
        .string(u"preferred_language", p.preferredLanguage);
    if (p.fitzpatrick)
        json.integer(u"fitzpatrick", *p.fitzpatrick);
    else
        json.null(u"fitzpatrick");
    json.string(u"notes", p.notes)
        .boolean(u"archived", p.archived)
        .string(u"created_at", isoUtc(p.createdAt))
        .string(u"updated_at", isoUtc(p.updatedAt));
    return json.text();
}

QJsonObject patientToJson(const PatientRecord& p)
{
    return parsed(patientJsonText(p));
}

QString findingJsonText(const FindingRecord& f)
{
    QStringList areas;
    for (const QString& a : f.areas)
        areas << jsonString(a);
    JsonObjectText json;
    json.integer(u"id", f.id)
        .integer(u"finding_key", f.findingKey)
        .integer(u"revision", f.revision)
        .integer(u"version", f.version)
        .integer(u"patient_id", f.patientId)
        .string(u"code", f.code)
        .raw(u"areas", QString(u'[' + areas.join(u',') + u']'));
    optionalDate(json, u"since", f.since);
    optionalDate(json, u"until", f.until);
    json.string(u"note", f.note)
        .string(u"recorded_by", f.recordedBy)
        .string(u"recorded_at", isoUtc(f.recordedAt))
        .boolean(u"superseded", f.superseded);
    return json.text();
}

QJsonObject findingToJson(const FindingRecord& f)
{
    return parsed(findingJsonText(f));
}

QJsonObject patientMatchToJson(const PatientMatch& m)
{
    return {
        {u"id"_s, m.id},
        {u"family_name"_s, m.familyName},
        {u"given_names"_s, m.givenNames},
        {u"preferred_name"_s, m.preferredName},
        {u"birth_date"_s, m.birthDate.toString(Qt::ISODate)},
        {u"phone"_s, m.phone},
        {u"email"_s, m.email},
        {u"archived"_s, m.archived},
    };
}

} // namespace np::storage
