#include "PatientText.h"

#include "core/Screening.h"

#include <QCoreApplication>
#include <QFont>
#include <QLocale>
#include <QPalette>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace np::app {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(PatientText)
};
} // namespace

QString patientDisplayName(const QString& familyName, const QString& givenNames)
{
    if (familyName.isEmpty() || givenNames.isEmpty())
        return familyName + givenNames;
    return Tr::tr("%1, %2", "family name, given names").arg(familyName, givenNames);
}

QString displayDate(QDate date)
{
    if (!date.isValid())
        return {};
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(u"yyyy"_s))
        format.replace(u"yy"_s, u"yyyy"_s);
    return QLocale().toString(date, format);
}

QVariant mutedRowStyle(bool muted, int role)
{
    if (!muted)
        return {};
    if (role == Qt::FontRole) {
        QFont font;
        font.setItalic(true);
        return font;
    }
    if (role == Qt::ForegroundRole)
        return QPalette().brush(QPalette::Disabled, QPalette::Text);
    return {};
}

QString displayTime(QTime time)
{
    if (!time.isValid())
        return {};
    QString format = QLocale().timeFormat(QLocale::ShortFormat);
    format.remove(u":ss"_s).remove(u".ss"_s);
    return QLocale().toString(time, format);
}

std::optional<int> ageOn(QDate birth, QDate today)
{
    if (!birth.isValid() || !today.isValid() || today < birth)
        return std::nullopt;
    int years = today.year() - birth.year();
    if (dateOfAge(birth, years) > today)
        --years;
    return years;
}

QString fitzpatrickText(int type)
{
    static const QStringList roman {u"I"_s, u"II"_s, u"III"_s, u"IV"_s, u"V"_s, u"VI"_s};
    if (type < 1 || type > roman.size())
        return QString::number(type);
    return Tr::tr("Type %1").arg(roman[type - 1]);
}

QString documentKindText(const QString& code)
{
    if (code == u"post_care")
        return Tr::tr("Post-care sheet");
    if (code == u"pre_care")
        return Tr::tr("Pre-care sheet");
    if (code == u"consent")
        return Tr::tr("Consent form");
    if (code == u"appointment_card")
        return Tr::tr("Appointment card");
    if (code == u"day_sheet")
        return Tr::tr("Day sheet");
    if (code == u"recall_list")
        return Tr::tr("Recall list");
    return code;
}

} // namespace np::app
