#include "BackupWorker.h"

#include "storage/Backup.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QThread>

using namespace Qt::StringLiterals;

namespace np::app {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(BackupWorker)
};

BackupOutcome outcomeOf(BackupOutcome::Kind kind)
{
    BackupOutcome outcome;
    outcome.kind = kind;
    outcome.thread = QThread::currentThread();
    return outcome;
}

} // namespace

void BackupWorker::runDaily(const BackupJob& job, const QDateTime& now)
{
    BackupOutcome outcome = outcomeOf(BackupOutcome::Kind::Daily);
    if (auto db = storage::Database::open(job.databasePath); !db) {
        outcome.error = db.error().message;
    } else if (auto report = storage::dailyBackup(**db, job.folder, job.keep, now.date()); !report) {
        outcome.error = report.error().message;
    } else {
        outcome.made = report->made;
        outcome.removed = report->removed;
    }
    emit finished(outcome);
}

void BackupWorker::runManual(const BackupJob& job, const QDateTime& now)
{
    BackupOutcome outcome = outcomeOf(BackupOutcome::Kind::Manual);
    // Back Up Now twice within a second: the second is "-2", never refused for the name.
    const QString name = manualBackupFileName(job.databasePath, now);
    QString target = QDir(job.folder).filePath(name);
    for (int n = 2; QFileInfo::exists(target) || QFileInfo(target).isSymLink(); ++n)
        target = QDir(job.folder).filePath(name.chopped(3) + u'-' + QString::number(n) + u".db"_s);
    if (!QDir().mkpath(job.folder)) {
        outcome.error = Tr::tr("cannot create the backup folder %1").arg(QDir::toNativeSeparators(job.folder));
    } else if (auto db = storage::Database::open(job.databasePath); !db) {
        outcome.error = db.error().message;
    } else if (auto made = (*db)->backupTo(target); !made) {
        outcome.error = made.error().message;
    } else {
        outcome.made = target;
    }
    emit finished(outcome);
}

void BackupWorker::runRestore(const QString& backupFile, const QString& databasePath, const QDateTime& now)
{
    RestoreOutcome outcome;
    outcome.backupFile = backupFile;
    outcome.databasePath = databasePath;
    storage::RestoreOptions options;
    options.now = now.toUTC();
    if (auto report = storage::restoreDatabase(backupFile, databasePath, options); !report) {
        outcome.error = report.error();
    } else {
        outcome.replacedKeptAs = report->replacedKeptAs;
        outcome.migratesOnNextOpen = report->migratesOnNextOpen;
    }
    emit restored(outcome);
}

QString BackupWorker::manualBackupFileName(const QString& databasePath, const QDateTime& now)
{
    return QFileInfo(databasePath).completeBaseName() + u'-' + now.toString(u"yyyy-MM-dd-HHmmss"_s) + u".db"_s;
}

} // namespace np::app
