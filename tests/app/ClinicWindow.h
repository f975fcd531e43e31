#pragma once

#include "AppTestSupport.h"

#include "app/MainWindow.h"
#include "app/backup/BackupService.h"
#include "storage/Database.h"
#include "support/TestSupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace np::test {

// The main window open on the database at `path` as it is at `now` (its clock pinned there), with
// settings and backups of its own, once the day's first backup is done.
struct ClinicWindow {
    TempSettings settings;
    QTemporaryDir backups;
    app::BackupService backup;
    std::unique_ptr<app::MainWindow> window;

    ClinicWindow(const QString& path, QDateTime now)
        : backup([now] { return now; })
    {
        settings.settings.setBackupFolder(backups.path());
        window = std::make_unique<app::MainWindow>(settings.settings, builtInCatalogue(), backup);
        window->setClock([now] { return now; });
        auto opened = storage::Database::open(path);
        REQUIRE(opened);
        QSignalSpy backedUp(&backup, &app::BackupService::finished);
        window->setDatabase(std::move(*opened));
        REQUIRE(backedUp.wait(10000));
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    }
};

} // namespace np::test
