#pragma once

#include <QString>

namespace np::storage {
struct StorageError;
}

namespace np::app {

// The questions DatabaseOpener asks, behind an interface: message boxes and a file dialog in the
// app (DialogDatabasePrompts), scripted answers in tests.
class DatabasePrompts {
public:
    enum class MissingChoice { Create, OpenAnother, GiveUp };
    enum class FailureChoice { OpenAnother, RestoreBackup, GiveUp };

    virtual ~DatabasePrompts() = default;

    // There is no database at `path`.
    virtual MissingChoice missing(const QString& path) = 0;
    // The database at `path` could not be opened or created (the error names the path). RestoreBackup
    // is offered only when the error's remedy is restoring a backup.
    virtual FailureChoice failed(const QString& path, const storage::StorageError& error) = 0;
    // Another existing database file, starting in `folder`; empty when cancelled.
    virtual QString chooseDatabase(const QString& folder) = 0;
    // A backup file to restore, starting in `folder`; empty when cancelled.
    virtual QString chooseBackup(const QString& folder) = 0;
};

} // namespace np::app
