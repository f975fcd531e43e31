#include "Statement.h"

#include "Database.h"

#include <QSqlError>

namespace np::storage {

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
