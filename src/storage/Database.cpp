#include "Database.h"

#include "Statement.h"

#include "Migrations.h"
#include "SqliteFiles.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>
#include <QUuid>

#include <sqlite3.h>

#include <atomic>

using namespace Qt::StringLiterals;

namespace np::storage {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Database)
};

std::atomic<int> defaultBusyTimeoutMs {5000};

// The first 16 bytes of every SQLite 3 database file.
constexpr char SqliteMagic[] = "SQLite format 3";
constexpr qint64 SqliteHeaderSize = 100;

// Every message names `what` (a path or a record). Multi-argument arg() throughout: a path may
// itself contain "%1".
QString explain(int code, const QString& what, const QString& detail)
{
    switch (code & 0xFF) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Tr::tr("%1 is locked by another program or workstation and stayed locked past the wait (%2); "
                      "try again when it is done")
            .arg(what, detail);
    case SQLITE_READONLY:
        return Tr::tr("%1 cannot be written (%2): check the file's permissions and that its drive is not read-only")
            .arg(what, detail);
    case SQLITE_CORRUPT:
        return Tr::tr("%1 is damaged (%2)").arg(what, detail);
    case SQLITE_NOTADB:
        return Tr::tr("%1 is not a Needlepoint database (%2)").arg(what, detail);
    case SQLITE_CANTOPEN:
        return Tr::tr("%1 cannot be opened (%2): check that the file and its folder exist and can be written")
            .arg(what, detail);
    case SQLITE_FULL:
        return Tr::tr("%1: the disk is full (%2)").arg(what, detail);
    case SQLITE_IOERR:
        return Tr::tr("%1: the drive reported a read or write error (%2)").arg(what, detail);
    default:
        return Tr::tr("%1: %2").arg(what, detail);
    }
}

StorageError sqliteError(int code, const QString& what, const QString& detail)
{
    const StorageError::Kind kind = sqlitefiles::errorKind(code);
    return {kind, explain(code, what, detail),
        kind == StorageError::Kind::Corrupt ? StorageError::Remedy::RestoreBackup : StorageError::Remedy::None};
}

Result<QSqlQuery> exec(const QSqlDatabase& db, const QString& sql, const QString& what)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return std::unexpected(sqlError(q.lastError(), what));
    return q;
}

// The SQLite URI for an existing file: mode=rw (or ro) means SQLite never creates the file, so a
// database removed between our check and the open is an error, not a new empty database.
QString sqliteUri(const QString& path, bool readOnly)
{
    return QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded)
        + (readOnly ? u"?mode=ro"_s : u"?mode=rw"_s);
}

// The file's first 100 bytes say whether it is an SQLite database at all; nothing else is read.
// Read through SQLite's own file layer: the app opens its database again for its backup while
// its main connection is open, and any other open() and close() of the file would drop that
// connection's locks (SqliteFiles.h).
Result<void> checkHeader(const QString& path, const QString& name)
{
    auto header = sqlitefiles::readHeader(path, name);
    if (!header)
        return std::unexpected(header.error());
    if (header->fileSize == 0)
        return fail(
            StorageError::Kind::NotADatabase, Tr::tr("%1 is empty: it is not a Needlepoint database").arg(name));
    if (header->bytes.size() < SqliteHeaderSize
        || !header->bytes.startsWith(QByteArray(SqliteMagic, sizeof SqliteMagic)))
        return fail(StorageError::Kind::NotADatabase,
            Tr::tr("%1 is not a Needlepoint database (it is not an SQLite database file)").arg(name));
    return {};
}

// WAL needs memory shared by every process using the database, which a network file system
// cannot give, and its locks are unreliable: two workstations would corrupt the file.
Result<void> checkLocalDisk(const QString& path, const QString& name)
{
    if (const QString network = sqlitefiles::networkFileSystem(path); !network.isEmpty())
        return fail(StorageError::Kind::Failed,
            Tr::tr("%1 is on a network share (%2): Needlepoint's database must be on a disk of the computer that "
                   "runs it, as SQLite cannot keep it safe over a network; copy it to a local folder (several "
                   "workstations share one PostgreSQL server instead)")
                .arg(name, network));
    return {};
}

