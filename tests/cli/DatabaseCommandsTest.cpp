// init, check, backup and restore through the CLI, in-process: exit codes, JSON and messages.
#include "CliTestSupport.h"
#include "DatabaseFiles.h"
#include "TestSupport.h"

#include "cli/Cli.h"
#include "cli/CommandContext.h"
#include "storage/Database.h"

#include <QBuffer>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using np::storage::Database;

namespace {

using Outcome = np::test::CliOutcome;

Outcome cli(const QString& database, QStringList args)
{
    return np::test::runCli(QStringList {u"--database"_s, database} + args);
}

// Lock tests wait 50 ms, not 5 s.
struct ShortBusyTimeout {
    std::chrono::milliseconds saved = Database::defaultBusyTimeout();
    ShortBusyTimeout() { Database::setDefaultBusyTimeout(50ms); }
    ~ShortBusyTimeout() { Database::setDefaultBusyTimeout(saved); }
};

// A database at `path` with `rows` practitioners, closed.
void makeDatabase(const QString& path, int rows)
{
    REQUIRE(cli(path, {u"init"_s}).exitCode == 0);
    np::test::RawConnection db(path);
    db.require(u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
               "INSERT INTO practitioners (display_name, role, created_at, updated_at) "
               "SELECT 'Dr. X', printf('%.300c', 'r'), 'n', 'n' FROM n"_s.arg(rows)
                   .toUtf8()
                   .constData());
}

qint64 practitionersIn(const QString& path)
{
    return np::test::RawConnection(path).integer("SELECT count(*) FROM practitioners");
}

} // namespace

TEST_CASE("init creates a database once, and a second init is refused with exit 5")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"clinic/needlepoint.db"_s);
    const Outcome made = cli(path, {u"init"_s});
    CHECK(made.exitCode == 0);
    CHECK(made.json().value(u"database"_s).toString() == path);
    CHECK(made.json().value(u"schema_version"_s).toInt() == Database::latestSchemaVersion());
    CHECK(made.err.isEmpty());

    const QByteArray before = np::test::readFile(path);
    const Outcome again = cli(path, {u"init"_s});
    CHECK(again.exitCode == 5);
    CHECK(again.err.contains(path));
    CHECK(again.err.contains(u"already exists"_s));
    CHECK(again.out.isEmpty());
    CHECK(np::test::readFile(path) == before);

    CHECK(cli(path, {u"init"_s, u"extra"_s}).exitCode == 1);
}

TEST_CASE("check: 0 on a sound database, 5 naming the path on any problem, never a new file")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"needlepoint.db"_s);

    const Outcome missing = cli(path, {u"check"_s});
    CHECK(missing.exitCode == 5);
    CHECK(missing.err.contains(path));
    CHECK(missing.err.contains(u"init"_s));
    CHECK_FALSE(QFileInfo::exists(path));

    makeDatabase(path, 2000);
    const Outcome sound = cli(path, {u"check"_s});
    CHECK(sound.exitCode == 0);
    CHECK(sound.json().value(u"integrity"_s).toString() == u"ok");
    CHECK(sound.json().value(u"schema_version"_s).toInt() == Database::latestSchemaVersion());

    SECTION("damaged in the middle")
    {
        const QString damaged = dir.filePath(u"damaged.db"_s);
        np::test::copyFile(path, damaged);
        const qint64 size = QFileInfo(damaged).size();
        np::test::damage(damaged, (size / 4096 / 2) * 4096, 3 * 4096);
        const Outcome o = cli(damaged, {u"check"_s});
        CHECK(o.exitCode == 5);
        CHECK(o.err.contains(damaged));
        CHECK(o.err.contains(u"damaged"_s));
        CHECK(o.out.isEmpty());
    }
    SECTION("damaged schema page")
    {
        const QString damaged = dir.filePath(u"damaged.db"_s);
        np::test::copyFile(path, damaged);
        np::test::damage(damaged, 100, 2000);
        const Outcome o = cli(damaged, {u"check"_s});
        CHECK(o.exitCode == 5);
        CHECK(o.err.contains(damaged));
    }
    SECTION("not a database")
    {
        const QString text = dir.filePath(u"notes.txt"_s);
        np::test::writeFile(text, "hello");
        const Outcome o = cli(text, {u"check"_s});
        CHECK(o.exitCode == 5);
        CHECK(o.err.contains(text));
        CHECK(o.err.contains(u"not a Needlepoint database"_s));
        CHECK(np::test::readFile(text) == "hello");
    }
    SECTION("another program's SQLite database")
    {
        const QString other = dir.filePath(u"other.sqlite"_s);
        np::test::RawConnection(other, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE).require("CREATE TABLE t (x)");
        const Outcome o = cli(other, {u"check"_s});
        CHECK(o.exitCode == 5);
        CHECK(o.err.contains(u"not a Needlepoint one"_s));
    }
    SECTION("from a newer Needlepoint")
    {
        np::test::RawConnection(path).require("UPDATE schema_version SET version = 999");
        const Outcome o = cli(path, {u"check"_s});
        CHECK(o.exitCode == 5);
        CHECK(o.err.contains(path));
        CHECK(o.err.contains(u"newer Needlepoint"_s));
    }
    SECTION("locked by another program")
    {
        ShortBusyTimeout quick;
        np::test::RawConnection other(path);
        other.require("PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE;");
        const Outcome o = cli(path, {u"check"_s});
        CHECK(o.exitCode == 5);
        CHECK(o.err.contains(path));
        CHECK(o.err.contains(u"locked"_s));
        other.require("COMMIT");
    }
    SECTION("a file this process cannot write")
    {
        np::test::UnwritableFile unwritable(path);
        if (unwritable.active()) {
            const Outcome o = cli(path, {u"check"_s});
            CHECK(o.exitCode == 5);
            CHECK(o.err.contains(path));
            CHECK(o.err.contains(u"cannot be written"_s));
        } else {
            WARN("cannot make a file unwritable here: read-only check not exercised");
        }
    }
    SECTION("a folder")
    {
        CHECK(cli(dir.path(), {u"check"_s}).exitCode == 5);
    }
}

