#pragma once

#include "StorageError.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

namespace np::storage {

// One open patient database: a named QtSql connection with Needlepoint's settings (WAL, foreign
// keys, a busy timeout, synchronous=FULL) at the newest schema. Opening never scans the data.
class Database {
public:
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // needlepoint.db under QStandardPaths::AppDataLocation.
    [[nodiscard]] static QString defaultPath();

    // Creates a new database; refuses a path where a file already exists.
    [[nodiscard]] static Result<std::unique_ptr<Database>> create(const QString& path);
    // Opens an existing database, migrating an older schema (after copying the file aside).
    // A missing file is an error: a clinic's database that has gone missing (an unmounted
    // drive, a typo) is never silently replaced by an empty one.
    [[nodiscard]] static Result<std::unique_ptr<Database>> open(const QString& path);

    [[nodiscard]] const QString& path() const { return m_path; }
    [[nodiscard]] int schemaVersion() const { return m_schemaVersion; }
    [[nodiscard]] static int latestSchemaVersion();

    // The connection, for the repositories in this library only.
    [[nodiscard]] QSqlDatabase connection() const;

    // Runs `work` in one transaction: committed when it succeeds, rolled back otherwise.
    Result<void> transaction(const std::function<Result<void>()>& work);

    // PRAGMA integrity_check: the whole file; never run at start-up.
    [[nodiscard]] Result<void> checkIntegrity();

    // Copies the live database to `target` through SQLite's online backup API: a consistent
    // copy even while another connection writes. Written to a temporary file, then renamed.
    [[nodiscard]] Result<void> backupTo(const QString& target);

private:
    explicit Database(QString path, QString connectionName);
    Result<void> configure();
    Result<void> migrate(bool fresh);

    QString m_path;
    QString m_connectionName;
    int m_schemaVersion = 0;
};

// Translates a QtSql error into a StorageError naming `what` (a path or a record).
[[nodiscard]] StorageError sqlError(const class QSqlError& error, const QString& what);

} // namespace np::storage
