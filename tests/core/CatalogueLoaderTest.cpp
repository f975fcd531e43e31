#include "TestSupport.h"

#include "core/Catalogue.h"
#include "core/CatalogueLoader.h"
#include "core/Codes.h"
#include "core/Problem.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QRegularExpression>
#include <QStringList>
#include <QTemporaryDir>

#include <algorithm>
#include <expected>
#include <optional>
#include <span>
#include <string>

using namespace Qt::StringLiterals;
using np::Catalogue;
using np::Effect;
using np::Problem;
using np::Problems;
using np::Scope;

using LoadResult = std::expected<Catalogue, Problems>;

namespace Catch {
template <>
struct StringMaker<np::Problem> {
    static std::string convert(const np::Problem& p) { return '"' + p.toString().toStdString() + '"'; }
};
template <>
struct StringMaker<np::Problems> {
    static std::string convert(const np::Problems& problems)
    {
        std::string out = std::to_string(problems.size()) + " problem(s):";
        for (const np::Problem& p : problems)
            out += "\n  " + p.toString().toStdString();
        return out;
    }
};
} // namespace Catch

namespace {

// The file name every edited catalogue is parsed under; each problem must name it.
const QString ClinicFile = u"clinic-protocols.json"_s;

// True when some problem names `file` and exactly `path`, and its message mentions `messagePart`.
class HasProblem : public Catch::MatcherBase<Problems> {
public:
    HasProblem(const QString& path, const QString& messagePart, const QString& file = ClinicFile)
        : m_file(file)
        , m_path(path)
        , m_messagePart(messagePart)
    { }

    bool match(const Problems& problems) const override
    {
        return std::ranges::any_of(problems, [this](const Problem& p) {
            return p.file == m_file && p.path == m_path && p.message.contains(m_messagePart);
        });
    }

    std::string describe() const override
    {
        return "has a problem in file \"" + m_file.toStdString() + "\" at path \"" + m_path.toStdString()
            + "\" whose message mentions \"" + m_messagePart.toStdString() + '"';
    }

private:
    QString m_file;
    QString m_path;
    QString m_messagePart;
};

// The problems of a refused catalogue; fails the test when the catalogue was accepted.
Problems problemsOf(const LoadResult& result)
{
    REQUIRE_FALSE(result.has_value());
    REQUIRE_FALSE(result.error().isEmpty());
    return result.error();
}

QByteArray builtInBytes()
{
    return np::test::readFile(np::builtInCataloguePath());
}

QJsonObject builtInJson()
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(builtInBytes(), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(doc.isObject());
    return doc.object();
}

// One step of a JSON path: an object key, or (index >= 0) an array position.
struct Step {
    QString key;
    qsizetype index = -1;
};

// "modalities[0].interval_days.min" -> modalities, [0], interval_days, min
QList<Step> stepsOf(const QString& path)
{
    static const QRegularExpression step(u"([^.\\[\\]]+)|\\[(\\d+)\\]"_s);
    QList<Step> steps;
    for (auto it = step.globalMatch(path); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (m.hasCaptured(1))
            steps.append({m.captured(1), -1});
        else
            steps.append({QString(), m.captured(2).toLongLong()});
    }
    REQUIRE_FALSE(steps.isEmpty());
    return steps;
}

// `node` with the value at `path` replaced by `value` (created when it is the last step, appended when
// it is one past an array's end), or removed when `value` is nullopt.
QJsonValue edited(const QJsonValue& node, std::span<const Step> path, const std::optional<QJsonValue>& value)
{
    if (path.empty())
        return *value;
    const Step& step = path.front();
    const auto rest = path.subspan(1);
    if (step.index < 0) {
        REQUIRE(node.isObject());
        QJsonObject object = node.toObject();
        if (rest.empty() && !value) {
            REQUIRE(object.contains(step.key));
            object.remove(step.key);
        } else {
            object.insert(step.key, edited(object.value(step.key), rest, value));
        }
        return object;
    }
    REQUIRE(node.isArray());
    QJsonArray array = node.toArray();
    if (rest.empty() && !value) {
        REQUIRE(step.index < array.size());
        array.removeAt(step.index);
    } else if (rest.empty() && step.index == array.size()) {
        array.append(*value);
    } else {
        REQUIRE(step.index < array.size());
        array.replace(step.index, edited(array.at(step.index), rest, value));
    }
    return array;
}

// The built-in catalogue as a JSON tree, to be changed in exactly the ways a test needs.
class CatalogueJson {
public:
    CatalogueJson()
        : m_root(builtInJson())
    { }

    [[nodiscard]] QJsonValue get(const QString& path) const
    {
        QJsonValue node = m_root;
        for (const Step& step : stepsOf(path))
            node = step.index < 0 ? node.toObject().value(step.key) : node.toArray().at(step.index);
        INFO("path " << path.toStdString());
        REQUIRE_FALSE(node.isUndefined());
        return node;
    }

    CatalogueJson& set(const QString& path, const QJsonValue& value)
    {
        const QList<Step> steps = stepsOf(path);
        m_root = edited(m_root, std::span(steps.constData(), steps.size()), value).toObject();
        return *this;
    }

    CatalogueJson& remove(const QString& path)
    {
        const QList<Step> steps = stepsOf(path);
        m_root = edited(m_root, std::span(steps.constData(), steps.size()), std::nullopt).toObject();
        return *this;
    }

    // Appends `value` to the array at `path`; returns the new element's path.
    QString append(const QString& path, const QJsonValue& value)
    {
        const QJsonValue array = get(path);
        REQUIRE(array.isArray());
        QString elementPath = path + u'[' + QString::number(array.toArray().size()) + u']';
        set(elementPath, value);
        return elementPath;
    }

    // The path of the entry with this code in a top-level list: ("contraindications", "isotretinoin")
    // -> "contraindications[7]".
    [[nodiscard]] QString pathOf(const QString& list, const QString& code) const
    {
        const QJsonArray array = m_root.value(list).toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            if (array.at(i).toObject().value(u"code").toString() == code)
                return list + u'[' + QString::number(i) + u']';
        FAIL("no " << code.toStdString() << " in " << list.toStdString());
        return {};
    }

    [[nodiscard]] QByteArray bytes() const { return QJsonDocument(m_root).toJson(); }
    [[nodiscard]] LoadResult parse() const { return np::parseCatalogue(bytes(), ClinicFile); }

private:
    QJsonObject m_root;
};

// Parses the built-in catalogue after one change at `path`.
LoadResult parseWith(const QString& path, const QJsonValue& value)
{
    CatalogueJson json;
    json.set(path, value);
    return json.parse();
}

const Catalogue& builtIn()
{
    return np::test::builtInCatalogue();
}

const np::Modality& modality(const QString& code)
{
    const np::Modality* m = builtIn().modality(code);
    INFO("modality " << code.toStdString());
    REQUIRE(m != nullptr);
    return *m;
}

const np::Contraindication& contraindication(const QString& code)
{
    const np::Contraindication* c = builtIn().contraindication(code);
    INFO("contraindication " << code.toStdString());
    REQUIRE(c != nullptr);
    return *c;
}

const np::AgeRule& ageRule(const QString& code)
{
    const auto& rules = builtIn().ageRules;
    const auto it = std::ranges::find_if(rules, [&](const np::AgeRule& r) { return r.code == code; });
    INFO("age rule " << code.toStdString());
    REQUIRE(it != rules.end());
    return *it;
}

const QStringList AllModalities {
    u"automated_pen"_s, u"roller"_s, u"rf_microneedling"_s, u"prp_microneedling"_s, u"peel_microneedling"_s};

} // namespace

// ---------------------------------------------------------------------------------------------------
// The built-in catalogue and its domain defaults

TEST_CASE("The built-in catalogue loads without problems", "[loader][builtin]")
{
    const LoadResult loaded = np::loadBuiltInCatalogue();
    INFO((loaded ? std::string() : np::joinProblems(loaded.error()).toStdString()));
    REQUIRE(loaded.has_value());
    CHECK_FALSE(loaded->name.isEmpty());
    CHECK(loaded->version == u"2026.11"_s);
}

