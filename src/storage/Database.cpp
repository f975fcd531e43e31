#include "Database.h"

#include "Migrations.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

#include <sqlite3.h>

#include <filesystem>

using namespace Qt::StringLiterals;

namespace np::storage {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Database)
};

constexpr int BusyTimeoutMs = 5000;

sqlite3* sqliteHandle(const QSqlDatabase& db)
{
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(v.constData());
}

StorageError::Kind kindOfSqliteCode(int code)
{
    switch (code & 0xFF) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return StorageError::Kind::Locked;
    case SQLITE_READONLY:
        return StorageError::Kind::ReadOnly;
    case SQLITE_CORRUPT:
        return StorageError::Kind::Corrupt;
    case SQLITE_NOTADB:
        return StorageError::Kind::NotADatabase;
    default:
        return StorageError::Kind::Failed;
    }
}

QString explain(StorageError::Kind kind, const QString& what, const QString& detail)
{
    switch (kind) {
    case StorageError::Kind::Locked:
        return Tr::tr("%1 is locked by another program (waited %2 s): %3")
            .arg(what)
            .arg(BusyTimeoutMs / 1000)
            .arg(detail);
    case StorageError::Kind::ReadOnly:
        return Tr::tr("%1 is read-only: %2").arg(what, detail);
    case StorageError::Kind::Corrupt:
        return Tr::tr("%1 is damaged (%2); restore a backup with needlepoint-cli restore").arg(what, detail);
    case StorageError::Kind::NotADatabase:
        return Tr::tr("%1 is not a Needlepoint database (%2)").arg(what, detail);
    default:
        return Tr::tr("%1: %2").arg(what, detail);
    }
}

Result<QSqlQuery> exec(const QSqlDatabase& db, const QString& sql, const QString& what)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return std::unexpected(sqlError(q.lastError(), what));
    return q;
}

} // namespace

StorageError sqlError(const QSqlError& error, const QString& what)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    const StorageError::Kind kind = ok ? kindOfSqliteCode(code) : StorageError::Kind::Failed;
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return {kind, explain(kind, what, detail)};
}

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{ }

