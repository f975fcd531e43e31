#pragma once

#include "CareInstructions.h"
#include "DocumentData.h"
#include "Template.h"

// The placeholders each document kind supplies (docs/printing.md lists them) and the functions
// that fill them from a document's data. Kept apart from the builders so a test can check that
// every declared placeholder is filled.
namespace np::print {

// What a document's values depend on besides its data.
struct DocumentContext {
    const CareInstructions& care;
    QString language; // already chosen: one the care file has
    int templateVersion = 0;
};

[[nodiscard]] TemplateSchema documentSchema(DocumentKind kind);

[[nodiscard]] TemplateValues postCareValues(const PostCareData& data, const DocumentContext& ctx);
[[nodiscard]] TemplateValues preCareValues(const PreCareData& data, const DocumentContext& ctx);
[[nodiscard]] TemplateValues consentValues(const ConsentData& data, const DocumentContext& ctx);
[[nodiscard]] TemplateValues appointmentCardValues(const AppointmentCardData& data, const DocumentContext& ctx);
[[nodiscard]] TemplateValues daySheetValues(const DaySheetData& data, const DocumentContext& ctx);
[[nodiscard]] TemplateValues recallListValues(const RecallListData& data, const DocumentContext& ctx);

// The values every document has: the letterhead, the language, the template and care versions.
[[nodiscard]] TemplateValues commonValues(const ClinicHeader& clinic, const DocumentContext& ctx);

// `text` (a phone number, an email or web address) kept on one line wherever it is printed:
// spaces become no-break spaces and a word joiner follows every '/', '-' and '@' after which a
// line could otherwise break. Both are invisible: the PDF's text reads the same.
[[nodiscard]] QString unbreakable(const QString& text);
// `text` (a name) wrapping between its words only: a word joiner after every '-' and '/', so
// "Fernández-Villaverde" is never split at its hyphen in a narrow column.
[[nodiscard]] QString wholeWords(const QString& text);

// "data:image/png;base64,..." for the logo's bytes (PNG, JPEG, GIF or SVG); empty for none.
[[nodiscard]] QString logoDataUri(const QByteArray& logo);

} // namespace np::print