TEST_CASE("The built-in catalogue survives a round trip through QJsonDocument", "[loader][builtin]")
{
    // Every bad-file test below starts from this serialised form, so it must load cleanly on its own.
    const LoadResult loaded = CatalogueJson().parse();
    INFO((loaded ? std::string() : np::joinProblems(loaded.error()).toStdString()));
    REQUIRE(loaded.has_value());
    CHECK(loaded->modalities.size() == builtIn().modalities.size());
    CHECK(loaded->contraindications.size() == builtIn().contraindications.size());
}

TEST_CASE("The built-in catalogue has the five modalities", "[loader][builtin]")
{
    QStringList codes;
    for (const np::Modality& m : builtIn().modalities)
        codes << m.code;
    CHECK(codes == AllModalities);
}

TEST_CASE("The built-in modalities have the domain intervals in days", "[loader][builtin]")
{
    struct Row {
        QString code;
        int min = 0;
        int target = 0;
        int max = 0;
    };
    const QList<Row> rows {
        {u"automated_pen"_s, 21, 28, 42},
        {u"roller"_s, 21, 28, 42},
        {u"rf_microneedling"_s, 28, 35, 56},
        {u"prp_microneedling"_s, 21, 28, 42},
        {u"peel_microneedling"_s, 28, 42, 56},
    };
    for (const Row& row : rows) {
        INFO("modality " << row.code.toStdString());
        const np::Modality& m = modality(row.code);
        CHECK(m.intervalMin == row.min);
        CHECK(m.intervalTarget == row.target);
        CHECK(m.intervalMax == row.max);
    }
}

TEST_CASE("The built-in modalities have the domain session counts by severity", "[loader][builtin]")
{
    struct Row {
        QString code;
        int mild = 0;
        int moderate = 0;
        int severe = 0;
    };
    const QList<Row> rows {
        {u"automated_pen"_s, 3, 4, 6},
        {u"roller"_s, 3, 4, 6},
        {u"rf_microneedling"_s, 3, 3, 4},
        {u"prp_microneedling"_s, 3, 4, 6},
        {u"peel_microneedling"_s, 3, 4, 5},
    };
    for (const Row& row : rows) {
        INFO("modality " << row.code.toStdString());
        const np::Modality& m = modality(row.code);
        CHECK(m.sessionsFor(np::Severity::Mild) == row.mild);
        CHECK(m.sessionsFor(np::Severity::Moderate) == row.moderate);
        CHECK(m.sessionsFor(np::Severity::Severe) == row.severe);
        CHECK(m.minSessions == 3);
        CHECK(m.maxSessions == 6);
    }
}

TEST_CASE("The built-in modalities have the domain event windows", "[loader][builtin]")
{
    struct Row {
        QString code;
        int min = 0;
        int max = 0;
    };
    const QList<Row> rows {
        {u"automated_pen"_s, 7, 30},
        {u"roller"_s, 7, 30},
        {u"rf_microneedling"_s, 21, 45},
        {u"prp_microneedling"_s, 7, 30},
        {u"peel_microneedling"_s, 14, 30},
    };
    for (const Row& row : rows) {
        INFO("modality " << row.code.toStdString());
        const np::Modality& m = modality(row.code);
        CHECK(m.eventWindow.min == row.min);
        CHECK(m.eventWindow.max == row.max);
    }
}

TEST_CASE("The built-in modalities numb for 20 minutes and RF for 30", "[loader][builtin]")
{
    for (const QString& code : AllModalities) {
        INFO("modality " << code.toStdString());
        CHECK(modality(code).numbingMinutes == (code == u"rf_microneedling" ? 30 : 20));
    }
}

TEST_CASE("The built-in catalogue holds every contraindication code the issue names", "[loader][builtin]")
{
    const QStringList issueCodes {u"active_acne"_s, u"active_infection"_s, u"herpes_active"_s, u"herpes_history"_s,
        u"open_wound"_s, u"skin_cancer_in_area"_s, u"skin_cancer_history"_s, u"isotretinoin"_s, u"pregnancy"_s,
        u"breastfeeding"_s, u"bleeding_disorder"_s, u"anticoagulants"_s, u"nsaids_supplements"_s, u"keloid_tendency"_s,
        u"immunosuppression"_s, u"eczema_psoriasis_rosacea_flare"_s, u"autoimmune_disease"_s,
        u"diabetes_uncontrolled"_s, u"cardiac_condition"_s, u"implanted_electronic_device"_s,
        u"metal_implant_in_area"_s, u"metal_allergy"_s, u"anesthetic_allergy"_s, u"sunburn_or_tan"_s,
        u"topical_retinoid"_s, u"neurotoxin_in_area"_s, u"filler_in_area"_s, u"recent_resurfacing"_s,
        u"tattoo_in_area"_s};
    REQUIRE(issueCodes.size() == 29);
    for (const QString& code : issueCodes) {
        INFO("contraindication " << code.toStdString());
        CHECK(builtIn().contraindication(code) != nullptr);
    }
    CHECK(builtIn().contraindications.size() == 29);
}

TEST_CASE("The built-in contraindications have the domain effects scopes and washouts", "[loader][builtin]")
{
    struct Row {
        QString code;
        Effect effect = Effect::Blocks;
        Scope scope = Scope::Any;
        std::optional<int> washoutDays {};
        bool oneOff = false;
    };
    const auto B = Effect::Blocks;
    const auto R = Effect::Review;
    const auto A = Effect::Advice;
    const auto Any = Scope::Any;
    const auto Treated = Scope::TreatedAreas;
    const std::optional<int> none;
    const QList<Row> rows {
        {u"active_acne"_s, B, Treated, none, false},
        {u"active_infection"_s, B, Treated, none, false},
        {u"herpes_active"_s, B, Any, 7, false},
        {u"herpes_history"_s, R, Any, none, false},
        {u"open_wound"_s, B, Treated, none, false},
        {u"skin_cancer_in_area"_s, B, Treated, none, false},
        {u"skin_cancer_history"_s, R, Any, none, false},
        {u"isotretinoin"_s, B, Any, 182, false},
        {u"pregnancy"_s, B, Any, none, false},
        {u"breastfeeding"_s, B, Any, none, false},
        {u"bleeding_disorder"_s, B, Any, none, false},
        {u"anticoagulants"_s, R, Any, none, false},
        {u"nsaids_supplements"_s, A, Any, none, false},
        {u"keloid_tendency"_s, R, Any, none, false},
        {u"immunosuppression"_s, R, Any, none, false},
        {u"eczema_psoriasis_rosacea_flare"_s, B, Treated, none, false},
        {u"autoimmune_disease"_s, R, Any, none, false},
        {u"diabetes_uncontrolled"_s, R, Any, none, false},
        {u"cardiac_condition"_s, R, Any, none, false},
        {u"implanted_electronic_device"_s, B, Any, none, false},
        {u"metal_implant_in_area"_s, B, Treated, none, false},
        {u"metal_allergy"_s, B, Any, none, false},
        {u"anesthetic_allergy"_s, R, Any, none, false},
        {u"sunburn_or_tan"_s, B, Treated, 14, true},
        {u"topical_retinoid"_s, B, Treated, 5, false},
        {u"neurotoxin_in_area"_s, R, Treated, 14, true},
        {u"filler_in_area"_s, R, Treated, 28, true},
        {u"recent_resurfacing"_s, R, Treated, 90, true},
        {u"tattoo_in_area"_s, R, Treated, none, false},
    };
    REQUIRE(rows.size() == 29);
    for (const Row& row : rows) {
        INFO("contraindication " << row.code.toStdString());
        const np::Contraindication& c = contraindication(row.code);
        CHECK(c.effect == row.effect);
        CHECK(c.scope == row.scope);
        CHECK(c.washoutDays == row.washoutDays);
        CHECK(c.oneOff == row.oneOff);
        CHECK_FALSE(c.message.isEmpty());
    }
}

