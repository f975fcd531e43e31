// The database file is touched by SQLite alone: opening it again in the same process (the app's
// backup thread does) must keep the locks of the connection already open, or another process
// would take the file for unused and delete the WAL under it.
#include "StorageTestSupport.h"

#include "storage/Backup.h"
#include "storage/SqliteFiles.h"

#include <QFile>
#include <QLibraryInfo>

#include <sqlite3.h>

#include <dlfcn.h>
#include <fcntl.h>
#include <link.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using np::storage::Database;

namespace {

// Whether another process sees a lock on SQLite's lock bytes of `path`: a forked child asks
// fcntl(F_GETLK), which reports only other processes' locks (the parent's, here). Only
// async-signal-safe calls in the child.
bool lockedForOthers(const QString& path)
{
    const QByteArray name = QFile::encodeName(path);
    const pid_t child = ::fork();
    if (child == 0) {
        const int fd = ::open(name.constData(), O_RDONLY);
        struct flock probe { };
        probe.l_type = F_WRLCK;
        probe.l_whence = SEEK_SET;
        probe.l_start = 0x40000000; // SQLite's PENDING byte, then RESERVED and the SHARED range
        probe.l_len = 512;
        const bool held = fd >= 0 && ::fcntl(fd, F_GETLK, &probe) == 0 && probe.l_type != F_UNLCK;
        ::_exit(held ? 1 : 0);
    }
    int status = 0;
    REQUIRE(::waitpid(child, &status, 0) == child);
    REQUIRE(WIFEXITED(status));
    return WEXITSTATUS(status) == 1;
}

int loadedSqliteLibraries(dl_phdr_info* info, size_t, void* count)
{
    if (info->dlpi_name && QByteArray(info->dlpi_name).contains("libsqlite3"))
        ++*static_cast<int*>(count);
    return 0;
}

} // namespace

TEST_CASE("an open connection keeps its lock while the same process opens and closes the file again")
{
    np::test::TempDatabase db;
    REQUIRE(lockedForOthers(db.path())); // every WAL connection holds a shared lock
    for (int i = 0; i < 3; ++i) {
        {
            // What the app's backup does beside its main connection: open, back up, close.
            auto again = Database::open(db.path());
            REQUIRE(again);
            REQUIRE((*again)->backupTo(db.dir.filePath(u"copy-%1.db"_s.arg(i))));
        }
        CHECK(lockedForOthers(db.path()));
    }
    // A file that is no database, opened beside a live one in the same folder, changes nothing.
    QFile other(db.dir.filePath(u"notes.txt"_s));
    REQUIRE(other.open(QIODevice::WriteOnly));
    other.write("not a database");
    other.close();
    CHECK_FALSE(Database::open(other.fileName()));
    CHECK(lockedForOthers(db.path()));
    db.db.reset();
    CHECK_FALSE(lockedForOthers(db.path()));
}

TEST_CASE("restore refuses a database this process has open, before touching anything")
{
    np::test::TempDatabase db;
    const QString backup = db.dir.filePath(u"backup.db"_s);
    REQUIRE(db->backupTo(backup));
    auto r = np::storage::restoreDatabase(backup, db.path());
    REQUIRE_FALSE(r);
    CHECK(r.error().kind == np::storage::StorageError::Kind::Locked);
    CHECK(r.error().message.contains(u"nothing was changed"_s));
    CHECK(lockedForOthers(db.path()));
}

TEST_CASE("one SQLite library in the process: the one Qt's driver uses")
{
    np::test::TempDatabase db; // loads Qt's SQLite driver
    int libraries = 0;
    dl_iterate_phdr(&loadedSqliteLibraries, &libraries);
    CHECK(libraries == 1);
    const QString plugin = QLibraryInfo::path(QLibraryInfo::PluginsPath) + u"/sqldrivers/libqsqlite.so"_s;
    void* handle = ::dlopen(QFile::encodeName(plugin).constData(), RTLD_LAZY | RTLD_NOLOAD);
    REQUIRE(handle != nullptr);
    // The driver's sqlite3_open_v2 is this program's.
    CHECK(::dlsym(handle, "sqlite3_open_v2") == reinterpret_cast<void*>(&sqlite3_open_v2));
    ::dlclose(handle);
    CHECK(np::storage::sqlitefiles::sameLibrary(QString::fromLatin1(sqlite3_sourceid())));
    CHECK_FALSE(np::storage::sqlitefiles::sameLibrary(u"2020-01-01 00:00:00 another"_s));
}

TEST_CASE("a network share is told from a local disk by its file system")
{
    using np::storage::sqlitefiles::networkFileSystemName;
    CHECK(networkFileSystemName(0x6969) == u"NFS"_s);
    CHECK(networkFileSystemName(0xFF534D42) == u"SMB/CIFS"_s);
    CHECK(networkFileSystemName(0xFE534D42) == u"SMB/CIFS"_s);
    CHECK(networkFileSystemName(0x517B) == u"SMB"_s);
    CHECK(networkFileSystemName(0x01021997) == u"9P"_s);
    CHECK(networkFileSystemName(0xEF53).isEmpty()); // ext4
    CHECK(networkFileSystemName(0x01021994).isEmpty()); // tmpfs
    CHECK(networkFileSystemName(0x9123683E).isEmpty()); // btrfs
    CHECK(networkFileSystemName(0x58465342).isEmpty()); // xfs
    np::test::TempDatabase db; // a local temporary folder is accepted
    CHECK(np::storage::sqlitefiles::networkFileSystem(db.path()).isEmpty());
}
