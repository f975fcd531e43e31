// Backups through the online backup API, restore, and the daily backups.
#include "DatabaseFiles.h"
#include "StorageTestSupport.h"

#include "storage/Backup.h"
#include "storage/Migrations.h"

#include <QDir>
#include <QSqlQuery>
#include <QVariant>

#include <atomic>
#include <thread>

using namespace Qt::StringLiterals;
using np::storage::Database;
using np::storage::OpenOptions;
using np::storage::RestoreOptions;
using Kind = np::storage::StorageError::Kind;
using namespace std::chrono_literals;

namespace {

void addPractitioners(Database& db, int count, const QString& name = u"Dr. Núñez"_s)
{
    auto added = db.transaction([&]() -> np::storage::Result<void> {
        QSqlQuery q(db.connection());
        REQUIRE(q.prepare(u"INSERT INTO practitioners (display_name, role, created_at, updated_at) "
                          "VALUES (?, ?, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')"_s));
        for (int i = 0; i < count; ++i) {
            q.addBindValue(name);
            q.addBindValue(QString(200, u'r'));
            REQUIRE(q.exec());
        }
        return {};
    });
    REQUIRE(added);
}

qint64 practitionersIn(const QString& path)
{
    // Read-write: a read-only connection would leave a -wal and -shm behind.
    np::test::RawConnection db(path);
    return db.integer("SELECT count(*) FROM practitioners");
}

// Every file in `folder`, hidden ones included: nothing half-made may be left behind.
QStringList allFiles(const QString& folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

RestoreOptions quickRestore()
{
    RestoreOptions o;
    o.busyTimeout = 50ms;
    o.now = QDateTime(QDate(2026, 3, 1), QTime(9, 30, 5), Qt::UTC);
    return o;
}

} // namespace

TEST_CASE("backupTo writes a complete, self-contained copy and never overwrites a file")
{
    np::test::TempDatabase db;
    addPractitioners(*db, 50);
    const QString target = db.dir.filePath(u"copy.db"_s);
    REQUIRE(db->backupTo(target));
    CHECK(np::test::companionsOf(target).isEmpty());
    CHECK(practitionersIn(target) == 50);
    {
        auto copy = Database::open(target);
        REQUIRE(copy);
        CHECK((*copy)->checkIntegrity());
    }
    CHECK(allFiles(db.dir.path())
        == QStringList {u"copy.db"_s, u"needlepoint.db"_s, u"needlepoint.db-shm"_s, u"needlepoint.db-wal"_s});

    const QByteArray before = np::test::readFile(target);
    auto again = db->backupTo(target);
    REQUIRE_FALSE(again);
    CHECK(again.error().kind == Kind::Exists);
    CHECK(again.error().message.contains(target));
    CHECK(np::test::readFile(target) == before);

    auto itself = db->backupTo(db.path());
    REQUIRE_FALSE(itself);
    CHECK(itself.error().kind == Kind::Invalid);

    auto nowhere = db->backupTo(db.dir.filePath(u"no/such/folder/copy.db"_s));
    REQUIRE_FALSE(nowhere);
    CHECK(nowhere.error().message.contains(u"no/such/folder"_s));
    CHECK_FALSE(QFileInfo::exists(db.dir.filePath(u"no"_s)));
}

TEST_CASE("a backup is a consistent snapshot while another connection writes")
{
    np::test::TempDatabase db;
    addPractitioners(*db, 4000); // some megabytes, so a backup takes a while

    // Another workstation: each transaction adds a practitioner and its audit row together.
    std::atomic<bool> stop {false};
    std::atomic<int> committed {0};
    std::atomic<int> failures {0};
    std::thread writer([&] {
        sqlite3* other = nullptr;
        if (sqlite3_open_v2(QFile::encodeName(db.path()).constData(), &other, SQLITE_OPEN_READWRITE, nullptr)
            != SQLITE_OK) {
            ++failures;
            sqlite3_close(other);
            return;
        }
        sqlite3_busy_timeout(other, 5000);
        sqlite3_exec(other, "PRAGMA synchronous = OFF", nullptr, nullptr, nullptr);
        while (!stop) {
            const int rc = sqlite3_exec(other,
                "BEGIN IMMEDIATE;"
                "INSERT INTO practitioners (display_name, created_at, updated_at) VALUES ('w', 'n', 'n');"
                "INSERT INTO audit_log (at, actor, table_name, record_id, action) "
                "VALUES ('n', 'w', 'practitioners', last_insert_rowid(), 'insert');"
                "COMMIT;",
                nullptr, nullptr, nullptr);
            if (rc == SQLITE_OK)
                ++committed;
            else {
                ++failures;
                sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
            }
        }
        sqlite3_close(other);
    });
    while (committed < 5 && failures == 0) {
        // Let the writer get going (a busy loop on an atomic, no sleeping).
    }

    int backups = 0;
    int overlapped = 0;
    while ((overlapped < 3 || backups < 5) && backups < 200 && failures == 0) {
        const int before = committed;
        const QString target = db.dir.filePath(u"backup-%1.db"_s.arg(backups++));
        auto made = db->backupTo(target);
        if (!made) {
            stop = true;
            writer.join();
            FAIL(made.error().message.toStdString());
        }
        if (committed != before)
            ++overlapped;
        np::test::RawConnection copy(target, SQLITE_OPEN_READONLY);
        CHECK(copy.text("PRAGMA integrity_check") == u"ok");
        // All of a transaction or none of it: every writer's practitioner has its audit row.
        CHECK(copy.integer("SELECT count(*) FROM practitioners") - 4000
            == copy.integer("SELECT count(*) FROM audit_log"));
    }
    stop = true;
    writer.join();
    CHECK(failures == 0);
    INFO("backups " << backups << ", during writes " << overlapped);
    CHECK(overlapped >= 1);
    QStringList partial = allFiles(db.dir.path()).filter(u".part"_s);
    CHECK(partial.isEmpty());
}

TEST_CASE("restore replaces the database and keeps the replaced one aside")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"needlepoint.db"_s);
    const QString backup = dir.filePath(u"monday.db"_s);
    {
        auto db = Database::create(path);
        REQUIRE(db);
        addPractitioners(**db, 3);
        REQUIRE((*db)->backupTo(backup));
        addPractitioners(**db, 2, u"added after the backup"_s);
    }
    const QByteArray backupBytes = np::test::readFile(backup);
    const QFile::Permissions databasePermissions = QFile::permissions(path);
    QFile::setPermissions(backup, QFile::ReadOwner | QFile::ReadGroup); // as on read-only media

    auto restored = np::storage::restoreDatabase(backup, path, quickRestore());
    if (!restored)
        FAIL(restored.error().message.toStdString());
    CHECK(restored->database == path);
    CHECK(restored->restoredFrom == backup);
    CHECK(restored->schemaVersion == Database::latestSchemaVersion());
    CHECK_FALSE(restored->migratesOnNextOpen);
    CHECK(restored->replacedKeptAs == path + u".replaced-20260301T093005Z"_s);

    CHECK(practitionersIn(path) == 3);
    CHECK(practitionersIn(restored->replacedKeptAs) == 5);
    CHECK(np::test::readFile(backup) == backupBytes); // only read
    CHECK(QFile::permissions(path) == databasePermissions);
    CHECK(allFiles(dir.path())
        == QStringList {u"monday.db"_s, u"needlepoint.db"_s, u"needlepoint.db.replaced-20260301T093005Z"_s});
    auto db = Database::open(path);
    REQUIRE(db);
    CHECK((*db)->checkIntegrity());
    db->reset();

    // The same second again: a second copy aside, the first one kept.
    auto twice = np::storage::restoreDatabase(backup, path, quickRestore());
    REQUIRE(twice);
    CHECK(twice->replacedKeptAs == path + u".replaced-20260301T093005Z-2"_s);
    CHECK(practitionersIn(path + u".replaced-20260301T093005Z"_s) == 5);
}

