// Schema migrations: each in one transaction, a copy of the file first, and the data of every
// past schema version surviving the current code (tests/data/db/schema-N.db).
#include "DatabaseFiles.h"
#include "StorageTestSupport.h"

#include "storage/Migrations.h"

#include <QDir>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <string>

using namespace Qt::StringLiterals;
using np::storage::Database;
using np::storage::Migration;
using np::storage::OpenOptions;
using Kind = np::storage::StorageError::Kind;

namespace {

QString fixturePath(int version)
{
    return np::test::testDataPath(u"db/schema-%1.db"_s.arg(version));
}

// A writable copy of the schema-`version` fixture in `dir`.
QString fixtureCopy(const QTemporaryDir& dir, int version)
{
    const QString path = dir.filePath(u"needlepoint.db"_s);
    np::test::copyFile(fixturePath(version), path);
    return path;
}

// The newest schema version: the extra migrations of the tests below come after it.
int newest()
{
    return Database::latestSchemaVersion();
}

// The compiled-in migrations plus `extra`, numbered on from them.
QList<Migration> withExtra(const QStringList& extra, const QString& name = u"extra.sql"_s)
{
    QList<Migration> list = np::storage::migrations();
    list.append(
        {static_cast<int>(list.size()) + 1, u"%1_%2"_s.arg(list.size() + 1, 4, 10, QChar(u'0')).arg(name), extra});
    return list;
}

QStringList filesIn(const QString& folder, const QString& pattern)
{
    return QDir(folder).entryList({pattern}, QDir::Files | QDir::Hidden, QDir::Name);
}

// The tables that hold data: ordinary and virtual ones, not SQLite's own nor FTS5's shadow tables.
QStringList dataTables(np::test::RawConnection& db)
{
    return db.rows(u"SELECT name FROM pragma_table_list WHERE schema = 'main' AND type IN ('table', 'virtual') "
                   "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name"_s);
}

QStringList columnsOf(np::test::RawConnection& db, const QString& table)
{
    return db.rows(u"SELECT name FROM pragma_table_info('%1') ORDER BY cid"_s.arg(table));
}

QString quoted(const QString& identifier)
{
    return u'"' + QString(identifier).replace(u'"', u"\"\""_s) + u'"';
}

// Every row of `table` over `columns`, sorted: a multiset that ignores row order.
QStringList rowsOf(np::test::RawConnection& db, const QString& table, const QStringList& columns)
{
    QStringList selected;
    for (const QString& c : columns)
        selected << u"quote(%1)"_s.arg(quoted(c));
    QStringList rows = db.rows(u"SELECT %1 FROM %2"_s.arg(selected.join(u", "_s), quoted(table)));
    rows.sort();
    return rows;
}

// The schema as SQL text with comments and spacing normalised, for comparing two databases.
QStringList schemaOf(np::test::RawConnection& db)
{
    QStringList out;
    for (QString row : db.rows(u"SELECT type || ' ' || name || ' ' || coalesce(sql, '') FROM sqlite_master "
                               "WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY type, name"_s)) {
        row.replace(QRegularExpression(u"--[^\n]*"_s), QString());
        out << row.simplified().replace(u"( "_s, u"("_s).replace(u" )"_s, u")"_s);
    }
    return out;
}

} // namespace

TEST_CASE("migration files split into statements at a semicolon that ends a line")
{
    const QStringList statements = np::storage::splitStatements(u"-- a comment; not a statement\n"
                                                                "CREATE TABLE a (\n"
                                                                "    x TEXT DEFAULT 'a;b' -- inline\n"
                                                                ");\n"
                                                                "\n"
                                                                "INSERT INTO a VALUES ('1'); \n"
                                                                "  -- indented comment\n"
                                                                "UPDATE a SET x = '2'"_s);
    REQUIRE(statements.size() == 3);
    CHECK(statements[0].startsWith(u"CREATE TABLE a ("_s));
    CHECK(statements[0].contains(u"'a;b'"_s));
    CHECK(statements[0].endsWith(u");"_s));
    CHECK(statements[1] == u"INSERT INTO a VALUES ('1');");
    CHECK(statements[2] == u"UPDATE a SET x = '2'");
}

