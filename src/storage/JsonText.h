#pragma once

#include <QString>
#include <QStringView>

namespace np::storage {

// Writes one flat JSON object as compact text, fields in the order given. Faster than building a
// QJsonObject and serializing it: the audit log writes one per changed row, 100,000 in an import.
class JsonObjectText {
public:
    JsonObjectText& string(QStringView key, QStringView value);
    JsonObjectText& integer(QStringView key, qint64 value);
    JsonObjectText& boolean(QStringView key, bool value);
    JsonObjectText& null(QStringView key);
    // A value already written as JSON (an array, a nested object).
    JsonObjectText& raw(QStringView key, QStringView json);

    [[nodiscard]] QString text() const { return m_text + u'}'; }

private:
    void key(QStringView key);

    QString m_text = QStringLiteral("{");
};

// A JSON string literal, quotes included: "a\"b" for a"b.
[[nodiscard]] QString jsonString(QStringView value);
// The same, appended to `out` without a temporary.
void appendJsonString(QString& out, QStringView value);

} // namespace np::storage
