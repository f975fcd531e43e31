#include "BackupService.h"

#include "BackupWorker.h"

#include "storage/Backup.h"

#include <QDir>
#include <QFileInfo>

#include <spdlog/spdlog.h>

namespace np::app {

BackupService::BackupService(Clock now, QObject* parent)
    : QObject(parent)
    , m_now(std::move(now))
    , m_worker(new BackupWorker)
{
    m_thread.setObjectName(QStringLiteral("backup"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &BackupWorker::finished, this, &BackupService::onWorkerFinished);
    connect(m_worker, &BackupWorker::restored, this, [this](const RestoreOutcome& outcome) {
        m_busy = false;
        if (outcome.ok())
            spdlog::info("Restored {} from {}; the database replaced is kept as {}", outcome.databasePath.toStdString(),
                outcome.backupFile.toStdString(), outcome.replacedKeptAs.toStdString());
        else
            spdlog::error("Restore failed: {}", outcome.error->message.toStdString());
        emit restored(outcome);
    });
    connect(&m_dayCheck, &QTimer::timeout, this, [this] { runDaily(m_scheduled); });
    m_thread.start();
}

BackupService::~BackupService()
{
    m_thread.quit();
    m_thread.wait();
}

QString BackupService::dailyBackupPath(const BackupJob& job) const
{
    const QString baseName = QFileInfo(job.databasePath).completeBaseName();
    return QDir(job.folder).filePath(storage::dailyBackupFileName(baseName, m_now().date()));
}

BackupService::Start BackupService::runDaily(const BackupJob& job)
{
    if (job.databasePath.isEmpty() || QFileInfo::exists(dailyBackupPath(job)))
        return Start::AlreadyDone;
    return start(BackupOutcome::Kind::Daily, job);
}

BackupService::Start BackupService::runNow(const BackupJob& job)
{
    return start(BackupOutcome::Kind::Manual, job);
}

BackupService::Start BackupService::scheduleDaily(const BackupJob& job, std::chrono::milliseconds interval)
{
    m_scheduled = job;
    m_dayCheck.start(interval);
    return runDaily(job);
}

BackupService::Start BackupService::start(BackupOutcome::Kind kind, const BackupJob& job)
{
    if (m_busy)
        return Start::Busy;
    m_busy = true;
    const QDateTime now = m_now();
    spdlog::info("{} backup of {} to {} started", kind == BackupOutcome::Kind::Daily ? "Daily" : "Manual",
        job.databasePath.toStdString(), job.folder.toStdString());
    emit started(kind);
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, kind, job, now] {
            if (kind == BackupOutcome::Kind::Daily)
                worker->runDaily(job, now);
            else
                worker->runManual(job, now);
        },
        Qt::QueuedConnection);
    return Start::Started;
}

BackupService::Start BackupService::restore(const QString& backupFile, const QString& databasePath)
{
    if (m_busy)
        return Start::Busy;
    m_busy = true;
    spdlog::info("Restoring {} from {}", databasePath.toStdString(), backupFile.toStdString());
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, backupFile, databasePath, now = m_now()] {
            worker->runRestore(backupFile, databasePath, now);
        },
        Qt::QueuedConnection);
    return Start::Started;
}

void BackupService::onWorkerFinished(BackupOutcome outcome)
{
    m_busy = false;
    outcome.finishedAt = m_now();
    if (!outcome.ok())
        spdlog::error("Backup failed: {}", outcome.error.toStdString());
    else if (outcome.made.isEmpty())
        spdlog::info("Today's backup already existed");
    else
        spdlog::info("Backup made: {}", outcome.made.toStdString());
    for (const QString& removed : outcome.removed)
        spdlog::info("Old backup removed: {}", removed.toStdString());
    emit finished(outcome);
}

} // namespace np::app
