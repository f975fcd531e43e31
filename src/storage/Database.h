#pragma once

#include "StorageError.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace np::storage {

struct Migration;

// How to open a database. The defaults are what the app and the CLI use.
struct OpenOptions {
    // How long a statement waits for another connection's lock before failing with Kind::Locked.
    // Unset: Database::defaultBusyTimeout() (5 s).
    std::optional<std::chrono::milliseconds> busyTimeout;
    // Open for reading only: nothing is written (no WAL switch, no migration). An older schema
    // opens as it is.
    bool readOnly = false;
    // Apply pending migrations (after copying the file aside). Off: an older schema opens as it
    // is, for inspection only (restore checks a backup this way; the repositories need the newest
    // schema).
    bool migrate = true;
    // The name messages use for the file instead of its path (restore checks a staging copy of a
    // backup but names the backup).
    QString displayName;
    // Tests only: this migration list instead of the compiled-in one.
    const QList<Migration>* migrations = nullptr;
};

// One open patient database: a named QtSql connection with Needlepoint's settings (WAL, foreign
// keys, a busy timeout, synchronous=FULL) at the newest schema. Opening reads the file header and
// the schema version, nothing more: it never scans the data.
class Database {
public:
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // needlepoint.db under QStandardPaths::AppDataLocation.
    [[nodiscard]] static QString defaultPath();

    // Creates a new database; refuses a path where a file already exists (checked atomically: the
    // file is reserved with an exclusive create before SQLite sees it).
    [[nodiscard]] static Result<std::unique_ptr<Database>> create(const QString& path, const OpenOptions& options = {});
    // Opens an existing database, migrating an older schema (after copying the file aside).
    // A missing file is an error: a clinic's database that has gone missing (an unmounted
    // drive, a typo) is never silently replaced by an empty one. So are a file that is not a
    // Needlepoint database, a newer schema, a damaged header, a file that cannot be written and a
    // lock held past the busy timeout: each a StorageError naming the path.
    [[nodiscard]] static Result<std::unique_ptr<Database>> open(const QString& path, const OpenOptions& options = {});

    [[nodiscard]] const QString& path() const { return m_path; }
    [[nodiscard]] int schemaVersion() const { return m_schemaVersion; }
    [[nodiscard]] static int latestSchemaVersion();

    // The busy timeout used when OpenOptions leaves it unset. Tests shorten it so a lock test does
    // not wait 5 s; nothing else should change it.
    [[nodiscard]] static std::chrono::milliseconds defaultBusyTimeout();
    static void setDefaultBusyTimeout(std::chrono::milliseconds timeout);

    // The connection, for the repositories in this library only.
    [[nodiscard]] QSqlDatabase connection() const;

    // Runs `work` in one transaction: committed when it succeeds, rolled back otherwise. Called
    // inside another transaction it runs in a savepoint of it, so repositories compose: an outer
    // transaction that calls two of them commits both or neither.
    Result<void> transaction(const std::function<Result<void>()>& work);
    // Runs `work`, which only reads, on one snapshot of the database (a deferred transaction: no
    // write lock is taken, so other workstations go on writing); inside a transaction, in it.
    Result<void> readSnapshot(const std::function<Result<void>()>& work);

    // The database's own identity (32 hex digits), made once when it was created or reached
    // schema 5 and never changed: it stays when the clinic is renamed or the file moved, backed up
    // and restored. Exported calendar events are named with it.
    [[nodiscard]] Result<QString> uid();

    // PRAGMA data_version: a number that changes when another connection (another window,
    // workstation or needlepoint-cli) has committed a change to the database since this connection
    // last asked; this connection's own writes leave it as it is. Cheap: no table is read.
    [[nodiscard]] Result<qint64> dataVersion();

    // PRAGMA integrity_check: the whole file; never run at start-up.
    [[nodiscard]] Result<void> checkIntegrity();

    // Copies the live database to `target` through SQLite's online backup API: a consistent
    // snapshot even while another connection writes. Written to a temporary file in the target's
    // folder, synced, then renamed into place; refuses (Kind::Exists) a target that already
    // exists and (Kind::Invalid) the database's own file.
    [[nodiscard]] Result<void> backupTo(const QString& target);

private:
    Database(QString path, QString connectionName, const OpenOptions& options);
    static Result<std::unique_ptr<Database>> openFile(const QString& path, const OpenOptions& options, bool fresh);
    Result<void> connect();
    Result<int> readSchemaVersion();
    Result<void> configure();
    Result<void> migrate(int version);
    [[nodiscard]] const QList<Migration>& migrationList() const;

    QString m_path;
    QString m_name; // in messages
    int m_transactionDepth = 0; // transactions open inside one another
    QString m_connectionName;
    std::chrono::milliseconds m_busyTimeout;
    bool m_readOnly = false;
    bool m_migrate = true;
    const QList<Migration>* m_migrations = nullptr;
    int m_schemaVersion = 0;
    bool m_registered = false; // counted among this process's connections to m_path
};

// Translates a QtSql error into a StorageError naming `what` (a path or a record).
[[nodiscard]] StorageError sqlError(const class QSqlError& error, const QString& what);

} // namespace np::storage
