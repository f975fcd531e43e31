#include "Clock.h"

#include <QTimeZone>

#include <cstdio>

namespace np::storage {

QString isoUtc(const QDateTime& time)
{
    if (!time.isValid())
        return QString();
    const QDateTime utc = time.toUTC();
    const QDate d = utc.date();
    const QTime t = utc.time();
    if (d.year() < 0 || d.year() > 9999)
        return utc.toString(Qt::ISODateWithMs);
    char text[32];
    const int n = std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", d.year(), d.month(), d.day(),
        t.hour(), t.minute(), t.second(), t.msec());
    return QString::fromLatin1(text, n);
}

namespace {

// The digits of text[from, from + length) as a number; -1 when one is not a digit.
int fixedNumber(const QString& text, qsizetype from, qsizetype length)
{
    int value = 0;
    for (qsizetype i = from; i < from + length; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

} // namespace

QDateTime fromLocalMinuteText(const QString& text)
{
    if (text.size() == 16 && text[4] == u'-' && text[7] == u'-' && text[10] == u'T' && text[13] == u':') {
        const QDate d(fixedNumber(text, 0, 4), fixedNumber(text, 5, 2), fixedNumber(text, 8, 2));
        const QTime t(fixedNumber(text, 11, 2), fixedNumber(text, 14, 2));
        if (d.isValid() && t.isValid())
            return QDateTime(d, t);
    }
    return QDateTime::fromString(text, QStringLiteral("yyyy-MM-ddTHH:mm"));
}

QDateTime fromIsoUtc(const QString& text)
{
    // "yyyy-MM-ddTHH:mm:ss.zzzZ": 24 characters at fixed places.
    auto number = [&](qsizetype from, qsizetype length) { return fixedNumber(text, from, length); };
    if (text.size() == 24 && text[4] == u'-' && text[7] == u'-' && text[10] == u'T' && text[13] == u':'
        && text[16] == u':' && text[19] == u'.' && text[23] == u'Z') {
        const QDate d(number(0, 4), number(5, 2), number(8, 2));
        const QTime t(number(11, 2), number(14, 2), number(17, 2), number(20, 3));
        if (d.isValid() && t.isValid())
            return QDateTime(d, t, QTimeZone::utc());
    }
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

} // namespace np::storage
