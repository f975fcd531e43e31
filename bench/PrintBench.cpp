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
//
// End to end, from a demo database built once beside this program (print_bench_demo.db: 2,000
// demo patients, the demo clinic's 10 practitioners and about 20,000 appointments; the example
// clinic has two rooms, too few for 50 sessions a day). Before timing, 50 of Day's appointments are
// checked in and completed (AppointmentRepository::setStatus), once per database.
// BM_PostCareEndToEnd: what `print post-care --appointment ID` does, for 30 of those sessions in
// turn: prepareDocuments, writePdf, recordGiven; median_ms, p99_ms, first_ms. Then the same
// sessions piece by piece: gather_ms (postCareData), build_ms (buildPostCare), pdf_ms (writePdf:
// layout, paint, write) and record_ms (recordGiven), each a median.
// BM_PostCareBatchEndToEnd: `print post-care --date Day`: the 50 sheets into one PDF and recorded;
// median_ms and max_ms, then the same split as medians (gather_ms: postCareBatch).

#include "BenchSupport.h"
#include "SampleHtml.h"
#include "cli/ClinicAccess.h"
#include "core/BookingRules.h"
#include "core/SystemTimeZone.h"
#include "core/WallClock.h"
#include "print/DocumentJobs.h"
#include "print/DocumentSources.h"
#include "print/PrintService.h"
#include "services/ClinicSchedule.h"
#include "storage/AppointmentRepository.h"
#include "storage/ClinicRepository.h"

#include <benchmark/benchmark.h>

#include <QGuiApplication>
#include <QSet>
#include <QSqlQuery>
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

// ---- End to end, from a demo database.

constexpr int Completed = 50;
constexpr int SingleRuns = 30;
const QDate Day(2026, 11, 18); // a Wednesday: the demo's today, its appointments booked

void fail(const QString& message)
{
    np::bench::die("print_bench", message);
}

const np::Catalogue& catalogue()
{
    return np::bench::builtInCatalogue("print_bench");
}

// Books patients who have nothing on Day into its free slots (the slot finder's first, one area
// of the first modality) until Day holds `count` appointments; the program stops if Day is full.
void fillDay(np::storage::Database& db, int count)
{
    auto stored = np::storage::ClinicRepository(db, catalogue()).current();
    if (!stored || !*stored)
        fail(u"no clinic set-up in the demo database"_s);
    const np::storage::StoredClinic& clinic = **stored;
    np::storage::AppointmentRepository appointments(db, clinic.setup.timeZone);
    auto day = appointments.between(QDateTime(Day, QTime(0, 0)), QDateTime(Day.addDays(1), QTime(0, 0)));
    if (!day)
        fail(day.error().message);
    QSet<qint64> onDay;
    for (const np::storage::AppointmentRecord& a : *day)
        if (np::storage::holdsTime(a.status))
            onDay << a.patientId;
    QSqlQuery q(db.connection());
    if (!q.exec(u"SELECT id FROM patients WHERE archived = 0 ORDER BY id"_s))
        fail(u"cannot read the patients"_s);
    const np::Modality& modality = catalogue().modalities.first();
    while (onDay.size() < count && q.next()) {
        const qint64 patient = q.value(0).toLongLong();
        if (onDay.contains(patient))
            continue;
        auto busy = appointments.busy(np::epochMinutes(QDateTime(Day.addDays(-1), QTime(0, 0), Qt::UTC)),
            np::epochMinutes(QDateTime(Day.addDays(2), QTime(0, 0), Qt::UTC)));
        if (!busy)
            fail(busy.error().message);
        np::SlotQuery query;
        query.modality = modality.code;
        query.from = query.to = query.target = Day;
        query.limit = 1;
        const QList<np::Slot> free
            = np::findSlots(clinic.setup, catalogue(), query, np::services::busySpans(*busy, clinic, patient));
        if (free.isEmpty())
            fail(u"%1 is full at %2 appointments"_s.arg(Day.toString(Qt::ISODate)).arg(onDay.size()));
        np::storage::BookingRequest r;
        r.patientId = patient;
        r.practitionerId = clinic.practitionerIds.value(free.first().practitioner);
        r.roomId = clinic.roomIds.value(free.first().room);
        if (!free.first().device.isEmpty())
            r.deviceId = clinic.deviceIds.value(free.first().device);
        r.localStart = free.first().localStart;
        r.durationMinutes = np::appointmentMinutes(modality, 1, clinic.setup.turnoverMinutes);
        r.modality = modality.code;
        r.areas = {catalogue().areas.first().code};
        if (auto booked = appointments.book(r, u"bench"_s); !booked)
            fail(booked.error().message);
        onDay << patient;
    }
}