TEST_CASE("The built-in isotretinoin washout is 182 days after the last dose", "[loader][builtin]")
{
    const np::Contraindication& c = contraindication(u"isotretinoin"_s);
    CHECK(c.effect == Effect::Blocks);
    CHECK(c.washoutDays == 182);
    CHECK_FALSE(c.oneOff);
    for (const QString& m : AllModalities)
        CHECK(c.appliesTo(m));
}

TEST_CASE("The built-in sunburn_or_tan is a one-off event with a 14 day washout", "[loader][builtin]")
{
    const np::Contraindication& c = contraindication(u"sunburn_or_tan"_s);
    CHECK(c.oneOff);
    CHECK(c.washoutDays == 14);
    CHECK(c.effect == Effect::Blocks);
    CHECK(c.scope == Scope::TreatedAreas);
}

TEST_CASE("The built-in skin_cancer_history needs review but blocks RF microneedling", "[loader][builtin]")
{
    const np::Contraindication& c = contraindication(u"skin_cancer_history"_s);
    CHECK(c.effectFor(u"rf_microneedling"_s) == Effect::Blocks);
    for (const QString& m : AllModalities) {
        INFO("modality " << m.toStdString());
        CHECK(c.appliesTo(m));
        if (m != u"rf_microneedling")
            CHECK(c.effectFor(m) == Effect::Review);
    }
}

TEST_CASE("The built-in immunosuppression needs review but blocks RF microneedling", "[loader][builtin]")
{
    const np::Contraindication& c = contraindication(u"immunosuppression"_s);
    CHECK(c.effectFor(u"rf_microneedling"_s) == Effect::Blocks);
    CHECK(c.effectFor(u"automated_pen"_s) == Effect::Review);
    CHECK(c.effectFor(u"roller"_s) == Effect::Review);
}

TEST_CASE(
    "The built-in implanted device and metal implant findings apply to RF microneedling only", "[loader][builtin]")
{
    for (const QString& code : {u"implanted_electronic_device"_s, u"metal_implant_in_area"_s}) {
        INFO("contraindication " << code.toStdString());
        const np::Contraindication& c = contraindication(code);
        CHECK(c.effect == Effect::Blocks);
        for (const QString& m : AllModalities) {
            INFO("modality " << m.toStdString());
            CHECK(c.appliesTo(m) == (m == u"rf_microneedling"));
        }
    }
}

TEST_CASE("The built-in herpes findings matter only when treating the face or the mouth", "[loader][builtin]")
{
    CHECK(contraindication(u"herpes_history"_s).onlyWhenTreating == QStringList {u"perioral"_s});
    const QStringList face {u"forehead"_s, u"periorbital"_s, u"nose"_s, u"perioral"_s, u"cheeks"_s, u"jaw_chin"_s};
    CHECK(contraindication(u"herpes_active"_s).onlyWhenTreating == face);
}

TEST_CASE("The built-in age rule blocks every modality below 18", "[loader][builtin]")
{
    const np::AgeRule& rule = ageRule(u"under_minimum_age"_s);
    CHECK(rule.belowYears == 18);
    CHECK(rule.effect == Effect::Blocks);
    CHECK(rule.modalities.isEmpty());
}

TEST_CASE("The built-in age rule needs review below 22 for modalities done with the automated pen", "[loader][builtin]")
{
    // The SkinPen label (adults 22 and over) is a device rule: it covers the pen itself and the PRP and
    // peel modalities done with it, never the roller or RF microneedling.
    const np::AgeRule& rule = ageRule(u"under_device_label_age"_s);
    CHECK(rule.belowYears == 22);
    CHECK(rule.effect == Effect::Review);
    QStringList penModalities;
    for (const np::Modality& m : builtIn().modalities)
        if (m.deviceKind == u"automated_pen")
            penModalities << m.code;
    CHECK(penModalities == QStringList {u"automated_pen"_s, u"prp_microneedling"_s, u"peel_microneedling"_s});
    CHECK(rule.modalities == penModalities);
    CHECK_FALSE(rule.modalities.contains(u"roller"_s));
    CHECK_FALSE(rule.modalities.contains(u"rf_microneedling"_s));
    CHECK(builtIn().ageRules.size() == 2);
}

TEST_CASE("The built-in catalogue has the fourteen areas of the issue", "[loader][builtin]")
{
    const QStringList expected {u"forehead"_s, u"periorbital"_s, u"nose"_s, u"perioral"_s, u"cheeks"_s, u"jaw_chin"_s,
        u"neck"_s, u"chest"_s, u"hands"_s, u"abdomen"_s, u"thighs"_s, u"arms"_s, u"buttocks"_s, u"back"_s};
    QStringList codes;
    for (const np::Area& a : builtIn().areas)
        codes << a.code;
    CHECK(codes == expected);
}

TEST_CASE("The built-in periorbital area is shallow and warns about the orbital rim", "[loader][builtin]")
{
    const np::Area* a = builtIn().area(u"periorbital");
    REQUIRE(a != nullptr);
    CHECK(a->region == u"face"_s);
    CHECK(a->maxDepthMm == Approx(0.5));
    CHECK(a->depth.maxMm <= a->maxDepthMm);
    CHECK(a->notes.contains(u"orbital rim"_s));
}

TEST_CASE("The built-in areas keep their usual depth within their hard limit and 3.5 mm", "[loader][builtin]")
{
    for (const np::Area& a : builtIn().areas) {
        INFO("area " << a.code.toStdString());
        CHECK(a.depth.minMm >= 0);
        CHECK(a.depth.minMm <= a.depth.maxMm);
        CHECK(a.depth.maxMm <= a.maxDepthMm);
        CHECK(a.maxDepthMm <= 3.5);
    }
}

TEST_CASE("The built-in catalogue has the indications of the issue", "[loader][builtin]")
{
    for (const QString& code : {u"acne_scars_rolling"_s, u"acne_scars_boxcar"_s, u"acne_scars_icepick"_s,
             u"fine_lines_wrinkles"_s, u"texture_tone"_s, u"enlarged_pores"_s, u"hyperpigmentation_melasma"_s,
             u"stretch_marks"_s, u"skin_laxity"_s, u"other_scars"_s}) {
        INFO("indication " << code.toStdString());
        const np::Indication* i = builtIn().indication(code);
        REQUIRE(i != nullptr);
        CHECK_FALSE(i->modalities.isEmpty());
    }
}

TEST_CASE("The built-in series is 3 to 6 sessions", "[loader][builtin]")
{
    CHECK(builtIn().seriesMinSessions == 3);
    CHECK(builtIn().seriesMaxSessions == 6);
}

TEST_CASE("The built-in results review is 3 to 6 months after the last session", "[loader][builtin]")
{
    CHECK(builtIn().reviewFromMonths == 3);
    CHECK(builtIn().reviewToMonths == 6);
}

TEST_CASE("The built-in maintenance interval is 12 months", "[loader][builtin]")
{
    CHECK(builtIn().maintenanceMonths == 12);
}

// ---------------------------------------------------------------------------------------------------
// Syntax and document shape

TEST_CASE("A file that is not valid JSON is reported with its line and column and nothing else", "[loader][bad]")
{
    // A stray comma after the last member of the top-level object: the parser stops on the closing brace,
    // which sits alone at column 1 of the last line.
    QByteArray bytes = CatalogueJson().bytes();
    REQUIRE(bytes.endsWith("\"\n}\n"));
    bytes.insert(bytes.size() - 3, ',');
    const int braceLine = static_cast<int>(bytes.count('\n'));

    const Problems problems = problemsOf(np::parseCatalogue(bytes, ClinicFile));
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].file == ClinicFile);
    CHECK(problems[0].path.isEmpty());
    CHECK(problems[0].message.startsWith(u"line %1, column 1: "_s.arg(braceLine)));
    CHECK(problems[0].message.contains(u"not valid JSON"_s));
}

