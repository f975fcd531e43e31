// SIGKILL at random moments while the database is written: during a series booking, a CSV import,
// a backup and a restore, and with two writers side by side. After every kill the database passes
// its integrity check, everything reported committed is there, and nothing half-written is
// visible: a series has all its appointments or does not exist, an import all its rows or none, a
// backup or a restored database is whole or absent.
#include "IntegritySupport.h"
#include "PeerProcess.h"

#include "storage/Database.h"
#include "storage/PatientRepository.h"

#include <QDir>
#include <QProcess>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr int CrashRounds = 25; // of each kind: 100 kills of a single writer, 50 more of two

// Starts the writer, lets it run `delayMs`, kills it (SIGKILL) and returns the lines it printed.
QStringList killAfter(const QStringList& arguments, int delayMs)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(QStringLiteral(CRASH_WRITER), arguments);
    REQUIRE(p.waitForStarted(30'000));
    const bool ended = p.waitForFinished(delayMs);
    p.kill(); // SIGKILL
    REQUIRE(p.waitForFinished(30'000));
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    INFO(out.toStdString());
    REQUIRE_FALSE(ended); // it writes until killed
    return out.split(u'\n', Qt::SkipEmptyParts);
}

// Added to the random delay of the kills while they keep coming before the first write: a write is
// a run of the worker, many times slower under ASan on a busy or slow machine, and the kill must
// still land in the middle of the work, not always before it.
struct Slack {
    int ms = 0;
    void after(bool wrote) { ms = wrote ? ms : std::min(2 * ms + 200, 5000); }
};

QStringList committed(const QStringList& lines, const QString& what)
{
    QStringList out;
    const QString prefix = u"committed "_s + what + u' ';
    for (const QString& line : lines)
        if (line.startsWith(prefix))
            out << line.mid(prefix.size());
    return out;
}

qint64 scalar(const np::storage::Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

std::unique_ptr<np::storage::Database> openChecked(const QString& path)
{
    (void)np::test::checkedPatientNames(path); // opens and runs the integrity check
    auto db = np::storage::Database::open(path);
    REQUIRE(db);
    return std::move(*db);
}

// Every series whole (as many appointments as sessions), nothing double-booked.
void checkCalendar(const np::storage::Database& db)
{
    CHECK(scalar(db,
              u"SELECT count(*) FROM series s WHERE (SELECT count(*) FROM planned_sessions p WHERE p.series_id = s.id) "
              "<> (SELECT count(*) FROM appointments a JOIN planned_sessions p ON a.session_id = p.id "
              "WHERE p.series_id = s.id)"_s)
        == 0);
    CHECK(scalar(db,
              u"SELECT count(*) FROM appointments x JOIN appointments y ON x.id < y.id "
              "AND x.status NOT IN ('cancelled', 'no_show') AND y.status NOT IN ('cancelled', 'no_show') "
              "AND x.start_minute < y.end_minute AND y.start_minute < x.end_minute "
              "AND (x.practitioner_id = y.practitioner_id OR x.room_id = y.room_id OR x.device_id = y.device_id "
              "OR x.patient_id = y.patient_id)"_s)
        == 0);
}

void checkSeriesCommitted(const np::storage::Database& db, const QStringList& series)
{
    for (const QString& line : series) {
        INFO(line.toStdString());
        const QStringList parts = line.split(u' ');
        REQUIRE(parts.size() == 2);
        CHECK(scalar(db,
                  u"SELECT count(*) FROM appointments a JOIN planned_sessions p ON a.session_id = p.id "
                  "WHERE p.series_id = %1"_s.arg(parts[0].toLongLong()))
            == parts[1].toLongLong());
    }
}

struct Clinic {
    QTemporaryDir dir;
    QString db = dir.filePath(u"needlepoint.db"_s);

    Clinic()
    {
        REQUIRE(np::test::runCli({u"--database"_s, db, u"init"_s}).exitCode == 0);
        const auto loaded = np::test::runCli({u"--database"_s, db, u"clinic"_s, u"load"_s,
            QStringLiteral(NEEDLEPOINT_SOURCE_DIR) + u"/resources/examples/clinic.json"_s});
        INFO(loaded.err.toStdString());
        REQUIRE(loaded.exitCode == 0);
    }

    QString addPatient(const QString& family) const
    {
        const auto added
            = np::test::runCli({u"--database"_s, db, u"patients"_s, u"add"_s}, np::test::patientJson(family));
        INFO(added.err.toStdString());
        REQUIRE(added.exitCode == 0);
        return QString::fromUtf8(added.out).section(u"\"id\":"_s, 1).section(u',', 0, 0).section(u'}', 0, 0).trimmed();
    }
};

} // namespace

TEST_CASE("killed while booking series: every reported series is whole, nothing half-booked")
{
    Clinic clinic;
    QRandomGenerator random = np::test::seededRandom();
    QStringList all;
    Slack slack;
    for (int round = 0; round < CrashRounds; ++round) {
        INFO("round " << round);
        const QString patients
            = QStringList {clinic.addPatient(u"Series%1a"_s.arg(round)), clinic.addPatient(u"Series%1b"_s.arg(round))}
                  .join(u',');
        const QString first = QDate(2027, 1, 4).addDays(7 * (round % 6)).toString(Qt::ISODate);
        const QStringList lines = killAfter(
            {u"series"_s, clinic.db, patients, first}, 30 + static_cast<int>(random.bounded(400)) + slack.ms);
        const QStringList booked = committed(lines, u"series"_s);
        slack.after(!booked.isEmpty());
        all << booked;
        auto db = openChecked(clinic.db);
        checkSeriesCommitted(*db, all);
        checkCalendar(*db);
    }
    INFO(all.join(u'\n').toStdString());
    CHECK(all.size() >= CrashRounds / 2); // the kills did not all come before the first booking
}

TEST_CASE("killed while importing patients: every reported import is there, every import whole or absent")
{
    Clinic clinic;
    QRandomGenerator random = np::test::seededRandom();
    int reported = 0;
    Slack slack;
    for (int round = 0; round < CrashRounds; ++round) {
        INFO("round " << round);
        const QString prefix = u"R%1"_s.arg(round);
        QDir(clinic.dir.path()).mkpath(prefix);
        const QStringList lines = killAfter({u"import"_s, clinic.db, clinic.dir.filePath(prefix), prefix},
            30 + static_cast<int>(random.bounded(400)) + slack.ms);
        const QStringList imports = committed(lines, u"import"_s);
        slack.after(!imports.isEmpty());
        reported += static_cast<int>(imports.size());
        QHash<QString, int> rowsPerImport;
        for (const QString& name : np::test::checkedPatientNames(clinic.db))
            if (name.startsWith(prefix + u'i'))
                ++rowsPerImport[name.section(u'x', 0, 0)];
        for (const QString& i : imports)
            CHECK(rowsPerImport.value(prefix + u'i' + i) == 10);
        for (auto it = rowsPerImport.cbegin(); it != rowsPerImport.cend(); ++it) {
            INFO(it.key().toStdString());
            CHECK(it.value() == 10);
        }
        CHECK(rowsPerImport.size() >= imports.size());
        CHECK(rowsPerImport.size() <= imports.size() + 1); // the one the kill cut before it was reported
    }
    CHECK(reported >= CrashRounds / 2);
}

TEST_CASE("killed while backing up: every backup made is whole, the database untouched")
{
    Clinic clinic;
    REQUIRE(np::test::runCli({u"--database"_s, clinic.db, u"demo"_s, u"--patients"_s, u"300"_s, u"--seed"_s, u"7"_s})
                .exitCode
        == 0);
    const QStringList before = np::test::checkedPatientNames(clinic.db);
    QRandomGenerator random = np::test::seededRandom();
    int reported = 0;
    Slack slack;
    for (int round = 0; round < CrashRounds; ++round) {
        INFO("round " << round);
        const QString folder = clinic.dir.filePath(u"backups-%1"_s.arg(round));
        QDir().mkpath(folder);
        const QStringList lines
            = killAfter({u"backup"_s, clinic.db, folder}, 30 + static_cast<int>(random.bounded(300)) + slack.ms);
        const QStringList made = committed(lines, u"backup"_s);
        slack.after(!made.isEmpty());
        reported += static_cast<int>(made.size());
        CHECK(np::test::checkedPatientNames(clinic.db) == before);
        // Whatever bears a backup's name is a whole backup: the reported ones and the one the
        // kill may have cut between its rename and its report. Unfinished copies are hidden.
        const QStringList visible = QDir(folder).entryList({u"*.db"_s}, QDir::Files);
        CHECK(visible.size() >= made.size());
        CHECK(visible.size() <= made.size() + 1);
        for (const QString& file : visible) {
            INFO(file.toStdString());
            CHECK(np::test::checkedPatientNames(QDir(folder).filePath(file)) == before);
        }
    }
    CHECK(reported >= CrashRounds / 2);
}

TEST_CASE("killed while restoring: the database is whole, either as it was or as the backup")
{
    Clinic clinic;
    const QString a = clinic.dir.filePath(u"a.db"_s);
    const QString b = clinic.dir.filePath(u"b.db"_s);
    (void)clinic.addPatient(u"First"_s);
    REQUIRE(np::test::runCli({u"--database"_s, clinic.db, u"backup"_s, a}).exitCode == 0);
    (void)clinic.addPatient(u"Second"_s);
    REQUIRE(np::test::runCli({u"--database"_s, clinic.db, u"backup"_s, b}).exitCode == 0);
    (void)clinic.addPatient(u"Third"_s);
    const QList<QStringList> allowed {{u"First"_s}, {u"First"_s, u"Second"_s}, {u"First"_s, u"Second"_s, u"Third"_s}};
    QRandomGenerator random = np::test::seededRandom();
    int reported = 0;
    Slack slack;
    for (int round = 0; round < CrashRounds; ++round) {
        INFO("round " << round);
        const QStringList lines
            = killAfter({u"restore"_s, clinic.db, a, b}, 30 + static_cast<int>(random.bounded(300)) + slack.ms);
        const QStringList restored = committed(lines, u"restore"_s);
        slack.after(!restored.isEmpty());
        reported += static_cast<int>(restored.size());
        const QStringList names = np::test::checkedPatientNames(clinic.db);
        INFO(names.join(u',').toStdString());
        CHECK(allowed.contains(names));
        // Every replaced database kept aside is whole too.
        const QStringList aside = QDir(clinic.dir.path()).entryList({u"needlepoint.db.replaced-*"_s}, QDir::Files);
        for (const QString& file : aside) {
            INFO(file.toStdString());
            CHECK(allowed.contains(np::test::checkedPatientNames(clinic.dir.filePath(file))));
        }
    }
    CHECK(reported >= CrashRounds / 2);
}

TEST_CASE("two writers side by side, killed at random: no lost update, no double booking")
{
    Clinic clinic;
    const QString patient = clinic.addPatient(u"Shared"_s);
    QRandomGenerator random = np::test::seededRandom();
    QStringList notes;
    QStringList series;
    Slack slack;
    for (int round = 0; round < CrashRounds; ++round) {
        INFO("round " << round);
        QProcess app;
        QProcess cli;
        for (QProcess* p : {&app, &cli})
            p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        app.start(QStringLiteral(CRASH_WRITER), {u"notes"_s, clinic.db, patient, u"app%1"_s.arg(round), u"--hold"_s});
        cli.start(QStringLiteral(CRASH_WRITER), {u"notes"_s, clinic.db, patient, u"cli%1"_s.arg(round)});
        REQUIRE(app.waitForStarted(30'000));
        REQUIRE(cli.waitForStarted(30'000));
        // One is killed first, the other a random while later.
        QProcess* first = random.bounded(2) == 1 ? &app : &cli;
        QProcess* second = first == &app ? &cli : &app;
        const qsizetype notesBefore = notes.size();
        REQUIRE_FALSE(first->waitForFinished(50 + static_cast<int>(random.bounded(300)) + slack.ms));
        first->kill();
        REQUIRE_FALSE(second->waitForFinished(static_cast<int>(random.bounded(200))));
        second->kill();
        for (QProcess* p : {&app, &cli}) {
            REQUIRE(p->waitForFinished(30'000));
            const QStringList lines = QString::fromUtf8(p->readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
            notes << committed(lines, u"note"_s);
            series << committed(lines, u"series"_s);
        }
        slack.after(notes.size() > notesBefore);
        auto db = openChecked(clinic.db);
        const auto shared = np::storage::PatientRepository(*db).get(patient.toLongLong());
        REQUIRE(shared);
        const QStringList stored = shared->notes.split(u' ', Qt::SkipEmptyParts);
        const QSet<QString> storedSet(stored.cbegin(), stored.cend());
        for (const QString& note : notes) {
            INFO(note.toStdString());
            CHECK(storedSet.contains(note)); // reported, so never overwritten by the other writer
        }
        CHECK(stored.size() == storedSet.size());
        checkSeriesCommitted(*db, series);
        checkCalendar(*db);
    }
    CHECK(notes.size() >= CrashRounds);
}
