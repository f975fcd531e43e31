#include "CareInstructions.h"

#include "core/JsonLines.h"

#include "core/JsonReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace np::print {
namespace {

const QString English = u"en"_s;

class CareParser {
    Q_DECLARE_TR_FUNCTIONS(CareParser)

public:
    explicit CareParser(JsonContext& ctx)
        : m_ctx(ctx)
    { }

    CareInstructions parse(const QJsonObject& root)
    {
        JsonObjectReader r(root, QString(), m_ctx);
        if (const auto format = r.integer(u"format"); format && *format != 1)
            r.error(u"format", tr("format %1 is not supported (this Needlepoint reads format 1)").arg(*format));
        c.version = r.string(u"version").value_or(QString());
        forEachCodedObject(r, u"languages", Need::Required, m_ctx, [this](JsonObjectReader& o) { readLanguage(o); });
        if (!c.languages.contains(English) && r.has(u"languages"))
            r.error(u"languages", tr("English (\"en\") is missing: it is the language every other falls back to"));
        forEachCodedObject(r, u"post_care", Need::Required, m_ctx, [this](JsonObjectReader& o) {
            CareStage stage;
            stage.code = readCode(o, u"code");
            stage.title = readText(o, u"title");
            readLines(o, u"lines", stage.lines, false);
            c.postCare.append(stage);
        });
        readLines(r, u"normal", c.normal, false);
        readLines(r, u"call_clinic", c.callClinic, false);
        readLines(r, u"pre_care", c.preCare, true);
        readLines(r, u"consent_risks", c.consentRisks, false);
        if (const auto names = r.object(u"names", Need::Optional)) {
            JsonObjectReader n(*names, r.pathOf(u"names"), m_ctx);
            readNames(n, u"modalities", c.modalityNames);
            readNames(n, u"areas", c.areaNames);
            readNames(n, u"indications", c.indicationNames);
            readNames(n, u"findings", c.findingNames);
            n.finish();
        }
        r.finish();
        std::stable_sort(c.preCare.begin(), c.preCare.end(),
            [](const CareLine& a, const CareLine& b) { return a.daysBefore > b.daysBefore; });
        return std::move(c);
    }

private:
    QString readCode(JsonObjectReader& r, QStringView key)
    {
        static const QRegularExpression pattern(u"^[a-z][a-z0-9_]*$"_s);
        const QString code = r.string(key).value_or(QString());
        if (!code.isEmpty() && !pattern.match(code).hasMatch())
            r.error(key, tr("\"%1\" is not a code (lower-case letters, digits and _)").arg(code));
        return code;
    }

    void readLanguage(JsonObjectReader& r)
    {
        static const QRegularExpression pattern(u"^[a-z]{2}$"_s);
        const QString code = r.string(u"code").value_or(QString());
        if (!code.isEmpty() && !pattern.match(code).hasMatch())
            r.error(u"code", tr("\"%1\" is not an ISO 639-1 language code (two lower-case letters)").arg(code));
        LanguageFormats f;
        f.longDate = r.string(u"long_date").value_or(QString());
        f.shortDate = r.string(u"short_date").value_or(QString());
        f.time = r.string(u"time").value_or(QString());
        c.languages.insert(code, f);
    }

    LocalText readText(JsonObjectReader& r, QStringView key, bool dated = false)
    {
        LocalText text;
        const auto o = r.object(key);
        if (!o)
            return text;
        JsonObjectReader t(*o, r.pathOf(key), m_ctx);
        for (auto it = c.languages.cbegin(); it != c.languages.cend(); ++it) {
            const QString value = t.string(it.key()).value_or(QString());
            if (t.has(it.key()) && value.trimmed().isEmpty())
                t.error(it.key(), tr("is empty"));
            if (dated)
                checkTokens(t, it.key(), value);
            text.byLanguage.insert(it.key(), value);
        }
        t.finish();
        return text;
    }

