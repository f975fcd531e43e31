#pragma once

#include <QString>

#include <expected>

namespace np::storage {

// What went wrong with the database, as a value. The message is for people: it names the file
// or the record concerned and what is wrong, never a command to run: how to put it right in a
// front end's own terms (a CLI command, a menu) is the front end's, from `remedy`.
struct StorageError {
    enum class Kind {
        Missing, // no database file where one was expected, or no clinic set-up in it
        Exists, // `init` found a file already there
        NotADatabase, // the file is not an SQLite database
        Corrupt, // the database is damaged
        Locked, // another program holds it longer than the busy timeout
        ReadOnly, // cannot write to it
        TooNew, // made by a newer Needlepoint
        Conflict, // the record changed since it was read (another workstation)
        NotFound, // no such record
        Invalid, // bad input rejected before touching the database
        Cancelled, // stopped by the user before it was done: nothing was written
        Failed, // anything else the database reported
    };
    // What would put it right, where one thing would.
    enum class Remedy {
        None,
        CreateDatabase, // there is no database at the path: make one (or check the path)
        RestoreBackup, // the database is damaged: restore a backup
        LoadClinicSetup, // the stored clinic set-up does not read with this catalogue: load it again
    };
    Kind kind = Kind::Failed;
    QString message;
    Remedy remedy = Remedy::None;
};

template <typename T>
using Result = std::expected<T, StorageError>;

inline std::unexpected<StorageError> fail(
    StorageError::Kind kind, QString message, StorageError::Remedy remedy = StorageError::Remedy::None)
{
    return std::unexpected(StorageError {kind, std::move(message), remedy});
}

} // namespace np::storage