TEST_CASE("restore keeps what only the replaced database's -wal held")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"needlepoint.db"_s);
    const QString backup = dir.filePath(u"backup.db"_s);
    {
        auto db = Database::create(path);
        REQUIRE(db);
        REQUIRE((*db)->backupTo(backup));
    }
    {
        // A program that stopped without checkpointing: the last write is only in the -wal.
        np::test::RawConnection crashed(path);
        REQUIRE(sqlite3_db_config(crashed.handle(), SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr) == SQLITE_OK);
        crashed.require("INSERT INTO practitioners (display_name, created_at, updated_at) VALUES ('wal', 'n', 'n')");
    }
    REQUIRE(QFileInfo(path + u"-wal"_s).size() > 0);

    auto restored = np::storage::restoreDatabase(backup, path, quickRestore());
    REQUIRE(restored);
    CHECK(practitionersIn(path) == 0);
    CHECK(practitionersIn(restored->replacedKeptAs) == 1);
    CHECK(np::test::companionsOf(path).isEmpty());
}

TEST_CASE("restore reads a backup together with its -wal, and leaves both as they were")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"needlepoint.db"_s);
    const QString live = dir.filePath(u"copied-live.db"_s);
    REQUIRE(Database::create(live));
    {
        np::test::RawConnection crashed(live);
        REQUIRE(sqlite3_db_config(crashed.handle(), SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr) == SQLITE_OK);
        crashed.require("INSERT INTO practitioners (display_name, created_at, updated_at) VALUES ('wal', 'n', 'n')");
    }
    QFile::remove(live + u"-shm"_s);
    const QByteArray main = np::test::readFile(live);
    const QByteArray wal = np::test::readFile(live + u"-wal"_s);
    REQUIRE_FALSE(wal.isEmpty());

    auto restored = np::storage::restoreDatabase(live, path, quickRestore());
    if (!restored)
        FAIL(restored.error().message.toStdString());
    CHECK(restored->replacedKeptAs.isEmpty()); // there was no database: a new computer
    CHECK(practitionersIn(path) == 1);
    CHECK(np::test::readFile(live) == main);
    CHECK(np::test::readFile(live + u"-wal"_s) == wal);
    CHECK_FALSE(QFileInfo::exists(live + u"-shm"_s));
}

