// Opening and creating a database: every way a file can be wrong gets a StorageError naming it,
// and nothing is changed by looking at it.
#include "DatabaseFiles.h"
#include "StorageTestSupport.h"

#include "storage/Migrations.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;
using np::storage::Database;
using np::storage::OpenOptions;
using Kind = np::storage::StorageError::Kind;
using namespace std::chrono_literals;

namespace {

// `count` patients with long notes, so the data spans many pages.
void addPatients(Database& db, int count)
{
    auto added = db.transaction([&]() -> np::storage::Result<void> {
        QSqlQuery q(db.connection());
        REQUIRE(q.prepare(u"INSERT INTO patients (family_name, given_names, birth_date, notes, created_at, updated_at) "
                          "VALUES (?, ?, '1980-01-01', ?, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')"_s));
        for (int i = 0; i < count; ++i) {
            q.addBindValue(u"Family%1"_s.arg(i));
            q.addBindValue(u"Given%1"_s.arg(i));
            q.addBindValue(QString(300, QChar(u'a' + i % 26)));
            REQUIRE(q.exec());
        }
        return {};
    });
    REQUIRE(added);
}

qint64 patientCount(Database& db)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(u"SELECT count(*) FROM patients"_s));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

// A closed database of `patients` rows at `path` (its WAL folded in: one file).
void makeDatabase(const QString& path, int patients)
{
    auto db = Database::create(path);
    REQUIRE(db);
    addPatients(**db, patients);
    db->reset();
    REQUIRE(np::test::companionsOf(path).isEmpty());
}

OpenOptions quick()
{
    OpenOptions o;
    o.busyTimeout = 50ms;
    return o;
}

} // namespace

TEST_CASE("create makes a database at the newest schema with Needlepoint's settings")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"sub/folder/needlepoint.db"_s);
    auto db = Database::create(path);
    REQUIRE(db);
    CHECK((*db)->schemaVersion() == Database::latestSchemaVersion());
    CHECK(Database::latestSchemaVersion() >= 1);
    auto pragma = [&](const QString& name) {
        QSqlQuery q((*db)->connection());
        REQUIRE(q.exec(u"PRAGMA "_s + name));
        REQUIRE(q.next());
        return q.value(0).toString();
    };
    CHECK(pragma(u"journal_mode"_s) == u"wal");
    CHECK(pragma(u"foreign_keys"_s) == u"1");
    CHECK(pragma(u"synchronous"_s) == u"2"); // FULL
    CHECK(pragma(u"busy_timeout"_s) == u"5000");
    CHECK((*db)->checkIntegrity());
}

TEST_CASE("create never overwrites a file, nor adopts a stray -wal")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"needlepoint.db"_s);
    np::test::writeFile(path, "precious");
    auto db = Database::create(path);
    REQUIRE_FALSE(db);
    CHECK(db.error().kind == Kind::Exists);
    CHECK(db.error().message.contains(path));
    CHECK(np::test::readFile(path) == "precious");

    const QString other = dir.filePath(u"other.db"_s);
    np::test::writeFile(other + u"-wal"_s, "left over");
    auto stray = Database::create(other);
    REQUIRE_FALSE(stray);
    CHECK(stray.error().kind == Kind::Exists);
    CHECK(stray.error().message.contains(other + u"-wal"_s));
    CHECK_FALSE(QFileInfo::exists(other));
}

TEST_CASE("a create that fails leaves no file behind")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"needlepoint.db"_s);
    const QList<np::storage::Migration> broken {
        {1, u"0001_broken.sql"_s, {u"CREATE TABLE schema_version (version)"_s, u"INSERT INTO nowhere VALUES (1)"_s}}};
    OpenOptions options;
    options.migrations = &broken;
    auto db = Database::create(path, options);
    REQUIRE_FALSE(db);
    CHECK(db.error().message.contains(u"0001_broken.sql"_s));
    CHECK_FALSE(QFileInfo::exists(path));
    CHECK(np::test::companionsOf(path).isEmpty());
}

TEST_CASE("open refuses a missing file and never creates one")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"gone/needlepoint.db"_s);
    auto db = Database::open(path);
    REQUIRE_FALSE(db);
    CHECK(db.error().kind == Kind::Missing);
    CHECK(db.error().message.contains(path));
    CHECK(db.error().remedy == np::storage::StorageError::Remedy::CreateDatabase); // each front end words it
    CHECK_FALSE(QFileInfo::exists(path));
    CHECK_FALSE(QFileInfo::exists(dir.filePath(u"gone"_s)));

    auto folder = Database::open(dir.path());
    REQUIRE_FALSE(folder);
    CHECK(folder.error().kind == Kind::NotADatabase);
}

