// How fast the print service makes PDFs: the front desk prints a post-care sheet after every
// session and the day's batch at closing. Goals (issue 5): one post-care PDF in at most 100 ms; a
// batch of 50 into one PDF in at most 3 s.
//
//   build-release/bench/print_bench [--benchmark_filter=...]
//
// The document is a post-care sized page (tests/print/SampleHtml.h): a letterhead table with an
// embedded PNG logo (data: URI), headings and 25 instruction lines, at 11 pt on A4. Each run is the
// whole of writePdf: HTML read into a QTextDocument, laid out, painted, written to a file beside
// this program and renamed over the previous one. The HTML is made before timing (the document
// builders' part is not measured here).
//
// BM_PostCarePdf: 50 single-document PDFs; median_ms, p99_ms and max_ms over the runs, first_ms
// the program's first PDF (fonts loaded then: what a one-off CLI call pays once).
// BM_PostCareBatch50: 50 sheets, each for another patient, into one PDF; median_ms and max_ms.

#include "BenchSupport.h"
#include "SampleHtml.h"
#include "print/PrintService.h"

#include <benchmark/benchmark.h>

#include <QGuiApplication>
#include <QStringList>

#include <algorithm>
#include <chrono>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

constexpr int Runs = 50;
constexpr int BatchSize = 50;

const QString OutDir = QStringLiteral(PRINT_BENCH_DIR);

// writePdf timed; the program stops on a failure.
double timedPdf(const QString& path, const QStringList& htmls, int expectedPages)
{
    const auto start = std::chrono::steady_clock::now();
    const auto pages = np::print::writePdf(path, htmls, np::print::PageSetup {}, u"Post-care"_s);
    const double ms = np::bench::msSince(start);
    if (!pages)
        np::bench::die("print_bench", pages.error());
    if (pages->total() != expectedPages)
        np::bench::die("print_bench", u"%1 pages, expected %2"_s.arg(pages->total()).arg(expectedPages));
    return ms;
}

double at(const std::vector<double>& sorted, double fraction)
{
    return sorted[static_cast<std::size_t>(fraction * static_cast<double>(sorted.size() - 1))];
}

void BM_PostCarePdf(benchmark::State& state)
{
    const QStringList html {np::print::sample::postCareHtml(u"José Núñez"_s)};
    const QString path = OutDir + u"/print_bench_post_care.pdf"_s;
    static const double first = timedPdf(path, html, 1);
    std::vector<double> times;
    for (auto _ : state)
        for (int i = 0; i < Runs; ++i)
            times.push_back(timedPdf(path, html, 1));
    std::sort(times.begin(), times.end());
    state.counters["first_ms"] = first;
    state.counters["median_ms"] = at(times, 0.5);
    state.counters["p99_ms"] = at(times, 0.99);
    state.counters["max_ms"] = times.back();
}
BENCHMARK(BM_PostCarePdf)->Unit(benchmark::kMillisecond)->Iterations(1);

void BM_PostCareBatch50(benchmark::State& state)
{
    QStringList htmls;
    for (int i = 1; i <= BatchSize; ++i)
        htmls << np::print::sample::postCareHtml(u"Patient %1 Núñez"_s.arg(i));
    const QString path = OutDir + u"/print_bench_batch.pdf"_s;
    std::vector<double> times;
    for (auto _ : state)
        times.push_back(timedPdf(path, htmls, BatchSize));
    std::sort(times.begin(), times.end());
    state.counters["median_ms"] = at(times, 0.5);
    state.counters["max_ms"] = times.back();
}
BENCHMARK(BM_PostCareBatch50)->Unit(benchmark::kMillisecond)->Iterations(5);

} // namespace

// A QGuiApplication (fonts), offscreen unless told otherwise, then Google Benchmark.
int main(int argc, char** argv)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return np::bench::runBenchmarks<QGuiApplication>(argc, argv);
}