TEST_CASE("restore refuses a bad backup and changes nothing")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"needlepoint.db"_s);
    {
        auto db = Database::create(path);
        REQUIRE(db);
        addPractitioners(**db, 2000);
    }
    const QString good = dir.filePath(u"good.db"_s);
    np::test::copyFile(path, good);
    const QByteArray before = np::test::readFile(path);
    const QStringList filesBefore = allFiles(dir.path());

    auto refused = [&](const QString& backup) {
        auto r = np::storage::restoreDatabase(backup, path, quickRestore());
        REQUIRE_FALSE(r);
        CHECK(r.error().message.contains(backup));
        CHECK(r.error().message.contains(u"nothing was changed"_s));
        CHECK(np::test::readFile(path) == before);
        return r.error();
    };

    SECTION("damaged")
    {
        const QString damaged = dir.filePath(u"damaged.db"_s);
        np::test::copyFile(good, damaged);
        const qint64 size = QFileInfo(damaged).size();
        np::test::damage(damaged, (size / 4096 / 2) * 4096, 2 * 4096);
        const auto e = refused(damaged);
        CHECK(e.kind == Kind::Invalid);
        CHECK(e.message.contains(u"damaged"_s));
    }
    SECTION("from a newer Needlepoint")
    {
        const QString newer = dir.filePath(u"newer.db"_s);
        np::test::copyFile(good, newer);
        np::test::RawConnection(newer).require("UPDATE schema_version SET version = 999");
        const auto e = refused(newer);
        CHECK(e.kind == Kind::Invalid);
        CHECK(e.message.contains(u"newer Needlepoint"_s));
    }
    SECTION("another program's database")
    {
        const QString other = dir.filePath(u"other.sqlite"_s);
        np::test::RawConnection(other, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE).require("CREATE TABLE t (x)");
        const auto e = refused(other);
        CHECK(e.kind == Kind::Invalid);
        CHECK(e.message.contains(u"not a Needlepoint"_s));
    }
    SECTION("not a database at all")
    {
        const QString text = dir.filePath(u"patients.csv"_s);
        np::test::writeFile(text, "family_name\nGarcía\n");
        CHECK(refused(text).kind == Kind::Invalid);
    }
    SECTION("missing")
    {
        CHECK(refused(dir.filePath(u"nope.db"_s)).kind == Kind::Invalid);
    }
    SECTION("the database itself")
    {
        CHECK(refused(path).kind == Kind::Invalid);
    }
    QStringList after = allFiles(dir.path());
    for (const QString& made : {u"damaged.db"_s, u"newer.db"_s, u"other.sqlite"_s, u"patients.csv"_s})
        after.removeAll(made);
    CHECK(after == filesBefore);
}

TEST_CASE("restore refuses to replace a database that is open elsewhere")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"needlepoint.db"_s);
    const QString backup = dir.filePath(u"backup.db"_s);
    auto db = Database::create(path);
    REQUIRE(db);
    REQUIRE((*db)->backupTo(backup));
    addPractitioners(**db, 1);
    const QStringList filesBefore = allFiles(dir.path());

    auto r = np::storage::restoreDatabase(backup, path, quickRestore());
    REQUIRE_FALSE(r);
    CHECK(r.error().kind == Kind::Locked);
    CHECK(r.error().message.contains(path));
    CHECK(r.error().message.contains(u"nothing was changed"_s));
    CHECK(allFiles(dir.path()) == filesBefore);
    CHECK(practitionersIn(path) == 1);

    db->reset();
    CHECK(np::storage::restoreDatabase(backup, path, quickRestore()));
    CHECK(practitionersIn(path) == 0);
}

TEST_CASE("restore replaces a damaged database, keeping it aside")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"needlepoint.db"_s);
    const QString backup = dir.filePath(u"backup.db"_s);
    {
        auto db = Database::create(path);
        REQUIRE(db);
        REQUIRE((*db)->backupTo(backup));
    }
    np::test::damage(path, 0, 4096);
    const QByteArray damaged = np::test::readFile(path);
    auto r = np::storage::restoreDatabase(backup, path, quickRestore());
    REQUIRE(r);
    CHECK(np::test::readFile(r->replacedKeptAs) == damaged);
    CHECK(Database::open(path));
}

