#pragma once

// The database's own files, touched through SQLite only.
//
// On POSIX systems a process's locks on a file belong to the process, not to the descriptor: when
// any descriptor of the file is closed, every lock the process holds on it is dropped. A QFile
// that reads the header, a copy, a second SQLite library: each silently releases the locks of a
// live connection in the same process (the app's, while its backup thread opens the file), and
// another process then believes it is alone, checkpoints and deletes the WAL that connection still
// uses. SQLite's own file layer (its default VFS) knows every connection of the process to a file
// and keeps a descriptor open until none holds a lock, so everything here goes through it.

#include "StorageError.h"

#include <QByteArray>
#include <QString>

#include <memory>

struct sqlite3;

namespace np::storage::sqlitefiles {

// What an SQLite result code means to the caller (SQLITE_BUSY: Locked, SQLITE_NOTADB: NotADatabase, ...).
[[nodiscard]] StorageError::Kind errorKind(int sqliteCode);

struct Header {
    qint64 fileSize = 0;
    QByteArray bytes; // the first 100 bytes (fewer when the file is shorter)
};

// The file's size and first 100 bytes. `name` is used in messages.
[[nodiscard]] Result<Header> readHeader(const QString& path, const QString& name);

// Creates `path` empty, failing when anything exists there (O_EXCL: of two processes creating
// the same database, one fails). Kind::Exists or Kind::Failed.
[[nodiscard]] Result<void> createEmpty(const QString& path);

// Copies the database open on `source` to `target` through the online backup API, in one step
// (one read transaction of the source: a consistent snapshot while others write). Written to a
// hidden temporary file in the target's folder, synced, then renamed into place, so a half-written
// copy never bears the target's name. The caller has checked that `target` is free.
[[nodiscard]] Result<void> copyDatabase(sqlite3* source, const QString& target, const QString& sourceName);

// The SQLite library this process uses must be the one QtSql's driver uses: two copies keep two
// separate tables of locks and file descriptors, and each drops the other's locks. Checked on the
// connection `handle` came from: its sqlite_source_id() must be this library's.
[[nodiscard]] bool sameLibrary(const QString& driverSourceId);

// Whether a connection of this process has `path` open (Database registers each connection).
// Restore refuses such a file: replacing it would pull it from under this process's own
// connection.
// Removes a database file that no connection has open, with its -wal, -shm and -journal (a
// half-made copy, a staging file): never a live database (see docs/database.md).
void removeWithCompanions(const QString& path);

void registerOpen(const QString& path);
void unregisterOpen(const QString& path);
[[nodiscard]] bool isOpenInThisProcess(const QString& path);

// The file system's name when `path` is on a network share (NFS, SMB/CIFS, AFS, 9P, Ceph, ...),
// where SQLite's WAL cannot work: it needs memory shared by every process using the database, and
// a network file system's locks are unreliable. Empty for a local disk or when it cannot be told.
[[nodiscard]] QString networkFileSystem(const QString& path);
// The same decision for a statfs f_type value (tests).
[[nodiscard]] QString networkFileSystemName(qint64 fileSystemType);

} // namespace np::storage::sqlitefiles

namespace np::storage::sqlitefiles {

// An exclusive lock on a database file that SQLite cannot read (damaged, not a database), taken
// through SQLite's file layer: it fails while any other connection, here or in another process,
// holds a lock on the file. Held until destroyed.
class ExclusiveFileLock {
public:
    // Kind::Locked when another connection holds the file; Kind::Failed when it cannot be opened.
    [[nodiscard]] static Result<std::unique_ptr<ExclusiveFileLock>> take(const QString& path);
    ~ExclusiveFileLock();
    ExclusiveFileLock(const ExclusiveFileLock&) = delete;
    ExclusiveFileLock& operator=(const ExclusiveFileLock&) = delete;

private:
    ExclusiveFileLock() = default;
    struct File;
    std::unique_ptr<File> m_file;
};

} // namespace np::storage::sqlitefiles
