#pragma once

#include "StorageError.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringView>
#include <QVariantList>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace np::storage {

// The SQLite handle behind a QSQLITE connection, for the C API (online backup, bulk binding);
// null for any other driver.
[[nodiscard]] sqlite3* sqliteHandle(const QSqlDatabase& db);

// Prepared statements with bound values, their failures as StorageError values naming `what`.

// Prepares `sql` on `db`; forward-only (the repositories read each row once).
[[nodiscard]] Result<QSqlQuery> prepare(const QSqlDatabase& db, const QString& sql, const QString& what);
// Binds `values` in order to the '?' placeholders of a prepared query and runs it.
[[nodiscard]] Result<void> execute(QSqlQuery& query, const QVariantList& values, const QString& what);
// prepare() then execute(): for statements run once.
[[nodiscard]] Result<QSqlQuery> run(
    const QSqlDatabase& db, const QString& sql, const QVariantList& values, const QString& what);

// A statement prepared through SQLite's C API on the connection behind `db`, for bulk writes where
// QtSql's per-value binding costs more than the write itself. Runs inside whatever transaction the
// connection has open. Bound text is not copied: it must stay alive until step() returns.
class DirectStatement {
public:
    [[nodiscard]] static Result<DirectStatement> prepare(const QSqlDatabase& db, const char* sql, const QString& what);
    DirectStatement(DirectStatement&& other) noexcept;
    DirectStatement& operator=(DirectStatement&& other) noexcept;
    DirectStatement(const DirectStatement&) = delete;
    DirectStatement& operator=(const DirectStatement&) = delete;
    ~DirectStatement();

    // Parameters count from 1, as in SQLite. A null QString binds as "" (like text()).
    void bind(int index, QStringView value);
    void bind(int index, qint64 value);
    void bindNull(int index);
    // Runs the statement once, then resets it for the next values.
    [[nodiscard]] Result<void> step();
    [[nodiscard]] qint64 lastInsertId() const;
    // For a query: steps to the next row (true), or resets at the end (false).
    [[nodiscard]] Result<bool> next();
    // Column values of the current row, counting from 0.
    [[nodiscard]] QString textAt(int column) const;
    [[nodiscard]] qint64 integerAt(int column) const;
    [[nodiscard]] bool isNullAt(int column) const;

private:
    DirectStatement(sqlite3* db, sqlite3_stmt* statement, QString what);
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_statement = nullptr;
    QString m_what;
};

// Steps a query through every row, calling `row(statement)` on each; a failed step ends it.
template <typename Row>
[[nodiscard]] Result<void> forEachRow(DirectStatement& statement, Row&& row)
{
    for (;;) {
        auto next = statement.next();
        if (!next)
            return std::unexpected(next.error());
        if (!*next)
            return {};
        row(statement);
    }
}

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