TEST_CASE("A syntax error names the line and column where the parser stopped", "[loader][bad]")
{
    // The same as the documented example: a stray comma before "}" on line 4, column 1.
    const QByteArray bytes = "{\n  \"format\": 1,\n  \"name\": \"x\",\n}\n";
    const Problems problems = problemsOf(np::parseCatalogue(bytes, ClinicFile));
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].toString()
        == u"clinic-protocols.json: line 4, column 1: not valid JSON (object is missing after a comma)"_s);
}

TEST_CASE("A syntax error's column counts characters, not bytes", "[loader][bad]")
{
    // A missing comma after an accented string: the second string starts at character 22.
    const QByteArray bytes = "{\"name\": \"d"
                             "\xc3\xa9"
                             "collet"
                             "\xc3\xa9"
                             "\" \"x\"}";
    const Problems problems = problemsOf(np::parseCatalogue(bytes, ClinicFile));
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].message.startsWith(u"line 1, column 22: "_s));
}

TEST_CASE("An empty file is not valid JSON", "[loader][bad]")
{
    const Problems problems = problemsOf(np::parseCatalogue(QByteArray(), ClinicFile));
    CHECK_THAT(problems, HasProblem(QString(), u"not valid JSON"_s));
}

TEST_CASE("A document whose top level is not an object is refused", "[loader][bad]")
{
    const QByteArray bytes = QJsonDocument(QJsonArray {builtInJson()}).toJson();
    const Problems problems = problemsOf(np::parseCatalogue(bytes, ClinicFile));
    REQUIRE(problems.size() == 1);
    CHECK_THAT(problems, HasProblem(QString(), u"must be a JSON object"_s));
}

// ---------------------------------------------------------------------------------------------------
// Keys and types

TEST_CASE("An unknown key at the top level is reported", "[loader][bad]")
{
    const Problems problems = problemsOf(parseWith(u"colour"_s, u"blue"_s));
    CHECK_THAT(problems, HasProblem(u"colour"_s, u"unknown key"_s));
    CHECK(problems.size() == 1);
}

TEST_CASE("An unknown key inside a modality is reported", "[loader][bad]")
{
    CatalogueJson json;
    const QString roller = json.pathOf(u"modalities"_s, u"roller"_s);
    json.set(roller + u".numbing_mins"_s, 25);
    const Problems problems = problemsOf(json.parse());
    CHECK_THAT(problems, HasProblem(roller + u".numbing_mins"_s, u"unknown key"_s));
    CHECK(problems.size() == 1);
}

TEST_CASE("A misspelt key inside a contraindication is reported", "[loader][bad]")
{
    CatalogueJson json;
    const QString ci = json.pathOf(u"contraindications"_s, u"isotretinoin"_s);
    REQUIRE(ci == u"contraindications[7]"_s);
    const QJsonValue days = json.get(ci + u".washout_days"_s);
    json.remove(ci + u".washout_days"_s).set(ci + u".washout_day"_s, days);
    const Problems problems = problemsOf(json.parse());
    CHECK_THAT(problems, HasProblem(u"contraindications[7].washout_day"_s, u"unknown key"_s));
    CHECK(problems.size() == 1);
}

TEST_CASE("An unknown key inside a nested range is reported", "[loader][bad]")
{
    const Problems problems = problemsOf(parseWith(u"modalities[0].interval_days.average"_s, 30));
    CHECK_THAT(problems, HasProblem(u"modalities[0].interval_days.average"_s, u"unknown key"_s));
    CHECK(problems.size() == 1);
}

TEST_CASE("An unknown key inside an age rule is reported", "[loader][bad]")
{
    const Problems problems = problemsOf(parseWith(u"age_rules[0].above_years"_s, 80));
    CHECK_THAT(problems, HasProblem(u"age_rules[0].above_years"_s, u"unknown key"_s));
}

TEST_CASE("A missing required field in a modality is reported as required", "[loader][bad]")
{
    CatalogueJson json;
    json.remove(u"modalities[1].numbing_minutes"_s);
    const Problems problems = problemsOf(json.parse());
    CHECK_THAT(problems, HasProblem(u"modalities[1].numbing_minutes"_s, u"is required"_s));
    CHECK(problems.size() == 1);
}

TEST_CASE("A missing required field in a contraindication is reported as required", "[loader][bad]")
{
    CatalogueJson json;
    json.remove(u"contraindications[0].scope"_s);
    const Problems problems = problemsOf(json.parse());
    CHECK_THAT(problems, HasProblem(u"contraindications[0].scope"_s, u"is required"_s));
    CHECK(problems.size() == 1);
}

TEST_CASE("A missing required top-level list is reported as required", "[loader][bad]")
{
    CatalogueJson json;
    json.remove(u"age_rules"_s);
    const Problems problems = problemsOf(json.parse());
    CHECK_THAT(problems, HasProblem(u"age_rules"_s, u"is required"_s));
}

TEST_CASE("A required field set to null counts as missing", "[loader][bad]")
{
    const Problems problems = problemsOf(parseWith(u"contraindications[0].message"_s, QJsonValue::Null));
    CHECK_THAT(problems, HasProblem(u"contraindications[0].message"_s, u"is required"_s));
    CHECK(problems.size() == 1);
}

TEST_CASE("An optional field set to null is accepted as not set", "[loader][good]")
{
    CatalogueJson json;
    const QString ci = json.pathOf(u"contraindications"_s, u"isotretinoin"_s);
    json.set(ci + u".washout_days"_s, QJsonValue::Null);
    const LoadResult loaded = json.parse();
    INFO((loaded ? std::string() : np::joinProblems(loaded.error()).toStdString()));
    REQUIRE(loaded.has_value());
    const np::Contraindication* c = loaded->contraindication(u"isotretinoin");
    REQUIRE(c != nullptr);
    CHECK_FALSE(c->washoutDays.has_value());
}

TEST_CASE("A string where a number belongs is a type error", "[loader][bad]")
{
    const Problems problems = problemsOf(parseWith(u"modalities[0].interval_days.min"_s, u"21"_s));
    CHECK_THAT(problems, HasProblem(u"modalities[0].interval_days.min"_s, u"must be a whole number, not a string"_s));
    CHECK(problems.size() == 1);
}

TEST_CASE("A string where a depth belongs is a type error", "[loader][bad]")
{
    const Problems problems = problemsOf(parseWith(u"areas[0].max_depth_mm"_s, u"1.0 mm"_s));
    CHECK_THAT(problems, HasProblem(u"areas[0].max_depth_mm"_s, u"must be a number, not a string"_s));
    // No follow-on problems that treat the unreadable limit as 0 mm.
    CHECK(problems.size() == 1);
}

TEST_CASE("A fraction where a whole number belongs is rejected", "[loader][bad]")
{
    const Problems problems = problemsOf(parseWith(u"modalities[0].interval_days.target"_s, 28.5));
    CHECK_THAT(problems, HasProblem(u"modalities[0].interval_days.target"_s, u"whole number"_s));
    // No follow-on problem that treats the unreadable target as 0 days.
    CHECK(problems.size() == 1);
}

TEST_CASE("A list entry that is not an object is rejected", "[loader][bad]")
{
    CatalogueJson json;
    const QString entry = json.append(u"contraindications"_s, u"pregnancy"_s);
    const Problems problems = problemsOf(json.parse());
    CHECK_THAT(problems, HasProblem(entry, u"must be an object"_s));
    CHECK(problems.size() == 1);
}

TEST_CASE("A code list holding a non-string is rejected", "[loader][bad]")
{
    const Problems problems = problemsOf(parseWith(u"indications[0].modalities[0]"_s, 1));
    CHECK_THAT(problems, HasProblem(u"indications[0].modalities[0]"_s, u"must be a string, not a number"_s));
}

// ---------------------------------------------------------------------------------------------------
// Values and ranges

TEST_CASE("An unsupported format number is rejected", "[loader][bad]")
{
    const Problems problems = problemsOf(parseWith(u"format"_s, 2));
    CHECK_THAT(problems, HasProblem(u"format"_s, u"format 2 is not supported"_s));
    CHECK(problems.size() == 1);
}

