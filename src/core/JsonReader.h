#pragma once

#include "Problem.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QStringList>

#include <climits>
#include <functional>
#include <optional>
#include <type_traits>

namespace np {

// Collects the problems found while reading one JSON document.
struct JsonContext {
    QString file; // shown in every problem; empty for standard input
    Problems problems;

    void add(const QString& path, const QString& message) { problems.append({file, path, message}); }
    [[nodiscard]] bool ok() const { return problems.isEmpty(); }
};

// Parses a whole document whose root must be an object. Syntax errors name line and column.
// A key repeated in any object is a problem in `ctx` (the object is still returned: check ctx.ok()).
[[nodiscard]] std::optional<QJsonObject> parseJsonObject(const QByteArray& bytes, JsonContext& ctx);

// "a.b" + "c" -> "a.b.c"; "" + "c" -> "c"; "a" + 3 -> "a[3]".
[[nodiscard]] QString jsonPath(const QString& parent, QStringView key);
[[nodiscard]] QString jsonPath(const QString& parent, qsizetype index);

enum class Need { Required, Optional };

// Strict, typed reads from one JSON object. Every read marks its key as known; finish() reports
// every key that was never read as unknown, so a misspelt key never passes silently.
// A missing optional key and an explicit null both read as nullopt.
class JsonObjectReader {
public:
    JsonObjectReader(QJsonObject object, QString path, JsonContext& ctx);

    [[nodiscard]] const QString& path() const { return m_path; }
    [[nodiscard]] QString pathOf(QStringView key) const { return jsonPath(m_path, key); }
    [[nodiscard]] bool has(QStringView key) const;
    void error(QStringView key, const QString& message) const { m_ctx.add(pathOf(key), message); }

    std::optional<QString> string(QStringView key, Need need = Need::Required);
    std::optional<int> integer(QStringView key, Need need = Need::Required, int min = INT_MIN, int max = INT_MAX);
    std::optional<double> number(QStringView key, Need need = Need::Required);
    std::optional<bool> boolean(QStringView key, Need need = Need::Required);
    std::optional<QDate> date(QStringView key, Need need = Need::Required); // YYYY-MM-DD
    std::optional<QJsonObject> object(QStringView key, Need need = Need::Required);
    std::optional<QJsonArray> array(QStringView key, Need need = Need::Required);
    std::optional<QStringList> stringList(QStringView key, Need need = Need::Required);

    // Reports keys never read. Call once, after reading every key this object may have.
    void finish();

private:
    std::optional<QJsonValue> take(QStringView key, Need need);
    void wrongType(QStringView key, const char* expected) const;

    QJsonObject m_object;
    QString m_path;
    JsonContext& m_ctx;
    QSet<QString> m_read;
};

// A JSON object read strictly from `bytes` (the file `file`, for problems): `read(reader, context,
// object)` takes it key by key through the reader, and may add problems of its own to the context;
// every key it never reads is refused. The value it returns, or every problem with its JSON path.
template <typename Read>
auto readJsonObject(const QByteArray& bytes, const QString& file, Problems& problems, Read&& read)
    -> std::optional<std::invoke_result_t<Read, JsonObjectReader&, JsonContext&, const QJsonObject&>>
{
    JsonContext json {file, {}};
    const auto root = parseJsonObject(bytes, json);
    if (!root) {
        problems = json.problems;
        return std::nullopt;
    }
    JsonObjectReader reader(*root, QString(), json);
    auto value = read(reader, json, *root);
    reader.finish();
    if (!json.ok()) {
        problems = json.problems;
        return std::nullopt;
    }
    return value;
}

// Reads r[key], an array of objects, each through `read` and then finish(): an item that is not an
// object is a problem, and so is a "code" repeated within the array. Shared by the file loaders.
void forEachCodedObject(JsonObjectReader& r, QStringView key, Need need, JsonContext& ctx,
    const std::function<void(JsonObjectReader&)>& read);

// Reads "YYYY-MM-DD" strictly (a real calendar date, four-digit year).
[[nodiscard]] std::optional<QDate> parseIsoDate(QStringView text);
[[nodiscard]] QString isoDate(const QDate& date); // "YYYY-MM-DD"

} // namespace np