TEST_CASE("backup FILE: 0 with a complete copy, 2 for an existing FILE, 5 without a database")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"needlepoint.db"_s);
    const QString backup = dir.filePath(u"backup.db"_s);

    const Outcome none = cli(path, {u"backup"_s, backup});
    CHECK(none.exitCode == 5);
    CHECK(none.err.contains(path));
    CHECK_FALSE(QFileInfo::exists(backup));
    CHECK_FALSE(QFileInfo::exists(path));

    makeDatabase(path, 10);
    const Outcome made = cli(path, {u"backup"_s, backup});
    CHECK(made.exitCode == 0);
    CHECK(made.json().value(u"backup"_s).toString() == backup);
    CHECK(made.json().value(u"database"_s).toString() == path);
    CHECK(practitionersIn(backup) == 10);
    CHECK(cli(backup, {u"check"_s}).exitCode == 0);

    const QByteArray before = np::test::readFile(backup);
    const Outcome exists = cli(path, {u"backup"_s, backup});
    CHECK(exists.exitCode == 2);
    CHECK(exists.err.contains(backup));
    CHECK(np::test::readFile(backup) == before);

    CHECK(cli(path, {u"backup"_s, path}).exitCode == 2);
    CHECK(cli(path, {u"backup"_s}).exitCode == 1);
    CHECK(cli(path, {u"backup"_s, backup, backup}).exitCode == 1);
}

TEST_CASE("restore FILE: 0 with the old database kept, 2 for a bad backup, which changes nothing")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"needlepoint.db"_s);
    const QString backup = dir.filePath(u"backup.db"_s);
    makeDatabase(path, 3);
    REQUIRE(cli(path, {u"backup"_s, backup}).exitCode == 0);
    np::test::RawConnection(path).require(
        "INSERT INTO practitioners (display_name, created_at, updated_at) VALUES ('later', 'n', 'n')");

    SECTION("a good backup")
    {
        const Outcome o = cli(path, {u"restore"_s, backup});
        CHECK(o.exitCode == 0);
        const QJsonObject json = o.json();
        CHECK(json.value(u"database"_s).toString() == path);
        CHECK(json.value(u"restored_from"_s).toString() == backup);
        CHECK(json.value(u"schema_version"_s).toInt() == Database::latestSchemaVersion());
        CHECK(json.value(u"migrates_on_next_open"_s).toBool() == false);
        const QString kept = json.value(u"replaced_database_kept_as"_s).toString();
        CHECK(kept.startsWith(path + u".replaced-"_s));
        CHECK(practitionersIn(path) == 3);
        CHECK(practitionersIn(kept) == 4);
        CHECK(cli(path, {u"check"_s}).exitCode == 0);
    }
    SECTION("onto a missing database: restored, nothing kept aside")
    {
        const QString fresh = dir.filePath(u"new-computer/needlepoint.db"_s);
        const Outcome o = cli(fresh, {u"restore"_s, backup});
        CHECK(o.exitCode == 0);
        CHECK(o.json().value(u"replaced_database_kept_as"_s).isNull());
        CHECK(practitionersIn(fresh) == 3);
    }

    const QByteArray before = np::test::readFile(path);
    const QStringList filesBefore = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
    auto refused = [&](const QString& file, int exitCode, const QString& says) {
        const Outcome o = cli(path, {u"restore"_s, file});
        CHECK(o.exitCode == exitCode);
        CHECK(o.err.contains(file));
        CHECK(o.err.contains(says));
        CHECK(o.err.contains(u"nothing was changed"_s));
        CHECK(o.out.isEmpty());
        CHECK(np::test::readFile(path) == before);
    };
    SECTION("a damaged backup")
    {
        const QString damaged = dir.filePath(u"damaged.db"_s);
        makeDatabase(damaged, 2000);
        const qint64 size = QFileInfo(damaged).size();
        np::test::damage(damaged, (size / 4096 / 2) * 4096, 3 * 4096);
        refused(damaged, 2, u"damaged"_s);
    }
    SECTION("a backup from a newer Needlepoint")
    {
        const QString newer = dir.filePath(u"newer.db"_s);
        np::test::copyFile(backup, newer);
        np::test::RawConnection(newer).require("UPDATE schema_version SET version = 999");
        refused(newer, 2, u"newer Needlepoint"_s);
    }
    SECTION("not a Needlepoint database")
    {
        const QString text = dir.filePath(u"patients.csv"_s);
        np::test::writeFile(text, "family_name\n");
        refused(text, 2, u"not a Needlepoint database"_s);
    }
    SECTION("a missing backup")
    {
        refused(dir.filePath(u"nope.db"_s), 2, u"no backup"_s);
    }
    SECTION("the database in use elsewhere")
    {
        ShortBusyTimeout quick;
        auto open = Database::open(path);
        REQUIRE(open);
        const Outcome o = cli(path, {u"restore"_s, backup});
        CHECK(o.exitCode == 5);
        CHECK(o.err.contains(path));
        CHECK(o.err.contains(u"in use"_s));
        QStringList after = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
        CHECK(after.filter(u".replaced-"_s).isEmpty());
        CHECK(after.filter(u".restoring-"_s).isEmpty());
        CHECK(practitionersIn(path) == 4);
    }
    CHECK(cli(path, {u"restore"_s}).exitCode == 1);
}