TEST_CASE("An interval minimum above its target is rejected", "[loader][bad]")
{
    // automated_pen: 21 / 28 / 42
    const Problems problems = problemsOf(parseWith(u"modalities[0].interval_days.min"_s, 30));
    CHECK_THAT(problems, HasProblem(u"modalities[0].interval_days.min"_s, u"more than target"_s));
    CHECK(problems.size() == 1);
}

TEST_CASE("An interval target above its maximum is rejected", "[loader][bad]")
{
    CatalogueJson json;
    const QString rf = json.pathOf(u"modalities"_s, u"rf_microneedling"_s);
    json.set(rf + u".interval_days.target"_s, 60); // 28 / 60 / 56
    const Problems problems = problemsOf(json.parse());
    CHECK_THAT(problems, HasProblem(rf + u".interval_days.target"_s, u"more than max"_s));
    CHECK(problems.size() == 1);
}

TEST_CASE("A negative interval is rejected", "[loader][bad]")
{
    const Problems problems = problemsOf(parseWith(u"modalities[0].interval_days.min"_s, -7));
    CHECK_THAT(problems, HasProblem(u"modalities[0].interval_days.min"_s, u"must be from 1 to 3650, not -7"_s));
}

TEST_CASE("A negative washout is rejected", "[loader][bad]")
{
    CatalogueJson json;
    const QString ci = json.pathOf(u"contraindications"_s, u"isotretinoin"_s);
    json.set(ci + u".washout_days"_s, -1);
    const Problems problems = problemsOf(json.parse());
    CHECK_THAT(problems, HasProblem(ci + u".washout_days"_s, u"must be from 0 to 3650, not -1"_s));
    CHECK(problems.size() == 1);
}

TEST_CASE("A negative event window is rejected", "[loader][bad]")
{
    const Problems problems = problemsOf(parseWith(u"modalities[0].event_window_days.min"_s, -1));
    CHECK_THAT(problems, HasProblem(u"modalities[0].event_window_days.min"_s, u"must be from 0 to 3650, not -1"_s));
}

TEST_CASE("An event window minimum above its maximum is rejected", "[loader][bad]")
{
    const Problems problems = problemsOf(parseWith(u"modalities[0].event_window_days.min"_s, 40)); // max 30
    CHECK_THAT(problems, HasProblem(u"modalities[0].event_window_days.min"_s, u"more than max"_s));
    CHECK(problems.size() == 1);
}

TEST_CASE("An area hard limit deeper than 3.5 mm is rejected", "[loader][bad]")
{
    CatalogueJson json;
    const QString cheeks = json.pathOf(u"areas"_s, u"cheeks"_s);
    json.set(cheeks + u".max_depth_mm"_s, 4.0);
    const Problems problems = problemsOf(json.parse());
    CHECK_THAT(problems, HasProblem(cheeks + u".max_depth_mm"_s, u"outside 0-3.5 mm"_s));
    // No follow-on problems that treat the refused limit as 0 mm.
    CHECK(problems.size() == 1);
}

TEST_CASE("A negative depth is rejected", "[loader][bad]")
{
    const Problems problems = problemsOf(parseWith(u"areas[0].depth_mm.min"_s, -0.25));
    CHECK_THAT(problems, HasProblem(u"areas[0].depth_mm.min"_s, u"outside 0-3.5 mm"_s));
    CHECK(problems.size() == 1);
}

TEST_CASE("An indication depth deeper than 3.5 mm is rejected", "[loader][bad]")
{
    CatalogueJson json;
    const QString acne = json.pathOf(u"indications"_s, u"acne_scars"_s);
    json.set(acne + u".depth_mm.cheeks.max"_s, 3.6);
    const Problems problems = problemsOf(json.parse());
    CHECK_THAT(problems, HasProblem(acne + u".depth_mm.cheeks.max"_s, u"outside 0-3.5 mm"_s));
    CHECK(problems.size() == 1);
}

TEST_CASE("A depth review threshold deeper than 3.5 mm is rejected", "[loader][bad]")
{
    const Problems problems = problemsOf(parseWith(u"modalities[0].depth_review_above_mm"_s, 5));
    CHECK_THAT(problems, HasProblem(u"modalities[0].depth_review_above_mm"_s, u"outside 0-3.5 mm"_s));
    CHECK(problems.size() == 1);
}

TEST_CASE("A depth range with its minimum above its maximum is rejected", "[loader][bad]")
{
    // forehead: 0.25-0.5 mm
    const Problems problems = problemsOf(parseWith(u"areas[0].depth_mm.min"_s, 0.75));
    CHECK_THAT(problems, HasProblem(u"areas[0].depth_mm.min"_s, u"more than max"_s));
    CHECK(problems.size() == 1);
}

TEST_CASE("An area hard limit below its usual range is rejected", "[loader][bad]")
{
    CatalogueJson json;
    const QString periorbital = json.pathOf(u"areas"_s, u"periorbital"_s); // usual 0.2-0.3, limit 0.5
    json.set(periorbital + u".max_depth_mm"_s, 0.25);
    const Problems problems = problemsOf(json.parse());
    CHECK_THAT(problems, HasProblem(periorbital + u".max_depth_mm"_s, u"below the usual range"_s));
    CHECK(problems.size() == 1);
}

TEST_CASE("An indication depth deeper than the area hard limit is rejected", "[loader][bad]")
{
    CatalogueJson json;
    const QString striae = json.pathOf(u"indications"_s, u"stretch_marks"_s); // abdomen limit 2.5
    json.set(striae + u".depth_mm.abdomen.max"_s, 3.0);
    const Problems problems = problemsOf(json.parse());
    CHECK_THAT(problems, HasProblem(striae + u".depth_mm.abdomen"_s, u"deeper than the area's hard limit"_s));
    CHECK(problems.size() == 1);
}

TEST_CASE("An area region other than face neck or body is rejected", "[loader][bad]")
{
    const Problems problems = problemsOf(parseWith(u"areas[0].region"_s, u"scalp"_s));
    CHECK_THAT(problems, HasProblem(u"areas[0].region"_s, u"is not a region"_s));
    CHECK(problems.size() == 1);
}

TEST_CASE("Modality session counts that fall as severity rises are rejected", "[loader][bad]")
{
    // automated_pen: 3 / 4 / 6 -> 5 / 4 / 6
    const Problems problems = problemsOf(parseWith(u"modalities[0].sessions.mild"_s, 5));
    CHECK_THAT(problems, HasProblem(u"modalities[0].sessions.mild"_s, u"must not fall as severity rises"_s));
    CHECK(problems.size() == 1);
}

TEST_CASE("Indication session counts that fall as severity rises are rejected", "[loader][bad]")
{
    CatalogueJson json;
    const QString icepick = json.pathOf(u"indications"_s, u"acne_scars_icepick"_s); // 4 / 5 / 6
    json.set(icepick + u".sessions.mild"_s, 6);
    const Problems problems = problemsOf(json.parse());
    CHECK_THAT(problems, HasProblem(icepick + u".sessions.mild"_s, u"must not fall as severity rises"_s));
}

TEST_CASE("A modality session count outside the series bounds is rejected", "[loader][bad]")
{
    const Problems problems = problemsOf(parseWith(u"modalities[0].sessions.severe"_s, 7));
    CHECK_THAT(problems, HasProblem(u"modalities[0].sessions.severe"_s, u"must be from 3 to 6, not 7"_s));
}

TEST_CASE("A modality session count outside the modality's own bounds is rejected", "[loader][bad]")
{
    // automated_pen 3 / 4 / 6 with its own bounds 4-6: mild 3 is too few.
    const Problems problems = problemsOf(parseWith(u"modalities[0].sessions.min"_s, 4));
    CHECK_THAT(problems, HasProblem(u"modalities[0].sessions.mild"_s, u"must be from 4 to 6, not 3"_s));
}

TEST_CASE("A modality's session bounds with min above max are rejected", "[loader][bad]")
{
    const Problems problems = problemsOf(parseWith(u"modalities[0].sessions.min"_s, 7)); // max from series: 6
    CHECK_THAT(problems, HasProblem(u"modalities[0].sessions.min"_s, u"more than max"_s));
}