QString newConnectionName()
{
    return u"needlepoint-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

StorageError sqlError(const QSqlError& error, const QString& what)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    if (!ok)
        return {StorageError::Kind::Failed, Tr::tr("%1: %2").arg(what, detail), StorageError::Remedy::None};
    return sqliteError(code, what, detail);
}

Database::Database(QString path, QString connectionName, const OpenOptions& options)
    : m_path(std::move(path))
    , m_name(options.displayName.isEmpty() ? m_path : options.displayName)
    , m_connectionName(std::move(connectionName))
    , m_busyTimeout(options.busyTimeout.value_or(defaultBusyTimeout()))
    , m_readOnly(options.readOnly)
    , m_migrate(options.migrate)
    , m_migrations(options.migrations)
{ }

Database::~Database()
{
    if (m_registered)
        sqlitefiles::unregisterOpen(m_path);
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/needlepoint.db"_s;
}

int Database::latestSchemaVersion()
{
    return static_cast<int>(migrations().size());
}

std::chrono::milliseconds Database::defaultBusyTimeout()
{
    return std::chrono::milliseconds(defaultBusyTimeoutMs.load());
}

void Database::setDefaultBusyTimeout(std::chrono::milliseconds timeout)
{
    defaultBusyTimeoutMs.store(static_cast<int>(timeout.count()));
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

const QList<Migration>& Database::migrationList() const
{
    return m_migrations ? *m_migrations : migrations();
}

Result<std::unique_ptr<Database>> Database::create(const QString& path, const OpenOptions& options)
{
    const QFileInfo info(path);
    if (info.exists() || info.isSymLink())
        return fail(
            StorageError::Kind::Exists, Tr::tr("%1 already exists; Needlepoint never overwrites a database").arg(path));
    // A -wal or -shm without its database is left over from a database that was here: SQLite
    // would replay it into the new file.
    for (const QString& suffix : {u"-wal"_s, u"-shm"_s, u"-journal"_s})
        if (QFileInfo::exists(path + suffix))
            return fail(StorageError::Kind::Exists,
                Tr::tr("%1 exists, left over from an earlier database at %2; move it away first")
                    .arg(path + suffix, path));
    if (!QDir().mkpath(info.absolutePath()))
        return fail(StorageError::Kind::Failed, Tr::tr("cannot create the folder %1").arg(info.absolutePath()));
    if (auto r = checkLocalDisk(info.absolutePath(), path); !r)
        return std::unexpected(r.error());
    // Reserve the name atomically (O_EXCL): of two processes creating the same database, one fails
    // here. SQLite reads an empty file as a new database.
    if (auto r = sqlitefiles::createEmpty(path); !r)
        return std::unexpected(r.error());
    OpenOptions createOptions = options;
    createOptions.readOnly = false;
    createOptions.migrate = true;
    auto db = openFile(path, createOptions, true);
    if (!db) {
        sqlitefiles::removeWithCompanions(path);
        return std::unexpected(db.error());
    }
    return db;
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, const OpenOptions& options)
{
    const QString name = options.displayName.isEmpty() ? path : options.displayName;
    const QFileInfo info(path);
    if (!info.exists())
        return fail(
            StorageError::Kind::Missing, Tr::tr("no database at %1").arg(name), StorageError::Remedy::CreateDatabase);
    if (!info.isFile())
        return fail(StorageError::Kind::NotADatabase, Tr::tr("%1 is not a file").arg(name));
    if (auto r = checkLocalDisk(path, name); !r)
        return std::unexpected(r.error());
    if (auto r = checkHeader(path, name); !r)
        return std::unexpected(r.error());
    return openFile(path, options, false);
}

Result<std::unique_ptr<Database>> Database::openFile(const QString& path, const OpenOptions& options, bool fresh)
{
    std::unique_ptr<Database> db(new Database(path, newConnectionName(), options));
    if (auto r = db->connect(); !r)
        return std::unexpected(r.error());
    int version = 0;
    if (!fresh) {
        auto read = db->readSchemaVersion();
        if (!read)
            return std::unexpected(read.error());
        version = *read;
    }
    const int latest = static_cast<int>(db->migrationList().size());
    if (version > latest)
        return fail(StorageError::Kind::TooNew,
            Tr::tr("%1 was written by a newer Needlepoint (schema %2; this one reads up to %3): update Needlepoint")
                .arg(db->m_name, QString::number(version), QString::number(latest)));
    // Only a Needlepoint database of a schema this build knows is changed in any way.
    if (!db->m_readOnly) {
        if (auto r = db->configure(); !r)
            return std::unexpected(r.error());
    }
    if (auto r = db->migrate(version); !r)
        return std::unexpected(r.error());
    return db;
}

Result<void> Database::connect()
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    db.setDatabaseName(sqliteUri(m_path, m_readOnly));
    db.setConnectOptions(u"QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=%1"_s.arg(m_busyTimeout.count()));
    if (!db.open())
        return std::unexpected(sqlError(db.lastError(), m_name));
    sqlitefiles::registerOpen(m_path);
    m_registered = true;
    // One SQLite library in the process: QtSql's driver must use the one this code calls, or each
    // would drop the other's locks on the file (SqliteFiles.h).
    if (auto id = exec(db, u"SELECT sqlite_source_id()"_s, m_name);
        !id || !id->next() || !sqlitefiles::sameLibrary(id->value(0).toString()))
        return fail(StorageError::Kind::Failed,
            Tr::tr("%1: Qt's SQLite driver uses another SQLite library than Needlepoint; two libraries in one "
                   "program can damage the database, so it is not opened: install Qt's SQLite driver built "
                   "against the system's SQLite")
                .arg(m_name));
    // SQLite quietly falls back to read-only when the file cannot be opened for writing (its
    // permissions, an immutable flag, a read-only drive). Needlepoint writes, so say so now rather
    // than at the first save.
    if (!m_readOnly) {
        sqlite3* handle = sqliteHandle(db);
        if (!handle)
            return fail(StorageError::Kind::Failed, Tr::tr("%1: the SQLite handle is not available").arg(m_name));
        if (sqlite3_db_readonly(handle, "main") == 1)
            return fail(StorageError::Kind::ReadOnly,
                Tr::tr("%1 cannot be written (the file, its folder or its drive is read-only): Needlepoint needs "
                       "to write to its database; check the file's permissions")
                    .arg(m_name));
    }
    for (const QString& pragma :
        {u"PRAGMA busy_timeout = %1"_s.arg(m_busyTimeout.count()), u"PRAGMA foreign_keys = ON"_s}) {
        if (auto r = exec(db, pragma, m_name); !r)
            return std::unexpected(r.error());
    }
    return {};
}

