// The template engine, the template store and the care instructions' loader.
#include "print/Template.h"
#include "print/CareInstructions.h"
#include "print/DocumentBuilders.h"
#include "print/DocumentKinds.h"
#include "print/TemplateStore.h"
#include "storage/DocumentLogRepository.h"

#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace np::print;

namespace {

const TemplateSchema Schema {
    textField(u"patient_name"_s), flagField(u"has_next"_s), listField(u"items"_s, {textField(u"text"_s)})};

np::Problems problemsOf(const QString& text)
{
    auto parsed = Template::parse(text, u"t.html"_s);
    if (!parsed)
        return parsed.error();
    return parsed->validate(Schema);
}

QString joined(const np::Problems& problems)
{
    return np::joinProblems(problems);
}

void writeFile(const QString& path, const QString& text)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(text.toUtf8());
}

} // namespace

TEST_CASE("Template: an unknown placeholder is refused with its name and line")
{
    const auto problems = problemsOf(u"<p>\n{{patient_name}}\n<b>{{patient_nme}}</b>\n{{#items}}{{txt}}{{/items}}"_s);
    REQUIRE(problems.size() == 2);
    CHECK(problems[0].toString() == u"t.html: line 3: unknown placeholder \"patient_nme\""_s);
    CHECK(problems[1].toString() == u"t.html: line 4: unknown placeholder \"txt\""_s);
}

TEST_CASE("Template: unbalanced sections are refused with their lines")
{
    CHECK(joined(problemsOf(u"{{#has_next}}\nyes"_s))
        == u"t.html: line 1: section \"has_next\" is never closed with {{/has_next}}"_s);
    CHECK(joined(problemsOf(u"a\n{{/items}}"_s)) == u"t.html: line 2: {{/items}} closes no open section"_s);
    CHECK(joined(problemsOf(u"{{#items}}\n{{#has_next}}\n{{/items}}{{/has_next}}{{/items}}"_s))
        == u"t.html: line 3: {{/items}} does not close section \"has_next\" opened on line 2"_s);
    CHECK(joined(problemsOf(u"{{patient_name"_s)) == u"t.html: line 1: \"{{\" is never closed with \"}}\""_s);
}

TEST_CASE("Template: set-delimiter, partial and unescaped tags are refused")
{
    for (const QString& tag :
        {u"{{=<% %>=}}"_s, u"{{> letterhead}}"_s, u"{{{patient_name}}}"_s, u"{{&patient_name}}"_s}) {
        const auto problems = problemsOf(u"\n"_s + tag);
        INFO(tag.toStdString());
        REQUIRE(problems.size() == 1);
        CHECK(problems[0].path == u"line 2"_s);
        CHECK(problems[0].message.contains(u"is not supported"_s));
    }
    CHECK(joined(problemsOf(u"{{Patient-Name}}"_s)).contains(u"\"Patient-Name\" is not a placeholder name"_s));
}

TEST_CASE("Template: a shared part is put in place, and its problems name its own file and line")
{
    const PartLoader parts = [](const QString& name) -> Result<TemplatePart> {
        if (name == u"letterhead")
            return TemplatePart {u"letterhead.en.html"_s, u"<h1>{{patient_name}}</h1>\n{{clinic}}{{> deeper}}"_s};
        return std::unexpected(np::Problems {{name + u".html"_s, QString(), u"there is no such template"_s}});
    };
    const auto t = Template::parse(u"{{#has_next}}\n{{> letterhead}}{{/has_next}}\n{{> footer}}"_s, u"t.html"_s, parts);
    REQUIRE_FALSE(t);
    CHECK(joined(t.error())
        == u"letterhead.en.html: line 2: \"{{> deeper}}\" is not supported: use {{name}}, {{#name}}, {{^name}} or "
           u"{{/name}}\n"
           "t.html: line 3: footer.html: there is no such template"_s);

    const auto ok = Template::parse(
        u"{{#has_next}}\n{{> letterhead}}{{/has_next}}"_s, u"t.html"_s, [](const QString&) -> Result<TemplatePart> {
            return TemplatePart {u"letterhead.en.html"_s, u"<h1>{{patient_name}}</h1>\n{{clinic}}"_s};
        });
    REQUIRE(ok);
    CHECK(ok->parts() == QStringList {u"letterhead.en.html"_s});
    CHECK(joined(ok->validate(Schema)) == u"letterhead.en.html: line 2: unknown placeholder \"clinic\""_s);
}

TEST_CASE("Template: a list used as a value and a value used as a section are refused")
{
    CHECK(
        joined(problemsOf(u"{{items}}"_s)) == u"t.html: line 1: \"items\" is a section: use {{#items}}...{{/items}}"_s);
    CHECK(joined(problemsOf(u"{{#patient_name}}x{{/patient_name}}"_s))
        == u"t.html: line 1: \"patient_name\" is a value, not a section: use {{patient_name}}"_s);
}

