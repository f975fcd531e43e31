#include "Template.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace np::print {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Template)
};

using Node = Template::Node;

QString lineOf(int line)
{
    return Tr::tr("line %1").arg(line);
}

const TemplateField* findField(const TemplateSchema& schema, const QString& name)
{
    for (const TemplateField& f : schema) {
        if (f.name == name)
            return &f;
    }
    return nullptr;
}

// Builds the node tree from the tags, keeping a stack of the sections still open.
class Parser {
public:
    Parser(const QString& text, const QString& name, const PartLoader* parts, QStringList& partNames)
        : m_text(text)
        , m_name(name)
        , m_parts(parts)
        , m_partNames(partNames)
    { }

    Result<std::vector<Node>> run()
    {
        std::vector<Node> root;
        m_open.push_back(&root);
        qsizetype pos = 0;
        while (pos < m_text.size()) {
            const qsizetype open = m_text.indexOf(u"{{"_s, pos);
            if (open < 0) {
                addText(m_text.mid(pos));
                break;
            }
            addText(m_text.mid(pos, open - pos));
            advanceLine(pos, open);
            const qsizetype close = m_text.indexOf(u"}}"_s, open + 2);
            if (close < 0) {
                add(m_line, Tr::tr("\"{{\" is never closed with \"}}\""));
                break;
            }
            tag(m_text.mid(open + 2, close - open - 2));
            advanceLine(open, close + 2);
            pos = close + 2;
        }
        for (qsizetype i = qsizetype(m_sections.size()) - 1; i >= 0; --i) {
            const Node& s = *m_sections[std::size_t(i)];
            add(s.line, Tr::tr("section \"%1\" is never closed with {{/%1}}").arg(s.text));
        }
        if (!m_problems.isEmpty())
            return std::unexpected(m_problems);
        return root;
    }

private:
    void add(int line, const QString& message) { m_problems.append({m_name, lineOf(line), message}); }

    void advanceLine(qsizetype from, qsizetype to)
    {
        m_line += int(QStringView(m_text).mid(from, to - from).count(u'\n'));
    }

    void addText(const QString& text)
    {
        if (!text.isEmpty())
            m_open.back()->push_back(Node {Node::Kind::Text, text, m_name, m_line, {}});
    }

    void tag(const QString& raw)
    {
        static const QRegularExpression namePattern(u"^[a-z][a-z0-9_]*$"_s);
        const QString body = raw.trimmed();
        const QChar sigil = body.isEmpty() ? QChar() : body.front();
        if (sigil == u'!')
            return;
        if (sigil == u'=' || sigil == u'<' || sigil == u'{' || sigil == u'&' || (sigil == u'>' && !m_parts)) {
            add(m_line,
                Tr::tr("\"{{%1}}\" is not supported: use {{name}}, {{#name}}, {{^name}} or {{/name}}").arg(raw));
            return;
        }
        const bool marked = sigil == u'#' || sigil == u'^' || sigil == u'/' || sigil == u'>';
        const QString name = marked ? body.mid(1).trimmed() : body;
        if (!namePattern.match(name).hasMatch()) {
            add(m_line,
                Tr::tr("\"{{%1}}\": \"%2\" is not a placeholder name (lower-case letters, digits and _)")
                    .arg(raw, name));
            return;
        }
        if (sigil == u'/') {
            close(name);
            return;
        }
        if (sigil == u'>') {
            include(name);
            return;
        }
        const Node::Kind kind = sigil == u'#' ? Node::Kind::Section
            : sigil == u'^'                   ? Node::Kind::Inverted
                                              : Node::Kind::Value;
        Node& node = m_open.back()->emplace_back(Node {kind, name, m_name, m_line, {}});
        if (kind != Node::Kind::Value) {
            m_sections.push_back(&node);
            m_open.push_back(&node.children);
        }
    }

    // A shared part, parsed on its own with no parts of its own, its nodes put in place.
    void include(const QString& name)
    {
        auto part = (*m_parts)(name);
        if (!part) {
            for (Problem p : part.error())
                m_problems.append({m_name, lineOf(m_line), p.toString()});
            return;
        }
        m_partNames.append(part->fileName);
        auto nodes = Parser(part->text, part->fileName, nullptr, m_partNames).run();
        if (!nodes) {
            m_problems.append(nodes.error());
            return;
        }
        for (Node& n : *nodes)
            m_open.back()->push_back(std::move(n));
    }

    void close(const QString& name)
    {
        if (m_sections.empty()) {
            add(m_line, Tr::tr("{{/%1}} closes no open section").arg(name));
            return;
        }
        const Node& open = *m_sections.back();
        if (open.text != name) {
            add(m_line,
                Tr::tr("{{/%1}} does not close section \"%2\" opened on line %3").arg(name, open.text).arg(open.line));
            return;
        }
        m_sections.pop_back();
        m_open.pop_back();
    }

    const QString& m_text;
    const QString& m_name;
    const PartLoader* m_parts;
    QStringList& m_partNames;
    int m_line = 1;
    Problems m_problems;
    // Pointers into vectors that only grow at their back while the pointed-to node is the
    // innermost open one, so they stay valid: a node's own children vector is the one that grows.
    std::vector<std::vector<Node>*> m_open;
    std::vector<Node*> m_sections;
};

