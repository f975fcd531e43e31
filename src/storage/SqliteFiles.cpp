#include "SqliteFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QUuid>

#include <sqlite3.h>

#include <memory>
#include <mutex>

#ifdef Q_OS_LINUX
#include <sys/vfs.h>
#endif
#ifndef Q_OS_WIN
#include <fcntl.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace np::storage::sqlitefiles {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Database)
};

constexpr int HeaderSize = 100;

// A file opened through the default VFS, closed through it.
class VfsFile {
public:
    VfsFile()
        : m_vfs(sqlite3_vfs_find(nullptr))
        , m_storage(static_cast<sqlite3_file*>(sqlite3_malloc(m_vfs ? m_vfs->szOsFile : 0)))
    {
        if (m_storage)
            m_storage->pMethods = nullptr;
    }
    ~VfsFile()
    {
        // xClose is due whenever xOpen set pMethods, even when it reported a failure.
        if (m_storage && m_storage->pMethods)
            m_storage->pMethods->xClose(m_storage);
        sqlite3_free(m_storage);
    }
    VfsFile(const VfsFile&) = delete;
    VfsFile& operator=(const VfsFile&) = delete;

    // The name must be absolute and stay alive until the file is closed.
    int open(const QByteArray& name, int flags)
    {
        if (!m_vfs || !m_storage)
            return SQLITE_NOMEM;
        int outFlags = 0;
        return m_vfs->xOpen(m_vfs, name.constData(), m_storage, flags, &outFlags);
    }
    [[nodiscard]] sqlite3_file* file() const { return m_storage; }
    [[nodiscard]] QString lastError() const
    {
        char text[256] = {};
        if (m_vfs && m_vfs->xGetLastError)
            m_vfs->xGetLastError(m_vfs, sizeof text - 1, text);
        return QString::fromLocal8Bit(text);
    }

private:
    sqlite3_vfs* m_vfs;
    sqlite3_file* m_storage;
};

// Absolute, and ending in two more NULs: SQLite hands a database's name to sqlite3_uri_parameter()
// and friends, which read past the first NUL.
QByteArray absoluteName(const QString& path)
{
    return QFile::encodeName(QFileInfo(path).absoluteFilePath()) + QByteArray(4, '\0');
}

// fsync, so a copy that was reported made survives a power cut. Best effort on a folder. Only for
// files no connection has open (a fresh copy, a folder).
bool syncPath(const QString& path, bool folder)
{
#ifdef Q_OS_WIN
    Q_UNUSED(path);
    Q_UNUSED(folder);
    return true;
#else
    const int fd = ::open(QFile::encodeName(path).constData(), folder ? O_RDONLY | O_DIRECTORY : O_RDWR);
    if (fd < 0)
        return folder;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok || folder;
#endif
}

std::mutex registryMutex;
QHash<QString, int>& registry()
{
    static QHash<QString, int> open;
    return open;
}

QString registryKey(const QString& path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
}

} // namespace

StorageError::Kind errorKind(int code)
{
    switch (code & 0xFF) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return StorageError::Kind::Locked;
    case SQLITE_READONLY:
        return StorageError::Kind::ReadOnly;
    case SQLITE_CORRUPT:
        return StorageError::Kind::Corrupt;
    case SQLITE_NOTADB:
        return StorageError::Kind::NotADatabase;
    default:
        return StorageError::Kind::Failed;
    }
}