TEST_CASE("Template: values are HTML-escaped, lists repeat, inverted sections show when empty")
{
    const auto t = Template::parse(
        u"<b>{{patient_name}}</b>{{! note }}{{#items}}[{{text}} {{patient_name}}]{{/items}}{{^items}}none{{/items}}"
        "{{#has_next}}next{{/has_next}}{{^has_next}}no next{{/has_next}}"_s,
        u"t.html"_s);
    REQUIRE(t);
    REQUIRE(t->validate(Schema).isEmpty());
    TemplateValues v;
    v.set(u"patient_name"_s, u"<Ana> & \"{{x}}\""_s);
    v.setFlag(u"has_next"_s, false);
    v.list(u"items"_s);
    CHECK(t->render(v).value() == u"<b>&lt;Ana&gt; &amp; &quot;&#123;&#123;x}}&quot;</b>noneno next"_s);
    v.addItem(u"items"_s).set(u"text"_s, u"a"_s);
    v.addItem(u"items"_s).set(u"text"_s, u"b"_s);
    v.setFlag(u"has_next"_s, true);
    CHECK(t->render(v).value().endsWith(
        u"[a &lt;Ana&gt; &amp; &quot;&#123;&#123;x}}&quot;][b &lt;Ana&gt; &amp; &quot;&#123;&#123;x}}&quot;]next"_s));
}

TEST_CASE("Template: a placeholder without a value is refused, never printed empty")
{
    const auto t = Template::parse(u"Hello\n{{patient_name}}{{#has_next}}{{/has_next}}"_s, u"t.html"_s);
    REQUIRE(t);
    const auto html = t->render(TemplateValues());
    REQUIRE_FALSE(html);
    CHECK(joined(html.error())
        == u"t.html: line 2: placeholder \"patient_name\" has no value\nt.html: line 2: placeholder \"has_next\" has no value"_s);
    TemplateValues some;
    some.set(u"patient_name"_s, u"Ana"_s);
    some.addItem(u"items"_s);
    CHECK(unfilledFields(Schema, some) == QStringList {u"has_next"_s, u"items[0].text"_s});
}

TEST_CASE("Template store: the override folder's file wins and its version is read")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const TemplateStore builtIn;
    const auto original = builtIn.load(DocumentKind::PostCare, u"en"_s);
    REQUIRE(original);
    CHECK(original->source == u":/templates/post-care.en.html"_s);
    CHECK(original->version == 1);

    QString own = original->text;
    own.replace(u"content=\"1\""_s, u"content=\"7\""_s).replace(u"After your treatment"_s, u"Rose Clinic aftercare"_s);
    writeFile(QDir(dir.path()).filePath(u"post-care.en.html"_s), own);
    const TemplateStore store(dir.path());
    const auto overridden = store.load(DocumentKind::PostCare, u"en"_s);
    REQUIRE(overridden);
    CHECK(overridden->source == QDir(dir.path()).filePath(u"post-care.en.html"_s));
    CHECK(overridden->version == 7);
    CHECK(overridden->text.contains(u"Rose Clinic aftercare"_s));
    const auto spanish = store.load(DocumentKind::PostCare, u"es"_s);
    REQUIRE(spanish);
    CHECK(spanish->source == u":/templates/post-care.es.html"_s);
}

TEST_CASE("Template store: a template without a version is refused")
{
    QTemporaryDir dir;
    writeFile(QDir(dir.path()).filePath(u"consent.es.html"_s), u"<html><body>{{patient_name}}</body></html>"_s);
    const auto loaded = TemplateStore(dir.path()).load(DocumentKind::Consent, u"es"_s);
    REQUIRE_FALSE(loaded);
    CHECK(loaded.error()[0].message.contains(u"template-version"_s));
    CHECK(templateVersion(u"<meta name=\"template-version\" content=\"12\" />"_s) == 12);
    CHECK_FALSE(templateVersion(u"<meta name=\"template-version\" content=\"0\">"_s));
}

TEST_CASE("Built-in templates: every kind and language is valid for its placeholders")
{
    const TemplateStore store;
    for (const DocumentKind kind : {DocumentKind::PostCare, DocumentKind::PreCare, DocumentKind::Consent,
             DocumentKind::AppointmentCard, DocumentKind::DaySheet, DocumentKind::RecallList}) {
        for (const QString& language : {u"en"_s, u"es"_s}) {
            const auto file = store.load(kind, language);
            REQUIRE(file);
            CHECK(joined(checkTemplate(kind, *file, store)) == QString());
        }
    }
}

