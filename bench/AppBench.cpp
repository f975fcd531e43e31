// How fast the desktop app is ready, on the scheduling benchmark's database (the demo generator's
// 100,000 patients, about a million appointments), offscreen.
//
//   build/bench/app_bench [--benchmark_filter=...]
//
// The database is the one scheduling_bench and calendar_bench use (bench/scheduling_bench_100k.db,
// same options), built here when missing. Goals (issue 16): start-up to a usable main window in at
// most 1 s; each keystroke in the patient search updates the list in at most 16 ms (median and p99).
//
// BM_StartUp: what the program does once QApplication exists (src/app/startup/Application.cpp):
// the built-in catalogue loaded, the settings read, the database opened (schema checked), the main
// window built, given the database (Today read), shown and painted once whole (grab()). The
// process's own start (loading Qt's libraries) comes before and is not in it; nor is the daily
// backup, which runs on its own thread after the window is up (a backup made today is found here).
// BM_SearchKeystroke: the patient search panel on the database; 60 family names of seeded random
// patients typed a letter at a time (up to 6), each keystroke being what the search's debounce
// timer fires (PatientSearchPanel::searchNow: the query, the model reset, the selection kept) and
// the list painted. The debounce (150 ms after the last key) is a deliberate wait, not counted.

#include "BenchSupport.h"

#include "app/MainWindow.h"
#include "app/backup/BackupJob.h"
#include "app/backup/BackupService.h"
#include "app/patients/PatientSearchPanel.h"
#include "app/settings/AppSettings.h"
#include "app/workspace/Workspace.h"
#include "core/CatalogueLoader.h"

#include <benchmark/benchmark.h>

#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QPixmap>
#include <QSettings>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>

#include <algorithm>
#include <chrono>

using namespace Qt::StringLiterals;

namespace {

constexpr const char* Tool = "app_bench";
const QDate Today(2026, 11, 1); // as scheduling_bench builds it

[[noreturn]] void die(const QString& message)
{
    np::bench::die(Tool, message);
}

QString databasePath()
{
    static const QString path = np::bench::schedulingBenchDatabase(QStringLiteral(APP_BENCH_DIR), Today, Tool);
    return path;
}

void BM_StartUp(benchmark::State& state)
{
    const QString path = databasePath();
    QTemporaryDir folder;
    QSettings qsettings(folder.filePath(u"settings.ini"_s), QSettings::IniFormat);
    np::app::AppSettings prepared(qsettings);
    prepared.setDatabasePath(path);
    prepared.setBackupFolder(folder.filePath(u"backups"_s));
    std::vector<double> times;
    for (auto _ : state) {
        np::app::BackupService backup;
        { // today's backup already made: the daily one does not start
            const np::app::BackupJob job {path, prepared.backupFolder(), prepared.backupKeep()};
            QDir().mkpath(prepared.backupFolder());
            QFile made(backup.dailyBackupPath(job));
            if (!made.open(QIODevice::WriteOnly))
                die(u"cannot stand in for today's backup"_s);
        }
        const auto start = std::chrono::steady_clock::now();
        auto catalogue = np::loadBuiltInCatalogue();
        if (!catalogue)
            die(u"the built-in catalogue does not load"_s);
        np::app::AppSettings settings(qsettings);
        auto database = np::storage::Database::open(settings.databasePath());
        if (!database)
            die(database.error().message);
        {
            np::app::MainWindow window(settings, *catalogue, backup);
            window.setDatabase(std::move(*database));
            window.resize(1280, 800);
            window.show();
            QApplication::processEvents();
            benchmark::DoNotOptimize(window.grab());
            times.push_back(np::bench::msSince(start));
        }
        QApplication::processEvents();
    }
    state.counters["median_ms"] = np::bench::percentile(times, 0.5);
    state.counters["max_ms"] = np::bench::percentile(times, 1.0);
}
BENCHMARK(BM_StartUp)->Unit(benchmark::kMillisecond)->Iterations(7);

// Family names of `count` patients picked by a seeded random walk over the ids.
QStringList seededNames(np::storage::Database& db, int count)
{
    QSqlQuery q(db.connection());
    if (!q.exec(u"SELECT family_name FROM patients WHERE id % 1667 = 7 ORDER BY id LIMIT %1"_s.arg(count)))
        die(u"cannot read patients' names"_s);
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    if (names.isEmpty())
        die(u"the database has no patients"_s);
    return names;
}

void BM_SearchKeystroke(benchmark::State& state)
{
    auto catalogue = np::loadBuiltInCatalogue();
    if (!catalogue)
        die(u"the built-in catalogue does not load"_s);
    auto db = np::storage::Database::open(databasePath());
    if (!db)
        die(db.error().message);
    const QStringList names = seededNames(**db, 60);
    np::app::Workspace workspace(std::move(*db), *catalogue, u"bench"_s, [] { return QDateTime(Today, QTime(9, 30)); });
    np::app::PatientSearchPanel panel;
    panel.setWorkspace(&workspace);
    panel.resize(900, 700);
    panel.show();
    QApplication::processEvents();
    QPixmap pixmap(panel.size());
    std::vector<double> times;
    qint64 keystrokes = 0;
    for (auto _ : state)
        for (const QString& name : names) {
            for (int letters = 1; letters <= std::min<qsizetype>(6, name.size()); ++letters) {
                const auto start = std::chrono::steady_clock::now();
                panel.searchBox()->setText(name.left(letters));
                panel.searchNow();
                panel.render(&pixmap);
                times.push_back(np::bench::msSince(start));
                ++keystrokes;
            }
            panel.searchBox()->clear();
            panel.searchNow();
        }
    state.counters["median_ms"] = np::bench::percentile(times, 0.5);
    state.counters["p99_ms"] = np::bench::percentile(times, 0.99);
    state.counters["max_ms"] = np::bench::percentile(times, 1.0);
    state.counters["keystrokes"] = static_cast<double>(keystrokes);
}
BENCHMARK(BM_SearchKeystroke)->Unit(benchmark::kMillisecond)->Iterations(3);

} // namespace

int main(int argc, char** argv)
{
    return np::bench::runBenchmarks<QApplication>(argc, argv);
}
