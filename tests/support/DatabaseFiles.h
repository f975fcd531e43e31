#pragma once

// Test helpers for database files, shared by the storage and CLI tests (header-only: only
// targets that link needlepoint_storage, and so SQLite, include it).

#include "TestSupport.h"

#include <QByteArray>
#include <QFile>
#include <QFileInfo>
#include <QString>
#include <QStringList>

#include <sqlite3.h>

#ifdef Q_OS_LINUX
#include <fcntl.h>
#include <linux/fs.h>
#include <sys/ioctl.h>
#include <unistd.h>
#endif

#include <utility>

namespace np::test {

// A plain SQLite connection beside Needlepoint's: another program or workstation.
class RawConnection {
public:
    explicit RawConnection(const QString& path, int flags = SQLITE_OPEN_READWRITE)
    {
        const QByteArray name = QFile::encodeName(path);
        const int rc = sqlite3_open_v2(name.constData(), &m_db, flags, nullptr);
        INFO(sqlite3_errstr(rc));
        REQUIRE(rc == SQLITE_OK);
    }
    ~RawConnection() { sqlite3_close_v2(m_db); }
    RawConnection(const RawConnection&) = delete;
    RawConnection& operator=(const RawConnection&) = delete;

    // The result code of running `sql` (several statements allowed).
    int exec(const char* sql) { return sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr); }
    void require(const char* sql)
    {
        const int rc = exec(sql);
        INFO(sql << ": " << sqlite3_errmsg(m_db));
        REQUIRE(rc == SQLITE_OK);
    }
    // The first column of the first row, as text ("" for no row or NULL).
    QString text(const char* sql)
    {
        sqlite3_stmt* stmt = nullptr;
        const int rc = sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr);
        INFO(sql << ": " << sqlite3_errmsg(m_db));
        REQUIRE(rc == SQLITE_OK);
        QString value;
        const int step = sqlite3_step(stmt);
        if (step == SQLITE_ROW && sqlite3_column_type(stmt, 0) != SQLITE_NULL)
            value = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)));
        sqlite3_finalize(stmt);
        REQUIRE((step == SQLITE_ROW || step == SQLITE_DONE));
        return value;
    }
    qint64 integer(const char* sql) { return text(sql).toLongLong(); }
    // Every row of `sql`, each as its columns joined with '|' (NULL as "\N").
    QStringList rows(const QString& sql)
    {
        sqlite3_stmt* stmt = nullptr;
        const QByteArray utf8 = sql.toUtf8();
        const int rc = sqlite3_prepare_v2(m_db, utf8.constData(), -1, &stmt, nullptr);
        INFO(sql.toStdString() << ": " << sqlite3_errmsg(m_db));
        REQUIRE(rc == SQLITE_OK);
        QStringList out;
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            QStringList columns;
            for (int i = 0; i < sqlite3_column_count(stmt); ++i) {
                if (sqlite3_column_type(stmt, i) == SQLITE_NULL)
                    columns << QStringLiteral("\\N");
                else
                    columns << QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, i)));
            }
            out << columns.join(QLatin1Char('|'));
        }
        sqlite3_finalize(stmt);
        return out;
    }
    [[nodiscard]] sqlite3* handle() const { return m_db; }

private:
    sqlite3* m_db = nullptr;
};

inline void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
}

inline void copyFile(const QString& from, const QString& to)
{
    QFile::remove(to);
    REQUIRE(QFile::copy(from, to));
    QFile(to).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
}

// Overwrites `length` bytes at `offset` with garbage, the way a failing disk or a crash in the
// middle of a copy damages a file.
inline void damage(const QString& path, qint64 offset, qint64 length)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadWrite));
    REQUIRE(f.seek(offset));
    QByteArray garbage(length, '\0');
    for (qint64 i = 0; i < length; ++i)
        garbage[i] = static_cast<char>((i * 151 + 77) % 251);
    REQUIRE(f.write(garbage) == length);
}

// The files next to a database that SQLite may leave: -wal, -shm, -journal.
inline QStringList companionsOf(const QString& path)
{
    QStringList present;
    for (const char* suffix : {"-wal", "-shm", "-journal"})
        if (QFileInfo::exists(path + QLatin1String(suffix)))
            present << path + QLatin1String(suffix);
    return present;
}

// Makes a file unwritable for this process while it lives: chmod a-w, and when the process can
// write anyway (root), the Linux immutable flag, which binds root too. `active()` is false when
// neither works here (say, a filesystem without the flag), and the test says so.
class UnwritableFile {
public:
    explicit UnwritableFile(QString path)
        : m_path(std::move(path))
    {
        m_permissions = QFile::permissions(m_path);
        QFile::setPermissions(m_path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
        if (!writable())
            return;
#ifdef Q_OS_LINUX
        const int fd = ::open(QFile::encodeName(m_path).constData(), O_RDONLY);
        if (fd >= 0) {
            int flags = 0;
            if (::ioctl(fd, FS_IOC_GETFLAGS, &flags) == 0) {
                const int immutable = flags | FS_IMMUTABLE_FL;
                m_immutable = ::ioctl(fd, FS_IOC_SETFLAGS, &immutable) == 0;
            }
            ::close(fd);
        }
#endif
    }
    ~UnwritableFile()
    {
#ifdef Q_OS_LINUX
        if (m_immutable) {
            const int fd = ::open(QFile::encodeName(m_path).constData(), O_RDONLY);
            if (fd >= 0) {
                int flags = 0;
                if (::ioctl(fd, FS_IOC_GETFLAGS, &flags) == 0) {
                    flags &= ~FS_IMMUTABLE_FL;
                    ::ioctl(fd, FS_IOC_SETFLAGS, &flags);
                }
                ::close(fd);
            }
        }
#endif
        QFile::setPermissions(m_path, m_permissions);
    }
    UnwritableFile(const UnwritableFile&) = delete;
    UnwritableFile& operator=(const UnwritableFile&) = delete;

    [[nodiscard]] bool active() const
    {
        return !writable();
    }

private:
    [[nodiscard]] bool writable() const
    {
        QFile f(m_path);
        return f.open(QIODevice::ReadWrite);
    }

    QString m_path;
    QFile::Permissions m_permissions;
    bool m_immutable = false;
};

} // namespace np::test
