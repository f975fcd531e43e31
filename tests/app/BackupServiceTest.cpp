// The daily backup: once a day, off the GUI thread, keeping the newest N.

#include "AppTestSupport.h"

#include "app/backup/BackupService.h"
#include "app/backup/BackupStatusLabel.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>
#include <QThread>
#include <QTimeZone>

using namespace np;
using namespace np::test;
using app::BackupOutcome;
using app::BackupService;

namespace {

struct BackupFixture {
    TempDatabase db;
    QTemporaryDir backups;
    QDateTime now {QDate(2026, 3, 1), QTime(9, 12)};
    BackupService service {[this] { return now; }};
    app::BackupJob job {db.path(), backups.filePath(QStringLiteral("daily")), 2};

    BackupOutcome waitForOutcome()
    {
        QSignalSpy finished(&service, &BackupService::finished);
        REQUIRE(finished.wait(10000));
        REQUIRE(finished.size() == 1);
        return finished.at(0).at(0).value<BackupOutcome>();
    }
    QStringList files() const { return QDir(job.folder).entryList(QDir::Files | QDir::Hidden, QDir::Name); }
};

} // namespace

TEST_CASE("daily backup: made once a day off the GUI thread, again the next day, keep-N prunes")
{
    BackupFixture f;
    QSignalSpy started(&f.service, &BackupService::started);

    REQUIRE(f.service.runDaily(f.job) == BackupService::Start::Started);
    CHECK(f.service.isBusy());
    BackupOutcome outcome = f.waitForOutcome();
    CHECK(outcome.ok());
    CHECK(outcome.made == QDir(f.job.folder).filePath(QStringLiteral("needlepoint-2026-03-01.db")));
    CHECK(outcome.thread != nullptr);
    CHECK(outcome.thread != QCoreApplication::instance()->thread());
    CHECK(outcome.finishedAt == f.now);
    CHECK_FALSE(f.service.isBusy());
    CHECK(f.files() == QStringList {QStringLiteral("needlepoint-2026-03-01.db")});

    // Later the same day: nothing runs.
    f.now = f.now.addSecs(3600);
    CHECK(f.service.runDaily(f.job) == BackupService::Start::AlreadyDone);
    CHECK(started.size() == 1);

    f.now = QDateTime(QDate(2026, 3, 2), QTime(8, 0));
    REQUIRE(f.service.runDaily(f.job) == BackupService::Start::Started);
    CHECK(f.waitForOutcome().made.endsWith(QStringLiteral("needlepoint-2026-03-02.db")));

    f.now = QDateTime(QDate(2026, 3, 3), QTime(8, 0));
    REQUIRE(f.service.runDaily(f.job) == BackupService::Start::Started);
    outcome = f.waitForOutcome();
    CHECK(outcome.removed == QStringList {QDir(f.job.folder).filePath(QStringLiteral("needlepoint-2026-03-01.db"))});
    CHECK(f.files()
        == QStringList {QStringLiteral("needlepoint-2026-03-02.db"), QStringLiteral("needlepoint-2026-03-03.db")});
}

TEST_CASE("daily backup: a second request while one runs is refused, not queued twice")
{
    BackupFixture f;
    REQUIRE(f.service.runDaily(f.job) == BackupService::Start::Started);
    CHECK(f.service.runNow(f.job) == BackupService::Start::Busy);
    CHECK(f.waitForOutcome().ok());
    CHECK(f.files().size() == 1);
}

TEST_CASE("back up now: a backup named with the time, left alone by the daily rotation")
{
    BackupFixture f;
    REQUIRE(f.service.runNow(f.job) == BackupService::Start::Started);
    const BackupOutcome outcome = f.waitForOutcome();
    CHECK(outcome.kind == BackupOutcome::Kind::Manual);
    CHECK(outcome.made == QDir(f.job.folder).filePath(QStringLiteral("needlepoint-2026-03-01-091200.db")));
    REQUIRE(f.service.runDaily(f.job) == BackupService::Start::Started);
    CHECK(f.waitForOutcome().ok());
    CHECK(f.files().size() == 2);
    // Back Up Now again within the same second (the clock is pinned): a second file, not a refusal.
    REQUIRE(f.service.runNow(f.job) == BackupService::Start::Started);
    const BackupOutcome again = f.waitForOutcome();
    INFO(again.error.toStdString());
    CHECK(again.made == QDir(f.job.folder).filePath(QStringLiteral("needlepoint-2026-03-01-091200-2.db")));
    CHECK(f.files().size() == 3);
}

TEST_CASE("daily backup: a failure is an outcome with the reason, shown in the status bar")
{
    BackupFixture f;
    f.job.databasePath = f.backups.filePath(QStringLiteral("missing.db"));
    app::BackupStatusLabel label;
    QObject::connect(&f.service, &BackupService::started, &label, &app::BackupStatusLabel::showStarted);
    QObject::connect(&f.service, &BackupService::finished, &label, &app::BackupStatusLabel::showFinished);

    REQUIRE(f.service.runDaily(f.job) == BackupService::Start::Started);
    CHECK(label.text() == QStringLiteral("Backing up…"));
    const BackupOutcome outcome = f.waitForOutcome();
    CHECK_FALSE(outcome.ok());
    CHECK(outcome.error.contains(f.job.databasePath));
    CHECK(label.text().startsWith(QStringLiteral("Backup failed: ")));
    CHECK(label.toolTip() == outcome.error);

    f.job.databasePath = f.db.path();
    REQUIRE(f.service.runDaily(f.job) == BackupService::Start::Started);
    f.waitForOutcome();
    CHECK(label.text() == QStringLiteral("Backed up at ") + QLocale().toString(QTime(9, 12), QLocale::ShortFormat));
}