    // {CODE: {LANGUAGE: name}}: the catalogue's names as each language prints them.
    void readNames(JsonObjectReader& r, QStringView key, QMap<QString, LocalText>& out)
    {
        const auto o = r.object(key, Need::Optional);
        if (!o)
            return;
        JsonObjectReader names(*o, r.pathOf(key), m_ctx);
        for (const QString& code : o->keys())
            out.insert(code, readText(names, code));
        names.finish();
    }

    // A pre-care text may name its date as {date}; any other brace is a typo the patient would see.
    void checkTokens(JsonObjectReader& r, const QString& key, const QString& value)
    {
        QString rest = value;
        rest.replace(u"{date}"_s, QString());
        if (rest.contains(u'{') || rest.contains(u'}'))
            r.error(key, tr("only {date} may appear in braces"));
    }

    void readLines(JsonObjectReader& r, QStringView key, QList<CareLine>& out, bool preCare)
    {
        forEachCodedObject(r, key, Need::Required, m_ctx, [&](JsonObjectReader& o) {
            CareLine line;
            line.code = readCode(o, u"code");
            line.text = readText(o, u"text", preCare);
            line.modalities = o.stringList(u"modalities", Need::Optional).value_or(QStringList());
            if (preCare) {
                line.daysBefore = o.integer(u"days_before", Need::Required, 0, 365).value_or(0);
                if (o.has(u"finding"))
                    line.finding = readCode(o, u"finding");
            }
            out.append(line);
        });
    }

    JsonContext& m_ctx;
    CareInstructions c;
};

} // namespace

QString CareInstructions::chooseLanguage(const QString& wanted) const
{
    const QString code = wanted.section(u'-', 0, 0).section(u'_', 0, 0).trimmed().toLower();
    return languages.contains(code) ? code : English;
}

namespace {

QString nameIn(
    const QMap<QString, LocalText>& names, const QString& code, const QString& language, const QString& fallback)
{
    const QString name = names.value(code).in(language);
    return name.isEmpty() ? fallback : name;
}

} // namespace

QString CareInstructions::modalityName(const QString& code, const QString& language, const QString& fallback) const
{
    return nameIn(modalityNames, code, language, fallback);
}

QString CareInstructions::indicationName(const QString& code, const QString& language, const QString& fallback) const
{
    return nameIn(indicationNames, code, language, fallback);
}

QString CareInstructions::findingName(const QString& code, const QString& language, const QString& fallback) const
{
    return nameIn(findingNames, code, language, fallback);
}

QStringList CareInstructions::areaNamesIn(
    const QStringList& codes, const QString& language, const QStringList& fallback) const
{
    QStringList out;
    for (qsizetype i = 0; i < codes.size(); ++i) {
        const QString name = areaNames.value(codes[i]).in(language);
        out << (name.isEmpty() ? fallback.value(i, codes[i]) : name);
    }
    return codes.isEmpty() ? fallback : out;
}

QString CareInstructions::longDate(const QDate& date, const QString& language) const
{
    return QLocale(language).toString(date, languages.value(language).longDate);
}

QString CareInstructions::shortDate(const QDate& date, const QString& language) const
{
    return QLocale(language).toString(date, languages.value(language).shortDate);
}

QString CareInstructions::time(const QTime& time, const QString& language) const
{
    return QLocale(language).toString(time, languages.value(language).time);
}

Result<CareInstructions> parseCareInstructions(const QByteArray& json, const QString& fileName)
{
    JsonContext ctx {fileName, {}};
    const auto root = parseJsonObject(json, ctx);
    if (!root)
        return std::unexpected(ctx.problems);
    CareInstructions care = CareParser(ctx).parse(*root);
    if (!ctx.ok())
        return std::unexpected(ctx.problems);
    return care;
}

Result<CareInstructions> loadCareInstructionsFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(Problems {{path, QString(),
            QCoreApplication::translate("CareParser", "cannot read the file: %1").arg(file.errorString())}});
    const QByteArray json = file.readAll();
    auto care = parseCareInstructions(json, path);
    if (!care)
        return std::unexpected(withJsonLines(care.error(), json)); // the line a person edits
    return care;
}

Result<CareInstructions> loadBuiltInCareInstructions()
{
    return loadCareInstructionsFile(u":/care/care-instructions.json"_s);
}

} // namespace np::print
