#include "JsonReader.h"

#include "JsonDuplicateKeys.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace np {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(JsonReader)
};

QString typeName(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return u"a boolean"_s;
    case QJsonValue::Double:
        return u"a number"_s;
    case QJsonValue::String:
        return u"a string"_s;
    case QJsonValue::Array:
        return u"an array"_s;
    case QJsonValue::Object:
        return u"an object"_s;
    case QJsonValue::Undefined:
        break;
    }
    return u"nothing"_s;
}

} // namespace

std::optional<QJsonObject> parseJsonObject(const QByteArray& bytes, JsonContext& ctx)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        // Qt's offset lies just past the offending character; columns count characters, not bytes.
        int line = 1;
        int column = 1;
        const qsizetype end = std::min<qsizetype>(error.offset - 1, bytes.size());
        for (qsizetype i = 0; i < end; ++i) {
            if (bytes[i] == '\n') {
                ++line;
                column = 1;
            } else if ((static_cast<unsigned char>(bytes[i]) & 0xC0) != 0x80) {
                ++column;
            }
        }
        ctx.add(QString(),
            Tr::tr("line %1, column %2: not valid JSON (%3)").arg(line).arg(column).arg(error.errorString()));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        ctx.add(QString(), Tr::tr("the document must be a JSON object"));
        return std::nullopt;
    }
    reportDuplicateKeys(bytes, ctx);
    return doc.object();
}

QString jsonPath(const QString& parent, QStringView key)
{
    if (parent.isEmpty())
        return key.toString();
    return parent % u'.' % key;
}

QString jsonPath(const QString& parent, qsizetype index)
{
    return parent % u'[' % QString::number(index) % u']';
}

