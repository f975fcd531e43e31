#include "JsonText.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace np::storage {

void appendJsonString(QString& out, QStringView value)
{
    out += u'"';
    if (std::none_of(
            value.begin(), value.end(), [](QChar c) { return c.unicode() < 0x20 || c == u'"' || c == u'\\'; })) {
        out += value;
        out += u'"';
        return;
    }
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
}

QString jsonString(QStringView value)
{
    QString out;
    out.reserve(value.size() + 2);
    appendJsonString(out, value);
    return out;
}

void JsonObjectText::key(QStringView key)
{
    if (m_text.size() > 1)
        m_text += u',';
    appendJsonString(m_text, key);
    m_text += u':';
}

JsonObjectText& JsonObjectText::string(QStringView k, QStringView value)
{
    key(k);
    appendJsonString(m_text, value);
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