Result<int> Database::readSchemaVersion()
{
    QSqlDatabase db = connection();
    // The first statement that reads the file: a damaged header or schema page fails here.
    auto tables
        = exec(db, u"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"_s, m_name);
    if (!tables)
        return std::unexpected(tables.error());
    tables->next();
    if (tables->value(0).toInt() == 0)
        return fail(StorageError::Kind::NotADatabase,
            Tr::tr("%1 is an SQLite database, but not a Needlepoint one (no schema version)").arg(m_name));
    auto q = exec(db, u"SELECT version FROM schema_version"_s, m_name);
    if (!q)
        return std::unexpected(q.error());
    QList<int> versions;
    while (q->next()) {
        bool ok = false;
        const int v = q->value(0).toInt(&ok);
        versions << (ok ? v : 0);
    }
    if (versions.size() != 1 || versions.first() < 1)
        return fail(StorageError::Kind::Corrupt,
            Tr::tr("%1 is damaged: its schema version is missing or unreadable").arg(m_name),
            StorageError::Remedy::RestoreBackup);
    return versions.first();
}

Result<void> Database::configure()
{
    QSqlDatabase db = connection();
    auto mode = exec(db, u"PRAGMA journal_mode = WAL"_s, m_name);
    if (!mode)
        return std::unexpected(mode.error());
    if (!mode->next() || mode->value(0).toString().compare(u"wal"_s, Qt::CaseInsensitive) != 0)
        return fail(StorageError::Kind::Failed,
            Tr::tr("%1: cannot switch to write-ahead logging (journal mode stays \"%2\"); is it on a network drive?")
                .arg(m_name, mode->value(0).toString()));
    if (auto r = exec(db, u"PRAGMA synchronous = FULL"_s, m_name); !r)
        return std::unexpected(r.error());
    return {};
}

