#pragma once

#include "core/Problem.h"

#include <QString>
#include <QStringList>

#include <expected>
#include <functional>
#include <map>
#include <vector>

// The documents' template language: a strict subset of mustache.
//   {{name}}               the value, HTML-escaped (there is no unescaped form)
//   {{#name}}...{{/name}}  a flag: shown when set; a list: repeated once per item
//   {{^name}}...{{/name}}  shown when the flag is not set, or the list is empty
//   {{! comment }}         dropped
//   {{> letterhead}}       another template file, shared by every document (the letterhead, the
//                          style sheet); it may not include a further one
// Set-delimiter tags and unescaped values are refused. A template is validated against
// the placeholders its document kind supplies (a TemplateSchema): every problem names the
// template and the line.
namespace np::print {

template <typename T>
using Result = std::expected<T, Problems>;

// One placeholder a document kind supplies. A list's items have their own fields; inside a list
// section the item's names are looked up first, then the enclosing ones.
struct TemplateField {
    enum class Kind { Text, Flag, List };
    QString name;
    Kind kind = Kind::Text;
    std::vector<TemplateField> item; // List only
};
using TemplateSchema = std::vector<TemplateField>;

[[nodiscard]] TemplateField textField(const QString& name);
[[nodiscard]] TemplateField flagField(const QString& name);
[[nodiscard]] TemplateField listField(const QString& name, TemplateSchema item);

// The values one document is rendered with.
class TemplateValues {
public:
    void set(const QString& name, const QString& text) { m_texts[name] = text; }
    void setFlag(const QString& name, bool on) { m_flags[name] = on; }
    // The list `name` (created empty the first time): append items to it.
    std::vector<TemplateValues>& list(const QString& name) { return m_lists[name]; }
    TemplateValues& addItem(const QString& listName) { return list(listName).emplace_back(); }

    [[nodiscard]] const QString* text(const QString& name) const;
    [[nodiscard]] const bool* flag(const QString& name) const;
    [[nodiscard]] const std::vector<TemplateValues>* items(const QString& name) const;

private:
    std::map<QString, QString> m_texts;
    std::map<QString, bool> m_flags;
    std::map<QString, std::vector<TemplateValues>> m_lists;
};

// Every field of `schema` that `values` leaves unfilled ("steps[2].date"), so a test can show a
// builder fills everything it declares.
[[nodiscard]] QStringList unfilledFields(const TemplateSchema& schema, const TemplateValues& values);

// A shared part's file name and text, for {{> name}}.
struct TemplatePart {
    QString fileName; // "letterhead.en.html"
    QString text;
};
using PartLoader = std::function<Result<TemplatePart>(const QString& name)>;

// A parsed template. `name` names it in problems ("post-care.en.html").
class Template {
public:
    struct Node {
        enum class Kind { Text, Value, Section, Inverted };
        Kind kind = Kind::Text;
        QString text; // Text: the text; otherwise the placeholder's name
        QString file; // the template or shared part it stands in, for problems
        int line = 0;
        std::vector<Node> children; // Section and Inverted
    };

    // Refuses unclosed tags, unbalanced sections, names that are not [a-z][a-z0-9_]*,
    // set-delimiter tags and unescaped values. {{> name}} is read through `parts` (none given:
    // refused), parsed on its own (its sections close within it) and put in the tag's place.
    [[nodiscard]] static Result<Template> parse(
        const QString& text, const QString& name, const PartLoader& parts = PartLoader());

    // The shared parts it includes, in order ("letterhead.en.html").
    [[nodiscard]] const QStringList& parts() const { return m_parts; }

    // Every placeholder the template uses that `schema` does not supply, or supplies as the
    // wrong kind (a list used as a value, a value used as a section).
    [[nodiscard]] Problems validate(const TemplateSchema& schema) const;

    // The document. Fails, naming the placeholder, when `values` has no value for one it uses:
    // nothing is ever printed with an unfilled placeholder.
    [[nodiscard]] Result<QString> render(const TemplateValues& values) const;

    [[nodiscard]] const QString& name() const { return m_name; }

private:
    QString m_name;
    std::vector<Node> m_nodes;
    QStringList m_parts;
};

// `text` for HTML: &, <, >, " escaped, and '{' written as a character reference so no value can
// ever look like a placeholder in the output.
[[nodiscard]] QString escapeHtml(const QString& text);

} // namespace np::print