TEST_CASE("open refuses a file that is not a database, and leaves it as it was")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"notes.db"_s);
    const QByteArray text = QByteArray("family_name,given_names\nGarcia,Jose\n").repeated(200);
    np::test::writeFile(path, text);
    auto db = Database::open(path);
    REQUIRE_FALSE(db);
    CHECK(db.error().kind == Kind::NotADatabase);
    CHECK(db.error().message.contains(path));
    CHECK(np::test::readFile(path) == text);
    CHECK(np::test::companionsOf(path).isEmpty());

    const QString empty = dir.filePath(u"empty.db"_s);
    np::test::writeFile(empty, {});
    auto none = Database::open(empty);
    REQUIRE_FALSE(none);
    CHECK(none.error().kind == Kind::NotADatabase);
    CHECK(none.error().message.contains(u"empty"_s));
    CHECK(QFileInfo(empty).size() == 0);
    CHECK(np::test::companionsOf(empty).isEmpty());
}

TEST_CASE("open refuses another program's SQLite database without switching it to WAL")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"other.sqlite"_s);
    {
        np::test::RawConnection other(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
        other.require("CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('x');");
    }
    const QByteArray before = np::test::readFile(path);
    auto db = Database::open(path);
    REQUIRE_FALSE(db);
    CHECK(db.error().kind == Kind::NotADatabase);
    CHECK(db.error().message.contains(path));
    CHECK(db.error().message.contains(u"not a Needlepoint one"_s));
    CHECK(np::test::readFile(path) == before);
    np::test::RawConnection other(path);
    CHECK(other.text("PRAGMA journal_mode") == u"delete");
}

TEST_CASE("open refuses a database from a newer Needlepoint, unchanged")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"needlepoint.db"_s);
    makeDatabase(path, 1);
    {
        np::test::RawConnection newer(path);
        newer.require(
            u"UPDATE schema_version SET version = %1"_s.arg(Database::latestSchemaVersion() + 1).toUtf8().constData());
    }
    const QByteArray before = np::test::readFile(path);
    auto db = Database::open(path);
    REQUIRE_FALSE(db);
    CHECK(db.error().kind == Kind::TooNew);
    CHECK(db.error().message.contains(path));
    CHECK(db.error().message.contains(u"newer Needlepoint"_s));
    CHECK(np::test::readFile(path) == before);
    CHECK(QDir(dir.path()).entryList(QDir::Files) == QStringList {u"needlepoint.db"_s});
}

TEST_CASE("a missing schema version is damage, not an empty database")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"needlepoint.db"_s);
    makeDatabase(path, 1);
    np::test::RawConnection(path).require("DELETE FROM schema_version");
    auto db = Database::open(path);
    REQUIRE_FALSE(db);
    CHECK(db.error().kind == Kind::Corrupt);
    CHECK(db.error().message.contains(path));
}

TEST_CASE("damage in the middle of the file: open succeeds without scanning, the check finds it")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"needlepoint.db"_s);
    makeDatabase(path, 3000);
    const qint64 size = QFileInfo(path).size();
    REQUIRE(size > 100 * 4096);
    np::test::damage(path, (size / 4096 / 2) * 4096, 3 * 4096);

    auto db = Database::open(path);
    REQUIRE(db); // opening reads the header and the schema version only
    auto check = (*db)->checkIntegrity();
    REQUIRE_FALSE(check);
    CHECK(check.error().kind == Kind::Corrupt);
    CHECK(check.error().message.contains(path));
    CHECK(check.error().remedy == np::storage::StorageError::Remedy::RestoreBackup);

    // A query through the damage fails as a value, with the same kind.
    QSqlQuery q((*db)->connection());
    bool failed = !q.exec(u"SELECT sum(length(notes)) FROM patients"_s);
    while (!failed && q.next()) { }
    failed = failed || q.lastError().isValid();
    REQUIRE(failed);
    CHECK(np::storage::sqlError(q.lastError(), path).kind == Kind::Corrupt);
}