Result<void> Database::migrate(int version)
{
    m_schemaVersion = version;
    const QList<Migration>& list = migrationList();
    const int latest = static_cast<int>(list.size());
    if (version >= latest || m_readOnly || (!m_migrate && version > 0))
        return {};
    for (qsizetype i = 0; i < list.size(); ++i)
        if (list[i].version != i + 1)
            return fail(
                StorageError::Kind::Failed, Tr::tr("%1: migration %2 is out of sequence").arg(m_name, list[i].name));

    QSqlDatabase db = connection();
    QString copy;
    if (version > 0) {
        // A copy of the file as it was, before any migration touches it.
        const QString stamp = QDateTime::currentDateTimeUtc().toString(u"yyyyMMddTHHmmss'Z'"_s);
        copy = u"%1.schema-%2-%3.bak"_s.arg(m_path, QString::number(version), stamp);
        for (int n = 2; QFileInfo::exists(copy) || QFileInfo(copy).isSymLink(); ++n)
            copy = u"%1.schema-%2-%3-%4.bak"_s.arg(m_path, QString::number(version), stamp, QString::number(n));
        if (auto r = backupTo(copy); !r)
            return fail(r.error().kind,
                Tr::tr("%1 was not migrated: the copy made before migrating failed: %2")
                    .arg(m_name, r.error().message));
    }

    // SQLite's rule for schema changes: foreign keys off (a table rebuild would otherwise cascade),
    // then PRAGMA foreign_key_check before each commit. It cannot change inside a transaction.
    if (auto r = exec(db, u"PRAGMA foreign_keys = OFF"_s, m_name); !r)
        return std::unexpected(r.error());
    Result<void> outcome;
    for (const Migration& m : list) {
        if (m.version <= version)
            continue;
        const QString what = Tr::tr("%1 (migration %2)").arg(m_name, m.name);
        outcome = transaction([&]() -> Result<void> {
            for (const QString& statement : m.statements)
                if (auto r = exec(db, statement, what); !r)
                    return std::unexpected(r.error());
            auto broken = exec(db, u"PRAGMA foreign_key_check"_s, what);
            if (!broken)
                return std::unexpected(broken.error());
            if (broken->next())
                return fail(StorageError::Kind::Failed,
                    Tr::tr("%1: leaves a row of %2 (rowid %3) pointing at a missing row of %4")
                        .arg(what, broken->value(0).toString(), broken->value(1).toString(),
                            broken->value(2).toString()));
            QSqlQuery q(db);
            q.prepare(u"UPDATE schema_version SET version = ?"_s);
            q.addBindValue(m.version);
            if (!q.exec())
                return std::unexpected(sqlError(q.lastError(), what));
            return {};
        });
        if (!outcome) {
            QString message = outcome.error().message + u"; "_s
                + Tr::tr("nothing of this migration was applied: the database is still at schema %1")
                      .arg(QString::number(version));
            if (!copy.isEmpty())
                message += u"; "_s + Tr::tr("the copy made before migrating is %1").arg(copy);
            outcome = fail(outcome.error().kind, message);
            break;
        }
        version = m.version;
        m_schemaVersion = version;
    }
    if (auto r = exec(db, u"PRAGMA foreign_keys = ON"_s, m_name); !r && outcome)
        return std::unexpected(r.error());
    return outcome;
}

Result<void> Database::transaction(const std::function<Result<void>()>& work)
{
    QSqlDatabase db = connection();
    const bool outermost = m_transactionDepth == 0;
    const QString savepoint = u"nested_%1"_s.arg(m_transactionDepth);
    // IMMEDIATE: take the write lock now, waiting up to the busy timeout, rather than failing at
    // the first write when another workstation wrote after this transaction's first read.
    if (auto r = exec(db, outermost ? u"BEGIN IMMEDIATE"_s : u"SAVEPOINT "_s + savepoint, m_name); !r)
        return std::unexpected(r.error());
    ++m_transactionDepth;
    Result<void> result = work();
    --m_transactionDepth;
    if (!result) {
        (void)exec(db, outermost ? u"ROLLBACK"_s : u"ROLLBACK TO "_s + savepoint, m_name);
        if (!outermost)
            (void)exec(db, u"RELEASE "_s + savepoint, m_name);
        return result;
    }
    if (auto r = exec(db, outermost ? u"COMMIT"_s : u"RELEASE "_s + savepoint, m_name); !r) {
        (void)exec(db, outermost ? u"ROLLBACK"_s : u"ROLLBACK TO "_s + savepoint, m_name);
        return std::unexpected(r.error());
    }
    return {};
}

