#include "DateInput.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace np::app {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(DateInput)
};

enum class Order { DayMonthYear, MonthDayYear, YearMonthDay };

// The order of day, month and year in the locale's short date format.
Order localeOrder(const QLocale& locale)
{
    const QString format = locale.dateFormat(QLocale::ShortFormat);
    const qsizetype d = format.indexOf(u'd');
    const qsizetype m = format.indexOf(u'M');
    const qsizetype y = format.indexOf(u'y');
    if (y >= 0 && y < d && y < m)
        return Order::YearMonthDay;
    return m >= 0 && d >= 0 && m < d ? Order::MonthDayYear : Order::DayMonthYear;
}

// The locale's separator between the numbers of a date: '/', '.' or '-' (also for a locale that
// writes the month as a word: '/').
QChar localeSeparator(const QLocale& locale, Order order)
{
    if (order == Order::YearMonthDay)
        return u'-';
    for (const QChar c : locale.dateFormat(QLocale::ShortFormat))
        if (c == u'/' || c == u'.' || c == u'-')
            return c;
    return u'/';
}

} // namespace

QString dateInputHint(const QLocale& locale)
{
    const Order order = localeOrder(locale);
    QStringList parts;
    switch (order) {
    case Order::MonthDayYear:
        parts = {Tr::tr("MM"), Tr::tr("DD"), Tr::tr("YYYY")};
        break;
    case Order::YearMonthDay:
        parts = {Tr::tr("YYYY"), Tr::tr("MM"), Tr::tr("DD")};
        break;
    case Order::DayMonthYear:
        parts = {Tr::tr("DD"), Tr::tr("MM"), Tr::tr("YYYY")};
        break;
    }
    return parts.join(localeSeparator(locale, order));
}

QString formatDateInput(QDate date, const QLocale& locale)
{
    if (!date.isValid())
        return {};
    const Order order = localeOrder(locale);
    const QString separator = localeSeparator(locale, order);
    switch (order) {
    case Order::MonthDayYear:
        return date.toString(u"MM"_s + separator + u"dd"_s + separator + u"yyyy"_s);
    case Order::YearMonthDay:
        return date.toString(Qt::ISODate);
    case Order::DayMonthYear:
        break;
    }
    return date.toString(u"dd"_s + separator + u"MM"_s + separator + u"yyyy"_s);
}

std::expected<QDate, QString> parseDateInput(const QString& text, const QLocale& locale)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return QDate();
    static const QRegularExpression parts(u"^(\\d{1,4})[/.\\- ]+(\\d{1,2})[/.\\- ]+(\\d{1,4})$"_s);
    const QRegularExpressionMatch match = parts.match(t);
    const QString hint = dateInputHint(locale);
    if (!match.hasMatch())
        return std::unexpected(Tr::tr("“%1” is not a date; write it as %2").arg(t, hint));
    const QString first = match.captured(1);
    const QString last = match.captured(3);
    int year = 0;
    int month = 0;
    int day = 0;
    if (first.size() == 4) { // year first, whatever the locale
        year = first.toInt();
        month = match.captured(2).toInt();
        day = last.toInt();
    } else {
        if (last.size() != 4)
            return std::unexpected(
                Tr::tr("“%1”: write the year with four digits (%2); a two-digit year is never guessed").arg(t, hint));
        year = last.toInt();
        const bool monthFirst = localeOrder(locale) == Order::MonthDayYear;
        month = (monthFirst ? first : match.captured(2)).toInt();
        day = (monthFirst ? match.captured(2) : first).toInt();
    }
    const QDate date(year, month, day);
    if (!date.isValid())
        return std::unexpected(Tr::tr("“%1” is not a real date; write it as %2").arg(t, hint));
    return date;
}

std::optional<QDate> dateInField(const QString& text, const QLocale& locale)
{
    const auto date = parseDateInput(text, locale);
    return date && date->isValid() ? std::optional(*date) : std::nullopt;
}

} // namespace np::app