TEST_CASE("damage to the schema page or a truncated file is reported as damage")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"needlepoint.db"_s);
    makeDatabase(path, 500);
    const QString schema = dir.filePath(u"schema.db"_s);
    np::test::copyFile(path, schema);
    np::test::damage(schema, 100, 4096 - 100); // page 1 after the header: the schema's b-tree
    auto db = Database::open(schema);
    REQUIRE_FALSE(db);
    CHECK(db.error().kind == Kind::Corrupt);
    CHECK(db.error().message.contains(schema));

    const QString truncated = dir.filePath(u"truncated.db"_s);
    np::test::copyFile(path, truncated);
    REQUIRE(QFile::resize(truncated, QFileInfo(truncated).size() / 2));
    auto half = Database::open(truncated);
    if (half) {
        auto check = (*half)->checkIntegrity();
        REQUIRE_FALSE(check);
        CHECK(check.error().kind == Kind::Corrupt);
    } else {
        CHECK(half.error().kind == Kind::Corrupt);
    }

    const QString header = dir.filePath(u"header.db"_s);
    np::test::copyFile(path, header);
    np::test::damage(header, 0, 16);
    auto garbled = Database::open(header);
    REQUIRE_FALSE(garbled);
    CHECK(garbled.error().kind == Kind::NotADatabase);
}

TEST_CASE("a writer holding its lock past the busy timeout: reads go on, a write fails as Locked")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"needlepoint.db"_s);
    makeDatabase(path, 3);
    np::test::RawConnection other(path);
    other.require("BEGIN EXCLUSIVE; INSERT INTO practitioners (display_name, created_at, updated_at) "
                  "VALUES ('x', 'now', 'now');");

    auto db = Database::open(path, quick());
    REQUIRE(db); // WAL: opening needs no write
    CHECK(patientCount(**db) == 3);
    auto write = (*db)->transaction([&]() -> np::storage::Result<void> { return {}; });
    REQUIRE_FALSE(write);
    CHECK(write.error().kind == Kind::Locked);
    CHECK(write.error().message.contains(path));
    CHECK(write.error().message.contains(u"locked"_s));

    other.require("COMMIT");
    CHECK((*db)->transaction([&]() -> np::storage::Result<void> { return {}; }));
}

TEST_CASE("a program holding the file exclusively: open fails as Locked, naming the file")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"needlepoint.db"_s);
    makeDatabase(path, 3);
    {
        np::test::RawConnection other(path);
        other.require("PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE;");

        auto db = Database::open(path, quick());
        REQUIRE_FALSE(db);
        CHECK(db.error().kind == Kind::Locked);
        CHECK(db.error().message.contains(path));
        CHECK(db.error().message.contains(u"locked"_s));
    } // the other program exits
    CHECK(Database::open(path, quick()));
}

TEST_CASE("the default busy timeout can be shortened for tests")
{
    const auto saved = Database::defaultBusyTimeout();
    CHECK(saved == 5000ms);
    Database::setDefaultBusyTimeout(20ms);
    CHECK(Database::defaultBusyTimeout() == 20ms);
    Database::setDefaultBusyTimeout(saved);
}

TEST_CASE("a file this process cannot write is refused as read-only")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"needlepoint.db"_s);
    makeDatabase(path, 3);
    const QByteArray before = np::test::readFile(path);
    {
        np::test::UnwritableFile unwritable(path);
        if (!unwritable.active()) {
            WARN("cannot make a file unwritable here (no permissions, no immutable flag): only the mapping is tested");
        } else {
            auto db = Database::open(path);
            REQUIRE_FALSE(db);
            CHECK(db.error().kind == Kind::ReadOnly);
            CHECK(db.error().message.contains(path));
        }
    }
    CHECK(np::test::readFile(path) == before);
}

TEST_CASE("a read-only connection reads, and a write through it fails as ReadOnly")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"needlepoint.db"_s);
    makeDatabase(path, 3);
    const QByteArray before = np::test::readFile(path);
    {
        OpenOptions options;
        options.readOnly = true;
        auto db = Database::open(path, options);
        REQUIRE(db);
        CHECK((*db)->schemaVersion() == Database::latestSchemaVersion());
        CHECK(patientCount(**db) == 3);
        CHECK((*db)->checkIntegrity());
        auto write = (*db)->transaction([&]() -> np::storage::Result<void> {
            QSqlQuery q((*db)->connection());
            if (!q.exec(u"DELETE FROM patients"_s))
                return std::unexpected(np::storage::sqlError(q.lastError(), path));
            return {};
        });
        REQUIRE_FALSE(write);
        CHECK(write.error().kind == Kind::ReadOnly);
        CHECK(write.error().message.contains(path));
    }
    CHECK(np::test::readFile(path) == before);
}

TEST_CASE("a path with a percent sign or a question mark opens, and messages keep it whole")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"100%2 clinic?#/needlepoint.db"_s);
    REQUIRE(Database::create(path));
    auto db = Database::open(path);
    REQUIRE(db);
    CHECK((*db)->path() == path);
    np::test::RawConnection(path).require("UPDATE schema_version SET version = 999");
    db->reset();
    auto newer = Database::open(path);
    REQUIRE_FALSE(newer);
    CHECK(newer.error().message.contains(path));
    CHECK(newer.error().message.contains(u"schema 999"_s));
}

