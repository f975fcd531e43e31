#include "CsvReader.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace np::storage {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
};

bool isContinuation(unsigned char c)
{
    return (c & 0xC0) == 0x80;
}

} // namespace

bool isValidUtf8(QByteArrayView bytes)
{
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
    const auto* end = p + bytes.size();
    while (p < end) {
        const unsigned char c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        if (c >= 0xC2 && c <= 0xDF) {
            if (end - p < 2 || !isContinuation(p[1]))
                return false;
            p += 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            if (end - p < 3 || !isContinuation(p[1]) || !isContinuation(p[2]))
                return false;
            if (c == 0xE0 && p[1] < 0xA0) // overlong
                return false;
            if (c == 0xED && p[1] >= 0xA0) // UTF-16 surrogates
                return false;
            p += 3;
        } else if (c >= 0xF0 && c <= 0xF4) {
            if (end - p < 4 || !isContinuation(p[1]) || !isContinuation(p[2]) || !isContinuation(p[3]))
                return false;
            if (c == 0xF0 && p[1] < 0x90) // overlong
                return false;
            if (c == 0xF4 && p[1] >= 0x90) // past U+10FFFF
                return false;
            p += 4;
        } else {
            return false; // a stray continuation byte, 0xC0, 0xC1 or 0xF5..0xFF
        }
    }
    return true;
}

CsvTable readCsv(QByteArrayView bytes, char separator)
{
    CsvTable table;
    qsizetype pos = 0;
    const qsizetype n = bytes.size();
    if (bytes.startsWith("\xEF\xBB\xBF"))
        pos = 3;
    else if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        table.problems.append({1, -1,
            Tr::tr("the file is UTF-16 text, not UTF-8; save it as \"CSV UTF-8\" (or CSV with the UTF-8 "
                   "encoding) and try again")});
        return table;
    }

    QByteArray scratch; // a quoted field's text with its doubled quotes undone
    int row = 1;
    while (pos < n) {
        CsvRecord record;
        record.row = row;
        bool blank = true;
        bool endOfRecord = false;
        while (!endOfRecord) {
            CsvField field;
            QByteArrayView text;
            if (pos < n && bytes[pos] == '"') {
                field.quoted = true;
                ++pos;
                scratch.resize(0);
                bool closed = false;
                while (pos < n) {
                    const char c = bytes[pos];
                    if (c == '"') {
                        if (pos + 1 < n && bytes[pos + 1] == '"') {
                            scratch.append('"');
                            pos += 2;
                            continue;
                        }
                        ++pos;
                        closed = true;
                        break;
                    }
                    // Copy the run up to the next quote in one go.
                    qsizetype next = pos;
                    while (next < n && bytes[next] != '"')
                        ++next;
                    scratch.append(bytes.sliced(pos, next - pos));
                    pos = next;
                }
                if (!closed)
                    table.problems.append({row, int(record.fields.size()),
                        Tr::tr("a quoted field is never closed: the quote that opens it has no closing quote "
                               "before the end of the file")});
                if (closed && pos < n && bytes[pos] != separator && bytes[pos] != '\r' && bytes[pos] != '\n') {
                    table.problems.append({row, int(record.fields.size()),
                        Tr::tr("text after the closing quote; a quote inside a quoted field must be doubled "
                               "(\"\")")});
                    while (pos < n && bytes[pos] != separator && bytes[pos] != '\r' && bytes[pos] != '\n')
                        scratch.append(bytes[pos++]);
                }
                text = scratch;
            } else {
                const qsizetype start = pos;
                while (pos < n && bytes[pos] != separator && bytes[pos] != '\r' && bytes[pos] != '\n')
                    ++pos;
                text = bytes.sliced(start, pos - start);
            }

            if (!isValidUtf8(text))
                table.problems.append({row, int(record.fields.size()),
                    Tr::tr("not valid UTF-8 text; save the file as \"CSV UTF-8\" and try again")});
            field.text = QString::fromUtf8(text);
            if (field.quoted || !field.text.isEmpty())
                blank = false;
            record.fields.append(std::move(field));

            if (pos >= n) {
                endOfRecord = true;
            } else if (bytes[pos] == separator) {
                ++pos;
            } else {
                // CRLF, LF or a lone CR ends the record.
                if (bytes[pos] == '\r' && pos + 1 < n && bytes[pos + 1] == '\n')
                    ++pos;
                ++pos;
                endOfRecord = true;
            }
        }
        if (!blank)
            table.records.append(std::move(record));
        ++row;
    }
    return table;
}

void appendCsvRecord(QByteArray& out, const QStringList& fields, char separator)
{
    bool first = true;
    for (const QString& field : fields) {
        if (!first)
            out.append(separator);
        first = false;
        const bool quote = field.contains(QLatin1Char(separator)) || field.contains(u'"') || field.contains(u'\n')
            || field.contains(u'\r') || (!field.isEmpty() && (field.front().isSpace() || field.back().isSpace()));
        if (!quote) {
            out.append(field.toUtf8());
            continue;
        }
        out.append('"');
        QString escaped = field;
        escaped.replace(u"\""_s, u"\"\""_s);
        out.append(escaped.toUtf8());
        out.append('"');
    }
    out.append("\r\n");
}

} // namespace np::storage
