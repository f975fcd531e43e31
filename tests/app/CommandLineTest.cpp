// needlepoint [FILE.db], --help and --version: the database a start-up opens, and whether the
// settings keep it.

#include "app/startup/CommandLine.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using np::app::startDatabase;

TEST_CASE("command line: without a file the settings' database opens and stays the one to open")
{
    auto start = startDatabase({}, u"/srv/clinic/needlepoint.db"_s);
    REQUIRE(start);
    CHECK(start->path == u"/srv/clinic/needlepoint.db"_s);
    CHECK(start->remember);
}

TEST_CASE("command line: a file given opens this time only, by its absolute path")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"backup copy.db"_s);
    QFile made(file);
    REQUIRE(made.open(QIODevice::WriteOnly));
    made.close();
    const QString relative = QDir::current().relativeFilePath(file);
    auto start = startDatabase({relative}, u"/srv/clinic/needlepoint.db"_s);
    REQUIRE(start);
    CHECK(start->path == file);
    CHECK_FALSE(start->remember); // a backup double-clicked does not become the desk's database
}

TEST_CASE("command line: a missing file, a folder or two files are refused naming them")
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(u"typo.db"_s);
    auto none = startDatabase({missing}, {});
    REQUIRE_FALSE(none);
    CHECK(none.error().startsWith(QDir::toNativeSeparators(missing) + u" does not exist"_s));
    auto folder = startDatabase({dir.path()}, {});
    REQUIRE_FALSE(folder);
    CHECK(folder.error().contains(u"is a folder"_s));
    auto two = startDatabase({u"a.db"_s, u"b.db"_s}, {});
    REQUIRE_FALSE(two);
    CHECK(two.error().contains(u"one database at a time"_s));
    CHECK(two.error().contains(u"a.db, b.db"_s));
}
