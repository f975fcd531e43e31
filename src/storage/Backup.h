#pragma once

#include "Database.h"
#include "StorageError.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>

namespace np::storage {

// Backup, restore and the daily backups. A backup is one self-contained SQLite file made through
// the online backup API (Database::backupTo).

struct RestoreOptions {
    // How long to wait for the live database's lock (Database::defaultBusyTimeout() when unset).
    std::optional<std::chrono::milliseconds> busyTimeout;
    // Names the copy of the replaced database; the current time when invalid.
    QDateTime now;
    // Tests only: the migration list the backup's schema is judged against.
    const QList<Migration>* migrations = nullptr;
};

struct RestoreReport {
    QString database; // the database that now holds the backup's data
    QString restoredFrom; // the backup file
    QString replacedKeptAs; // where the database it replaced now is; empty when there was none
    int schemaVersion = 0; // the backup's schema version
    bool migratesOnNextOpen = false; // an older schema, migrated (after a copy) on the next open
};

// Replaces the database at `databasePath` with the backup `backupFile`. The backup is copied to a
// staging file beside the database first (with its -wal, if any) and checked there: it must be a
// Needlepoint database of a schema this build reads, and pass the integrity check; otherwise
// nothing changes (Kind::Invalid: the backup is bad input). The database being replaced must not
// be open anywhere (Kind::Locked). It is renamed, with its -wal and -shm, to
// `databasePath.replaced-YYYYMMDDTHHMMSSZ` and never deleted; then the staging file is renamed
// into place. A missing database is fine (restoring onto a new computer). The backup file itself is
// only read.
[[nodiscard]] Result<RestoreReport> restoreDatabase(
    const QString& backupFile, const QString& databasePath, const RestoreOptions& options = {});

// "needlepoint-2026-03-01.db": the daily backup of the database named `baseName` made on `day`.
[[nodiscard]] QString dailyBackupFileName(const QString& baseName, QDate day);

// Keeps the newest `keep` daily backups of `baseName` in `folder` (by the date in their names)
// and removes the older ones; other files are never touched. Returns the paths removed.
[[nodiscard]] Result<QStringList> rotateBackups(
    const QString& folder, int keep, const QString& baseName = QStringLiteral("needlepoint"));

struct DailyBackupReport {
    QString made; // the backup made now; empty when today's already existed
    QStringList removed; // older backups removed to keep the newest `keep`
};

// The app's automatic backup: at most one a day. Makes `folder/<name>-<today>.db` (name: the
// database's file name without its extension) unless it exists, then keeps the newest `keep`
// (today's is always kept). `keep` must be at least 1. The folder is created when missing.
[[nodiscard]] Result<DailyBackupReport> dailyBackup(Database& db, const QString& folder, int keep, QDate today);

} // namespace np::storage