Result<void> Database::readSnapshot(const std::function<Result<void>()>& work)
{
    if (m_transactionDepth > 0)
        return work();
    QSqlDatabase db = connection();
    if (auto r = exec(db, u"BEGIN DEFERRED"_s, m_name); !r)
        return std::unexpected(r.error());
    ++m_transactionDepth;
    Result<void> result = work();
    --m_transactionDepth;
    // Nothing was written: ending it either way only lets the snapshot go.
    (void)exec(db, u"ROLLBACK"_s, m_name);
    return result;
}

Result<qint64> Database::dataVersion()
{
    auto q = exec(connection(), u"PRAGMA data_version"_s, m_name);
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return fail(StorageError::Kind::Failed, Tr::tr("%1: PRAGMA data_version gave no value").arg(m_name));
    return q->value(0).toLongLong();
}

Result<QString> Database::uid()
{
    auto q = exec(connection(), u"SELECT uid FROM database_identity WHERE id = 1"_s, m_name);
    if (!q)
        return std::unexpected(q.error());
    if (!q->next() || q->value(0).toString().isEmpty())
        return fail(StorageError::Kind::Corrupt, Tr::tr("%1 is damaged: its identity is missing").arg(m_name),
            StorageError::Remedy::RestoreBackup);
    return q->value(0).toString();
}

Result<void> Database::checkIntegrity()
{
    auto q = exec(connection(), u"PRAGMA integrity_check"_s, m_name);
    if (!q)
        return std::unexpected(q.error());
    QStringList problems;
    while (q->next())
        if (const QString line = q->value(0).toString(); line != u"ok")
            problems << line;
    if (q->lastError().isValid())
        return std::unexpected(sqlError(q->lastError(), m_name));
    if (problems.isEmpty())
        return {};
    constexpr qsizetype Shown = 5;
    QString listed = problems.mid(0, Shown).join(u"; "_s);
    if (problems.size() > Shown)
        listed += u"; "_s + Tr::tr("and %n more", nullptr, static_cast<int>(problems.size() - Shown));
    return fail(StorageError::Kind::Corrupt,
        Tr::tr("%1 failed its integrity check (it is damaged): %2").arg(m_name, listed),
        StorageError::Remedy::RestoreBackup);
}

Result<void> Database::backupTo(const QString& target)
{
    const QFileInfo targetInfo(target);
    const QFileInfo sourceInfo(m_path);
    if (targetInfo.absoluteFilePath() == sourceInfo.absoluteFilePath()
        || (targetInfo.exists() && targetInfo.canonicalFilePath() == sourceInfo.canonicalFilePath()))
        return fail(StorageError::Kind::Invalid, Tr::tr("cannot back up %1 onto itself").arg(m_name));
    if (targetInfo.exists() || targetInfo.isSymLink())
        return fail(StorageError::Kind::Exists,
            Tr::tr("%1 already exists; a backup never overwrites a file: choose another name").arg(target));
    for (const QString& suffix : {u"-wal"_s, u"-shm"_s})
        if (QFileInfo::exists(target + suffix))
            return fail(StorageError::Kind::Exists,
                Tr::tr("%1 exists, left over from an earlier database; move it away or choose another name")
                    .arg(target + suffix));
    const QString folder = targetInfo.absolutePath();
    if (!QFileInfo(folder).isDir())
        return fail(StorageError::Kind::Failed,
            Tr::tr("cannot back up %1 to %2: the folder %3 does not exist").arg(m_name, target, folder));

    sqlite3* source = sqliteHandle(connection());
    if (!source)
        return fail(StorageError::Kind::Failed, Tr::tr("%1: the SQLite handle is not available").arg(m_name));
    return sqlitefiles::copyDatabase(source, target, m_name);
}

} // namespace np::storage
