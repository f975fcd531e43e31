#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace np::storage {

// One numbered schema step: resources/migrations/NNNN_name.sql, compiled in.
struct Migration {
    int version = 0;
    QString name;
    QStringList statements; // one per ';' that ends a line
};

// Every migration, in order; version N is the file numbered N.
const QList<Migration>& migrations();

// Splits a migration file into statements: each ends with ';' at the end of a line. Lines that
// start with "--" are comments.
QStringList splitStatements(const QString& sql);

} // namespace np::storage
