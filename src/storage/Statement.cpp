#include "Statement.h"

#include "Database.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

#include <utility>

namespace np::storage {

sqlite3* sqliteHandle(const QSqlDatabase& db)
{
    if (!db.isValid() || !db.driver())
        return nullptr;
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(v.constData());
}
namespace {

StorageError directError(sqlite3* db, int code, const QString& what)
{
    const QString detail = QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(code));
    return sqlError(QSqlError(QString(), detail, QSqlError::StatementError, QString::number(code)), what);
}

} // namespace

Result<QSqlQuery> prepare(const QSqlDatabase& db, const QString& sql, const QString& what)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return std::unexpected(sqlError(query.lastError(), what));
    return query;
}

Result<void> execute(QSqlQuery& query, const QVariantList& values, const QString& what)
{
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(static_cast<int>(i), values[i]);
    if (!query.exec())
        return std::unexpected(sqlError(query.lastError(), what));
    return {};
}

Result<DirectStatement> DirectStatement::prepare(const QSqlDatabase& db, const char* sql, const QString& what)
{
    sqlite3* handle = sqliteHandle(db);
    if (!handle)
        return fail(StorageError::Kind::Failed,
            QCoreApplication::translate("Statement", "%1: the SQLite handle is not available").arg(what));
    sqlite3_stmt* statement = nullptr;
    if (const int rc = sqlite3_prepare_v3(handle, sql, -1, SQLITE_PREPARE_PERSISTENT, &statement, nullptr);
        rc != SQLITE_OK) {
        sqlite3_finalize(statement);
        return std::unexpected(directError(handle, rc, what));
    }
    return DirectStatement(handle, statement, what);
}

DirectStatement::DirectStatement(sqlite3* db, sqlite3_stmt* statement, QString what)
    : m_db(db)
    , m_statement(statement)
    , m_what(std::move(what))
{ }

DirectStatement::DirectStatement(DirectStatement&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_statement(std::exchange(other.m_statement, nullptr))
    , m_what(std::move(other.m_what))
{ }

DirectStatement& DirectStatement::operator=(DirectStatement&& other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_statement);
        m_db = std::exchange(other.m_db, nullptr);
        m_statement = std::exchange(other.m_statement, nullptr);
        m_what = std::move(other.m_what);
    }
    return *this;
}

DirectStatement::~DirectStatement()
{
    sqlite3_finalize(m_statement);
}

void DirectStatement::bind(int index, QStringView value)
{
    static const char16_t empty[] = u"";
    const void* data = value.isEmpty() ? static_cast<const void*>(empty) : static_cast<const void*>(value.utf16());
    sqlite3_bind_text16(m_statement, index, data, static_cast<int>(value.size() * 2), SQLITE_STATIC);
}

void DirectStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
}

void DirectStatement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
}

Result<void> DirectStatement::step()
{
    const int rc = sqlite3_step(m_statement);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
        StorageError error = directError(m_db, rc, m_what);
        sqlite3_reset(m_statement);
        return std::unexpected(std::move(error));
    }
    sqlite3_reset(m_statement);
    return {};
}

qint64 DirectStatement::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

Result<bool> DirectStatement::next()
{
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE) {
        sqlite3_reset(m_statement);
        return false;
    }
    StorageError error = directError(m_db, rc, m_what);
    sqlite3_reset(m_statement);
    return std::unexpected(std::move(error));
}

// Read as stored (UTF-8) and converted once: sqlite3_column_text16 would first translate into a
// buffer of its own, an allocation and a copy more per value.
QString DirectStatement::textAt(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    const int bytes = sqlite3_column_bytes(m_statement, column);
    if (!data)
        return QString();
    return QString::fromUtf8(data, bytes);
}

qint64 DirectStatement::integerAt(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

bool DirectStatement::isNullAt(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

Result<QSqlQuery> run(const QSqlDatabase& db, const QString& sql, const QVariantList& values, const QString& what)
{
    auto query = prepare(db, sql, what);
    if (!query)
        return query;
    if (auto done = execute(*query, values, what); !done)
        return std::unexpected(done.error());
    return query;
}

} // namespace np::storage
