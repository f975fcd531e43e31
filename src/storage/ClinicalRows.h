#pragma once

// Shared by the clinical-record repositories: column values (optional dates, times, ids),
// existence checks, and the errors for invalid records and stale versions.

#include "StorageError.h"

#include "core/Problem.h"

#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <optional>

namespace np::storage {

// Problems as one Kind::Invalid error: "path: message; path: message".
[[nodiscard]] StorageError invalidRecord(const Problems& problems);

// Kind::NotFound ("no patient N") when there is no such patient.
[[nodiscard]] Result<void> requirePatient(const QSqlDatabase& db, qint64 patientId);
// The modality of series `seriesId`; Kind::NotFound without it, Kind::Invalid when it belongs to
// another patient.
[[nodiscard]] Result<QString> seriesModality(const QSqlDatabase& db, qint64 seriesId, qint64 patientId);

// Why a guarded update of `table` changed no row: the record (called `kind` in messages) is gone
// (Kind::NotFound), or someone else moved its version on (Kind::Conflict).
[[nodiscard]] StorageError conflictOrMissing(
    const QSqlDatabase& db, const QString& table, const QString& kind, qint64 id, int readVersion);
// Kind::Conflict: "KIND ID was changed by someone else since it was read (version R, now S)".
[[nodiscard]] StorageError staleVersion(const QString& kind, qint64 id, int readVersion, int storedVersion);

// Values for optional columns: ISO text, or a NULL.
[[nodiscard]] QVariant dateColumn(const std::optional<QDate>& date);
[[nodiscard]] QVariant timeColumn(const std::optional<QDateTime>& time);
[[nodiscard]] QVariant idColumn(const std::optional<qint64>& id);

// And back: NULL reads as nullopt.
[[nodiscard]] std::optional<QDate> readDateColumn(const QVariant& value);
[[nodiscard]] std::optional<QDateTime> readTimeColumn(const QVariant& value);
[[nodiscard]] std::optional<qint64> readIdColumn(const QVariant& value);

} // namespace np::storage