// The demo database, with Completed of Day's appointments completed (booked first where the demo
// left Day short); their ids, by start.
const QList<qint64>& completedToday()
{
    static const QList<qint64> ids = [] {
        const QString path = OutDir + u"/print_bench_demo.db"_s;
        np::storage::DemoOptions options;
        options.patients = 2000;
        options.today = Day;
        np::bench::ensureDemoDatabase(path, options, "print_bench");
        auto db = np::storage::Database::open(path);
        if (!db)
            fail(db.error().message);
        fillDay(**db, Completed);
        np::storage::AppointmentRepository appointments(**db, QTimeZone("Europe/London"));
        auto day = appointments.between(QDateTime(Day, QTime(0, 0)), QDateTime(Day.addDays(1), QTime(0, 0)));
        if (!day)
            fail(day.error().message);
        QList<qint64> out;
        using Status = np::storage::AppointmentStatus;
        for (const np::storage::AppointmentRecord& a : *day) {
            if (out.size() == Completed)
                break;
            if (a.status == Status::Completed) {
                out << a.id;
                continue;
            }
            if (a.status != Status::Booked)
                continue;
            for (const auto& [status, version] :
                {std::pair {Status::CheckedIn, a.version}, {Status::Completed, a.version + 1}})
                if (auto done = appointments.setStatus(a.id, version, status, QString(), u"bench"_s); !done)
                    fail(done.error().message);
            out << a.id;
        }
        if (out.size() < Completed)
            fail(u"only %1 appointments on %2"_s.arg(out.size()).arg(Day.toString(Qt::ISODate)));
        return out;
    }();
    return ids;
}

struct Printing {
    std::unique_ptr<np::storage::Database> db;
    np::print::DocumentResources resources;
};

Printing openPrinting()
{
    completedToday();
    auto db = np::storage::Database::open(OutDir + u"/print_bench_demo.db"_s);
    if (!db)
        fail(db.error().message);
    auto resources = np::print::loadDocumentResources();
    if (!resources)
        fail(np::joinProblems(resources.error()));
    return {std::move(*db), std::move(*resources)};
}

// Post-care for one appointment, or (id 0) for the sessions completed on `date`.
np::print::DocumentRequest postCare(qint64 id, const QDate& date = {})
{
    np::print::DocumentRequest r;
    r.id = id;
    r.date = date;
    return r;
}

// prepareDocuments, writePdf and recordGiven, as the print command runs them; the page count.
int printEndToEnd(Printing& p, const np::print::DocumentRequest& request, const QString& path)
{
    auto documents = np::print::prepareDocuments(*p.db, catalogue(), p.resources, request);
    if (!documents)
        fail(documents.error().message());
    if (documents->isEmpty())
        fail(u"nothing to print"_s);
    const QString title = np::print::outputTitle(request, *documents);
    const auto pages = np::print::writePdf(path, np::print::documentPages(*documents), np::print::PageSetup {}, title);
    if (!pages)
        fail(pages.error());
    if (auto recorded = np::print::recordGiven(*p.db, *documents, u"pdf:"_s + path, u"bench"_s); !recorded)
        fail(recorded.error().message);
    return pages->total();
}

// The same in pieces: gather, build, lay out and write, record.
struct Split {
    std::vector<double> gather, build, pdf, record;

    void report(benchmark::State& state)
    {
        for (auto& [name, times] : {std::pair<const char*, std::vector<double>*> {"gather_ms", &gather},
                 {"build_ms", &build}, {"pdf_ms", &pdf}, {"record_ms", &record}}) {
            std::sort(times->begin(), times->end());
            state.counters[name] = at(*times, 0.5);
        }
    }
};

