// consents add | withdraw | list, run in-process.
#include "ClinicalCliSupport.h"

using namespace Qt::StringLiterals;
using np::test::CliOutcome;

TEST_CASE("consents add, withdraw and list")
{
    np::test::ClinicalCli cli;
    CliOutcome o = cli.run({u"consents"_s, u"add"_s, cli.patientId},
        R"({"modality": "automated_pen", "form_version": "microneedling-2026.1", "signed_at": "2026-11-20T10:00:00+01:00",
            "witnessed_by": "Siobhán O'Brien"})");
    INFO(o.err.toStdString());
    CHECK(o.exitCode == 0);
    CHECK(o.json() == QJsonObject {{u"id"_s, 1}});

    o = cli.run({u"consents"_s, u"withdraw"_s, u"1"_s, u"--version"_s, u"1"_s, u"--reason"_s, u"changed her mind"_s});
    CHECK(o.exitCode == 0);
    CHECK(o.json() == QJsonObject {{u"id"_s, 1}, {u"version"_s, 2}, {u"withdrawn"_s, true}});

    const QJsonArray list = cli.run({u"consents"_s, u"list"_s, cli.patientId}).array();
    REQUIRE(list.size() == 1);
    const QJsonObject c = list.first().toObject();
    CHECK(c.value(u"signed_at"_s).toString() == u"2026-11-20T09:00:00.000Z"_s);
    CHECK(c.value(u"witnessed_by"_s).toString() == u"Siobhán O'Brien"_s);
    CHECK(c.value(u"recorded_by"_s).toString() == u"Dr. Núñez"_s);
    CHECK(c.value(u"withdrawn_reason"_s).toString() == u"changed her mind"_s);
    CHECK_FALSE(c.value(u"withdrawn_at"_s).isNull());

    o = cli.run({u"consents"_s, u"withdraw"_s, u"1"_s, u"--version"_s, u"1"_s, u"--reason"_s, u"again"_s});
    CHECK(o.exitCode == 4);
    CHECK(o.err.contains(u"consent 1 is already withdrawn"_s));
}

TEST_CASE("consents add refuses a time without its zone, an unknown modality and a missing form version")
{
    np::test::ClinicalCli cli;
    const CliOutcome o = cli.run(
        {u"consents"_s, u"add"_s, cli.patientId}, R"({"modality": "laser", "signed_at": "2026-11-22T10:00:00"})");
    CHECK(o.exitCode == 2);
    CHECK(o.err.contains(u"signed_at: \"2026-11-22T10:00:00\" is not a date and time with its zone"_s));
    CHECK(o.err.contains(u"form_version"_s));
    const CliOutcome unknown = cli.run({u"consents"_s, u"add"_s, cli.patientId},
        R"({"modality": "laser", "form_version": "x", "signed_at": "2026-11-22T10:00:00Z"})");
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(u"modality: unknown modality \"laser\""_s));
    CHECK(cli.run({u"consents"_s, u"list"_s, cli.patientId}).array().isEmpty());
}
