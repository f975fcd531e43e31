// Screening answers -> findings -> the engine's result, as stored with a screening.
#include "TestSupport.h"

#include "core/ScreeningAnswers.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;
using np::test::date;

namespace {

QJsonObject object(const char* json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

struct Read {
    QList<np::Finding> findings;
    QStringList problems;
};

Read read(const char* answers)
{
    np::JsonContext ctx;
    Read out;
    out.findings = np::answersToFindings(np::test::builtInCatalogue(), object(answers), ctx, u"answers"_s);
    for (const np::Problem& p : ctx.problems)
        out.problems << p.toString();
    return out;
}

QJsonObject resultOn(const char* answers, const char* day, QStringList areas = {u"cheeks"_s})
{
    const Read r = read(answers);
    REQUIRE(r.problems.isEmpty());
    const np::PatientProfile adult {date("1985-03-02"), std::nullopt, r.findings};
    const np::Treatment pen {u"automated_pen"_s, QString(), np::Severity::Moderate, areas, std::nullopt};
    return np::resultOf(np::test::builtInCatalogue(), adult, pen, date(day));
}

} // namespace

TEST_CASE("a no gives no finding, and a screening of noes is clear")
{
    const Read r = read(R"({"pregnancy": false, "active_acne": false, "other": {"new_medication": "none"}})");
    CHECK(r.problems.isEmpty());
    CHECK(r.findings.isEmpty());
    const QJsonObject result = resultOn(R"({"pregnancy": false})", "2026-11-22");
    CHECK(result.value(u"status"_s).toString() == u"clear"_s);
    CHECK(result.value(u"findings"_s).toArray().isEmpty());
    CHECK(result.value(u"clears_on"_s).isNull());
    CHECK(result.value(u"modality"_s).toString() == u"automated_pen"_s);
    CHECK(result.value(u"date"_s).toString() == u"2026-11-22"_s);
}

TEST_CASE("a yes to a blocking item gives a blocked result with no clear date while it lasts")
{
    const Read r = read(R"({"pregnancy": {"note": "12 weeks"}})");
    REQUIRE(r.findings.size() == 1);
    CHECK(r.findings.first().code == u"pregnancy"_s);
    CHECK_FALSE(r.findings.first().until.has_value());

    const QJsonObject result = resultOn(R"({"pregnancy": {}})", "2026-11-22");
    CHECK(result.value(u"status"_s).toString() == u"blocked"_s);
    const QJsonArray findings = result.value(u"findings"_s).toArray();
    REQUIRE(findings.size() == 1);
    CHECK(findings.first()[u"code"_s].toString() == u"pregnancy"_s);
    CHECK(findings.first()[u"effect"_s].toString() == u"blocks"_s);
    CHECK(findings.first()[u"clears_on"_s].isNull());
    CHECK(result.value(u"clears_on"_s).isNull());
}

TEST_CASE("a washout clears on the right day")
{
    const char* answers = R"({"isotretinoin": {"since": "2025-06-01", "until": "2026-01-01"}})";
    const QJsonObject before = resultOn(answers, "2026-07-01");
    CHECK(before.value(u"status"_s).toString() == u"blocked"_s);
    CHECK(before.value(u"clears_on"_s).toString() == u"2026-07-02"_s); // 182 days after the last dose
    CHECK(before.value(u"findings"_s).toArray().first()[u"clears_on"_s].toString() == u"2026-07-02"_s);
    const QJsonObject on = resultOn(answers, "2026-07-02");
    CHECK(on.value(u"status"_s).toString() == u"clear"_s);
}

TEST_CASE("a review item gives review, and an area finding away from the treated areas gives nothing")
{
    CHECK(resultOn(R"({"anticoagulants": {}})", "2026-11-22").value(u"status"_s).toString() == u"review"_s);
    CHECK(resultOn(R"({"nsaids_supplements": {}})", "2026-11-22").value(u"status"_s).toString() == u"advice"_s);
    const char* acne = R"({"active_acne": {"areas": ["back"]}})";
    CHECK(resultOn(acne, "2026-11-22").value(u"status"_s).toString() == u"clear"_s);
    CHECK(resultOn(acne, "2026-11-22", {u"back"_s}).value(u"status"_s).toString() == u"blocked"_s);
}

TEST_CASE("bad answers are reported with their JSON path")
{
    const Read r = read(R"({
        "isotretinon": false,
        "pregnancy": true,
        "active_acne": {"areas": ["cheeks", "elbow", "cheeks"], "colour": "red"},
        "isotretinoin": {"since": "2026-02-01", "until": "2026-01-01"},
        "topical_retinoid": {"until": "2026-02-30"},
        "other": {"new_medication": 3}
    })");
    CHECK(r.findings.isEmpty());
    CHECK(r.problems.contains(u"answers.isotretinon: unknown contraindication code \"isotretinon\""_s));
    CHECK(r.problems.contains(u"answers.pregnancy: must be false (no) or an object {since, until, areas, note} "
                              "(yes; {} when nothing more is known)"_s));
    CHECK(r.problems.contains(u"answers.active_acne.areas[1]: unknown area \"elbow\""_s));
    CHECK(r.problems.contains(u"answers.active_acne.areas[2]: \"cheeks\" is listed twice"_s));
    CHECK(r.problems.contains(u"answers.isotretinoin.until: 2026-01-01 is before since (2026-02-01)"_s));
    CHECK(r.problems.contains(u"answers.other.new_medication: must be text"_s));
    bool unknownKey = false;
    bool badDate = false;
    for (const QString& p : r.problems) {
        unknownKey = unknownKey || p.startsWith(u"answers.active_acne.colour"_s);
        badDate = badDate || p.startsWith(u"answers.topical_retinoid.until"_s);
    }
    CHECK(unknownKey);
    CHECK(badDate);
    CHECK(r.problems.size() == 8);
}

TEST_CASE("only the four statuses are screening statuses")
{
    for (const char* s : {"clear", "advice", "review", "blocked"})
        CHECK(np::isScreeningStatus(QString::fromLatin1(s)));
    CHECK_FALSE(np::isScreeningStatus(u"blocks"));
    CHECK_FALSE(np::isScreeningStatus(u""));
}