TEST_CASE("the compiled-in migrations are numbered 1, 2, 3 ... with no gaps")
{
    const QList<Migration>& all = np::storage::migrations();
    REQUIRE_FALSE(all.isEmpty());
    for (qsizetype i = 0; i < all.size(); ++i) {
        CHECK(all[i].version == i + 1);
        CHECK(all[i].name.startsWith(u"%1_"_s.arg(i + 1, 4, 10, QChar(u'0'))));
        CHECK_FALSE(all[i].statements.isEmpty());
    }
    CHECK(Database::latestSchemaVersion() == all.size());
}

TEST_CASE("an older database is copied, then migrated, and the copy is the file as it was")
{
    QTemporaryDir dir;
    const QString path = fixtureCopy(dir, newest());
    const QByteArray before = np::test::readFile(path);
    const QList<Migration> list = withExtra({u"ALTER TABLE patients ADD COLUMN nickname TEXT NOT NULL DEFAULT ''"_s,
        u"CREATE TABLE extra_table (id INTEGER PRIMARY KEY, name TEXT NOT NULL)"_s});
    OpenOptions options;
    options.migrations = &list;
    {
        auto db = Database::open(path, options);
        REQUIRE(db);
        CHECK((*db)->schemaVersion() == list.size());
        QSqlQuery q((*db)->connection());
        REQUIRE(q.exec(u"SELECT count(*), min(nickname) FROM patients"_s));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 3);
        CHECK(q.value(1).toString() == u"");
        REQUIRE(q.exec(u"PRAGMA foreign_keys"_s));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 1); // back on after migrating
    }
    const QStringList copies = filesIn(dir.path(), u"needlepoint.db.schema-%1-*.bak"_s.arg(newest()));
    REQUIRE(copies.size() == 1);
    CHECK(QRegularExpression(u"^needlepoint\\.db\\.schema-%1-\\d{8}T\\d{6}Z\\.bak$"_s.arg(newest()))
              .match(copies.first())
              .hasMatch());
    const QString copy = dir.filePath(copies.first());
    {
        np::test::RawConnection old(copy);
        CHECK(old.integer("SELECT version FROM schema_version") == newest());
        CHECK_FALSE(columnsOf(old, u"patients"_s).contains(u"nickname"_s));
        CHECK(old.integer("SELECT count(*) FROM patients") == 3);
        CHECK(old.text("PRAGMA integrity_check") == u"ok");
    }
    CHECK(np::test::companionsOf(copy).isEmpty());

    // Migrated once: opening again changes nothing and makes no second copy.
    auto again = Database::open(path, options);
    REQUIRE(again);
    CHECK((*again)->schemaVersion() == list.size());
    CHECK(filesIn(dir.path(), u"*.bak"_s).size() == 1);
    CHECK(np::test::readFile(copy).size() > 0);
    CHECK(np::test::readFile(fixturePath(newest())) == before); // the fixture itself untouched
}

TEST_CASE("a failing migration is rolled back whole and the database stays at its version")
{
    QTemporaryDir dir;
    const QString path = fixtureCopy(dir, newest());
    const QList<Migration> bad
        = withExtra({u"CREATE TABLE extra_table (id INTEGER PRIMARY KEY)"_s,
                        u"ALTER TABLE patients ADD COLUMN nickname TEXT"_s, u"INSERT INTO no_such_table VALUES (1)"_s},
            u"bad.sql"_s);
    OpenOptions options;
    options.migrations = &bad;
    auto db = Database::open(path, options);
    REQUIRE_FALSE(db);
    CHECK(db.error().message.contains(path));
    CHECK(db.error().message.contains(u"%1_bad.sql"_s.arg(newest() + 1, 4, 10, QChar(u'0'))));
    CHECK(db.error().message.contains(u"no_such_table"_s));
    CHECK(db.error().message.contains(u"still at schema %1"_s.arg(newest())));
    CHECK(db.error().message.contains(u".bak"_s));
    {
        np::test::RawConnection check(path);
        CHECK(check.integer("SELECT version FROM schema_version") == newest());
        CHECK(check.integer("SELECT count(*) FROM sqlite_master WHERE name = 'extra_table'") == 0);
        CHECK_FALSE(columnsOf(check, u"patients"_s).contains(u"nickname"_s));
        CHECK(check.integer("SELECT count(*) FROM patients") == 3);
    }
    CHECK(filesIn(dir.path(), u"needlepoint.db.schema-%1-*.bak"_s.arg(newest())).size() == 1);

    // The compiled-in migrations still open it.
    auto fine = Database::open(path);
    REQUIRE(fine);
    CHECK((*fine)->schemaVersion() == Database::latestSchemaVersion());
}