void validateNodes(const std::vector<Node>& nodes, std::vector<const TemplateSchema*>& scopes, Problems& problems)
{
    for (const Node& n : nodes) {
        if (n.kind == Node::Kind::Text)
            continue;
        const TemplateField* field = nullptr;
        for (auto s = scopes.rbegin(); s != scopes.rend() && !field; ++s)
            field = findField(**s, n.text);
        const QString& name = n.file;
        const QString where = lineOf(n.line);
        if (!field) {
            problems.append({name, where, Tr::tr("unknown placeholder \"%1\"").arg(n.text)});
            continue;
        }
        if (n.kind == Node::Kind::Value && field->kind != TemplateField::Kind::Text) {
            problems.append({name, where, Tr::tr("\"%1\" is a section: use {{#%1}}...{{/%1}}").arg(n.text)});
            continue;
        }
        if (n.kind != Node::Kind::Value && field->kind == TemplateField::Kind::Text) {
            problems.append({name, where, Tr::tr("\"%1\" is a value, not a section: use {{%1}}").arg(n.text)});
            continue;
        }
        const bool itemScope = n.kind == Node::Kind::Section && field->kind == TemplateField::Kind::List;
        if (itemScope)
            scopes.push_back(&field->item);
        validateNodes(n.children, scopes, problems);
        if (itemScope)
            scopes.pop_back();
    }
}

class Renderer {
public:
    void nodes(const std::vector<Node>& list)
    {
        for (const Node& n : list)
            node(n);
    }

    QString out;
    Problems problems;
    std::vector<const TemplateValues*> scopes;

private:
    template <typename F>
    auto lookup(F&& get) const -> decltype(get(*scopes.back()))
    {
        for (auto s = scopes.rbegin(); s != scopes.rend(); ++s) {
            if (const auto found = get(**s))
                return found;
        }
        return nullptr;
    }

    void missing(const Node& n)
    {
        problems.append({n.file, lineOf(n.line), Tr::tr("placeholder \"%1\" has no value").arg(n.text)});
    }

    void node(const Node& n)
    {
        switch (n.kind) {
        case Node::Kind::Text:
            out += n.text;
            return;
        case Node::Kind::Value:
            if (const QString* text = lookup([&](const TemplateValues& v) { return v.text(n.text); }))
                out += escapeHtml(*text);
            else
                missing(n);
            return;
        case Node::Kind::Section:
        case Node::Kind::Inverted:
            section(n);
            return;
        }
    }

    void section(const Node& n)
    {
        const bool inverted = n.kind == Node::Kind::Inverted;
        if (const bool* on = lookup([&](const TemplateValues& v) { return v.flag(n.text); })) {
            if (*on != inverted)
                nodes(n.children);
            return;
        }
        const auto* items = lookup([&](const TemplateValues& v) { return v.items(n.text); });
        if (!items) {
            missing(n);
            return;
        }
        if (inverted) {
            if (items->empty())
                nodes(n.children);
            return;
        }
        for (const TemplateValues& item : *items) {
            scopes.push_back(&item);
            nodes(n.children);
            scopes.pop_back();
        }
    }
};

void collectUnfilled(
    const TemplateSchema& schema, const TemplateValues& values, const QString& prefix, QStringList& out)
{
    for (const TemplateField& f : schema) {
        const QString path = prefix.isEmpty() ? f.name : prefix + u'.' + f.name;
        switch (f.kind) {
        case TemplateField::Kind::Text:
            if (!values.text(f.name))
                out << path;
            break;
        case TemplateField::Kind::Flag:
            if (!values.flag(f.name))
                out << path;
            break;
        case TemplateField::Kind::List:
            if (const auto* items = values.items(f.name)) {
                for (std::size_t i = 0; i < items->size(); ++i)
                    collectUnfilled(f.item, (*items)[i], u"%1[%2]"_s.arg(path).arg(i), out);
            } else {
                out << path;
            }
            break;
        }
    }
}

} // namespace

TemplateField textField(const QString& name)
{
    return {name, TemplateField::Kind::Text, {}};
}

TemplateField flagField(const QString& name)
{
    return {name, TemplateField::Kind::Flag, {}};
}

TemplateField listField(const QString& name, TemplateSchema item)
{
    return {name, TemplateField::Kind::List, std::move(item)};
}

const QString* TemplateValues::text(const QString& name) const
{
    const auto it = m_texts.find(name);
    return it == m_texts.end() ? nullptr : &it->second;
}

const bool* TemplateValues::flag(const QString& name) const
{
    const auto it = m_flags.find(name);
    return it == m_flags.end() ? nullptr : &it->second;
}

const std::vector<TemplateValues>* TemplateValues::items(const QString& name) const
{
    const auto it = m_lists.find(name);
    return it == m_lists.end() ? nullptr : &it->second;
}

QStringList unfilledFields(const TemplateSchema& schema, const TemplateValues& values)
{
    QStringList out;
    collectUnfilled(schema, values, QString(), out);
    return out;
}

Result<Template> Template::parse(const QString& text, const QString& name, const PartLoader& parts)
{
    Template t;
    auto nodes = Parser(text, name, parts ? &parts : nullptr, t.m_parts).run();
    if (!nodes)
        return std::unexpected(nodes.error());
    t.m_name = name;
    t.m_nodes = std::move(*nodes);
    return t;
}

Problems Template::validate(const TemplateSchema& schema) const
{
    Problems problems;
    std::vector<const TemplateSchema*> scopes {&schema};
    validateNodes(m_nodes, scopes, problems);
    return problems;
}

Result<QString> Template::render(const TemplateValues& values) const
{
    Renderer r;
    r.scopes.push_back(&values);
    r.nodes(m_nodes);
    if (!r.problems.isEmpty())
        return std::unexpected(r.problems);
    return r.out;
}

QString escapeHtml(const QString& text)
{
    QString out = text.toHtmlEscaped();
    out.replace(u'{', u"&#123;"_s);
    return out;
}

} // namespace np::print
