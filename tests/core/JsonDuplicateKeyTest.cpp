// A key repeated in a JSON object is a problem naming its path, in every JSON input: QJsonDocument
// alone would keep the last value silently.
#include "TestSupport.h"

#include "core/CatalogueLoader.h"
#include "core/JsonReader.h"
#include "core/PlanJson.h"
#include "core/Problem.h"

using namespace Qt::StringLiterals;
using np::Problem;
using np::Problems;

namespace {

Problems duplicatesIn(const QByteArray& json)
{
    np::JsonContext ctx {u"in.json"_s, {}};
    const auto root = np::parseJsonObject(json, ctx);
    REQUIRE(root.has_value());
    return ctx.problems;
}

Problem duplicate(const QString& file, const QString& path, const QString& key)
{
    return {file, path, u"duplicate key \"%1\""_s.arg(key)};
}

// `text` with `from` (which must occur in it) replaced by `to`.
QByteArray edited(QByteArray text, const QByteArray& from, const QByteArray& to)
{
    REQUIRE(text.contains(from));
    return text.replace(text.indexOf(from), from.size(), to);
}

} // namespace

TEST_CASE("json: a repeated key is reported with its path, in nested objects and arrays")
{
    const Problems found = duplicatesIn(R"({"a": 1, "b": {"c": [1, {"d": 1, "d": 2}], "c": null}, "a": "x"})");
    CHECK(found
        == Problems {
            duplicate(u"in.json"_s, u"b.c[1].d"_s, u"d"_s),
            duplicate(u"in.json"_s, u"b.c"_s, u"c"_s),
            duplicate(u"in.json"_s, u"a"_s, u"a"_s),
        });
    CHECK(duplicatesIn(R"({"a": 1, "a": 2, "a": 3})").size() == 2);
}

TEST_CASE("json: the same key in different objects, and keys inside strings, are not duplicates")
{
    CHECK(duplicatesIn(R"({"a": {"x": 1}, "b": {"x": 1}, "c": [{"x": 1}, {"x": 2}]})").isEmpty());
    CHECK(duplicatesIn(R"({"a": "\"a\": 1, {\"a\"", "b": ["a", "a"], "c": "}]"})").isEmpty());
    CHECK(duplicatesIn("\xEF\xBB\xBF{\"caf\xC3\xA9\": 1, \"cafe\": 2}").isEmpty());
    CHECK(duplicatesIn(R"({"a\\": 1, "a\"": 2, "a": 3, "a/": 4})").isEmpty());
}

TEST_CASE("json: keys are compared after their escapes are decoded, as Qt reads them")
{
    CHECK(duplicatesIn(R"({"ab": 1, "a\u0062": 2})") == Problems {duplicate(u"in.json"_s, u"ab"_s, u"ab"_s)});
    CHECK(duplicatesIn("{\"caf\xC3\xA9\": 1, \"caf\\u00e9\": 2}").size() == 1);
    CHECK(duplicatesIn(R"({"a/b": 1, "a\/b": 2, "t\t": 3, "t\u0009": 4})").size() == 2);
    CHECK(duplicatesIn(R"({"\ud83d\ude00": 1, "😀": 2})").size() == 1);
}

TEST_CASE("json: the catalogue loader refuses a catalogue with a repeated key, naming its path")
{
    const QByteArray builtIn = np::test::readFile(np::builtInCataloguePath());
    REQUIRE(np::parseCatalogue(builtIn, u"clinic.json"_s).has_value());

    auto loaded = np::parseCatalogue(
        edited(builtIn, R"("maintenance_months": 12,)", R"("maintenance_months": 12, "maintenance_months": 24,)"),
        u"clinic.json"_s);
    REQUIRE_FALSE(loaded.has_value());
    CHECK(loaded.error() == Problems {duplicate(u"clinic.json"_s, u"maintenance_months"_s, u"maintenance_months"_s)});

    loaded = np::parseCatalogue(edited(builtIn, R"("code": "forehead", "name": "Forehead")",
                                    R"("code": "forehead", "name": "Forehead", "code": "forehead")"),
        u"clinic.json"_s);
    REQUIRE_FALSE(loaded.has_value());
    CHECK(loaded.error().contains(duplicate(u"clinic.json"_s, u"areas[0].code"_s, u"code"_s)));
}

TEST_CASE("json: a plan request with a repeated key is refused, naming its path")
{
    const QByteArray request = R"({
        "patient": {"birth_date": "1990-04-02", "findings": [{"code": "isotretinoin", "until": "2026-08-01"}]},
        "treatment": {"modality": "automated_pen", "indication": "acne_scars", "severity": "moderate",
                      "areas": ["cheeks"], "sessions": 4}})";
    REQUIRE(np::parsePlanRequest(request, u"request.json"_s).has_value());
    const auto parsed
        = np::parsePlanRequest(edited(request, R"({"code": "isotretinoin", "until": "2026-08-01")",
                                   R"({"code": "isotretinoin", "until": "2026-08-01", "until": "2026-01-01")"),
            u"request.json"_s);
    REQUIRE_FALSE(parsed.has_value());
    CHECK(parsed.error() == Problems {duplicate(u"request.json"_s, u"patient.findings[0].until"_s, u"until"_s)});
}