TEST_CASE("a migration that leaves a broken foreign key is rolled back")
{
    QTemporaryDir dir;
    const QString path = fixtureCopy(dir, newest());
    const QList<Migration> orphan = withExtra({u"INSERT INTO findings (patient_id, code, recorded_by, recorded_at) "
                                               "VALUES (999, 'smoker', 'x', '2026-01-01T00:00:00Z')"_s},
        u"orphan.sql"_s);
    OpenOptions options;
    options.migrations = &orphan;
    auto db = Database::open(path, options);
    REQUIRE_FALSE(db);
    CHECK(db.error().message.contains(u"findings"_s));
    np::test::RawConnection check(path);
    CHECK(check.integer("SELECT version FROM schema_version") == newest());
    CHECK(check.integer("SELECT count(*) FROM findings WHERE patient_id = 999") == 0);
}

TEST_CASE("a locked database is not migrated, and migrates once the lock is gone")
{
    QTemporaryDir dir;
    const QString path = fixtureCopy(dir, newest());
    const QList<Migration> list = withExtra({u"CREATE TABLE extra_table (id INTEGER PRIMARY KEY)"_s});
    OpenOptions options;
    options.migrations = &list;
    options.busyTimeout = std::chrono::milliseconds(50);
    {
        np::test::RawConnection other(path);
        // The fixture is a rollback-journal file: WAL first, as Needlepoint leaves it.
        other.require("PRAGMA journal_mode = WAL; BEGIN EXCLUSIVE; UPDATE patients SET notes = notes;");
        auto db = Database::open(path, options);
        REQUIRE_FALSE(db);
        CHECK(db.error().kind == Kind::Locked);
        CHECK(db.error().message.contains(path));
        other.require("ROLLBACK");
    }
    CHECK(np::test::RawConnection(path).integer("SELECT version FROM schema_version") == newest());
    auto db = Database::open(path, options);
    REQUIRE(db);
    CHECK((*db)->schemaVersion() == newest() + 1);
}

TEST_CASE("every past schema version has a fixture, and its data survives the current code")
{
    const int latest = Database::latestSchemaVersion();
    QStringList fixtures = QDir(np::test::testDataPath(u"db"_s)).entryList({u"schema-*.db"_s}, QDir::Files);
    // Every version, the newest included: its fixture is made while its code is current
    // (scripts/make-fixture-db.sh), before the next migration is written.
    for (int version = 1; version <= latest; ++version) {
        INFO("version " << version);
        CHECK(fixtures.contains(u"schema-%1.db"_s.arg(version)));
    }
    REQUIRE_FALSE(fixtures.isEmpty());

    for (const QString& fixture : fixtures) {
        const int version = QString(fixture).remove(u"schema-"_s).remove(u".db"_s).toInt();
        DYNAMIC_SECTION(fixture.toStdString())
        {
            REQUIRE(version >= 1);
            REQUIRE(version <= latest);
            QTemporaryDir dir;
            const QString path = fixtureCopy(dir, version);

            QHash<QString, QStringList> columnsBefore;
            QHash<QString, QStringList> rowsBefore;
            QStringList fixtureSchema;
            {
                np::test::RawConnection old(path);
                CHECK(old.integer("SELECT version FROM schema_version") == version);
                fixtureSchema = schemaOf(old);
                for (const QString& table : dataTables(old)) {
                    columnsBefore[table] = columnsOf(old, table);
                    rowsBefore[table] = rowsOf(old, table, columnsBefore[table]);
                    INFO("table " << table.toStdString() << " needs a row in the fixture");
                    CHECK_FALSE(rowsBefore[table].isEmpty());
                }
            }
            REQUIRE(columnsBefore.contains(u"patients"_s));

            // The fixture is exactly what Needlepoint's migrations 1..N make.
            {
                const QList<Migration> upTo = np::storage::migrations().mid(0, version);
                OpenOptions options;
                options.migrations = &upTo;
                QTemporaryDir fresh;
                const QString made = fresh.filePath(u"made.db"_s);
                REQUIRE(Database::create(made, options));
                np::test::RawConnection check(made);
                CHECK(schemaOf(check) == fixtureSchema);
            }

            auto db = Database::open(path);
            if (!db)
                FAIL(db.error().message.toStdString());
            CHECK((*db)->schemaVersion() == latest);
            CHECK((*db)->checkIntegrity());
            CHECK(filesIn(dir.path(), u"*.bak"_s).size() == (version < latest ? 1 : 0));
            db->reset();

            np::test::RawConnection now(path);
            const QStringList tablesNow = dataTables(now);
            CHECK(now.integer("SELECT version FROM schema_version") == latest);
            for (auto it = columnsBefore.cbegin(); it != columnsBefore.cend(); ++it) {
                const QString& table = it.key();
                INFO("table " << table.toStdString());
                if (table == u"schema_version")
                    continue; // moves on to the latest version, checked above
                // A migration that drops or renames a table or column, or changes stored values,
                // says here where the data went.
                REQUIRE(tablesNow.contains(table));
                const QStringList columnsNow = columnsOf(now, table);
                QStringList kept;
                for (const QString& c : it.value())
                    if (columnsNow.contains(c))
                        kept << c;
                CHECK(kept == it.value());
                np::test::RawConnection then(fixturePath(version), SQLITE_OPEN_READONLY);
                CHECK(rowsOf(now, table, kept) == rowsOf(then, table, kept));
                CHECK(rowsOf(then, table, it.value()) == rowsBefore[table]);
            }
            // The search index agrees with its content (FTS5's own check).
            if (tablesNow.contains(u"patient_search"_s))
                now.require("INSERT INTO patient_search (patient_search) VALUES ('integrity-check')");
        }
    }
}

