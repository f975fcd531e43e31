// demo --patients N [--seed S] [--appointments M] through the CLI, in-process.
#include "CliTestSupport.h"
#include "TestSupport.h"

#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace {

np::test::CliOutcome cli(const QString& database, const QStringList& args)
{
    return np::test::runCli(QStringList {u"--database"_s, database, u"--today"_s, u"2026-11-01"_s} + args);
}

} // namespace

TEST_CASE("demo fills an existing database and prints the counts, and the same seed gives the same counts")
{
    QTemporaryDir dir;
    const QString a = dir.filePath(u"a.db"_s);
    const QString b = dir.filePath(u"b.db"_s);
    REQUIRE(cli(a, {u"init"_s}).exitCode == 0);
    REQUIRE(cli(b, {u"init"_s}).exitCode == 0);
    const auto first = cli(a, {u"demo"_s, u"--patients"_s, u"50"_s, u"--seed"_s, u"3"_s});
    INFO(first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    const QJsonObject counts = first.json();
    CHECK(counts.value(u"patients"_s).toInteger() == 50);
    CHECK(counts.value(u"seed"_s).toInteger() == 3);
    CHECK(counts.value(u"planned_sessions"_s).toInteger() > 0);
    for (const QString& key :
        {u"practitioners"_s, u"archived_patients"_s, u"findings"_s, u"series"_s, u"session_charts"_s, u"consents"_s})
        CHECK(counts.contains(key));
    CHECK(counts.value(u"clinic_loaded"_s).toBool());
    CHECK(counts.value(u"appointments"_s).toInteger() >= 500); // ten per patient by default
    CHECK(counts.value(u"session_appointments"_s).toInteger() > 0);
    const auto more = cli(a, {u"demo"_s, u"--patients"_s, u"5"_s, u"--appointments"_s, u"7"_s});
    REQUIRE(more.exitCode == 0);
    CHECK_FALSE(more.json().value(u"clinic_loaded"_s).toBool()); // the one already there is kept
    CHECK(more.json().value(u"appointments"_s).toInteger() >= 7);
    const auto second = cli(b, {u"demo"_s, u"--patients"_s, u"50"_s, u"--seed"_s, u"3"_s});
    REQUIRE(second.exitCode == 0);
    QJsonObject other = second.json();
    other.insert(u"database"_s, a);
    CHECK(other == counts);
}

TEST_CASE("demo refuses a missing database, a missing or bad --patients and a bad --seed or --appointments")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"needlepoint.db"_s);
    CHECK(cli(path, {u"demo"_s, u"--patients"_s, u"5"_s}).exitCode == 5);
    REQUIRE(cli(path, {u"init"_s}).exitCode == 0);
    CHECK(cli(path, {u"demo"_s}).exitCode == 1);
    CHECK(cli(path, {u"demo"_s, u"--patients"_s, u"many"_s}).exitCode == 2);
    CHECK(cli(path, {u"demo"_s, u"--patients"_s, u"-1"_s}).exitCode == 2);
    CHECK(cli(path, {u"demo"_s, u"--patients"_s, u"5"_s, u"--seed"_s, u"x"_s}).exitCode == 2);
    CHECK(cli(path, {u"demo"_s, u"extra"_s, u"--patients"_s, u"5"_s}).exitCode == 1);
    CHECK(cli(path, {u"demo"_s, u"--patients"_s, u"5"_s, u"--appointments"_s, u"-3"_s}).exitCode == 2);
}
