#pragma once

#include "BackupJob.h"

#include <QObject>

namespace np::app {

// Lives on BackupService's thread. Each run opens its own connection to the database (SQLite
// connections belong to the thread that opened them), backs up through the storage layer, closes
// the connection and reports. Never throws; every failure is an outcome with its message.
class BackupWorker : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    // The daily backup: today's unless it exists, then the newest job.keep are kept.
    void runDaily(const np::app::BackupJob& job, const QDateTime& now);
    // A backup now, named with the date and time; never rotated away.
    void runManual(const np::app::BackupJob& job, const QDateTime& now);

    // Replaces the database at `databasePath` with `backupFile` (storage::restoreDatabase): checked
    // first, the replaced database kept beside it; refused while any connection has it open.
    void runRestore(const QString& backupFile, const QString& databasePath, const QDateTime& now);
    // "needlepoint-2026-03-01-091230.db" for the database needlepoint.db.
    [[nodiscard]] static QString manualBackupFileName(const QString& databasePath, const QDateTime& now);

signals:
    void finished(const np::app::BackupOutcome& outcome);
    void restored(const np::app::RestoreOutcome& outcome);
};

} // namespace np::app
