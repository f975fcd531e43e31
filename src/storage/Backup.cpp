#include "Backup.h"

#include "Migrations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUuid>

#include <sqlite3.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace np::storage {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Backup)
};

const QStringList Companions {u"-wal"_s, u"-shm"_s};

void removeWithCompanions(const QString& path)
{
    QFile::remove(path);
    for (const QString& suffix : Companions)
        QFile::remove(path + suffix);
    QFile::remove(path + u"-journal"_s);
}

// A name next to `base` that does not exist yet: base, base-2, base-3, ...
QString unusedName(const QString& base)
{
    QString name = base;
    for (int n = 2; QFileInfo::exists(name) || QFileInfo(name).isSymLink(); ++n)
        name = base + u'-' + QString::number(n);
    return name;
}

// Whether another connection has `path` open: an exclusive lock (locking_mode EXCLUSIVE, so WAL
// readers count too) that cannot be had within the busy timeout. A file SQLite cannot read (not a
// database, damaged) is not in use as far as restore is concerned: replacing it is the point.
// Closing the connection folds a WAL file into the database, so the copy kept aside is one file.
Result<void> ensureNotInUse(const QString& path, std::chrono::milliseconds busyTimeout)
{
    sqlite3* db = nullptr;
    const QByteArray name = QFile::encodeName(path);
    int rc = sqlite3_open_v2(name.constData(), &db, SQLITE_OPEN_READWRITE, nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_busy_timeout(db, static_cast<int>(busyTimeout.count()));
        rc = sqlite3_exec(db, "PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE;", nullptr, nullptr, nullptr);
        if (rc == SQLITE_OK)
            sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
    }
    const QString detail = QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
    sqlite3_close(db);
    const int primary = rc & 0xFF;
    if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED)
        return fail(StorageError::Kind::Locked,
            Tr::tr("%1 is in use by another program or workstation (%2): close Needlepoint everywhere and restore "
                   "again; nothing was changed")
                .arg(path, detail));
    return {};
}

// Renames `from` and its -wal/-shm to `to`; on failure puts back what moved.
Result<void> moveWithCompanions(const QString& from, const QString& to)
{
    QStringList moved;
    auto undo = [&] {
        for (const QString& suffix : moved)
            QFile::rename(to + suffix, from + suffix);
    };
    for (const QString& suffix : QStringList {QString()} + Companions) {
        if (!QFileInfo::exists(from + suffix))
            continue;
        QFile file(from + suffix);
        if (!file.rename(to + suffix)) {
            const QString error = file.errorString();
            undo();
            return fail(StorageError::Kind::Failed,
                Tr::tr("cannot rename %1 to %2: %3").arg(from + suffix, to + suffix, error));
        }
        moved << suffix;
    }
    return {};
}

bool isBackupProblem(StorageError::Kind kind)
{
    using Kind = StorageError::Kind;
    return kind == Kind::Missing || kind == Kind::NotADatabase || kind == Kind::Corrupt || kind == Kind::TooNew;
}

} // namespace

