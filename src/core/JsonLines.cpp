#include "JsonLines.h"

#include "JsonReader.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace np {
namespace {

// A small reader of JSON text that knows where it is: it only follows the structure (the text has
// been parsed already), recording the line each value starts on under its path.
class LineWalker {
public:
    explicit LineWalker(const QByteArray& text)
        : m_text(text)
    { }

    bool walk(QHash<QString, int>& lines)
    {
        m_lines = &lines;
        return value(QString()) && (skipSpace(), m_pos == m_text.size());
    }

private:
    void skipSpace()
    {
        while (m_pos < m_text.size()) {
            const char c = m_text[m_pos];
            if (c == '\n')
                ++m_line;
            else if (c != ' ' && c != '\t' && c != '\r')
                return;
            ++m_pos;
        }
    }

    // A string; its text when `keep`. The position is just past its closing quote.
    bool string(QByteArray* keep)
    {
        if (m_pos >= m_text.size() || m_text[m_pos] != '"')
            return false;
        const qsizetype start = ++m_pos;
        while (m_pos < m_text.size() && m_text[m_pos] != '"') {
            if (m_text[m_pos] == '\\')
                ++m_pos;
            ++m_pos;
        }
        if (m_pos >= m_text.size())
            return false;
        if (keep)
            *keep = m_text.mid(start, m_pos - start);
        ++m_pos;
        return true;
    }

    bool value(const QString& path)
    {
        skipSpace();
        if (m_pos >= m_text.size())
            return false;
        m_lines->insert(path, m_line);
        const char c = m_text[m_pos];
        if (c == '{')
            return object(path);
        if (c == '[')
            return array(path);
        if (c == '"')
            return string(nullptr);
        while (m_pos < m_text.size() && !QByteArrayView(",}] \t\r\n").contains(m_text[m_pos]))
            ++m_pos; // a number, true, false or null
        return true;
    }

    bool object(const QString& path)
    {
        ++m_pos;
        skipSpace();
        if (m_pos < m_text.size() && m_text[m_pos] == '}')
            return ++m_pos, true;
        for (;;) {
            skipSpace();
            QByteArray key;
            if (!string(&key))
                return false;
            skipSpace();
            if (m_pos >= m_text.size() || m_text[m_pos] != ':')
                return false;
            ++m_pos;
            // Keys of the files read here are plain: no escapes to undo.
            if (!value(jsonPath(path, QString::fromUtf8(key))))
                return false;
            skipSpace();
            if (m_pos < m_text.size() && m_text[m_pos] == ',') {
                ++m_pos;
                continue;
            }
            return m_pos < m_text.size() && m_text[m_pos++] == '}';
        }
    }

    bool array(const QString& path)
    {
        ++m_pos;
        skipSpace();
        if (m_pos < m_text.size() && m_text[m_pos] == ']')
            return ++m_pos, true;
        for (qsizetype i = 0;; ++i) {
            if (!value(jsonPath(path, i)))
                return false;
            skipSpace();
            if (m_pos < m_text.size() && m_text[m_pos] == ',') {
                ++m_pos;
                continue;
            }
            return m_pos < m_text.size() && m_text[m_pos++] == ']';
        }
    }

    const QByteArray& m_text;
    qsizetype m_pos = 0;
    int m_line = 1;
    QHash<QString, int>* m_lines = nullptr;
};

// "a.b[2].c" -> "a.b[2]" -> "a.b" -> "a" -> "".
QString parentPath(const QString& path)
{
    const qsizetype cut = std::max(path.lastIndexOf(u'.'), path.lastIndexOf(u'['));
    return cut < 0 ? QString() : path.left(cut);
}

} // namespace

QHash<QString, int> jsonPathLines(const QByteArray& json)
{
    QHash<QString, int> lines;
    if (!LineWalker(json).walk(lines))
        return {};
    return lines;
}

int lineOfJsonPath(const QHash<QString, int>& lines, const QString& path)
{
    for (QString p = path;; p = parentPath(p)) {
        if (const auto it = lines.constFind(p); it != lines.cend())
            return *it;
        if (p.isEmpty())
            return 0;
    }
}

Problems withJsonLines(Problems problems, const QByteArray& json)
{
    const QHash<QString, int> lines = jsonPathLines(json);
    if (lines.isEmpty())
        return problems;
    for (Problem& p : problems)
        if (const int line = lineOfJsonPath(lines, p.path); line > 0 && !p.path.isEmpty())
            p.path = QCoreApplication::translate("JsonLines", "line %1: %2").arg(line).arg(p.path);
    return problems;
}

} // namespace np
