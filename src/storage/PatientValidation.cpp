#include "PatientValidation.h"

#include "SearchText.h"
#include "Statement.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace np::storage {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(PatientValidation)
};

const QDate EarliestBirthDate(1900, 1, 1);

} // namespace

PatientRecord normalizedPatient(PatientRecord p)
{
    for (QString* field : {&p.familyName, &p.givenNames, &p.preferredName, &p.sex, &p.phone, &p.email, &p.town,
             &p.region, &p.postcode, &p.country, &p.externalRef, &p.preferredLanguage})
        *field = field->trimmed();
    // A language and an optional region, as BCP 47 writes them: "es", "es-MX".
    QStringList parts = p.preferredLanguage.split(QRegularExpression(u"[-_]"_s));
    if (parts.size() <= 2) {
        parts[0] = parts[0].toLower();
        if (parts.size() == 2)
            parts[1] = parts[1].toUpper();
        p.preferredLanguage = parts.join(u'-');
    }
    // QtSql binds a null string as NULL: every text column is NOT NULL, so none stays null.
    for (QString* field : {&p.familyName, &p.givenNames, &p.preferredName, &p.sex, &p.phone, &p.email, &p.address,
             &p.town, &p.region, &p.postcode, &p.country, &p.externalRef, &p.preferredLanguage, &p.notes})
        *field = text(*field);
    return p;
}

std::optional<int> parseFitzpatrick(const QString& text)
{
    static const QStringList roman {u"I"_s, u"II"_s, u"III"_s, u"IV"_s, u"V"_s, u"VI"_s};
    const QString t = text.trimmed();
    if (t.size() == 1 && t[0] >= u'1' && t[0] <= u'6')
        return t[0].unicode() - u'0';
    const qsizetype r = roman.indexOf(t.toUpper());
    if (r >= 0)
        return int(r) + 1;
    return std::nullopt;
}

Problems validatePatient(const PatientRecord& record, QDate today)
{
    static const QRegularExpression email(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
    static const QRegularExpression language(u"^[a-z]{2}(-[A-Z]{2})?$"_s);
    const PatientRecord p = normalizedPatient(record);

    Problems problems;
    auto add = [&](const QString& field, const QString& message) { problems.append({QString(), field, message}); };

    if (p.familyName.trimmed().isEmpty())
        add(u"family_name"_s, Tr::tr("is required"));
    // Only the street lines and the notes may span lines.
    const std::pair<const char16_t*, const QString*> oneLine[] {{u"family_name", &p.familyName},
        {u"given_names", &p.givenNames}, {u"preferred_name", &p.preferredName}, {u"sex", &p.sex}, {u"phone", &p.phone},
        {u"email", &p.email}, {u"town", &p.town}, {u"region", &p.region}, {u"postcode", &p.postcode},
        {u"country", &p.country}, {u"external_ref", &p.externalRef}};
    for (const auto& [field, value] : oneLine)
        if (value->contains(u'\n') || value->contains(u'\r'))
            add(QString::fromUtf16(field), Tr::tr("must be one line"));
    if (!p.birthDate.isValid())
        add(u"birth_date"_s, Tr::tr("is required"));
    else if (p.birthDate > today)
        add(u"birth_date"_s,
            Tr::tr("%1 is in the future (today is %2)")
                .arg(p.birthDate.toString(Qt::ISODate), today.toString(Qt::ISODate)));
    else if (p.birthDate < EarliestBirthDate)
        add(u"birth_date"_s,
            Tr::tr("%1 is before %2").arg(p.birthDate.toString(Qt::ISODate), EarliestBirthDate.toString(Qt::ISODate)));
    if (p.fitzpatrick && (*p.fitzpatrick < 1 || *p.fitzpatrick > 6))
        add(u"fitzpatrick"_s, Tr::tr("must be from 1 to 6, not %1").arg(*p.fitzpatrick));
    if (const QString e = p.email.trimmed(); !e.isEmpty() && !email.match(e).hasMatch())
        add(u"email"_s, Tr::tr("\"%1\" is not an email address").arg(e));
    if (const QString phone = p.phone.trimmed(); !phone.isEmpty() && phoneDigits(phone).size() < MinPhoneDigits)
        add(u"phone"_s, Tr::tr("\"%1\" has fewer than %2 digits").arg(phone).arg(MinPhoneDigits));
    if (!language.match(p.preferredLanguage).hasMatch())
        add(u"preferred_language"_s,
            Tr::tr("\"%1\" is not a two-letter ISO 639-1 code such as \"en\" (with a region if you like: \"es-MX\")")
                .arg(record.preferredLanguage));
    return problems;
}

} // namespace np::storage
