// Opening the database at start-up: never created without asking, every failure shown.

#include "AppTestSupport.h"

#include "app/startup/DatabaseOpener.h"

#include <QFileInfo>

using namespace np;
using namespace np::test;
using Choice = app::DatabasePrompts::MissingChoice;

namespace {

// No database at `path`, and the prompts' answer to that.
struct MissingDatabase {
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("needlepoint.db"));
    ScriptedPrompts prompts;

    explicit MissingDatabase(Choice choice) { prompts.onMissing = choice; }
};

} // namespace

TEST_CASE("start-up: a missing database is not created when the user quits")
{
    MissingDatabase m(Choice::GiveUp);
    CHECK(app::DatabaseOpener(m.prompts).open(m.path) == nullptr);
    CHECK(m.prompts.asked == QStringList {QStringLiteral("missing: ") + m.path});
    CHECK_FALSE(QFileInfo::exists(m.path));
    CHECK(QDir(m.dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::Hidden).isEmpty());
}

TEST_CASE("start-up: a missing database is not created when the user cancels choosing another")
{
    MissingDatabase m(Choice::OpenAnother);
    CHECK(app::DatabaseOpener(m.prompts).open(m.path) == nullptr);
    CHECK(m.prompts.asked == QStringList {QStringLiteral("missing: ") + m.path, QStringLiteral("choose")});
    CHECK_FALSE(QFileInfo::exists(m.path));
}

TEST_CASE("start-up: \"Create a new database here\" creates it")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("clinic/needlepoint.db"));
    ScriptedPrompts prompts;
    prompts.onMissing = Choice::Create;

    auto db = app::DatabaseOpener(prompts).open(path);
    REQUIRE(db);
    CHECK(db->path() == path);
    CHECK(QFileInfo::exists(path));
}

TEST_CASE("start-up: another database chosen instead of a missing one is opened")
{
    TempDatabase other;
    const QString otherPath = other.path();
    other.db.reset();
    QTemporaryDir dir;
    ScriptedPrompts prompts;
    prompts.onMissing = Choice::OpenAnother;
    prompts.chosenPaths = {otherPath};

    auto db = app::DatabaseOpener(prompts).open(dir.filePath(QStringLiteral("gone.db")));
    REQUIRE(db);
    CHECK(db->path() == otherPath);
}

TEST_CASE("start-up: a file that is not a database is reported with its path, then another is offered")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.db"));
    writeFile(path, "these are not the tables you are looking for");
    ScriptedPrompts prompts;
    prompts.onFailure = app::DatabasePrompts::FailureChoice::OpenAnother;

    CHECK(app::DatabaseOpener(prompts).open(path) == nullptr);
    REQUIRE(prompts.asked.size() == 2);
    CHECK(prompts.asked[0].startsWith(QStringLiteral("failed: ") + path + QStringLiteral(": ")));
    CHECK(prompts.asked[0].mid(QStringLiteral("failed: ").size() + path.size()).contains(path));
    CHECK(prompts.asked[1] == QStringLiteral("choose"));
    CHECK(readFile(path) == "these are not the tables you are looking for");
}