TEST_CASE("Care instructions: the built-in file loads, and its codes are the catalogue's")
{
    const auto care = loadBuiltInCareInstructions();
    REQUIRE(care);
    CHECK(care->languages.keys() == QStringList {u"en"_s, u"es"_s});
    CHECK(care->postCare.size() == 4);
    const np::Catalogue& catalogue = np::test::builtInCatalogue();
    QStringList modalities;
    for (const np::Modality& m : catalogue.modalities)
        modalities << m.code;
    QStringList findings;
    for (const np::Contraindication& c : catalogue.contraindications)
        findings << c.code;
    QList<CareLine> lines = care->normal + care->callClinic + care->preCare + care->consentRisks;
    for (const CareStage& stage : care->postCare)
        lines += stage.lines;
    for (const CareLine& line : lines) {
        INFO(line.code.toStdString());
        for (const QString& m : line.modalities)
            CHECK(modalities.contains(m));
        CHECK((line.finding.isEmpty() || findings.contains(line.finding)));
    }
    for (qsizetype i = 1; i < care->preCare.size(); ++i)
        CHECK(care->preCare[i - 1].daysBefore >= care->preCare[i].daysBefore);
    // Every modality and area the catalogue has is named in every language: a Spanish sheet never
    // falls back to an English treatment name.
    for (const QString& m : modalities)
        for (const QString& language : care->languages.keys())
            CHECK_FALSE(care->modalityNames.value(m).in(language).isEmpty());
    for (const np::Area& a : catalogue.areas)
        for (const QString& language : care->languages.keys()) {
            INFO(a.code.toStdString() << " " << language.toStdString());
            CHECK_FALSE(care->areaNames.value(a.code).in(language).isEmpty());
        }
    // So is every indication (a recall names the series by it) and every contraindication.
    for (const np::Indication& i : catalogue.indications)
        for (const QString& language : care->languages.keys()) {
            INFO(i.code.toStdString() << " " << language.toStdString());
            CHECK_FALSE(care->indicationNames.value(i.code).in(language).isEmpty());
        }
    for (const np::Contraindication& c : catalogue.contraindications)
        for (const QString& language : care->languages.keys()) {
            INFO(c.code.toStdString() << " " << language.toStdString());
            CHECK_FALSE(care->findingNames.value(c.code).in(language).isEmpty());
        }
    CHECK(care->indicationName(u"acne_scars"_s, u"es"_s, u"x"_s) == u"cicatrices de acné"_s);
    CHECK(care->findingName(u"isotretinoin"_s, u"es"_s, u"x"_s) == u"Isotretinoína oral"_s);
    CHECK(care->modalityName(u"rf_microneedling"_s, u"es"_s, u"x"_s) == u"Micropunción con radiofrecuencia"_s);
    CHECK(care->areaNamesIn({u"cheeks"_s, u"unknown"_s}, u"es"_s, {u"Cheeks"_s, u"Unknown"_s})
        == QStringList {u"Mejillas"_s, u"Unknown"_s});
}

TEST_CASE("Care instructions: repeated keys, missing languages and stray braces are refused with their paths")
{
    const QByteArray json = R"({"format": 1, "version": "t", "version": "u",
        "languages": [{"code": "en", "long_date": "d", "short_date": "d", "time": "HH:mm"},
                      {"code": "es", "long_date": "d", "short_date": "d", "time": "HH:mm"}],
        "post_care": [{"code": "day_0", "title": {"en": "Today", "es": "Hoy"},
                       "lines": [{"code": "a", "text": {"en": "Rinse"}}]}],
        "normal": [], "call_clinic": [],
        "pre_care": [{"code": "b", "days_before": 5, "text": {"en": "From {day}", "es": "Desde {date}"}}],
        "consent_risks": [{"code": "c", "text": {"en": "x", "es": "y", "fr": "z"}}]})";
    const auto care = parseCareInstructions(json, u"care.json"_s);
    REQUIRE_FALSE(care);
    const QString text = joined(care.error());
    CHECK(text.contains(u"\"version\""_s));
    CHECK(text.contains(u"care.json: post_care[0].lines[0].text.es: "_s));
    CHECK(text.contains(u"care.json: pre_care[0].text.en: only {date} may appear in braces"_s));
    CHECK(text.contains(u"care.json: consent_risks[0].text.fr: "_s));
}

TEST_CASE("one table names every document kind: the patient file's codes, the templates and the CLI's words")
{
    QStringList codes;
    for (const np::print::DocumentKindNames& k : np::print::documentKinds()) {
        INFO(k.code.toStdString());
        CHECK(&np::print::namesOf(k.kind) == &k);
        CHECK(np::print::documentKindFromCode(k.code) == k.kind);
        codes << k.code;
        for (const QString& language : {u"en"_s, u"es"_s})
            CHECK(QFile::exists(u":/templates/%1.%2.html"_s.arg(k.templateName, language)));
    }
    CHECK(codes == np::storage::documentKindCodes()); // the database's check accepts exactly these
}
