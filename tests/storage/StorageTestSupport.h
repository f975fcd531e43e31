#pragma once

#include "TestSupport.h"

#include "storage/Database.h"

#include <QTemporaryDir>

#include <memory>

namespace np::test {

// A fresh database in its own temporary folder, removed with it.
struct TempDatabase {
    QTemporaryDir dir;
    std::unique_ptr<storage::Database> db;

    TempDatabase()
    {
        REQUIRE(dir.isValid());
        auto created = storage::Database::create(path());
        if (!created)
            FAIL(created.error().message.toStdString());
        db = std::move(*created);
    }
    [[nodiscard]] QString path() const { return dir.filePath(QStringLiteral("needlepoint.db")); }
    storage::Database& operator*() { return *db; }
    storage::Database* operator->() { return db.get(); }
};

} // namespace np::test