TEST_CASE("An indication session count outside a listed modality's bounds is rejected", "[loader][bad]")
{
    // Icepick scars plan 4 / 5 / 6 sessions with every modality; RF capped at 5 cannot take 6.
    CatalogueJson json;
    const QString rf = json.pathOf(u"modalities"_s, u"rf_microneedling"_s);
    const QString icepick = json.pathOf(u"indications"_s, u"acne_scars_icepick"_s);
    json.set(rf + u".sessions.max"_s, 5);
    const Problems problems = problemsOf(json.parse());
    CHECK_THAT(problems, HasProblem(icepick + u".sessions.severe"_s, u"outside rf_microneedling's bounds (3-5)"_s));
    CHECK(std::ranges::none_of(problems, [](const Problem& p) { return p.message.contains(u"automated_pen"_s); }));
}

TEST_CASE("Series bounds with the minimum above the maximum are rejected", "[loader][bad]")
{
    const Problems problems = problemsOf(parseWith(u"series.min_sessions"_s, 7));
    CHECK_THAT(problems, HasProblem(u"series.min_sessions"_s, u"more than max_sessions"_s));
}

TEST_CASE("A results review window that starts after it ends is rejected", "[loader][bad]")
{
    const Problems problems = problemsOf(parseWith(u"results_review.from_months"_s, 7));
    CHECK_THAT(problems, HasProblem(u"results_review.from_months"_s, u"more than to_months"_s));
    CHECK(problems.size() == 1);
}

TEST_CASE("A maintenance interval outside 1 to 120 months is rejected", "[loader][bad]")
{
    const Problems problems = problemsOf(parseWith(u"maintenance_months"_s, 0));
    CHECK_THAT(problems, HasProblem(u"maintenance_months"_s, u"must be from 1 to 120, not 0"_s));
    CHECK(problems.size() == 1);
}

TEST_CASE("A whole number far beyond its range is reported as out of range", "[loader][bad]")
{
    // 1e20 does not fit any integer type: it must still read as "too large", not as a fraction.
    const Problems problems = problemsOf(parseWith(u"maintenance_months"_s, 1e20));
    CHECK_THAT(problems, HasProblem(u"maintenance_months"_s, u"must be from 1 to 120"_s));
    CHECK(problems.size() == 1);
}

TEST_CASE("A Fitzpatrick range with its minimum above its maximum is rejected", "[loader][bad]")
{
    // pih_risk on automated_pen: IV-VI -> IV-III
    const Problems problems = problemsOf(parseWith(u"modalities[0].skin_type_notices[0].fitzpatrick.max"_s, 3));
    CHECK_THAT(problems, HasProblem(u"modalities[0].skin_type_notices[0].fitzpatrick.min"_s, u"more than max"_s));
    CHECK(problems.size() == 1);
}

TEST_CASE("A Fitzpatrick type outside 1 to 6 is rejected", "[loader][bad]")
{
    const Problems problems = problemsOf(parseWith(u"modalities[0].skin_type_notices[0].fitzpatrick.max"_s, 7));
    CHECK_THAT(
        problems, HasProblem(u"modalities[0].skin_type_notices[0].fitzpatrick.max"_s, u"must be from 1 to 6, not 7"_s));
}

TEST_CASE("An age rule below_years outside 1 to 120 is rejected", "[loader][bad]")
{
    const Problems problems = problemsOf(parseWith(u"age_rules[0].below_years"_s, 0));
    CHECK_THAT(problems, HasProblem(u"age_rules[0].below_years"_s, u"must be from 1 to 120, not 0"_s));
}

TEST_CASE("An effect word that is not blocks review or advice is rejected", "[loader][bad]")
{
    const Problems problems = problemsOf(parseWith(u"contraindications[0].effect"_s, u"block"_s));
    CHECK_THAT(problems, HasProblem(u"contraindications[0].effect"_s, u"\"block\" is not an effect"_s));
    CHECK(problems.size() == 1);
}

TEST_CASE("A per-modality effect word that is not an effect is rejected", "[loader][bad]")
{
    CatalogueJson json;
    const QString ci = json.pathOf(u"contraindications"_s, u"skin_cancer_history"_s);
    json.set(ci + u".modality_effects.rf_microneedling"_s, u"forbidden"_s);
    const Problems problems = problemsOf(json.parse());
    CHECK_THAT(problems, HasProblem(ci + u".modality_effects.rf_microneedling"_s, u"\"forbidden\" is not an effect"_s));
    CHECK(problems.size() == 1);
}

TEST_CASE("An age rule effect word that is not an effect is rejected", "[loader][bad]")
{
    const Problems problems = problemsOf(parseWith(u"age_rules[1].effect"_s, u"warn"_s));
    CHECK_THAT(problems, HasProblem(u"age_rules[1].effect"_s, u"\"warn\" is not an effect"_s));
}

TEST_CASE("A scope other than any or treated_areas is rejected", "[loader][bad]")
{
    const Problems problems = problemsOf(parseWith(u"contraindications[0].scope"_s, u"treated_area"_s));
    CHECK_THAT(problems, HasProblem(u"contraindications[0].scope"_s, u"\"treated_area\" is not a scope"_s));
    CHECK(problems.size() == 1);
}

// ---------------------------------------------------------------------------------------------------
// Codes and references

TEST_CASE("A code with capital letters is rejected", "[loader][bad]")
{
    const Problems problems = problemsOf(parseWith(u"contraindications[0].code"_s, u"Active_Acne"_s));
    CHECK_THAT(problems, HasProblem(u"contraindications[0].code"_s, u"\"Active_Acne\" is not a code"_s));
    CHECK(problems.size() == 1);
}

TEST_CASE("A code with spaces is rejected", "[loader][bad]")
{
    const Problems problems = problemsOf(parseWith(u"contraindications[0].code"_s, u"active acne"_s));
    CHECK_THAT(problems, HasProblem(u"contraindications[0].code"_s, u"\"active acne\" is not a code"_s));
    CHECK(problems.size() == 1);
}

TEST_CASE("A code starting with a digit is rejected", "[loader][bad]")
{
    const Problems problems = problemsOf(parseWith(u"age_rules[0].code"_s, u"18_minimum"_s));
    CHECK_THAT(problems, HasProblem(u"age_rules[0].code"_s, u"is not a code"_s));
}

TEST_CASE("A duplicate area code is rejected", "[loader][bad]")
{
    CatalogueJson json;
    const QString copy = json.append(u"areas"_s, json.get(u"areas[0]"_s));
    const Problems problems = problemsOf(json.parse());
    CHECK_THAT(problems, HasProblem(copy + u".code"_s, u"duplicate code \"forehead\""_s));
    CHECK(problems.size() == 1);
}

TEST_CASE("A duplicate modality code is rejected", "[loader][bad]")
{
    CatalogueJson json;
    const QString copy = json.append(u"modalities"_s, json.get(u"modalities[0]"_s));
    const Problems problems = problemsOf(json.parse());
    CHECK_THAT(problems, HasProblem(copy + u".code"_s, u"duplicate code \"automated_pen\""_s));
}

TEST_CASE("A duplicate indication code is rejected", "[loader][bad]")
{
    CatalogueJson json;
    const QString copy = json.append(u"indications"_s, json.get(u"indications[4]"_s));
    const QString code = json.get(u"indications[4].code"_s).toString();
    const Problems problems = problemsOf(json.parse());
    CHECK_THAT(problems, HasProblem(copy + u".code"_s, u"duplicate code \"%1\""_s.arg(code)));
    CHECK(problems.size() == 1);
}

TEST_CASE("A duplicate contraindication code is rejected", "[loader][bad]")
{
    CatalogueJson json;
    const QString copy = json.append(u"contraindications"_s, json.get(u"contraindications[0]"_s));
    const Problems problems = problemsOf(json.parse());
    CHECK_THAT(problems, HasProblem(copy + u".code"_s, u"duplicate code \"active_acne\""_s));
}