Result<RestoreReport> restoreDatabase(
    const QString& backupFile, const QString& databasePath, const RestoreOptions& options)
{
    const QFileInfo source(backupFile);
    const QFileInfo target(databasePath);
    if (!source.exists())
        return fail(StorageError::Kind::Invalid, Tr::tr("no backup at %1; nothing was changed").arg(backupFile));
    if (!source.isFile())
        return fail(StorageError::Kind::Invalid, Tr::tr("%1 is not a file; nothing was changed").arg(backupFile));
    if (source.absoluteFilePath() == target.absoluteFilePath()
        || (target.exists() && source.canonicalFilePath() == target.canonicalFilePath()))
        return fail(StorageError::Kind::Invalid,
            Tr::tr("%1 is the database itself: restore from a backup file; nothing was changed").arg(backupFile));
    if (target.exists() && !target.isFile())
        return fail(StorageError::Kind::Failed, Tr::tr("%1 is not a file; nothing was changed").arg(databasePath));
    const QString folder = target.absolutePath();
    if (!QDir().mkpath(folder))
        return fail(StorageError::Kind::Failed, Tr::tr("cannot create the folder %1").arg(folder));
    const auto busyTimeout = options.busyTimeout.value_or(Database::defaultBusyTimeout());

    // 1. A staging copy beside the database (same drive: the final rename is atomic). The backup
    //    file is only read; SQLite opens the copy, so it never writes a -wal or -shm next to it.
    const QString staging
        = folder + u"/."_s + target.fileName() + u".restoring-"_s + QUuid::createUuid().toString(QUuid::Id128).left(12);
    auto copyFailed = [&](const QString& from, const QString& error) {
        removeWithCompanions(staging);
        return fail(StorageError::Kind::Failed,
            Tr::tr("cannot copy %1 to %2: %3; nothing was changed").arg(from, folder, error));
    };
    // The copy gets the permissions of the database it replaces (a backup on read-only media is
    // read-only itself), else owner-only: it holds patient records.
    const QFile::Permissions permissions
        = target.exists() ? QFile::permissions(databasePath) : QFile::ReadOwner | QFile::WriteOwner;
    auto copy = [&](const QString& from, const QString& to) -> Result<void> {
        QFile file(from);
        if (!file.copy(to))
            return copyFailed(from, file.errorString());
        QFile::setPermissions(to, permissions | QFile::ReadOwner | QFile::WriteOwner);
        return {};
    };
    if (auto r = copy(backupFile, staging); !r)
        return std::unexpected(r.error());
    // A backup copied from a live database may have committed data in its -wal: it goes along.
    if (const QFileInfo wal(backupFile + u"-wal"_s); wal.isFile() && wal.size() > 0)
        if (auto r = copy(wal.filePath(), staging + u"-wal"_s); !r)
            return std::unexpected(r.error());

    // 2. Check the copy: a Needlepoint database, a schema this build reads, no damage.
    RestoreReport report;
    report.database = databasePath;
    report.restoredFrom = backupFile;
    {
        OpenOptions check;
        check.busyTimeout = busyTimeout;
        check.migrate = false; // the next ordinary open migrates, after making its copy
        check.displayName = backupFile;
        check.migrations = options.migrations;
        auto opened = Database::open(staging, check);
        Result<void> checked = opened ? (*opened)->checkIntegrity() : Result<void>(std::unexpected(opened.error()));
        if (!checked) {
            opened = std::unexpected(checked.error());
            removeWithCompanions(staging);
            const StorageError& e = checked.error();
            return fail(isBackupProblem(e.kind) ? StorageError::Kind::Invalid : e.kind,
                Tr::tr("%1; nothing was changed").arg(e.message));
        }
        report.schemaVersion = (*opened)->schemaVersion();
        const int latest
            = options.migrations ? static_cast<int>(options.migrations->size()) : Database::latestSchemaVersion();
        report.migratesOnNextOpen = report.schemaVersion < latest;
    } // closing the last connection folds the copy's -wal into it
    for (const QString& suffix : Companions)
        QFile::remove(staging + suffix);

    // 3. The database being replaced: not in use, then kept aside with its -wal and -shm.
    if (target.exists()) {
        if (auto r = ensureNotInUse(databasePath, busyTimeout); !r) {
            removeWithCompanions(staging);
            return std::unexpected(r.error());
        }
        const QDateTime now = options.now.isValid() ? options.now : QDateTime::currentDateTimeUtc();
        const QString aside
            = unusedName(databasePath + u".replaced-"_s + now.toUTC().toString(u"yyyyMMddTHHmmss'Z'"_s));
        if (auto r = moveWithCompanions(databasePath, aside); !r) {
            removeWithCompanions(staging);
            return fail(r.error().kind, Tr::tr("%1; nothing was changed").arg(r.error().message));
        }
        report.replacedKeptAs = aside;
    } else {
        // No database, but a stray -wal/-shm would be replayed into the restored one.
        for (const QString& suffix : Companions)
            if (QFileInfo::exists(databasePath + suffix)) {
                removeWithCompanions(staging);
                return fail(StorageError::Kind::Failed,
                    Tr::tr("%1 exists, left over from an earlier database; move it away first; nothing was changed")
                        .arg(databasePath + suffix));
            }
    }

    // 4. The checked copy into place. Should that fail, the replaced database goes back.
    if (QFile file(staging); !file.rename(databasePath)) {
        const QString error = file.errorString();
        removeWithCompanions(staging);
        QString message = Tr::tr("cannot move the restored database to %1: %2").arg(databasePath, error);
        if (!report.replacedKeptAs.isEmpty()) {
            if (moveWithCompanions(report.replacedKeptAs, databasePath))
                message += u"; "_s + Tr::tr("nothing was changed");
            else
                message += u"; "_s + Tr::tr("the replaced database is at %1").arg(report.replacedKeptAs);
        }
        return fail(StorageError::Kind::Failed, message);
    }
    return report;
}

