// File > Restore from Backup… and restoring a damaged database while opening it: the backup
// replaces the database, the one replaced is kept, and a refused restore changes nothing.

#include "MainWindowFixture.h"

#include "app/MainActions.h"
#include "app/backup/BackupRestore.h"
#include "app/patients/PatientDetailPane.h"
#include "app/patients/PatientSearchModel.h"
#include "app/patients/PatientSearchPanel.h"
#include "app/startup/DatabaseOpener.h"
#include "storage/Database.h"

#include <QMessageBox>
#include <QPushButton>

using namespace np;
using namespace np::test;
using namespace Qt::StringLiterals;

namespace {

// Patients stored in the database the window has open.
qint64 patientsIn(const app::MainWindow& window)
{
    QSqlQuery q(window.database()->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM patients")));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

QStringList replacedFiles(const QString& databasePath)
{
    const QFileInfo db(databasePath);
    return QDir(db.absolutePath()).entryList({db.fileName() + QStringLiteral(".replaced-*")}, QDir::Files);
}

// The fixture's window on its database, with its own connection to it closed (as on a desk where
// only the app has it open) and a third patient added after the morning's backup.
struct RestoreFixture {
    MainWindowFixture f;
    QString path = f.clinic->db.path();
    QString backup = f.backups.filePath(QStringLiteral("needlepoint-2026-03-01.db"));
    ScriptedPrompts* prompts = nullptr;

    RestoreFixture()
    {
        REQUIRE(QFileInfo::exists(backup)); // the daily backup, made when the window opened it
        f.clinic->add(patient(QStringLiteral("Ortiz"), QStringLiteral("Lucía")));
        f.clinic->db.db.reset();
        REQUIRE(patientsIn(f.window) == 3);
        auto scripted = std::make_unique<ScriptedPrompts>();
        prompts = scripted.get();
        f.window.setDatabasePrompts(std::move(scripted));
    }

    // Chooses the backup in File > Restore from Backup…, answers the question with `button` and
    // waits for the outcome: {ok, text}.
    std::pair<bool, QString> restore(QMessageBox::ButtonRole role)
    {
        prompts->backupPaths = {backup};
        f.window.actions()->restoreBackup->trigger();
        QMessageBox* question = f.window.backupRestore()->question();
        REQUIRE(question);
        CHECK(question->defaultButton() == question->button(QMessageBox::Cancel));
        QAbstractButton* answer = nullptr;
        for (QAbstractButton* b : question->buttons())
            if (question->buttonRole(b) == role)
                answer = b;
        REQUIRE(answer);
        QSignalSpy finished(f.window.backupRestore(), &app::BackupRestore::finished);
        QTest::mouseClick(answer, Qt::LeftButton);
        if (role != QMessageBox::AcceptRole)
            return {false, {}};
        REQUIRE(finished.wait(10000));
        return {finished.at(0).at(1).toBool(), finished.at(0).at(2).toString()};
    }
};

} // namespace

TEST_CASE("restore: File > Restore from Backup puts the backup in use and keeps the database it replaced")
{
    RestoreFixture r;
    const auto [ok, text] = r.restore(QMessageBox::AcceptRole);
    INFO(text.toStdString());
    CHECK(ok);
    REQUIRE(r.f.window.database());
    CHECK(r.f.window.database()->path() == r.path);
    CHECK(patientsIn(r.f.window) == 2); // as at the backup
    const QStringList kept = replacedFiles(r.path);
    REQUIRE(kept.size() == 1);
    CHECK(text.contains(kept.first()));
    // The one replaced still holds the patient added after the backup.
    auto replaced = storage::Database::open(QFileInfo(r.path).absoluteDir().filePath(kept.first()));
    REQUIRE(replaced);
    QSqlQuery q((*replaced)->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM patients")));
    REQUIRE(q.next());
    CHECK(q.value(0).toLongLong() == 3);
    // The window works on it again: the search finds a patient of the backup.
    r.f.window.showPatients();
    r.f.window.searchPanel()->showPatient(r.f.clinic->jose, u"jose garcia"_s);
    CHECK(r.f.window.detailPane()->patientId() == r.f.clinic->jose);
}

TEST_CASE("restore: Cancel in the question changes nothing")
{
    RestoreFixture r;
    r.restore(QMessageBox::RejectRole);
    REQUIRE(r.f.window.database());
    CHECK(patientsIn(r.f.window) == 3);
    CHECK(replacedFiles(r.path).isEmpty());
}

TEST_CASE("restore: refused while another program has the database open, and the database opens again unchanged")
{
    RestoreFixture r;
    // Waiting for the lock 5 s, as a desk would, proves nothing more than 0.2 s.
    const auto busyBefore = storage::Database::defaultBusyTimeout();
    storage::Database::setDefaultBusyTimeout(std::chrono::milliseconds(200));
    const std::shared_ptr<void> restoreBusy(
        nullptr, [busyBefore](void*) { storage::Database::setDefaultBusyTimeout(busyBefore); });
    RawConnection other(r.path);
    other.require("BEGIN; SELECT count(*) FROM patients;"); // a reader on another workstation
    const auto [ok, text] = r.restore(QMessageBox::AcceptRole);
    CHECK_FALSE(ok);
    CHECK(text.contains(QStringLiteral("in use")));
    other.require("COMMIT");
    REQUIRE(r.f.window.database());
    CHECK(patientsIn(r.f.window) == 3);
    CHECK(replacedFiles(r.path).isEmpty());
}

TEST_CASE("restore: a damaged database can be restored from a backup while opening it")
{
    TempDatabase damaged;
    storage::PatientRepository patients(*damaged);
    REQUIRE(patients.add(patient(QStringLiteral("García"), QStringLiteral("José")), QStringLiteral("tester")));
    QTemporaryDir backups;
    const QString backup = backups.filePath(QStringLiteral("needlepoint-2026-03-01.db"));
    REQUIRE(damaged->backupTo(backup));
    damaged.db.reset();
    RawConnection(damaged.path()).require("DELETE FROM schema_version");

    ScriptedPrompts prompts;
    prompts.failureAnswers = {app::DatabasePrompts::FailureChoice::RestoreBackup};
    prompts.backupPaths = {backup};
    auto db = app::DatabaseOpener(prompts, backups.path()).open(damaged.path());
    REQUIRE(db);
    CHECK(prompts.remedies == QList {storage::StorageError::Remedy::RestoreBackup});
    CHECK(prompts.asked.value(1) == QStringLiteral("choose backup"));
    QSqlQuery q(db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM patients")));
    REQUIRE(q.next());
    CHECK(q.value(0).toLongLong() == 1);
    CHECK(replacedFiles(damaged.path()).size() == 1);
}
