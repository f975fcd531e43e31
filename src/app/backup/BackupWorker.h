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

    // "needlepoint-2026-03-01-091230.db" for the database needlepoint.db.
    [[nodiscard]] static QString manualBackupFileName(const QString& databasePath, const QDateTime& now);

signals:
    void finished(const np::app::BackupOutcome& outcome);
};

} // namespace np::app
