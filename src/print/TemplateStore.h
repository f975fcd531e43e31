#pragma once

#include "DocumentData.h"
#include "Template.h"

#include <QString>

namespace np::print {

// A document template as read: its file name, where it came from, its language and version.
struct TemplateFile {
    QString name; // "post-care.en.html"
    QString source; // the file read: in the override folder, or ":/templates/..."
    QString language;
    int version = 0; // <meta name="template-version" content="N">
    QString text;
};

// The templates and their shared parts: built in (resources/templates/, compiled in), each
// replaceable by a file of the same name in the clinic's override folder.
class TemplateStore {
public:
    explicit TemplateStore(QString overrideFolder = QString());

    [[nodiscard]] const QString& overrideFolder() const { return m_overrideFolder; }

    // The template for `kind` in `language` ("en", "es"): the override folder's file when there is
    // one, else the built-in one. Fails when neither exists, the file cannot be read or it carries
    // no version.
    // `variant` names another template of the same document ("wallet": appointment-card-wallet).
    [[nodiscard]] Result<TemplateFile> load(
        DocumentKind kind, const QString& language, const QString& variant = QString()) const;

    // The shared part {{> name}} for `language`: "letterhead.es.html", else "letterhead.html"; the
    // override folder's file first each time. Parts carry no version of their own: the letterhead
    // and style sheet, not the clinical text.
    [[nodiscard]] Result<TemplatePart> loadPart(const QString& name, const QString& language) const;

    // "post-care.en.html"; with a variant "appointment-card-wallet.en.html"
    [[nodiscard]] static QString fileName(
        DocumentKind kind, const QString& language, const QString& variant = QString());
    // "post-care"
    [[nodiscard]] static QString kindName(DocumentKind kind);

private:
    // The override folder's file `fileName`, else the built-in one; empty when neither exists.
    [[nodiscard]] QString locate(const QString& fileName) const;

    QString m_overrideFolder;
};

// The N of `<meta name="template-version" content="N">` (N >= 1); nullopt when absent.
[[nodiscard]] std::optional<int> templateVersion(const QString& text);
// "the template carries no version: ..." for a template without one.
[[nodiscard]] QString missingVersionMessage();

} // namespace np::print