Result<Header> readHeader(const QString& path, const QString& name)
{
    VfsFile f;
    const QByteArray encoded = absoluteName(path);
    if (const int rc = f.open(encoded, SQLITE_OPEN_MAIN_DB | SQLITE_OPEN_READONLY); rc != SQLITE_OK)
        return fail(StorageError::Kind::Failed, Tr::tr("%1 cannot be read: %2").arg(name, f.lastError()));
    sqlite3_int64 size = 0;
    if (f.file()->pMethods->xFileSize(f.file(), &size) != SQLITE_OK)
        return fail(StorageError::Kind::Failed, Tr::tr("%1 cannot be read: %2").arg(name, f.lastError()));
    Header header;
    header.fileSize = size;
    QByteArray bytes(HeaderSize, '\0');
    const int rc = f.file()->pMethods->xRead(f.file(), bytes.data(), HeaderSize, 0);
    if (rc != SQLITE_OK && rc != SQLITE_IOERR_SHORT_READ)
        return fail(StorageError::Kind::Failed, Tr::tr("%1 cannot be read: %2").arg(name, f.lastError()));
    header.bytes = bytes.left(static_cast<qsizetype>(std::min<sqlite3_int64>(size, HeaderSize)));
    return header;
}

Result<void> createEmpty(const QString& path)
{
    VfsFile f;
    const QByteArray encoded = absoluteName(path);
    const int rc
        = f.open(encoded, SQLITE_OPEN_MAIN_DB | SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_EXCLUSIVE);
    if (rc == SQLITE_OK)
        return {};
    const QFileInfo info(path);
    return fail(info.exists() || info.isSymLink() ? StorageError::Kind::Exists : StorageError::Kind::Failed,
        Tr::tr("cannot create %1: %2").arg(path, f.lastError()));
}

Result<void> copyDatabase(sqlite3* source, const QString& target, const QString& sourceName)
{
    const QFileInfo targetInfo(target);
    const QString folder = targetInfo.absolutePath();
    // A hidden, unique name in the target's folder: the rename is then atomic, and a half-written
    // file never looks like a copy.
    const QString temp
        = folder + u"/."_s + targetInfo.fileName() + u".part-"_s + QUuid::createUuid().toString(QUuid::Id128).left(12);
    auto failWith = [&](int code, const QString& detail) {
        removeWithCompanions(temp);
        return fail(errorKind(code), Tr::tr("cannot back up %1 to %2: %3").arg(sourceName, target, detail));
    };

    sqlite3* dest = nullptr;
    const QByteArray tempName = QFile::encodeName(temp);
    int rc = sqlite3_open_v2(tempName.constData(), &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc != SQLITE_OK) {
        const QString detail = QString::fromUtf8(dest ? sqlite3_errmsg(dest) : sqlite3_errstr(rc));
        sqlite3_close(dest);
        return failWith(rc, detail);
    }
    sqlite3_backup* backup = sqlite3_backup_init(dest, "main", source, "main");
    if (!backup) {
        rc = sqlite3_errcode(dest);
        const QString detail = QString::fromUtf8(sqlite3_errmsg(dest));
        sqlite3_close(dest);
        return failWith(rc, detail);
    }
    // All pages in one step, under one read transaction of the source: a consistent snapshot. In
    // WAL mode writers carry on meanwhile. SQLITE_BUSY or SQLITE_LOCKED (the source's busy timeout
    // ran out) are not fatal to the backup object, so sqlite3_backup_finish() would report
    // SQLITE_OK for an incomplete copy: the step's own result decides.
    const int stepRc = sqlite3_backup_step(backup, -1);
    const int finishRc = sqlite3_backup_finish(backup);
    if (stepRc != SQLITE_DONE || finishRc != SQLITE_OK) {
        const int code = stepRc != SQLITE_DONE ? stepRc : finishRc;
        QString detail = QString::fromUtf8(sqlite3_errstr(code));
        if (finishRc != SQLITE_OK)
            detail = QString::fromUtf8(sqlite3_errmsg(dest));
        sqlite3_close(dest);
        return failWith(code, detail);
    }
    rc = sqlite3_close(dest);
    if (rc != SQLITE_OK)
        return failWith(rc, QString::fromUtf8(sqlite3_errstr(rc)));
    if (!syncPath(temp, false))
        return failWith(SQLITE_IOERR, Tr::tr("cannot flush the copy to disk"));
    // QFile::rename never replaces an existing file (Linux: renameat2 RENAME_NOREPLACE).
    QFile tempFile(temp);
    if (!tempFile.rename(target))
        return failWith(SQLITE_ERROR, tempFile.errorString());
    syncPath(folder, true);
    return {};
}

