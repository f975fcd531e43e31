#include "Backup.h"

#include "Migrations.h"
#include "SqliteFiles.h"

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

// A name next to `base` that does not exist yet: base, base-2, base-3, ...
QString unusedName(const QString& base)
{
    QString name = base;
    for (int n = 2; QFileInfo::exists(name) || QFileInfo(name).isSymLink(); ++n)
        name = base + u'-' + QString::number(n);
    return name;
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

// A connection through SQLite's C API, closed when it goes.
struct Connection {
    sqlite3* handle = nullptr;
    Connection() = default;
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;
    ~Connection() { sqlite3_close(handle); }

    int open(const QString& path)
    {
        const QByteArray name = QFile::encodeName(path);
        return sqlite3_open_v2(name.constData(), &handle, SQLITE_OPEN_READWRITE, nullptr);
    }
    int exec(const char* sql) { return sqlite3_exec(handle, sql, nullptr, nullptr, nullptr); }
    [[nodiscard]] QString error(int rc) const
    {
        return QString::fromUtf8(handle ? sqlite3_errmsg(handle) : sqlite3_errstr(rc));
    }
};

// Replaces the content of the database at `path` with the checked copy `staging`, through SQLite
// from start to end, so the file stays the one every program opens and is never pulled from under
// a connection:
// - an exclusive lock on it (locking_mode EXCLUSIVE keeps it to the end; every WAL reader holds a
//   shared lock, so this fails while any connection anywhere has the database open);
// - a copy of it as it is (with what only its -wal held) to `aside`, through the backup API;
// - the copy's pages into it in one transaction of a rollback journal (a page size that differs
//   is allowed there, unlike in WAL): a crash midway leaves a hot journal that the next open
//   rolls back, so the database holds either all of its old content or all of the backup's;
// - then WAL again.
// Kind::Corrupt or Kind::NotADatabase when SQLite cannot read the database; nothing was changed.
Result<void> restoreInPlace(
    const QString& staging, const QString& path, const QString& aside, std::chrono::milliseconds busyTimeout)
{
    Connection live;
    int rc = live.open(path);
    if (rc == SQLITE_OK) {
        sqlite3_busy_timeout(live.handle, static_cast<int>(busyTimeout.count()));
        rc = live.exec("PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE; COMMIT;");
    }
    if (rc != SQLITE_OK) {
        const StorageError::Kind kind = sqlitefiles::errorKind(rc);
        if (kind == StorageError::Kind::Locked)
            return fail(kind,
                Tr::tr("%1 is in use by another program or workstation (%2): close Needlepoint everywhere and "
                       "restore again")
                    .arg(path, live.error(rc)));
        return fail(kind, Tr::tr("%1 cannot be read: %2").arg(path, live.error(rc)));
    }
    if (auto kept = sqlitefiles::copyDatabase(live.handle, aside, path); !kept)
        return std::unexpected(kept.error());

    // From here a failure leaves the database as it was: the copy aside goes again.
    auto failed = [&](const QString& message) {
        QFile::remove(aside);
        return fail(StorageError::Kind::Failed, message);
    };
    Connection source;
    if (rc = source.open(staging); rc != SQLITE_OK)
        return failed(Tr::tr("cannot read the checked copy %1: %2").arg(staging, source.error(rc)));
    if (rc = live.exec("PRAGMA journal_mode = DELETE"); rc != SQLITE_OK)
        return failed(Tr::tr("%1: %2").arg(path, live.error(rc)));
    sqlite3_backup* backup = sqlite3_backup_init(live.handle, "main", source.handle, "main");
    if (!backup) {
        const QString detail = live.error(SQLITE_ERROR);
        (void)live.exec("PRAGMA journal_mode = WAL");
        return failed(Tr::tr("cannot restore into %1: %2").arg(path, detail));
    }
    const int stepRc = sqlite3_backup_step(backup, -1);
    const int finishRc = sqlite3_backup_finish(backup);
    const bool copied = stepRc == SQLITE_DONE && finishRc == SQLITE_OK;
    const QString detail = live.error(copied ? SQLITE_OK : stepRc);
    // Back to WAL whatever happened. Should that fail, the restore stands all the same: the next
    // open switches the database to WAL.
    const bool wal = live.exec("PRAGMA journal_mode = WAL") == SQLITE_OK;
    // In exclusive locking mode SQLite keeps the rollback journal file, its header zeroed (it is
    // not hot: nothing replays it). Back in WAL, under the lock still held, it is of no use to
    // anyone; unlinking it touches no lock.
    if (wal)
        QFile::remove(path + u"-journal"_s);
    if (!copied)
        return failed(Tr::tr("cannot restore into %1: %2").arg(path, detail));
    return {};
}

// The checked copy renamed to `databasePath`, where no database is (any more).
Result<RestoreReport> moveIntoPlace(const QString& staging, const QString& databasePath, const RestoreReport& report)
{
    if (QFile file(staging); !file.rename(databasePath)) {
        const QString error = file.errorString();
        sqlitefiles::removeWithCompanions(staging);
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
        sqlitefiles::removeWithCompanions(staging);
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
            sqlitefiles::removeWithCompanions(staging);
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

    // 3. The database being replaced, if any: never while a connection has it open, here or in
    //    another program.
    if (!target.exists()) {
        // No database, but a stray -wal/-shm would be replayed into the restored one.
        for (const QString& suffix : Companions)
            if (QFileInfo::exists(databasePath + suffix)) {
                sqlitefiles::removeWithCompanions(staging);
                return fail(StorageError::Kind::Failed,
                    Tr::tr("%1 exists, left over from an earlier database; move it away first; nothing was changed")
                        .arg(databasePath + suffix));
            }
        return moveIntoPlace(staging, databasePath, report);
    }
    if (sqlitefiles::isOpenInThisProcess(databasePath)) {
        sqlitefiles::removeWithCompanions(staging);
        return fail(StorageError::Kind::Locked,
            Tr::tr("%1 is in use in this program: close it before restoring; nothing was changed").arg(databasePath));
    }
    const QDateTime now = options.now.isValid() ? options.now : QDateTime::currentDateTimeUtc();
    const QString aside = unusedName(databasePath + u".replaced-"_s + now.toUTC().toString(u"yyyyMMddTHHmmss'Z'"_s));
    auto inPlace = restoreInPlace(staging, databasePath, aside, busyTimeout);
    if (inPlace) {
        sqlitefiles::removeWithCompanions(staging);
        report.replacedKeptAs = aside;
        return report;
    }
    if (inPlace.error().kind != StorageError::Kind::Corrupt
        && inPlace.error().kind != StorageError::Kind::NotADatabase) {
        sqlitefiles::removeWithCompanions(staging);
        return fail(inPlace.error().kind, Tr::tr("%1; nothing was changed").arg(inPlace.error().message));
    }
    // SQLite cannot read the database (restoring is the point): under an exclusive lock on its
    // file, it is renamed aside with its -wal and -shm and the checked copy renamed into place.
    auto lock = sqlitefiles::ExclusiveFileLock::take(databasePath);
    if (!lock) {
        sqlitefiles::removeWithCompanions(staging);
        return fail(lock.error().kind, Tr::tr("%1; nothing was changed").arg(lock.error().message));
    }
    if (auto r = moveWithCompanions(databasePath, aside); !r) {
        sqlitefiles::removeWithCompanions(staging);
        return fail(r.error().kind, Tr::tr("%1; nothing was changed").arg(r.error().message));
    }
    report.replacedKeptAs = aside;
    return moveIntoPlace(staging, databasePath, report);
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