TEST_CASE("A duplicate age rule code is rejected", "[loader][bad]")
{
    CatalogueJson json;
    const QString copy = json.append(u"age_rules"_s, json.get(u"age_rules[0]"_s));
    const Problems problems = problemsOf(json.parse());
    CHECK_THAT(problems, HasProblem(copy + u".code"_s, u"duplicate code \"under_minimum_age\""_s));
}

TEST_CASE("A skin-type notice code used twice in one modality is rejected", "[loader][bad]")
{
    CatalogueJson json;
    const QString copy
        = json.append(u"modalities[0].skin_type_notices"_s, json.get(u"modalities[0].skin_type_notices[0]"_s));
    const Problems problems = problemsOf(json.parse());
    CHECK_THAT(problems, HasProblem(copy + u".code"_s, u"duplicate code \"pih_risk\""_s));
    CHECK(problems.size() == 1);
}

TEST_CASE("An age rule code that clashes with a contraindication code is rejected", "[loader][bad]")
{
    CatalogueJson json;
    const QString pregnancy = json.pathOf(u"contraindications"_s, u"pregnancy"_s);
    json.set(u"age_rules[0].code"_s, u"pregnancy"_s);
    const Problems problems = problemsOf(json.parse());
    CHECK_THAT(problems,
        HasProblem(u"age_rules[0].code"_s, u"finding code \"pregnancy\" is already used at %1.code"_s.arg(pregnancy)));
    CHECK(problems.size() == 1);
}

TEST_CASE("An indication notice code that clashes with a contraindication code is rejected", "[loader][bad]")
{
    CatalogueJson json;
    const QString icepick = json.pathOf(u"indications"_s, u"acne_scars_icepick"_s);
    json.set(icepick + u".notice.code"_s, u"tattoo_in_area"_s);
    const Problems problems = problemsOf(json.parse());
    CHECK_THAT(problems, HasProblem(icepick + u".notice.code"_s, u"finding code \"tattoo_in_area\" is already used"_s));
    CHECK(problems.size() == 1);
}

TEST_CASE("A skin-type notice code that clashes with a contraindication code is rejected", "[loader][bad]")
{
    const Problems problems = problemsOf(parseWith(u"modalities[0].skin_type_notices[0].code"_s, u"pregnancy"_s));
    CHECK_THAT(problems,
        HasProblem(u"modalities[0].skin_type_notices[0].code"_s, u"finding code \"pregnancy\" is already used"_s));
}

TEST_CASE("The off-label finding code that clashes with a contraindication code is rejected", "[loader][bad]")
{
    const Problems problems = problemsOf(parseWith(u"off_label_indication.code"_s, u"pregnancy"_s));
    CHECK_THAT(problems, HasProblem(u"off_label_indication.code"_s, u"finding code \"pregnancy\" is already used"_s));
    CHECK(problems.size() == 1);
}

TEST_CASE("The same skin-type notice code in two modalities is allowed", "[loader][good]")
{
    // pih_risk appears on every modality of the built-in catalogue.
    int withPihRisk = 0;
    for (const np::Modality& m : builtIn().modalities)
        withPihRisk += std::ranges::count_if(
            m.skinTypeNotices, [](const np::SkinTypeNotice& n) { return n.code == u"pih_risk"; });
    CHECK(withPihRisk == 5);
}

TEST_CASE("An indication that names an unknown modality is rejected", "[loader][bad]")
{
    CatalogueJson json;
    const QString entry = json.append(u"indications[0].modalities"_s, u"microdermabrasion"_s);
    const Problems problems = problemsOf(json.parse());
    CHECK_THAT(problems, HasProblem(entry, u"unknown modality \"microdermabrasion\""_s));
    CHECK(problems.size() == 1);
}

TEST_CASE("An indication that lists no modality is rejected", "[loader][bad]")
{
    const Problems problems = problemsOf(parseWith(u"indications[0].modalities"_s, QJsonArray()));
    CHECK_THAT(problems, HasProblem(u"indications[0].modalities"_s, u"lists no modality"_s));
    CHECK(problems.size() == 1);
}

TEST_CASE("A contraindication limited to an unknown modality is rejected", "[loader][bad]")
{
    CatalogueJson json;
    const QString ci = json.pathOf(u"contraindications"_s, u"implanted_electronic_device"_s);
    json.set(ci + u".modalities[0]"_s, u"radiofrequency"_s);
    const Problems problems = problemsOf(json.parse());
    CHECK_THAT(problems, HasProblem(ci + u".modalities[0]"_s, u"unknown modality \"radiofrequency\""_s));
    CHECK(problems.size() == 1);
}

TEST_CASE("A per-modality effect for an unknown modality is rejected at its key", "[loader][bad]")
{
    // modality_effects is an object: the path names the offending key, as it does for indication depth_mm.
    CatalogueJson json;
    const QString ci = json.pathOf(u"contraindications"_s, u"skin_cancer_history"_s);
    json.set(ci + u".modality_effects.radiofrequency"_s, u"blocks"_s);
    const Problems problems = problemsOf(json.parse());
    CHECK_THAT(
        problems, HasProblem(ci + u".modality_effects.radiofrequency"_s, u"unknown modality \"radiofrequency\""_s));
    CHECK(problems.size() == 1);
}

TEST_CASE("An age rule limited to an unknown modality is rejected", "[loader][bad]")
{
    const Problems problems = problemsOf(parseWith(u"age_rules[1].modalities[0]"_s, u"pen"_s));
    CHECK_THAT(problems, HasProblem(u"age_rules[1].modalities[0]"_s, u"unknown modality \"pen\""_s));
    CHECK(problems.size() == 1);
}

TEST_CASE("An indication depth for an unknown area is rejected", "[loader][bad]")
{
    const Problems problems
        = problemsOf(parseWith(u"indications[0].depth_mm.scalp"_s, QJsonObject {{u"min"_s, 0.5}, {u"max"_s, 1.0}}));
    CHECK_THAT(problems, HasProblem(u"indications[0].depth_mm.scalp"_s, u"unknown area \"scalp\""_s));
    CHECK(problems.size() == 1);
}

TEST_CASE("A contraindication limited to an unknown area is rejected", "[loader][bad]")
{
    CatalogueJson json;
    const QString ci = json.pathOf(u"contraindications"_s, u"herpes_history"_s);
    json.set(ci + u".only_when_treating[0]"_s, u"lips"_s);
    const Problems problems = problemsOf(json.parse());
    CHECK_THAT(problems, HasProblem(ci + u".only_when_treating[0]"_s, u"unknown area \"lips\""_s));
    CHECK(problems.size() == 1);
}

TEST_CASE("More than 64 areas are rejected", "[loader][bad]")
{
    CatalogueJson json;
    const QJsonObject forehead = json.get(u"areas[0]"_s).toObject();
    for (int i = 0; i < Catalogue::MaxAreas; ++i) {
        QJsonObject extra = forehead;
        extra.insert(u"code"_s, u"extra_%1"_s.arg(i));
        json.append(u"areas"_s, extra);
    }
    const Problems problems = problemsOf(json.parse());
    CHECK_THAT(problems, HasProblem(u"areas"_s, u"at most 64 areas"_s));
}

// ---------------------------------------------------------------------------------------------------
// Whole-file behaviour

TEST_CASE("Several problems in one file are all reported and no catalogue is returned", "[loader][bad]")
{
    CatalogueJson json;
    json.set(u"modalities[0].interval_days.min"_s, 30)
        .set(u"areas[0].depth_mm.max"_s, 4.0)
        .set(u"contraindications[0].effect"_s, u"block"_s)
        .set(u"age_rules[1].modalities[0]"_s, u"pen"_s)
        .set(u"colour"_s, u"blue"_s);
    const LoadResult result = json.parse();
    REQUIRE_FALSE(result.has_value()); // refused whole: there is no catalogue to half-use
    const Problems& problems = result.error();
    CHECK_THAT(problems, HasProblem(u"modalities[0].interval_days.min"_s, u"more than target"_s));
    CHECK_THAT(problems, HasProblem(u"areas[0].depth_mm.max"_s, u"outside 0-3.5 mm"_s));
    CHECK_THAT(problems, HasProblem(u"contraindications[0].effect"_s, u"is not an effect"_s));
    CHECK_THAT(problems, HasProblem(u"age_rules[1].modalities[0]"_s, u"unknown modality"_s));
    CHECK_THAT(problems, HasProblem(u"colour"_s, u"unknown key"_s));
    CHECK(problems.size() >= 5);
}

