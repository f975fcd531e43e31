#pragma once

#include "AppTestSupport.h"

#include "app/MainWindow.h"
#include "app/backup/BackupService.h"

#include <QAction>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace np::test {

// The real main window, shown on its Patients page, on a ClinicFixture database, at 09:30 on 1
// March 2026 by a pinned clock, its daily backup already done (into a temporary folder) and its
// settings in a temporary file.
struct MainWindowFixture {
    static QDateTime now() { return QDateTime(QDate(2026, 3, 1), QTime(9, 30)); }

    TempSettings settings;
    QTemporaryDir backups;
    app::BackupService backup {[] { return now(); }};
    std::unique_ptr<ClinicFixture> clinic = std::make_unique<ClinicFixture>();
    app::MainWindow window {settings.settings, builtInCatalogue(), backup};
    QTemporaryDir files;

    explicit MainWindowFixture(const QString& deskName = {})
    {
        settings.settings.setBackupFolder(backups.path());
        if (!deskName.isEmpty())
            settings.settings.setDeskName(deskName);
        window.setClock([] { return now(); });
        auto opened = storage::Database::open(clinic->db.path());
        REQUIRE(opened);
        QSignalSpy finished(&backup, &app::BackupService::finished);
        window.setDatabase(std::move(*opened));
        REQUIRE(finished.wait(10000)); // the daily backup, started by opening
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        window.showPatients(); // the window opens on Today; these tests work with patients
    }

    // Triggers `action`, which must be enabled, and returns the window `shown` then gives, visible
    // (a dialog opened from a menu).
    template <typename Shown>
    static auto& openWith(QAction* action, Shown shown)
    {
        REQUIRE(action->isEnabled());
        action->trigger();
        auto* window = shown();
        REQUIRE(window != nullptr);
        REQUIRE(window->isVisible());
        return *window;
    }

    // A file of `bytes` named `name` in a temporary folder of the test's (files to import).
    QString file(const QString& name, const QByteArray& bytes)
    {
        const QString path = files.filePath(name);
        writeFile(path, bytes);
        return path;
    }

    // Every patient stored, archived ones too.
    qint64 patientCount()
    {
        QSqlQuery q(clinic->db->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM patients")));
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    }
};

} // namespace np::test
