// Problems in a JSON file name the line a person edits as well as the JSON path.
#include "TestSupport.h"

#include "core/JsonLines.h"

using namespace Qt::StringLiterals;

namespace {

const QByteArray Sample = R"({
  "format": 1,
  "post_care": [
    {"code": "day0",
     "lines": [
       {"text": {"en": "Keep it clean.",
                 "es": "Manténgalo limpio."}},
       {"text": {"en": "No make-up: \"none\" at all, [really]"}}
     ]},
    {"code": "week1", "lines": []}
  ],
  "names": {}
}
)";

} // namespace

TEST_CASE("every value of a JSON file is found by its path at the line it starts on")
{
    const QHash<QString, int> lines = np::jsonPathLines(Sample);
    CHECK(lines.value(QString()) == 1);
    CHECK(lines.value(u"format"_s) == 2);
    CHECK(lines.value(u"post_care"_s) == 3);
    CHECK(lines.value(u"post_care[0]"_s) == 4);
    CHECK(lines.value(u"post_care[0].code"_s) == 4);
    CHECK(lines.value(u"post_care[0].lines[0].text.en"_s) == 6);
    CHECK(lines.value(u"post_care[0].lines[0].text.es"_s) == 7);
    CHECK(lines.value(u"post_care[0].lines[1].text.en"_s) == 8); // quotes and brackets inside a string
    CHECK(lines.value(u"post_care[1].lines"_s) == 10);
    CHECK(lines.value(u"names"_s) == 12);
    // A missing key is reported where the object that lacks it starts.
    CHECK(np::lineOfJsonPath(lines, u"post_care[0].lines[1].text.es"_s) == 8);
    CHECK(np::lineOfJsonPath(lines, u"names.modalities.roller"_s) == 12);
    CHECK(np::jsonPathLines("{not json").isEmpty());
}

TEST_CASE("problems get the line before their path")
{
    const np::Problems problems {{u"care.json"_s, u"post_care[0].lines[0].text.es"_s, u"must be text"_s},
        {u"care.json"_s, QString(), u"not valid JSON"_s}};
    const np::Problems lined = np::withJsonLines(problems, Sample);
    CHECK(lined[0].toString() == u"care.json: line 7: post_care[0].lines[0].text.es: must be text"_s);
    CHECK(lined[1] == problems[1]); // no path: left as it was
}
