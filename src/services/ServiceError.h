#pragma once

#include "core/Problem.h"
#include "storage/StorageError.h"

#include <QString>

#include <expected>
#include <optional>
#include <type_traits>

namespace np::services {

// Why a use case did nothing, as a value. Front ends turn it into their own words (a message box,
// an exit code); the message is for people and names what is wrong and where.
struct ServiceError {
    enum class Kind {
        Invalid, // bad input: `problems` names each field
        NotSetUp, // the clinic has no set-up yet (hours, practitioners, rooms)
        Refused, // the clinic's rules say no (closed, off the practitioner's hours, ...): `message` says why
        Storage, // the database refused or failed: `storage` says how
    };
    Kind kind = Kind::Invalid;
    QString message;
    Problems problems;
    std::optional<storage::StorageError> storage;

    [[nodiscard]] static ServiceError fromStorage(storage::StorageError error);
    [[nodiscard]] static ServiceError invalid(Problems problems);
    [[nodiscard]] static ServiceError invalid(const QString& message);
    // One field's problem: `path` names the field ("reason", "areas"), `message` what is wrong.
    [[nodiscard]] static ServiceError invalidAt(const QString& path, const QString& message);
    [[nodiscard]] static ServiceError refused(const QString& reason);

    // The record changed since it was read (another desk, the CLI): nothing was written.
    [[nodiscard]] bool isConflict() const { return storage && storage->kind == storage::StorageError::Kind::Conflict; }
};

template <typename T>
using Outcome = std::expected<T, ServiceError>;

// A repository's result as a use case's: its value, or its error as ServiceError::fromStorage.
template <typename T>
[[nodiscard]] Outcome<T> outcomeOf(storage::Result<T> result)
{
    if (!result)
        return std::unexpected(ServiceError::fromStorage(std::move(result.error())));
    if constexpr (std::is_void_v<T>)
        return {};
    else
        return std::move(*result);
}

} // namespace np::services