QString dailyBackupFileName(const QString& baseName, QDate day)
{
    return baseName + u'-' + day.toString(Qt::ISODate) + u".db"_s;
}

namespace {

Result<QStringList> rotate(const QString& folder, int keep, const QString& baseName, const QString& alwaysKeep)
{
    if (keep < 1)
        return fail(StorageError::Kind::Invalid, Tr::tr("keep at least one backup (asked to keep %1)").arg(keep));
    const QRegularExpression pattern(u"^%1-(\\d{4}-\\d{2}-\\d{2})\\.db$"_s.arg(QRegularExpression::escape(baseName)));
    struct Dated {
        QDate day;
        QString name;
    };
    QList<Dated> backups;
    const QDir dir(folder);
    for (const QString& name : dir.entryList(QDir::Files | QDir::Hidden, QDir::Name)) {
        const QRegularExpressionMatch m = pattern.match(name);
        if (!m.hasMatch())
            continue;
        const QDate day = QDate::fromString(m.captured(1), Qt::ISODate);
        if (day.isValid())
            backups.append({day, name});
    }
    std::sort(backups.begin(), backups.end(), [](const Dated& a, const Dated& b) { return a.day > b.day; });
    QStringList removed;
    for (qsizetype i = keep; i < backups.size(); ++i) {
        if (backups[i].name == alwaysKeep)
            continue;
        const QString path = dir.filePath(backups[i].name);
        if (QFile file(path); !file.remove())
            return fail(StorageError::Kind::Failed,
                Tr::tr("cannot remove the old backup %1: %2").arg(path, file.errorString()));
        removed << path;
    }
    return removed;
}

} // namespace

Result<QStringList> rotateBackups(const QString& folder, int keep, const QString& baseName)
{
    return rotate(folder, keep, baseName, QString());
}

Result<DailyBackupReport> dailyBackup(Database& db, const QString& folder, int keep, QDate today)
{
    if (keep < 1)
        return fail(StorageError::Kind::Invalid, Tr::tr("keep at least one backup (asked to keep %1)").arg(keep));
    if (!today.isValid())
        return fail(StorageError::Kind::Invalid, Tr::tr("the daily backup needs today's date"));
    if (!QDir().mkpath(folder))
        return fail(StorageError::Kind::Failed, Tr::tr("cannot create the backup folder %1").arg(folder));
    const QString baseName = QFileInfo(db.path()).completeBaseName();
    const QString name = dailyBackupFileName(baseName, today);
    const QString path = QDir(folder).filePath(name);
    DailyBackupReport report;
    if (!QFileInfo::exists(path)) {
        if (auto r = db.backupTo(path); !r)
            return std::unexpected(r.error());
        report.made = path;
    }
    auto removed = rotate(folder, keep, baseName, name);
    if (!removed)
        return std::unexpected(removed.error());
    report.removed = *removed;
    return report;
}

} // namespace np::storage
