#include "DocumentBuilders.h"

#include "DocumentValues.h"

#include <QDir>
#include <QFileInfo>

#include <functional>

using namespace Qt::StringLiterals;

namespace np::print {
namespace {

using ValuesFunction = std::function<TemplateValues(const DocumentContext&)>;

Result<Template> parseWithParts(const TemplateStore& store, const TemplateFile& file)
{
    return Template::parse(
        file.text, file.name, [&](const QString& part) { return store.loadPart(part, file.language); });
}

Result<BuiltDocument> build(DocumentKind kind, const QString& wantedLanguage, const DocumentResources& resources,
    const ValuesFunction& values, const QString& variant = QString())
{
    const QString language = resources.care.chooseLanguage(wantedLanguage);
    auto file = resources.templates.load(kind, language, variant);
    if (!file)
        return std::unexpected(file.error());
    auto parsed = parseWithParts(resources.templates, *file);
    if (!parsed)
        return std::unexpected(parsed.error());
    if (const Problems problems = parsed->validate(documentSchema(kind)); !problems.isEmpty())
        return std::unexpected(problems);
    const DocumentContext ctx {resources.care, language, file->version};
    auto html = parsed->render(values(ctx));
    if (!html)
        return std::unexpected(html.error());
    return BuiltDocument {
        kind, *html, file->name, file->source, file->version, language, resources.care.version, parsed->parts()};
}

// The language asked for; else the patient's; else the clinic's.
QString chosen(const QString& override, const PatientHeader& patient, const ClinicHeader& clinic)
{
    if (!override.isEmpty())
        return override;
    return patient.language.isEmpty() ? clinic.language : patient.language;
}

} // namespace

QString BuiltDocument::formVersion() const
{
    return u"%1 v%2, care %3"_s.arg(templateName).arg(templateVersion).arg(careVersion);
}

Result<DocumentResources> loadDocumentResources(const QString& overrideFolder)
{
    // A clinic replaces the care texts as it replaces a template: a file of the same name in its
    // folder, read as strictly as the built-in one.
    const QString own = overrideFolder.isEmpty()
        ? QString()
        : QDir(overrideFolder).filePath(QString::fromUtf16(CareInstructionsFileName));
    auto care
        = !own.isEmpty() && QFileInfo::exists(own) ? loadCareInstructionsFile(own) : loadBuiltInCareInstructions();
    if (!care)
        return std::unexpected(care.error());
    return DocumentResources {TemplateStore(overrideFolder), std::move(*care)};
}

Result<BuiltDocument> buildPostCare(
    const PostCareData& data, const DocumentResources& resources, const QString& language)
{
    return build(DocumentKind::PostCare, chosen(language, data.patient, data.clinic), resources,
        [&](const DocumentContext& ctx) { return postCareValues(data, ctx); });
}

Result<BuiltDocument> buildPreCare(const PreCareData& data, const DocumentResources& resources, const QString& language)
{
    return build(DocumentKind::PreCare, chosen(language, data.patient, data.clinic), resources,
        [&](const DocumentContext& ctx) { return preCareValues(data, ctx); });
}

Result<BuiltDocument> buildConsent(const ConsentData& data, const DocumentResources& resources, const QString& language)
{
    return build(DocumentKind::Consent, chosen(language, data.patient, data.clinic), resources,
        [&](const DocumentContext& ctx) { return consentValues(data, ctx); });
}

Result<BuiltDocument> buildAppointmentCard(
    const AppointmentCardData& data, const DocumentResources& resources, const QString& language, CardFormat format)
{
    return build(
        DocumentKind::AppointmentCard, chosen(language, data.patient, data.clinic), resources,
        [&](const DocumentContext& ctx) { return appointmentCardValues(data, ctx); },
        format == CardFormat::Page ? QString() : WalletCardVariant);
}

Result<BuiltDocument> buildDaySheet(
    const DaySheetData& data, const DocumentResources& resources, const QString& language)
{
    return build(DocumentKind::DaySheet, language.isEmpty() ? data.clinic.language : language, resources,
        [&](const DocumentContext& ctx) { return daySheetValues(data, ctx); });
}

Result<BuiltDocument> buildRecallList(
    const RecallListData& data, const DocumentResources& resources, const QString& language)
{
    return build(DocumentKind::RecallList, language.isEmpty() ? data.clinic.language : language, resources,
        [&](const DocumentContext& ctx) { return recallListValues(data, ctx); });
}

Problems checkTemplate(DocumentKind kind, const TemplateFile& file, const TemplateStore& store)
{
    auto parsed = parseWithParts(store, file);
    if (!parsed)
        return parsed.error();
    Problems problems = parsed->validate(documentSchema(kind));
    if (!templateVersion(file.text))
        problems.append({file.name, QString(), missingVersionMessage()});
    return problems;
}

} // namespace np::print