TEST_CASE("Every problem names the file it was found in", "[loader][bad]")
{
    CatalogueJson json;
    json.set(u"format"_s, 2).set(u"areas[1].max_depth_mm"_s, 0.25).remove(u"modalities[2].numbing_minutes"_s);
    const Problems problems = problemsOf(json.parse());
    CHECK(problems.size() >= 3);
    for (const Problem& p : problems) {
        INFO(p.toString().toStdString());
        CHECK(p.file == ClinicFile);
        CHECK_FALSE(p.path.isEmpty());
        CHECK_FALSE(p.message.isEmpty());
    }
}

// ---------------------------------------------------------------------------------------------------
// Files

TEST_CASE("Loading a missing file gives a problem naming its path", "[loader][file]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(u"no-such-protocols.json"_s);
    const Problems problems = problemsOf(np::loadCatalogueFile(path));
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].file == path);
    CHECK(problems[0].message.contains(u"cannot read"_s));
    CHECK(problems[0].toString().startsWith(path + u": "_s));
}

TEST_CASE("Loading a bad file names that file in its problems", "[loader][file]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(u"clinic-protocols.json"_s);
    CatalogueJson json;
    json.set(u"format"_s, 2);
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        REQUIRE(file.write(json.bytes()) == json.bytes().size());
    }
    const Problems problems = problemsOf(np::loadCatalogueFile(path));
    CHECK_THAT(problems, HasProblem(u"format"_s, u"format 2 is not supported"_s, path));
    CHECK(problems.size() == 1);
}

TEST_CASE("Loading a valid clinic file uses its numbers", "[loader][file]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(u"clinic-protocols.json"_s);
    CatalogueJson json;
    const QString ci = json.pathOf(u"contraindications"_s, u"isotretinoin"_s);
    json.set(ci + u".washout_days"_s, 365).set(u"name"_s, u"Riverside Clinic protocols"_s);
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        REQUIRE(file.write(json.bytes()) == json.bytes().size());
    }
    const LoadResult loaded = np::loadCatalogueFile(path);
    INFO((loaded ? std::string() : np::joinProblems(loaded.error()).toStdString()));
    REQUIRE(loaded.has_value());
    CHECK(loaded->name == u"Riverside Clinic protocols"_s);
    const np::Contraindication* c = loaded->contraindication(u"isotretinoin");
    REQUIRE(c != nullptr);
    CHECK(c->washoutDays == 365);
}

// ---------------------------------------------------------------------------------------------------
// Problem text

TEST_CASE("Problem toString gives file then path then message", "[problem]")
{
    const Problem p {
        u"clinic-protocols.json"_s, u"modalities[0].interval_days.min"_s, u"must be from 1 to 3650, not 0"_s};
    CHECK(p.toString() == u"clinic-protocols.json: modalities[0].interval_days.min: must be from 1 to 3650, not 0"_s);
}

TEST_CASE("Problem toString leaves out an empty file or path", "[problem]")
{
    const Problem noFile {QString(), u"treatment.areas"_s, u"is required"_s};
    const Problem noPath {u"a.json"_s, QString(), u"cannot read the file"_s};
    const Problem messageOnly {QString(), QString(), u"boom"_s};
    CHECK(noFile.toString() == u"treatment.areas: is required"_s);
    CHECK(noPath.toString() == u"a.json: cannot read the file"_s);
    CHECK(messageOnly.toString() == u"boom"_s);
}

TEST_CASE("A loader problem reads as file then JSON path then message", "[problem][loader]")
{
    CatalogueJson json;
    const QString periorbital = json.pathOf(u"areas"_s, u"periorbital"_s);
    json.set(periorbital + u".max_depth_mm"_s, 0.25);
    const Problems problems = problemsOf(json.parse());
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].toString()
        == u"clinic-protocols.json: %1.max_depth_mm: the hard limit (0.25 mm) is below the usual range's top (0.3 mm)"_s
               .arg(periorbital));
}

TEST_CASE("joinProblems puts one problem on each line", "[problem]")
{
    const Problems problems {{u"f.json"_s, u"format"_s, u"bad"_s}, {u"f.json"_s, u"name"_s, u"is required"_s}};
    CHECK(np::joinProblems(problems) == u"f.json: format: bad\nf.json: name: is required"_s);
}

TEST_CASE("The built-in pre-session screen asks the domain's re-screen items", "[loader][pre_session]")
{
    const np::PreSessionScreen& screen = builtIn().preSessionScreen;
    CHECK(screen.contraindications
        == QStringList {u"active_acne"_s, u"active_infection"_s, u"herpes_active"_s, u"open_wound"_s,
            u"sunburn_or_tan"_s, u"pregnancy"_s});
    for (const QString& code : screen.contraindications)
        CHECK(contraindication(code).effect == Effect::Blocks);
    REQUIRE(screen.questions.size() == 1);
    CHECK(screen.questions[0].code == u"new_medication"_s);
    CHECK_FALSE(screen.questions[0].text.isEmpty());
}

TEST_CASE("A catalogue without a pre-session screen loads with an empty one", "[loader][pre_session]")
{
    CatalogueJson json;
    json.remove(u"pre_session_screen"_s);
    const LoadResult loaded = json.parse();
    REQUIRE(loaded.has_value());
    CHECK(loaded->preSessionScreen.contraindications.isEmpty());
    CHECK(loaded->preSessionScreen.questions.isEmpty());
}

TEST_CASE("A pre-session screen code that is not a contraindication is refused with its path", "[loader][pre_session]")
{
    CHECK_THAT(problemsOf(parseWith(u"pre_session_screen.contraindications[1]"_s, u"acne_scars"_s)),
        HasProblem(u"pre_session_screen.contraindications[1]"_s, u"unknown contraindication \"acne_scars\""_s));
}

TEST_CASE("A pre-session screen code listed twice is refused", "[loader][pre_session]")
{
    CHECK_THAT(problemsOf(parseWith(u"pre_session_screen.contraindications[2]"_s, u"active_acne"_s)),
        HasProblem(u"pre_session_screen.contraindications[2]"_s, u"\"active_acne\" is listed twice"_s));
}

TEST_CASE("A pre-session question with the same code twice is refused", "[loader][pre_session]")
{
    CatalogueJson json;
    const QString second = json.append(
        u"pre_session_screen.questions"_s, QJsonObject {{u"code"_s, u"new_medication"_s}, {u"text"_s, u"Again?"_s}});
    CHECK_THAT(problemsOf(json.parse()), HasProblem(second + u".code"_s, u"duplicate code \"new_medication\""_s));
}

TEST_CASE("A pre-session question needs a code and its text", "[loader][pre_session]")
{
    CatalogueJson json;
    json.remove(u"pre_session_screen.questions[0].text"_s);
    json.set(u"pre_session_screen.questions[0].code"_s, u"New Medication"_s);
    const Problems problems = problemsOf(json.parse());
    CHECK_THAT(problems, HasProblem(u"pre_session_screen.questions[0].text"_s, u"required"_s));
    CHECK_THAT(problems, HasProblem(u"pre_session_screen.questions[0].code"_s, u"is not a code"_s));
}

TEST_CASE("A pre-session screen with an unknown key or no contraindications list is refused", "[loader][pre_session]")
{
    CatalogueJson json;
    json.set(u"pre_session_screen.ask_everything"_s, true);
    json.remove(u"pre_session_screen.contraindications"_s);
    const Problems problems = problemsOf(json.parse());
    CHECK_THAT(problems, HasProblem(u"pre_session_screen.ask_everything"_s, u"unknown key"_s));
    CHECK_THAT(problems, HasProblem(u"pre_session_screen.contraindications"_s, u"required"_s));
}