TEST_CASE("schema 2 fills its new columns from what schema 1 already knew")
{
    QTemporaryDir dir;
    const QString path = fixtureCopy(dir, 1);
    REQUIRE(Database::open(path));
    np::test::RawConnection db(path);
    // A screening's last change is its override, else its creation.
    CHECK(db.text("SELECT updated_at FROM screenings WHERE id = 2") == u"2025-02-03T11:20:00Z");
    CHECK(db.text("SELECT updated_at FROM screenings WHERE id = 1") == u"2025-02-10T09:10:00Z");
    CHECK(db.text("SELECT kind FROM screenings WHERE id = 1") == u"full");
    // A consent for a series covers that series' modality; a general form covers none.
    CHECK(db.text("SELECT modality FROM consents WHERE id = 1") == u"automated_pen");
    CHECK(db.text("SELECT modality FROM consents WHERE id = 2") == u"");
    CHECK(db.text("SELECT created_at FROM consents WHERE id = 1") == u"2025-08-20T08:50:00Z");
    CHECK(db.integer("SELECT count(*) FROM consents WHERE withdrawn_at IS NOT NULL") == 0);
    CHECK(db.text("SELECT updated_at FROM session_charts WHERE id = 2") == u"2025-09-17T10:20:00Z");
    // One chart per session from now on.
    CHECK(db.integer("SELECT count(*) FROM pragma_index_list('session_charts') "
                     "WHERE name = 'session_charts_session' AND \"unique\" = 1")
        == 1);
}

TEST_CASE("schema 4 adds an empty document log whose rows name a patient except the day sheet and recall list")
{
    QTemporaryDir dir;
    const QString path = fixtureCopy(dir, 3);
    REQUIRE(Database::open(path));
    np::test::RawConnection db(path);
    CHECK(db.integer("SELECT version FROM schema_version") >= 4);
    CHECK(db.integer("SELECT count(*) FROM documents_given") == 0);
    // A document for patient (NULL or 1) of `kind`.
    const auto insert = [&](const std::string& patientAndKind) {
        return db.exec(("INSERT INTO documents_given (patient_id, kind, template, template_version, language, "
                        "given_at, given_by, output) VALUES ("
            + patientAndKind + ", 't', '1', 'en', '2026-01-01T00:00:00.000Z', 'a', 'pdf:/tmp/x.pdf')")
                           .c_str());
    };
    CHECK(insert("NULL, 'day_sheet'") == SQLITE_OK);
    CHECK(insert("1, 'post_care'") == SQLITE_OK);
    CHECK(insert("NULL, 'post_care'") == SQLITE_CONSTRAINT);
    CHECK(insert("1, 'recall_list'") == SQLITE_CONSTRAINT);
    CHECK(insert("1, 'flyer'") == SQLITE_CONSTRAINT);
    CHECK(db.integer("SELECT count(*) FROM documents_given") == 2);
}
