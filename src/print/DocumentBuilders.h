#pragma once

#include "CareInstructions.h"
#include "DocumentData.h"
#include "PageSetup.h"
#include "Template.h"
#include "TemplateStore.h"

#include <QString>

// One function per document kind: data in, HTML out (for QTextDocument: simple tables, no flex),
// with the template and language used, so the patient's file can record what was given.
namespace np::print {

// The template variant of a wallet-sized appointment card.
inline const QString WalletCardVariant = QStringLiteral("wallet");

struct BuiltDocument {
    DocumentKind kind = DocumentKind::PostCare;
    QString html;
    QString templateName; // "post-care.es.html"
    QString templateSource; // the file it came from: the override folder's or ":/templates/..."
    int templateVersion = 0;
    QString language; // the one used: "en" or "es"
    QString careVersion; // the care instructions' version
    QStringList parts; // the shared parts it included ("letterhead.en.html")

    // What the patient's file records as the form version: "consent.en.html v3, care 2026.1".
    [[nodiscard]] QString formVersion() const;
};

// The templates and the care instructions every builder reads.
struct DocumentResources {
    TemplateStore templates;
    CareInstructions care;
};

// The care instructions and the templates: the built-in ones, each replaced by a file of the same
// name in `overrideFolder` (may be empty: built-in only), care-instructions.json included.
[[nodiscard]] Result<DocumentResources> loadDocumentResources(const QString& overrideFolder = QString());

// `language` overrides the patient's preferred one; a language the care file lacks falls back to
// English. The day sheet and recall list have no patient: their language is `language` or English.
// Fails, naming template and line, when the template uses an unknown placeholder or leaves one
// unfilled.
[[nodiscard]] Result<BuiltDocument> buildPostCare(
    const PostCareData& data, const DocumentResources& resources, const QString& language = QString());
[[nodiscard]] Result<BuiltDocument> buildPreCare(
    const PreCareData& data, const DocumentResources& resources, const QString& language = QString());
[[nodiscard]] Result<BuiltDocument> buildConsent(
    const ConsentData& data, const DocumentResources& resources, const QString& language = QString());
// A wallet-sized card (`format` Wallet or Sheet) comes from its own template,
// appointment-card-wallet.LANG.html: a card has no room for the letterhead.
[[nodiscard]] Result<BuiltDocument> buildAppointmentCard(const AppointmentCardData& data,
    const DocumentResources& resources, const QString& language = QString(), CardFormat format = CardFormat::Page);
[[nodiscard]] Result<BuiltDocument> buildDaySheet(
    const DaySheetData& data, const DocumentResources& resources, const QString& language = QString());
[[nodiscard]] Result<BuiltDocument> buildRecallList(
    const RecallListData& data, const DocumentResources& resources, const QString& language = QString());

// Checks one template (as a clinic would before dropping it in its override folder) against
// the placeholders of `kind`, with the shared parts `store` gives it.
[[nodiscard]] Problems checkTemplate(DocumentKind kind, const TemplateFile& file, const TemplateStore& store);

} // namespace np::print
