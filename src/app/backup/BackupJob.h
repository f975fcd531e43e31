#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include "storage/StorageError.h"

#include <optional>

class QThread;

namespace np::app {

// What to back up, where, and how many daily backups to keep.
struct BackupJob {
    QString databasePath;
    QString folder;
    int keep = 14;
};

// What one backup run did. Paths are files; nothing about patients.
struct BackupOutcome {
    enum class Kind { Daily, Manual };
    Kind kind = Kind::Daily;
    QString made; // the backup written; empty when none was (error, or today's existed)
    QStringList removed; // old daily backups removed to keep the newest `keep`
    QString error; // empty on success
    QDateTime finishedAt; // local time, from the service's clock, set when the outcome arrives
    const QThread* thread = nullptr; // the thread the backup ran on (never the GUI thread)

    [[nodiscard]] bool ok() const { return error.isEmpty(); }
};

// What restoring a backup over a database did. Paths are files; nothing about patients.
struct RestoreOutcome {
    QString backupFile; // the backup restored (only read)
    QString databasePath; // the database replaced, to open again
    QString replacedKeptAs; // where the database it replaced is kept; empty when nothing was replaced
    bool migratesOnNextOpen = false; // the backup's schema is older: it is brought up to date on opening
    std::optional<storage::StorageError> error; // nothing was changed when set
    [[nodiscard]] bool ok() const { return !error; }
};

} // namespace np::app

Q_DECLARE_METATYPE(np::app::BackupJob)
Q_DECLARE_METATYPE(np::app::BackupOutcome)
Q_DECLARE_METATYPE(np::app::RestoreOutcome)
