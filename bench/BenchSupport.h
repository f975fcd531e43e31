#pragma once

// What the benchmark programs share: failing loudly, the built-in catalogue, timing, and the demo
// database they build once beside themselves.

#include "core/CatalogueLoader.h"
#include "core/Problem.h"
#include "storage/Database.h"
#include "storage/DemoData.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QString>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace np::bench {

[[noreturn]] inline void die(const char* tool, const QString& message)
{
    std::fprintf(stderr, "%s: %s\n", tool, qPrintable(message));
    std::exit(1);
}

inline const Catalogue& builtInCatalogue(const char* tool)
{
    static const Catalogue c = [tool] {
        auto loaded = loadBuiltInCatalogue();
        if (!loaded)
            die(tool, joinProblems(loaded.error()));
        return *loaded;
    }();
    return c;
}

inline double msSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

// The value at fraction `f` (0.5: the median, 1: the maximum) of `times`.
inline double percentile(std::vector<double> times, double f)
{
    std::sort(times.begin(), times.end());
    return times[static_cast<std::size_t>(f * static_cast<double>(times.size() - 1))];
}

// The demo database at `path`, generated with `options` unless a previous run left it there
// (delete it to rebuild). Prints how long the demo took and what it wrote.
inline void ensureDemoDatabase(const QString& path, const storage::DemoOptions& options, const char* tool)
{
    if (QFile::exists(path))
        return;
    const QString building = path + QStringLiteral(".building");
    for (const char* suffix : {"", "-wal", "-shm"})
        QFile::remove(building + QString::fromLatin1(suffix));
    std::fprintf(stderr, "%s: building %s (%d patients)...\n", tool, qPrintable(path), options.patients);
    QElapsedTimer timer;
    timer.start();
    {
        auto db = storage::Database::create(building);
        if (!db)
            die(tool, db.error().message);
        auto counts = storage::generateDemoData(**db, builtInCatalogue(tool), options);
        if (!counts)
            die(tool, counts.error().message);
        std::fprintf(stderr,
            "%s: demo took %.1f s: %lld patients, %lld planned sessions, %lld charts, %lld appointments (%lld for "
            "sessions)\n",
            tool, static_cast<double>(timer.elapsed()) / 1000.0, static_cast<long long>(counts->patients),
            static_cast<long long>(counts->plannedSessions), static_cast<long long>(counts->sessionCharts),
            static_cast<long long>(counts->appointments), static_cast<long long>(counts->sessionAppointments));
        QSqlQuery q((*db)->connection());
        q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    if (!QFile::rename(building, path))
        die(tool, QStringLiteral("cannot rename ") + building);
    QFile::remove(building + QStringLiteral("-wal"));
    QFile::remove(building + QStringLiteral("-shm"));
}

// The scheduling benchmark's database in `folder` (bench/scheduling_bench_100k.db: 100,000
// patients, about a million appointments, "today" `today`), built when missing; its path.
inline QString schedulingBenchDatabase(const QString& folder, const QDate& today, const char* tool)
{
    const QString path = folder + QStringLiteral("/scheduling_bench_100k.db");
    storage::DemoOptions options;
    options.patients = 100000;
    options.today = today;
    ensureDemoDatabase(path, options, tool);
    return path;
}

// main() of a benchmark program: Qt's application object (a QGuiApplication where fonts are
// needed), then Google Benchmark.
template <typename Application = QCoreApplication>
int runBenchmarks(int argc, char** argv)
{
    // Widgets are measured offscreen unless a platform is asked for (Xvfb, say).
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    Application app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}

} // namespace np::bench