TEST_CASE("an older backup is restored as it is and migrated on the next open")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"needlepoint.db"_s);
    const QString backup = dir.filePath(u"old.db"_s);
    np::test::copyFile(np::test::testDataPath(u"db/schema-1.db"_s), backup);
    REQUIRE(Database::create(path));

    QList<np::storage::Migration> list = np::storage::migrations();
    list.append(
        {static_cast<int>(list.size()) + 1, u"next.sql"_s, {u"CREATE TABLE extra_table (id INTEGER PRIMARY KEY)"_s}});
    RestoreOptions options = quickRestore();
    options.migrations = &list;
    auto r = np::storage::restoreDatabase(backup, path, options);
    REQUIRE(r);
    CHECK(r->schemaVersion == 1);
    CHECK(r->migratesOnNextOpen == (list.size() > 1));
    CHECK(np::test::RawConnection(path).integer("SELECT version FROM schema_version") == 1);

    OpenOptions open;
    open.migrations = &list;
    auto db = Database::open(path, open);
    REQUIRE(db);
    CHECK((*db)->schemaVersion() == list.size());
    CHECK(allFiles(dir.path()).filter(u".schema-1-"_s).size() == 1);
}

TEST_CASE("daily backups: at most one a day, the newest N kept, other files never touched")
{
    np::test::TempDatabase db;
    addPractitioners(*db, 2);
    QTemporaryDir folder;
    const QString backups = folder.filePath(u"backups"_s);

    auto first = np::storage::dailyBackup(*db, backups, 3, QDate(2026, 3, 1));
    REQUIRE(first);
    CHECK(first->made == QDir(backups).filePath(u"needlepoint-2026-03-01.db"_s));
    CHECK(first->removed.isEmpty());
    CHECK(practitionersIn(first->made) == 2);

    addPractitioners(*db, 1);
    auto sameDay = np::storage::dailyBackup(*db, backups, 3, QDate(2026, 3, 1));
    REQUIRE(sameDay);
    CHECK(sameDay->made.isEmpty());
    CHECK(practitionersIn(QDir(backups).filePath(u"needlepoint-2026-03-01.db"_s)) == 2);

    for (const QString& other :
        {u"notes.txt"_s, u"other-2020-01-01.db"_s, u"needlepoint-2020-13-01.db"_s, u"needlepoint-2020-01-01.db.txt"_s})
        np::test::writeFile(QDir(backups).filePath(other), "keep me");

    for (int day = 2; day <= 5; ++day)
        REQUIRE(np::storage::dailyBackup(*db, backups, 3, QDate(2026, 3, day)));
    CHECK(allFiles(backups)
        == QStringList {u"needlepoint-2020-01-01.db.txt"_s, u"needlepoint-2020-13-01.db"_s,
            u"needlepoint-2026-03-03.db"_s, u"needlepoint-2026-03-04.db"_s, u"needlepoint-2026-03-05.db"_s,
            u"notes.txt"_s, u"other-2020-01-01.db"_s});

    // A clock that ran ahead once: today's backup is still made and kept.
    np::test::writeFile(QDir(backups).filePath(u"needlepoint-2030-01-01.db"_s), "future");
    auto behind = np::storage::dailyBackup(*db, backups, 1, QDate(2026, 3, 6));
    REQUIRE(behind);
    CHECK(QFileInfo::exists(behind->made));
    CHECK(allFiles(backups).filter(u"needlepoint-20"_s)
        == QStringList {u"needlepoint-2020-01-01.db.txt"_s, u"needlepoint-2020-13-01.db"_s,
            u"needlepoint-2026-03-06.db"_s, u"needlepoint-2030-01-01.db"_s});

    auto none = np::storage::dailyBackup(*db, backups, 0, QDate(2026, 3, 7));
    REQUIRE_FALSE(none);
    CHECK(none.error().kind == Kind::Invalid);
}

TEST_CASE("rotateBackups keeps the newest by the date in the name")
{
    QTemporaryDir folder;
    for (const QString& day : {u"2026-01-31"_s, u"2025-12-31"_s, u"2026-02-01"_s, u"2024-06-15"_s})
        np::test::writeFile(folder.filePath(u"clinic-%1.db"_s.arg(day)), "x");
    auto removed = np::storage::rotateBackups(folder.path(), 2, u"clinic"_s);
    REQUIRE(removed);
    CHECK(removed->size() == 2);
    CHECK(allFiles(folder.path()) == QStringList {u"clinic-2026-01-31.db"_s, u"clinic-2026-02-01.db"_s});
    CHECK(np::storage::rotateBackups(folder.path(), 2, u"clinic"_s)->isEmpty());
    CHECK_FALSE(np::storage::rotateBackups(folder.path(), 0, u"clinic"_s));
}
