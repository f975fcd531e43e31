#include "PatientRows.h"

#include <QVariant>

using namespace Qt::StringLiterals;

namespace np::storage {

const QString PatientColumns = u"id, version, family_name, given_names, preferred_name, birth_date, sex, phone, "
                               u"email, address, preferred_language, fitzpatrick, notes, archived, created_at, "
                               u"updated_at, town, region, postcode, country, external_ref"_s;

PatientRecord readPatient(const QSqlQuery& q)
{
    PatientRecord p;
    p.id = q.value(0).toLongLong();
    p.version = q.value(1).toInt();
    p.familyName = q.value(2).toString();
    p.givenNames = q.value(3).toString();
    p.preferredName = q.value(4).toString();
    p.birthDate = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    p.sex = q.value(6).toString();
    p.phone = q.value(7).toString();
    p.email = q.value(8).toString();
    p.address = q.value(9).toString();
    p.preferredLanguage = q.value(10).toString();
    if (!q.value(11).isNull())
        p.fitzpatrick = q.value(11).toInt();
    p.notes = q.value(12).toString();
    p.archived = q.value(13).toInt() != 0;
    p.createdAt = fromIsoUtc(q.value(14).toString());
    p.updatedAt = fromIsoUtc(q.value(15).toString());
    p.town = q.value(16).toString();
    p.region = q.value(17).toString();
    p.postcode = q.value(18).toString();
    p.country = q.value(19).toString();
    p.externalRef = q.value(20).toString();
    return p;
}

const QString MatchColumns
    = u"p.id, p.family_name, p.given_names, p.preferred_name, p.birth_date, p.phone, p.email, p.archived, "
      u"p.external_ref"_s;

PatientMatch readMatch(const QSqlQuery& q)
{
    return {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
        QDate::fromString(q.value(4).toString(), Qt::ISODate), q.value(5).toString(), q.value(6).toString(),
        q.value(7).toInt() != 0, q.value(8).toString()};
}

} // namespace np::storage