bool sameLibrary(const QString& driverSourceId)
{
    return driverSourceId == QString::fromLatin1(sqlite3_sourceid());
}

void removeWithCompanions(const QString& path)
{
    for (const QString& suffix : {QString(), u"-wal"_s, u"-shm"_s, u"-journal"_s})
        QFile::remove(path + suffix);
}

void registerOpen(const QString& path)
{
    const std::lock_guard lock(registryMutex);
    ++registry()[registryKey(path)];
}

void unregisterOpen(const QString& path)
{
    const std::lock_guard lock(registryMutex);
    const QString key = registryKey(path);
    if (auto it = registry().find(key); it != registry().end() && --it.value() <= 0)
        registry().erase(it);
}

bool isOpenInThisProcess(const QString& path)
{
    const std::lock_guard lock(registryMutex);
    return registry().contains(registryKey(path));
}

QString networkFileSystemName(qint64 type)
{
    switch (static_cast<quint32>(type)) {
    case 0x6969:
        return u"NFS"_s;
    case 0x517B:
        return u"SMB"_s;
    case 0xFF534D42:
    case 0xFE534D42:
        return u"SMB/CIFS"_s;
    case 0x5346414F:
    case 0x6B414653:
        return u"AFS"_s;
    case 0x01021997:
        return u"9P"_s;
    case 0x00C36400:
        return u"Ceph"_s;
    case 0x73757245:
        return u"Coda"_s;
    case 0x564C:
        return u"NCP"_s;
    case 0x0BD00BD0:
        return u"Lustre"_s;
    default:
        return {};
    }
}

QString networkFileSystem(const QString& path)
{
#ifdef Q_OS_LINUX
    struct statfs fs { };
    const QString existing = QFileInfo::exists(path) ? path : QFileInfo(path).absolutePath();
    if (::statfs(QFile::encodeName(existing).constData(), &fs) != 0)
        return {};
    return networkFileSystemName(static_cast<qint64>(fs.f_type));
#else
    Q_UNUSED(path);
    return {};
#endif
}

struct ExclusiveFileLock::File {
    VfsFile file;
    QByteArray name;
    int level = SQLITE_LOCK_NONE;
};

Result<std::unique_ptr<ExclusiveFileLock>> ExclusiveFileLock::take(const QString& path)
{
    std::unique_ptr<ExclusiveFileLock> lock(new ExclusiveFileLock);
    lock->m_file = std::make_unique<File>();
    File& f = *lock->m_file;
    f.name = absoluteName(path);
    if (f.file.open(f.name, SQLITE_OPEN_MAIN_DB | SQLITE_OPEN_READWRITE) != SQLITE_OK)
        return fail(StorageError::Kind::Failed, Tr::tr("%1 cannot be opened: %2").arg(path, f.file.lastError()));
    // SQLite's order: shared, then reserved, then exclusive (through pending).
    for (const int level : {SQLITE_LOCK_SHARED, SQLITE_LOCK_RESERVED, SQLITE_LOCK_EXCLUSIVE}) {
        const int rc = f.file.file()->pMethods->xLock(f.file.file(), level);
        if (rc != SQLITE_OK)
            return fail((rc & 0xFF) == SQLITE_BUSY ? StorageError::Kind::Locked : StorageError::Kind::Failed,
                Tr::tr("%1 is in use by another program or workstation: close Needlepoint everywhere and try again")
                    .arg(path));
        f.level = level;
    }
    return lock;
}

ExclusiveFileLock::~ExclusiveFileLock()
{
    if (m_file && m_file->level != SQLITE_LOCK_NONE)
        m_file->file.file()->pMethods->xUnlock(m_file->file.file(), SQLITE_LOCK_NONE);
}

} // namespace np::storage::sqlitefiles