Database::~Database()
{
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

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<std::unique_ptr<Database>> Database::create(const QString& path)
{
    if (QFileInfo::exists(path))
        return fail(
            StorageError::Kind::Exists, Tr::tr("%1 already exists; Needlepoint never overwrites a database").arg(path));
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return fail(StorageError::Kind::Failed, Tr::tr("cannot create the folder %1").arg(info.absolutePath()));
    std::unique_ptr<Database> db(
        new Database(path, u"needlepoint-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces)));
    if (auto r = db->configure(); !r)
        return std::unexpected(r.error());
    if (auto r = db->migrate(true); !r) {
        db.reset();
        QFile::remove(path);
        QFile::remove(path + u"-wal"_s);
        QFile::remove(path + u"-shm"_s);
        return std::unexpected(r.error());
    }
    return db;
}

Result<std::unique_ptr<Database>> Database::open(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return fail(StorageError::Kind::Missing,
            Tr::tr("no database at %1 (create one with needlepoint-cli init, or check the path)").arg(path));
    if (!info.isFile())
        return fail(StorageError::Kind::NotADatabase, Tr::tr("%1 is not a file").arg(path));
    std::unique_ptr<Database> db(
        new Database(path, u"needlepoint-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces)));
    if (auto r = db->configure(); !r)
        return std::unexpected(r.error());
    if (auto r = db->migrate(false); !r)
        return std::unexpected(r.error());
    return db;
}

Result<void> Database::configure()
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    db.setDatabaseName(m_path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(BusyTimeoutMs));
    if (!db.open())
        return std::unexpected(sqlError(db.lastError(), m_path));
    // The first statement reads the header: a file that is not a database fails here.
    for (const QString& pragma : {u"PRAGMA foreign_keys = ON"_s, u"PRAGMA journal_mode = WAL"_s,
             u"PRAGMA synchronous = FULL"_s, u"PRAGMA busy_timeout = %1"_s.arg(BusyTimeoutMs)}) {
        if (auto r = exec(db, pragma, m_path); !r)
            return std::unexpected(r.error());
    }
    return {};
}

Result<void> Database::migrate(bool fresh)
{
    QSqlDatabase db = connection();
    int version = 0;
    if (!fresh) {
        auto tables = exec(
            db, u"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"_s, m_path);
        if (!tables)
            return std::unexpected(tables.error());
        tables->next();
        if (tables->value(0).toInt() == 0)
            return fail(StorageError::Kind::NotADatabase,
                Tr::tr("%1 is an SQLite database, but not a Needlepoint one (no schema version)").arg(m_path));
        auto q = exec(db, u"SELECT version FROM schema_version"_s, m_path);
        if (!q)
            return std::unexpected(q.error());
        version = q->next() ? q->value(0).toInt() : 0;
    }
    const int latest = latestSchemaVersion();
    if (version > latest)
        return fail(StorageError::Kind::TooNew,
            Tr::tr("%1 was written by a newer Needlepoint (schema %2; this one reads up to %3): update Needlepoint")
                .arg(m_path)
                .arg(version)
                .arg(latest));
    if (version < latest && !fresh) {
        // A copy of the file as it was, before any migration touches it.
        const QString copy = u"%1.schema-%2-%3.bak"_s.arg(
            m_path, QString::number(version), QDateTime::currentDateTimeUtc().toString(u"yyyyMMddTHHmmss"_s));
        if (auto r = backupTo(copy); !r)
            return std::unexpected(r.error());
    }
    for (const Migration& m : migrations()) {
        if (m.version <= version)
            continue;
        auto applied = transaction([&]() -> Result<void> {
            for (const QString& statement : m.statements)
                if (auto r = exec(db, statement, u"%1 (migration %2)"_s.arg(m_path, m.name)); !r)
                    return std::unexpected(r.error());
            QSqlQuery q(db);
            q.prepare(u"UPDATE schema_version SET version = ?"_s);
            q.addBindValue(m.version);
            if (!q.exec())
                return std::unexpected(sqlError(q.lastError(), m_path));
            return {};
        });
        if (!applied)
            return applied;
        version = m.version;
    }
    m_schemaVersion = version;
    return {};
}

Result<void> Database::transaction(const std::function<Result<void>()>& work)
{
    QSqlDatabase db = connection();
    if (!db.transaction())
        return std::unexpected(sqlError(db.lastError(), m_path));
    Result<void> result = work();
    if (!result) {
        db.rollback();
        return result;
    }
    if (!db.commit()) {
        const StorageError e = sqlError(db.lastError(), m_path);
        db.rollback();
        return std::unexpected(e);
    }
    return {};
}

Result<void> Database::checkIntegrity()
{
    auto q = exec(connection(), u"PRAGMA integrity_check"_s, m_path);
    if (!q)
        return std::unexpected(q.error());
    QStringList problems;
    while (q->next())
        if (const QString line = q->value(0).toString(); line != u"ok")
            problems << line;
    if (!problems.isEmpty())
        return fail(StorageError::Kind::Corrupt,
            Tr::tr("%1 failed its integrity check: %2").arg(m_path, problems.join(u"; "_s)));
    return {};
}

Result<void> Database::backupTo(const QString& target)
{
    sqlite3* source = sqliteHandle(connection());
    if (!source)
        return fail(StorageError::Kind::Failed, Tr::tr("%1: the SQLite handle is not available").arg(m_path));
    const QString temp = target + u".part"_s;
    QFile::remove(temp);
    sqlite3* dest = nullptr;
    const QByteArray tempName = QFile::encodeName(temp);
    int rc = sqlite3_open_v2(tempName.constData(), &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    QString error;
    if (rc == SQLITE_OK) {
        sqlite3_backup* backup = sqlite3_backup_init(dest, "main", source, "main");
        if (backup) {
            rc = sqlite3_backup_step(backup, -1);
            sqlite3_backup_finish(backup);
        }
        rc = sqlite3_errcode(dest);
        if (rc != SQLITE_OK)
            error = QString::fromUtf8(sqlite3_errmsg(dest));
    } else {
        error = QString::fromUtf8(dest ? sqlite3_errmsg(dest) : "cannot open");
    }
    sqlite3_close(dest);
    if (rc != SQLITE_OK) {
        QFile::remove(temp);
        return fail(kindOfSqliteCode(rc), Tr::tr("cannot back up %1 to %2: %3").arg(m_path, target, error));
    }
    std::error_code ec;
    std::filesystem::rename(QFile::encodeName(temp).toStdString(), QFile::encodeName(target).toStdString(), ec);
    if (ec) {
        QFile::remove(temp);
        return fail(StorageError::Kind::Failed,
            Tr::tr("cannot back up %1 to %2: %3").arg(m_path, target, QString::fromStdString(ec.message())));
    }
    return {};
}

} // namespace np::storage
