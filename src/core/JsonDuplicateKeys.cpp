#include "JsonDuplicateKeys.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace np {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(JsonReader)
};

// A recursive descent over valid JSON (QJsonDocument has parsed it, so no syntax checks here;
// its nesting limit bounds the recursion).
class KeyScanner {
public:
    KeyScanner(QByteArrayView text, JsonContext& ctx)
        : m_text(text)
        , m_ctx(ctx)
    {
        if (m_text.startsWith("\xEF\xBB\xBF"))
            m_at = 3;
    }

    void scan()
    {
        skipSpace();
        value(QString());
    }

private:
    [[nodiscard]] static bool isDelimiter(char c)
    {
        return c == ',' || c == '}' || c == ']' || c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    [[nodiscard]] char peek() const { return m_at < m_text.size() ? m_text[m_at] : '\0'; }

    void skipSpace()
    {
        while (m_at < m_text.size() && (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r'))
            ++m_at;
    }

    void value(const QString& path)
    {
        switch (peek()) {
        case '{':
            object(path);
            break;
        case '[':
            array(path);
            break;
        case '"':
            (void)string();
            break;
        default: // number, true, false, null
            while (m_at < m_text.size() && !isDelimiter(peek()))
                ++m_at;
        }
    }

    void object(const QString& path)
    {
        ++m_at; // {
        QSet<QString> seen;
        skipSpace();
        while (m_at < m_text.size() && peek() != '}') {
            const QString key = string();
            const QString keyPath = jsonPath(path, key);
            if (seen.contains(key))
                m_ctx.add(keyPath, Tr::tr("duplicate key \"%1\"").arg(key));
            seen.insert(key);
            skipSpace();
            ++m_at; // :
            skipSpace();
            value(keyPath);
            skipSpace();
            if (peek() == ',')
                ++m_at;
            skipSpace();
        }
        ++m_at; // }
    }

    void array(const QString& path)
    {
        ++m_at; // [
        skipSpace();
        for (qsizetype index = 0; m_at < m_text.size() && peek() != ']'; ++index) {
            value(jsonPath(path, index));
            skipSpace();
            if (peek() == ',')
                ++m_at;
            skipSpace();
        }
        ++m_at; // ]
    }

    // At an opening quote: the string's value, escapes decoded.
    QString string()
    {
        ++m_at; // "
        QString out;
        qsizetype run = m_at;
        const auto flush = [&] { out += QString::fromUtf8(m_text.sliced(run, m_at - run)); };
        while (m_at < m_text.size() && peek() != '"') {
            if (peek() != '\\') {
                ++m_at;
                continue;
            }
            flush();
            const char escaped = m_at + 1 < m_text.size() ? m_text[m_at + 1] : '\0';
            m_at += 2;
            switch (escaped) {
            case 'b':
                out += u'\b';
                break;
            case 'f':
                out += u'\f';
                break;
            case 'n':
                out += u'\n';
                break;
            case 'r':
                out += u'\r';
                break;
            case 't':
                out += u'\t';
                break;
            case 'u':
                out += QChar(char16_t(m_text.sliced(m_at, std::min<qsizetype>(4, m_text.size() - m_at))
                                          .toByteArray()
                                          .toUShort(nullptr, 16)));
                m_at = std::min(m_at + 4, m_text.size());
                break;
            default: // " \ /
                out += QLatin1Char(escaped);
            }
            run = m_at;
        }
        flush();
        ++m_at; // "
        return out;
    }

    QByteArrayView m_text;
    JsonContext& m_ctx;
    qsizetype m_at = 0;
};

} // namespace

void reportDuplicateKeys(QByteArrayView json, JsonContext& ctx)
{
    KeyScanner(json, ctx).scan();
}

} // namespace np
