#pragma once

#include "BackupJob.h"

#include <QDate>
#include <QDateTime>
#include <QObject>
#include <QThread>
#include <QTimer>

#include <functional>

namespace np::app {

class BackupWorker;

// Runs backups off the GUI thread, one at a time, on a thread of its own (BackupWorker), and
// reports each outcome with finished(). The daily backup is made at most once a day: when today's
// file is already in the folder nothing runs. "Now" comes from the clock given (local time), so
// tests pin the day.
class BackupService : public QObject {
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;
    enum class Start { Started, AlreadyDone, Busy };

    explicit BackupService(Clock now = &QDateTime::currentDateTime, QObject* parent = nullptr);
    // Waits for a running backup to finish: a backup is never cut off half-written.
    ~BackupService() override;

    // Today's backup of job.databasePath unless it exists, then keeps the newest job.keep.
    Start runDaily(const BackupJob& job);
    // A backup now (File > Back up now), named with the time; the daily rotation leaves it alone.
    Start runNow(const BackupJob& job);
    // runDaily(job) now, and again whenever the day has changed (checked every `interval`), for a
    // workstation left running overnight. Replaces the job scheduled before.
    Start scheduleDaily(const BackupJob& job, std::chrono::milliseconds interval = std::chrono::minutes(30));

    // Replaces the database at `databasePath` with `backupFile` on the backup thread, and reports
    // with restored(). Nothing of this program may hold the database open meanwhile: the caller
    // closes it first and opens it again when restored() arrives (refused while a backup runs).
    Start restore(const QString& backupFile, const QString& databasePath);

    [[nodiscard]] bool isBusy() const { return m_busy; }
    // The path today's daily backup of `job` has.
    [[nodiscard]] QString dailyBackupPath(const BackupJob& job) const;

signals:
    void started(np::app::BackupOutcome::Kind kind);
    void finished(const np::app::BackupOutcome& outcome);
    void restored(const np::app::RestoreOutcome& outcome);

private:
    Start start(BackupOutcome::Kind kind, const BackupJob& job);
    void onWorkerFinished(BackupOutcome outcome);

    Clock m_now;
    QThread m_thread;
    BackupWorker* m_worker = nullptr; // lives on m_thread, deleted when it finishes
    bool m_busy = false;
    BackupJob m_scheduled;
    QTimer m_dayCheck;
};

} // namespace np::app
