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

// Written straight into one buffer rather than through JsonObjectText: an import writes one per
// patient for its audit row, and this is several times cheaper. Same text either way.
QString patientJsonText(const PatientRecord& p)
{
    const QString created = isoUtc(p.createdAt);
    const QString updated = p.updatedAt == p.createdAt ? created : isoUtc(p.updatedAt);
    QString out;
    out.reserve(256 + p.familyName.size() + p.givenNames.size() + p.preferredName.size() + p.phone.size()
        + p.email.size() + p.address.size() + p.town.size() + p.region.size() + p.postcode.size() + p.country.size()
        + p.externalRef.size() + p.notes.size());
    const auto field = [&](QStringView key, QStringView value) {
        out += key;
        appendJsonString(out, value);
    };
    out += u"{\"id\":"_s;
    out += QString::number(p.id);
    out += u",\"version\":"_s;
    out += QString::number(p.version);
    field(u",\"family_name\":", p.familyName);
    field(u",\"given_names\":", p.givenNames);
    field(u",\"preferred_name\":", p.preferredName);
    field(u",\"birth_date\":", p.birthDate.toString(Qt::ISODate));
    field(u",\"sex\":", p.sex);
    field(u",\"phone\":", p.phone);
    field(u",\"email\":", p.email);
    field(u",\"address\":", p.address);
    field(u",\"town\":", p.town);
    field(u",\"region\":", p.region);
    field(u",\"postcode\":", p.postcode);
    field(u",\"country\":", p.country);
    field(u",\"preferred_language\":", p.preferredLanguage);
    out += u",\"fitzpatrick\":"_s;
    out += p.fitzpatrick ? QString::number(*p.fitzpatrick) : u"null"_s;
    field(u",\"notes\":", p.notes);
    out += u",\"archived\":"_s;
    out += p.archived ? u"true"_s : u"false"_s;
    field(u",\"external_ref\":", p.externalRef);
    field(u",\"created_at\":", created);
    field(u",\"updated_at\":", updated);
    out += u'}';
    return out;
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
    QJsonObject out = parsed(findingJsonText(f));
    out.insert(u"retracted"_s, f.retracted); // derived when read, so not part of the audit text
    return out;
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
        {u"external_ref"_s, m.externalRef},
    };
}

} // namespace np::storage