std::optional<QDate> parseIsoDate(QStringView text)
{
    static const QRegularExpression pattern(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    if (!pattern.match(text.toString()).hasMatch())
        return std::nullopt;
    const QDate d = QDate::fromString(text.toString(), Qt::ISODate);
    if (!d.isValid())
        return std::nullopt;
    return d;
}

QString isoDate(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

JsonObjectReader::JsonObjectReader(QJsonObject object, QString path, JsonContext& ctx)
    : m_object(std::move(object))
    , m_path(std::move(path))
    , m_ctx(ctx)
{ }

bool JsonObjectReader::has(QStringView key) const
{
    const auto it = m_object.constFind(key);
    return it != m_object.constEnd() && !it->isNull();
}

std::optional<QJsonValue> JsonObjectReader::take(QStringView key, Need need)
{
    m_read.insert(key.toString());
    const auto it = m_object.constFind(key);
    if (it == m_object.constEnd() || it->isNull()) {
        if (need == Need::Required)
            m_ctx.add(pathOf(key), Tr::tr("is required"));
        return std::nullopt;
    }
    return *it;
}

void JsonObjectReader::wrongType(QStringView key, const char* expected) const
{
    m_ctx.add(pathOf(key), Tr::tr("must be %1, not %2").arg(Tr::tr(expected), typeName(m_object.value(key))));
}

std::optional<QString> JsonObjectReader::string(QStringView key, Need need)
{
    const auto v = take(key, need);
    if (!v)
        return std::nullopt;
    if (!v->isString()) {
        wrongType(key, QT_TR_NOOP("a string"));
        return std::nullopt;
    }
    if (need == Need::Required && v->toString().trimmed().isEmpty()) { // a blank name or phone is none
        m_ctx.add(pathOf(key), Tr::tr("must not be empty"));
        return std::nullopt;
    }
    return v->toString();
}

std::optional<int> JsonObjectReader::integer(QStringView key, Need need, int min, int max)
{
    const auto v = take(key, need);
    if (!v)
        return std::nullopt;
    const double d = v->toDouble();
    if (!v->isDouble() || d != std::trunc(d)) {
        wrongType(key, QT_TR_NOOP("a whole number"));
        return std::nullopt;
    }
    if (d < min || d > max) { // checked before any cast: a huge value must not overflow
        if (max == INT_MAX)
            m_ctx.add(pathOf(key), Tr::tr("must be at least %1, not %2").arg(min).arg(d));
        else
            m_ctx.add(pathOf(key), Tr::tr("must be from %1 to %2, not %3").arg(min).arg(max).arg(d));
        return std::nullopt;
    }
    return static_cast<int>(d);
}

std::optional<double> JsonObjectReader::number(QStringView key, Need need)
{
    const auto v = take(key, need);
    if (!v)
        return std::nullopt;
    if (!v->isDouble()) {
        wrongType(key, QT_TR_NOOP("a number"));
        return std::nullopt;
    }
    return v->toDouble();
}

std::optional<bool> JsonObjectReader::boolean(QStringView key, Need need)
{
    const auto v = take(key, need);
    if (!v)
        return std::nullopt;
    if (!v->isBool()) {
        wrongType(key, QT_TR_NOOP("true or false"));
        return std::nullopt;
    }
    return v->toBool();
}

std::optional<QDate> JsonObjectReader::date(QStringView key, Need need)
{
    const auto v = take(key, need);
    if (!v)
        return std::nullopt;
    if (!v->isString()) {
        wrongType(key, QT_TR_NOOP("a date (YYYY-MM-DD)"));
        return std::nullopt;
    }
    const auto d = parseIsoDate(v->toString());
    if (!d)
        m_ctx.add(pathOf(key), Tr::tr("\"%1\" is not a date (YYYY-MM-DD)").arg(v->toString()));
    return d;
}

std::optional<QJsonObject> JsonObjectReader::object(QStringView key, Need need)
{
    const auto v = take(key, need);
    if (!v)
        return std::nullopt;
    if (!v->isObject()) {
        wrongType(key, QT_TR_NOOP("an object"));
        return std::nullopt;
    }
    return v->toObject();
}

std::optional<QJsonArray> JsonObjectReader::array(QStringView key, Need need)
{
    const auto v = take(key, need);
    if (!v)
        return std::nullopt;
    if (!v->isArray()) {
        wrongType(key, QT_TR_NOOP("an array"));
        return std::nullopt;
    }
    return v->toArray();
}

std::optional<QStringList> JsonObjectReader::stringList(QStringView key, Need need)
{
    const auto a = array(key, need);
    if (!a)
        return std::nullopt;
    QStringList out;
    bool ok = true;
    for (qsizetype i = 0; i < a->size(); ++i) {
        const QJsonValue v = a->at(i);
        if (!v.isString()) {
            m_ctx.add(jsonPath(pathOf(key), i), Tr::tr("must be a string, not %1").arg(typeName(v)));
            ok = false;
            continue;
        }
        out << v.toString();
    }
    if (!ok)
        return std::nullopt;
    return out;
}

void JsonObjectReader::finish()
{
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it)
        if (!m_read.contains(it.key()))
            m_ctx.add(pathOf(it.key()), Tr::tr("unknown key"));
}

void forEachCodedObject(JsonObjectReader& r, QStringView key, Need need, JsonContext& ctx,
    const std::function<void(JsonObjectReader&)>& read)
{
    const auto array = r.array(key, need);
    if (!array)
        return;
    QSet<QString> seen;
    for (qsizetype i = 0; i < array->size(); ++i) {
        const QString path = jsonPath(r.pathOf(key), i);
        if (!array->at(i).isObject()) {
            ctx.add(path, Tr::tr("must be an object"));
            continue;
        }
        JsonObjectReader item(array->at(i).toObject(), path, ctx);
        read(item);
        item.finish();
        const QString code = array->at(i).toObject().value(u"code").toString();
        if (!code.isEmpty()) {
            if (seen.contains(code))
                ctx.add(jsonPath(path, u"code"), Tr::tr("duplicate code \"%1\"").arg(code));
            seen.insert(code);
        }
    }
}

} // namespace np