TEST_CASE("a transaction inside another is a savepoint: both commit together or neither does")
{
    np::test::TempDatabase db;
    const auto insert = [&](const char* name) {
        QSqlQuery q(db->connection());
        REQUIRE(
            q.exec(u"INSERT INTO practitioners (display_name, created_at, updated_at) VALUES ('%1', 'n', 'n')"_s.arg(
                QString::fromUtf8(name))));
    };
    const auto count = [&] {
        QSqlQuery q(db->connection());
        REQUIRE(q.exec(u"SELECT count(*) FROM practitioners"_s));
        REQUIRE(q.next());
        return q.value(0).toInt();
    };
    // The inner one fails: its row goes, the outer one's stays and commits.
    auto outer = db->transaction([&]() -> np::storage::Result<void> {
        insert("outer");
        auto inner = db->transaction([&]() -> np::storage::Result<void> {
            insert("inner");
            return np::storage::fail(Kind::Conflict, u"inner refused"_s);
        });
        CHECK_FALSE(inner);
        return {};
    });
    REQUIRE(outer);
    CHECK(count() == 1);
    // The outer one fails after the inner one succeeded: neither is kept.
    auto both = db->transaction([&]() -> np::storage::Result<void> {
        insert("a");
        REQUIRE(db->transaction([&]() -> np::storage::Result<void> {
            insert("b");
            return {};
        }));
        return np::storage::fail(Kind::Invalid, u"outer refused"_s);
    });
    REQUIRE_FALSE(both);
    CHECK(count() == 1);
    // And the next transaction is an ordinary one again.
    REQUIRE(db->transaction([&]() -> np::storage::Result<void> {
        insert("c");
        return {};
    }));
    CHECK(count() == 2);
}

TEST_CASE("a read snapshot sees one state of the database while another connection writes, and takes no write lock")
{
    np::test::TempDatabase db;
    addPatients(*db, 2);
    auto other = np::storage::Database::open(db.path());
    REQUIRE(other);
    int first = 0;
    int second = 0;
    auto read = db->readSnapshot([&]() -> np::storage::Result<void> {
        first = patientCount(*db);
        // Another desk writes meanwhile: it is not kept waiting, and this snapshot does not see it.
        addPatients(**other, 1);
        second = patientCount(*db);
        return {};
    });
    REQUIRE(read);
    CHECK(first == 2);
    CHECK(second == 2);
    CHECK(patientCount(*db) == 3); // after the snapshot, the write is there
}

TEST_CASE("transaction commits on success and rolls back on failure")
{
    np::test::TempDatabase db;
    auto ok = db->transaction([&]() -> np::storage::Result<void> {
        QSqlQuery q(db->connection());
        REQUIRE(q.exec(u"INSERT INTO practitioners (display_name, created_at, updated_at) VALUES ('b', 'n', 'n')"_s));
        return {};
    });
    CHECK(ok);

    auto failed = db->transaction([&]() -> np::storage::Result<void> {
        QSqlQuery q(db->connection());
        REQUIRE(q.exec(u"INSERT INTO practitioners (display_name, created_at, updated_at) VALUES ('a', 'n', 'n')"_s));
        return np::storage::fail(Kind::Invalid, u"no"_s);
    });
    REQUIRE_FALSE(failed);
    CHECK(failed.error().message == u"no");
    QSqlQuery q(db->connection());
    REQUIRE(q.exec(u"SELECT count(*) FROM practitioners"_s));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1);

    addPatients(*db, 2);
    CHECK(patientCount(*db) == 2);
}

TEST_CASE("data_version moves when another connection commits, never for the connection's own writes")
{
    np::test::TempDatabase db;
    auto before = db->dataVersion();
    REQUIRE(before);
    QSqlQuery own(db->connection());
    REQUIRE(own.exec(u"INSERT INTO audit_log (at, actor, table_name, record_id, action) VALUES "
                     u"('2026-03-01T09:30:00Z', 'test', 'test', 1, 'insert')"_s));
    auto afterOwn = db->dataVersion();
    REQUIRE(afterOwn);
    CHECK(*afterOwn == *before);

    np::test::RawConnection other(db.path());
    other.require("INSERT INTO audit_log (at, actor, table_name, record_id, action) VALUES "
                  "('2026-03-01T09:31:00Z', 'other', 'test', 2, 'insert')");
    auto afterOther = db->dataVersion();
    REQUIRE(afterOther);
    CHECK(*afterOther != *before);
}
