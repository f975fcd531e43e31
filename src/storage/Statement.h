#pragma once

#include "StorageError.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <optional>

namespace np::storage {

// Prepared statements with bound values, their failures as StorageError values naming `what`.

// Prepares `sql` on `db`; forward-only (the repositories read each row once).
[[nodiscard]] Result<QSqlQuery> prepare(const QSqlDatabase& db, const QString& sql, const QString& what);
// Binds `values` in order to the '?' placeholders of a prepared query and runs it.
[[nodiscard]] Result<void> execute(QSqlQuery& query, const QVariantList& values, const QString& what);
// prepare() then execute(): for statements run once.
[[nodiscard]] Result<QSqlQuery> run(
    const QSqlDatabase& db, const QString& sql, const QVariantList& values, const QString& what);

// Text for a NOT NULL column: QtSql binds a null QString as NULL, so a null string becomes "".
inline QString text(const QString& value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

// A NULL of the given type, for optional columns.
template <typename T>
QVariant nullable(const std::optional<T>& value)
{
    return value ? QVariant::fromValue(*value) : QVariant(QMetaType::fromType<T>());
}

} // namespace np::storage