void printInPieces(
    Printing& p, const QList<np::print::PostCareData>& gathered, double gatherMs, const QString& path, Split& split)
{
    split.gather.push_back(gatherMs);
    auto t = std::chrono::steady_clock::now();
    QList<np::print::PreparedDocument> documents;
    QStringList htmls;
    for (const np::print::PostCareData& data : gathered) {
        auto built = np::print::buildPostCare(data, p.resources);
        if (!built)
            fail(np::joinProblems(built.error()));
        np::print::PreparedDocument d;
        d.built = std::move(*built);
        d.patientId = data.patient.id;
        d.appointmentId = data.appointment.id;
        htmls << d.built.html;
        documents << std::move(d);
    }
    split.build.push_back(np::bench::msSince(t));
    t = std::chrono::steady_clock::now();
    if (const auto pages = np::print::writePdf(path, htmls, np::print::PageSetup {}, u"Post-care"_s); !pages)
        fail(pages.error());
    split.pdf.push_back(np::bench::msSince(t));
    t = std::chrono::steady_clock::now();
    if (auto recorded = np::print::recordGiven(*p.db, documents, u"pdf:"_s + path, u"bench"_s); !recorded)
        fail(recorded.error().message);
    split.record.push_back(np::bench::msSince(t));
}

void BM_PostCareEndToEnd(benchmark::State& state)
{
    Printing p = openPrinting();
    const QList<qint64>& ids = completedToday();
    const QString path = OutDir + u"/print_bench_e2e.pdf"_s;
    std::vector<double> times;
    double first = 0;
    int maxPages = 0;
    for (auto _ : state)
        for (int i = 0; i < SingleRuns; ++i) {
            const auto start = std::chrono::steady_clock::now();
            maxPages = std::max(maxPages, printEndToEnd(p, postCare(ids[i]), path));
            times.push_back(np::bench::msSince(start));
            if (i == 0)
                first = times.back();
        }
    Split split;
    for (int i = 0; i < SingleRuns; ++i) {
        const auto start = std::chrono::steady_clock::now();
        auto data = np::print::postCareData(*p.db, catalogue(), ids[i]);
        if (!data)
            fail(data.error().message);
        printInPieces(p, {*data}, np::bench::msSince(start), path, split);
    }
    std::sort(times.begin(), times.end());
    state.counters["first_ms"] = first;
    state.counters["median_ms"] = at(times, 0.5);
    state.counters["p99_ms"] = at(times, 0.99);
    state.counters["max_pages"] = maxPages;
    split.report(state);
}
BENCHMARK(BM_PostCareEndToEnd)->Unit(benchmark::kMillisecond)->Iterations(1);

void BM_PostCareBatchEndToEnd(benchmark::State& state)
{
    Printing p = openPrinting();
    const QString path = OutDir + u"/print_bench_e2e_batch.pdf"_s;
    std::vector<double> times;
    int pages = 0;
    for (auto _ : state) {
        const auto start = std::chrono::steady_clock::now();
        pages = printEndToEnd(p, postCare(0, Day), path);
        times.push_back(np::bench::msSince(start));
    }
    Split split;
    for (int i = 0; i < 5; ++i) {
        const auto start = std::chrono::steady_clock::now();
        auto batch = np::print::postCareBatch(*p.db, catalogue(), Day);
        if (!batch)
            fail(batch.error().message);
        printInPieces(p, *batch, np::bench::msSince(start), path, split);
    }
    std::sort(times.begin(), times.end());
    state.counters["median_ms"] = at(times, 0.5);
    state.counters["max_ms"] = times.back();
    state.counters["pages"] = pages;
    split.report(state);
}
BENCHMARK(BM_PostCareBatchEndToEnd)->Unit(benchmark::kMillisecond)->Iterations(5);

} // namespace

// A QGuiApplication (fonts), offscreen unless told otherwise, then Google Benchmark.
int main(int argc, char** argv)
{
    np::readSystemTimeZoneOnce(); // as the app and the CLI do
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return np::bench::runBenchmarks<QGuiApplication>(argc, argv);
}
