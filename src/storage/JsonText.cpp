#include "JsonText.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace np::storage {

QString jsonString(QStringView value)
{
    const bool plain = std::none_of(
        value.begin(), value.end(), [](QChar c) { return c.unicode() < 0x20 || c == u'"' || c == u'\\'; });
    if (plain)
        return u'"' + value + u'"';
    QString out;
    out.reserve(value.size() + 8);
    out += u'"';
    for (const QChar c : value) {
        switch (c.unicode()) {
        case u'"':
            out += u"\\\""_s;
            break;
        case u'\\':
            out += u"\\\\"_s;
            break;
        case u'\n':
            out += u"\\n"_s;
            break;
        case u'\r':
            out += u"\\r"_s;
            break;
        case u'\t':
            out += u"\\t"_s;
            break;
        default:
            if (c.unicode() < 0x20)
                out += u"\\u"_s + QString::number(c.unicode(), 16).rightJustified(4, u'0');
            else
                out += c;
        }
    }
    out += u'"';
    return out;
}

void JsonObjectText::key(QStringView key)
{
    if (m_text.size() > 1)
        m_text += u',';
    m_text += jsonString(key);
    m_text += u':';
}

JsonObjectText& JsonObjectText::string(QStringView k, QStringView value)
{
    key(k);
    m_text += jsonString(value);
    return *this;
}

JsonObjectText& JsonObjectText::integer(QStringView k, qint64 value)
{
    key(k);
    m_text += QString::number(value);
    return *this;
}

JsonObjectText& JsonObjectText::boolean(QStringView k, bool value)
{
    key(k);
    m_text += value ? u"true"_s : u"false"_s;
    return *this;
}

JsonObjectText& JsonObjectText::null(QStringView k)
{
    key(k);
    m_text += u"null"_s;
    return *this;
}

JsonObjectText& JsonObjectText::raw(QStringView k, QStringView json)
{
    key(k);
    m_text += json;
    return *this;
}

} // namespace np::storage