TEST_CASE("the help lists backup and restore")
{
    const Outcome o = cli(u"x.db"_s, {u"--help"_s});
    const QString text = QString::fromUtf8(o.out);
    CHECK(text.contains(u"backup FILE"_s));
    CHECK(text.contains(u"restore FILE"_s));
}

TEST_CASE("every command that reads the database refuses a missing one with exit 5, naming it, and creates nothing")
{
    // docs/cli.md: only init and restore accept a missing file; a clinic's database that has gone
    // missing is never replaced by an empty one.
    QTemporaryDir dir;
    const QString missing = dir.filePath(u"gone/needlepoint.db"_s);
    const QByteArray json = "{}";
    const QList<QStringList> commands {
        {u"check"_s},
        {u"backup"_s, dir.filePath(u"b.db"_s)},
        {u"patients"_s, u"add"_s},
        {u"patients"_s, u"search"_s, u"ana"_s},
        {u"patients"_s, u"show"_s, u"1"_s},
        {u"patients"_s, u"export"_s, dir.filePath(u"p.csv"_s)},
        {u"findings"_s, u"history"_s, u"1"_s},
        {u"screenings"_s, u"list"_s, u"1"_s},
        {u"consents"_s, u"list"_s, u"1"_s},
        {u"practitioners"_s, u"list"_s},
        {u"series"_s, u"list"_s, u"1"_s},
        {u"charts"_s, u"show"_s, u"1"_s},
        {u"clinic"_s, u"show"_s},
        {u"appointments"_s, u"list"_s, u"--date"_s, u"2026-12-01"_s},
        {u"appointments"_s, u"history"_s, u"1"_s},
        {u"recalls"_s},
        {u"ics"_s, u"--patient"_s, u"1"_s, u"--out"_s, dir.filePath(u"p.ics"_s)},
        {u"slots"_s, u"--patient"_s, u"1"_s, u"--modality"_s, u"automated_pen"_s, u"--areas"_s, u"cheeks"_s,
            u"--from"_s, u"2026-12-01"_s, u"--to"_s, u"2026-12-10"_s},
        {u"demo"_s, u"--patients"_s, u"3"_s},
    };
    for (const QStringList& command : commands) {
        INFO(command.join(u' ').toStdString());
        const auto o = np::test::runCli(QStringList {u"--database"_s, missing} + command, json);
        INFO(o.err.toStdString());
        CHECK(o.exitCode == 5);
        CHECK(o.err.contains(missing));
    }
    CHECK_FALSE(QFileInfo::exists(missing));
    CHECK_FALSE(QFileInfo::exists(dir.filePath(u"gone"_s)));
}

TEST_CASE("cli: a database error's remedy is said as the command that puts it right")
{
    using np::storage::StorageError;
    const auto text = [](StorageError::Remedy remedy) {
        return np::cli::storageErrorText({StorageError::Kind::Corrupt, QStringLiteral("x.db is damaged"), remedy});
    };
    CHECK(text(StorageError::Remedy::None) == QStringLiteral("x.db is damaged"));
    CHECK(text(StorageError::Remedy::RestoreBackup)
        == QStringLiteral("x.db is damaged; restore a backup with needlepoint-cli restore"));
    CHECK(text(StorageError::Remedy::CreateDatabase)
              .endsWith(QStringLiteral("needlepoint-cli init, or check the path)")));
    CHECK(text(StorageError::Remedy::LoadClinicSetup).contains(QStringLiteral("needlepoint-cli clinic load")));
}
