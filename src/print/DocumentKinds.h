#pragma once

#include "DocumentData.h"

#include <QList>
#include <QString>

#include <optional>

namespace np::print {

// Every name a kind of document goes by, in one table: its code in the patient's file (the
// documents_given table's check: storage::documentKindCodes()), its template's name
// ("post-care" in post-care.en.html), the CLI's word for it (`print recalls`) and what the CLI
// needs to know which document is meant.
struct DocumentKindNames {
    DocumentKind kind;
    QString code; // "post_care"
    QString templateName; // "post-care"
    QString command; // "post-care"
    QString target; // "appointment", "series", "date" or "" (the recall list needs none)
};

// The table, in DocumentKind's order.
[[nodiscard]] const QList<DocumentKindNames>& documentKinds();
[[nodiscard]] const DocumentKindNames& namesOf(DocumentKind kind);
[[nodiscard]] std::optional<DocumentKind> documentKindFromCode(QStringView code);

} // namespace np::print
