// screenings add | override | list | show, run in-process: the engine's result from the answers
// and the stored findings, exit codes, stdout, stderr.
#include "ClinicalCliSupport.h"

using namespace Qt::StringLiterals;
using np::test::CliOutcome;

namespace {

const QByteArray Review = R"({"kind": "full", "modality": "automated_pen", "areas": ["cheeks", "forehead"],
    "answers": {"anticoagulants": {"since": "2024-01-01", "note": "warfarin"}, "pregnancy": false,
                "other": {"new_medication": "ibuprofène"}}})";

} // namespace

TEST_CASE("screenings add computes the result, stores it and says which yes answers are not findings yet")
{
    np::test::ClinicalCli cli;
    REQUIRE(
        cli.run({u"findings"_s, u"add"_s, cli.patientId}, R"({"code": "isotretinoin", "until": "2026-10-01"})").exitCode
        == 0);
    const CliOutcome o = cli.run({u"screenings"_s, u"add"_s, cli.patientId}, Review);
    INFO(o.err.toStdString());
    CHECK(o.exitCode == 0); // even a blocked result is data, not a failure
    const QJsonObject out = o.json();
    CHECK(out.value(u"id"_s).toInteger() == 1);
    const QJsonObject result = out.value(u"result"_s).toObject();
    CHECK(result.value(u"status"_s).toString() == u"blocked"_s); // the stored isotretinoin finding
    CHECK(result.value(u"date"_s).toString() == u"2026-11-22"_s);
    CHECK(result.value(u"clears_on"_s).toString() == u"2027-04-01"_s);
    QStringList codes;
    for (const QJsonValue& f : result.value(u"findings"_s).toArray())
        codes << f[u"code"_s].toString();
    CHECK(codes == QStringList {u"isotretinoin"_s, u"anticoagulants"_s});
    CHECK(out.value(u"not_recorded_as_findings"_s).toArray() == QJsonArray {u"anticoagulants"_s});

    const CliOutcome shown = cli.run({u"screenings"_s, u"show"_s, u"1"_s});
    CHECK(shown.exitCode == 0);
    CHECK(shown.json().value(u"result"_s).toObject() == result);
    CHECK(shown.json().value(u"answers"_s)[u"other"_s][u"new_medication"_s].toString() == u"ibuprofène"_s);
    CHECK(shown.json().value(u"recorded_by"_s).toString() == u"Dr. Núñez"_s);
    CHECK(shown.json().value(u"screened_on"_s).toString() == u"2026-11-22"_s);
}

TEST_CASE("screenings override records the reason for a review result, and list shows it")
{
    np::test::ClinicalCli cli;
    const CliOutcome added = cli.run({u"screenings"_s, u"add"_s, cli.patientId}, Review);
    REQUIRE(added.json().value(u"result"_s)[u"status"_s].toString() == u"review"_s);
    const CliOutcome o = cli.run(
        {u"screenings"_s, u"override"_s, u"1"_s, u"--version"_s, u"1"_s, u"--reason"_s, u"INR stable, GP agrees"_s});
    INFO(o.err.toStdString());
    CHECK(o.exitCode == 0);
    CHECK(o.json() == QJsonObject {{u"id"_s, 1}, {u"version"_s, 2}, {u"overridden"_s, true}});

    const QJsonArray list = cli.run({u"screenings"_s, u"list"_s, cli.patientId}).array();
    REQUIRE(list.size() == 1);
    CHECK(list.first()[u"override_reason"_s].toString() == u"INR stable, GP agrees"_s);
    CHECK(list.first()[u"override_by"_s].toString() == u"Dr. Núñez"_s);

    const CliOutcome again
        = cli.run({u"screenings"_s, u"override"_s, u"1"_s, u"--version"_s, u"2"_s, u"--reason"_s, u"again"_s});
    CHECK(again.exitCode == 4);
    CHECK(again.err.contains(u"already overridden"_s));
}

TEST_CASE("screenings refuse bad answers, a blocked override and a missing reason")
{
    np::test::ClinicalCli cli;
    CliOutcome o = cli.run({u"screenings"_s, u"add"_s, cli.patientId},
        R"({"modality": "pen", "areas": ["cheeks"], "answers": {"pregnant": false}})");
    CHECK(o.exitCode == 2);
    CHECK(o.err.contains(u"modality: unknown modality \"pen\""_s));
    CHECK(o.err.contains(u"answers.pregnant: unknown contraindication code \"pregnant\""_s));
    CHECK(cli.run({u"screenings"_s, u"add"_s, u"99"_s}, Review).exitCode == 2);

    o = cli.run({u"screenings"_s, u"add"_s, cli.patientId},
        R"({"modality": "automated_pen", "areas": ["cheeks"], "answers": {"pregnancy": {}}})");
    REQUIRE(o.json().value(u"result"_s)[u"status"_s].toString() == u"blocked"_s);
    o = cli.run({u"screenings"_s, u"override"_s, u"1"_s, u"--version"_s, u"1"_s, u"--reason"_s, u"insists"_s});
    CHECK(o.exitCode == 2);
    CHECK(o.err.contains(u"a blocking finding means no session"_s));
    o = cli.run({u"screenings"_s, u"override"_s, u"1"_s, u"--version"_s, u"1"_s});
    CHECK(o.exitCode == 1);
    CHECK(o.err.contains(u"--reason"_s));
    CHECK(cli.run({u"screenings"_s, u"show"_s, u"7"_s}).exitCode == 2);
}
