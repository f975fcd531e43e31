// practitioners add | update | deactivate | activate | list, run in-process.
#include "ClinicalCliSupport.h"

using namespace Qt::StringLiterals;
using np::test::CliOutcome;

TEST_CASE("practitioners add, update, deactivate and list")
{
    np::test::ClinicalCli cli;
    CliOutcome o = cli.run({u"practitioners"_s, u"add"_s},
        R"({"display_name": "Dr. Ana Núñez", "role": "physician", "modalities": ["automated_pen"]})");
    INFO(o.err.toStdString());
    CHECK(o.exitCode == 0);
    CHECK(o.json() == QJsonObject {{u"id"_s, 1}});

    o = cli.run({u"practitioners"_s, u"update"_s, u"1"_s},
        R"({"display_name": "Dr. Ana Núñez", "role": "physician", "modalities": ["automated_pen", "roller"],
            "version": 1})");
    CHECK(o.exitCode == 0);
    CHECK(o.json() == QJsonObject {{u"id"_s, 1}, {u"version"_s, 2}});

    QJsonArray list = cli.run({u"practitioners"_s, u"list"_s}).array();
    REQUIRE(list.size() == 1);
    CHECK(list.first()[u"modalities"_s].toArray() == QJsonArray {u"automated_pen"_s, u"roller"_s});

    o = cli.run({u"practitioners"_s, u"deactivate"_s, u"1"_s, u"--version"_s, u"2"_s});
    CHECK(o.exitCode == 0);
    CHECK(o.json() == QJsonObject {{u"id"_s, 1}, {u"version"_s, 3}, {u"active"_s, false}});
    CHECK(cli.run({u"practitioners"_s, u"list"_s}).array().isEmpty());
    list = cli.run({u"practitioners"_s, u"list"_s, u"--all"_s}).array();
    REQUIRE(list.size() == 1);
    CHECK_FALSE(list.first()[u"active"_s].toBool());
    CHECK(cli.run({u"practitioners"_s, u"activate"_s, u"1"_s, u"--version"_s, u"3"_s}).exitCode == 0);
}

TEST_CASE("practitioners refuse unknown modalities, stale versions and a missing version")
{
    np::test::ClinicalCli cli;
    CliOutcome o = cli.run({u"practitioners"_s, u"add"_s}, R"({"display_name": "Li", "modalities": ["laser"]})");
    CHECK(o.exitCode == 2);
    CHECK(o.err.contains(u"modalities[0]: unknown modality \"laser\""_s));
    REQUIRE(cli.run({u"practitioners"_s, u"add"_s}, R"({"display_name": "Li"})").exitCode == 0);
    o = cli.run({u"practitioners"_s, u"update"_s, u"1"_s}, R"({"display_name": "Li Wei", "version": 5})");
    CHECK(o.exitCode == 4);
    CHECK(o.err.contains(u"practitioner 1 was changed by someone else since it was read (version 5, now 1)"_s));
    o = cli.run({u"practitioners"_s, u"deactivate"_s, u"1"_s});
    CHECK(o.exitCode == 1);
    CHECK(o.err.contains(u"--version"_s));
    CHECK(cli.run({u"practitioners"_s, u"list"_s, u"--reason"_s, u"x"_s}).exitCode == 1);
}
