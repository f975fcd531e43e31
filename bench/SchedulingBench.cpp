// How fast the calendar answers, with 10 practitioners and about a million appointments: the
// demo generator's 100,000 patients, their series' sessions booked and earlier days filled.
//
//   build-release/bench/scheduling_bench [--benchmark_filter=...]
//
// The database is built once, into the build folder (bench/scheduling_bench_100k.db), and re-used
// by later runs; delete it to rebuild (the build prints the demo's time and counts). Goals (issue
// 4): a week of one practitioner's appointments in at most 5 ms; finding slots for and booking a
// 6-session series in at most 20 ms. Each is run beside the same SQL through SQLite's C API.
//
// BM_WeekOfPractitioner: AppointmentRepository::between for one practitioner and one week
// (Monday 00:00 to Monday 00:00), for a fixed, seeded list of practitioners and weeks between the
// first and the last appointment; median_ms and p99_ms are over every single query.
//
// BM_FindAndBookSeries: for a fixed, seeded list of patients and treatments, the whole of booking
// a series of 6 sessions 28 days apart: read the stored clinic set-up (ClinicRepository), then per
// session read the busy time around its window (target +-7 days) and find the slot nearest the
// target (findSlots), then book the 6 slots with AppointmentRepository::bookAll. The first target
// lies around the last booked day (the demo books every session it can, so the months before are
// full): the first windows are crowded, the later ones free. The booking runs inside an outer
// transaction that is rolled back, so the database does not fill up; the rollback is timed too.
// BM_FindAndBookSeriesRawSqlite runs the same reads and inserts through the C API (the slots as
// the repository run found them, findSlots not timed there): the difference is what Needlepoint
// adds (QtSql, parsing the set-up, the clash check naming the other appointment, the audit rows,
// the slot finder).

#include "BenchSupport.h"
#include "core/SystemTimeZone.h"

#include "cli/ClinicAccess.h"
#include "core/BookingRules.h"
#include "core/SeriesBooking.h"
#include "core/SlotFinder.h"
#include "core/WallClock.h"
#include "services/ClinicSchedule.h"
#include "storage/AppointmentRepository.h"
#include "storage/BookedSeries.h"
#include "storage/ClinicRepository.h"

#include <benchmark/benchmark.h>

#include <sqlite3.h>

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>
#include <chrono>
#include <random>

using namespace Qt::StringLiterals;

namespace {

constexpr int Patients = 100000;
constexpr int Weeks = 400;
constexpr int SeriesCount = 60;
constexpr int Sessions = 6;
constexpr int SessionInterval = 28;
constexpr int WindowDays = 7; // either side of a session's target
const QDate Today(2026, 11, 1);
const QString LocalFormat = u"yyyy-MM-ddTHH:mm"_s;

constexpr const char* Tool = "scheduling_bench";

[[noreturn]] void die(const QString& message)
{
    np::bench::die(Tool, message);
}

const np::Catalogue& catalogue()
{
    return np::bench::builtInCatalogue(Tool);
}

// Built once, unless a previous run left it.
const QString& benchDatabase()
{
    static const QString path = [] {
        const QString path = QStringLiteral(SCHEDULING_BENCH_DIR) + u"/scheduling_bench_100k.db"_s;
        np::storage::DemoOptions options;
        options.patients = Patients;
        options.today = Today;
        np::bench::ensureDemoDatabase(path, options, Tool);
        return path;
    }();
    return path;
}

std::unique_ptr<np::storage::Database> openDatabase()
{
    auto db = np::storage::Database::open(benchDatabase());
    if (!db)
        die(db.error().message);
    return std::move(*db);
}

np::storage::StoredClinic storedClinic(np::storage::Database& db)
{
    auto clinic = np::storage::ClinicRepository(db, catalogue()).current();
    if (!clinic || !*clinic)
        die(u"no clinic set-up in the bench database"_s);
    return **clinic;
}

QDate dayOf(const QString& sql, np::storage::Database& db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        die(u"cannot run "_s + sql);
    return QDate::fromString(q.value(0).toString().left(10), Qt::ISODate);
}

using np::bench::msSince;

void reportPercentiles(benchmark::State& state, std::vector<double>& times, const char* prefix = "")
{
    std::sort(times.begin(), times.end());
    const auto at
        = [&](double f) { return times[static_cast<std::size_t>(f * static_cast<double>(times.size() - 1))]; };
    state.counters[std::string(prefix) + "median_ms"] = at(0.5);
    state.counters[std::string(prefix) + "p99_ms"] = at(0.99);
    state.counters[std::string(prefix) + "max_ms"] = times.back();
}

sqlite3* openRaw()
{
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(benchDatabase().toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK)
        die(u"cannot open the database"_s);
    sqlite3_busy_timeout(db, 5000);
    return db;
}

sqlite3_stmt* prepareRaw(sqlite3* db, const char* sql)
{
    sqlite3_stmt* s = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &s, nullptr) != SQLITE_OK)
        die(QString::fromUtf8(sqlite3_errmsg(db)));
    return s;
}

void bindText(sqlite3_stmt* s, int i, const QString& text)
{
    sqlite3_bind_text16(s, i, text.utf16(), static_cast<int>(text.size() * 2), SQLITE_TRANSIENT);
}

// Steps through every row, touching every column as the repository reads it; the row count.
int readAll(sqlite3_stmt* s)
{
    int rows = 0;
    const int columns = sqlite3_column_count(s);
    while (sqlite3_step(s) == SQLITE_ROW) {
        for (int c = 0; c < columns; ++c)
            if (sqlite3_column_type(s, c) == SQLITE_TEXT)
                benchmark::DoNotOptimize(sqlite3_column_text(s, c)); // as stored: no conversion
            else
                benchmark::DoNotOptimize(sqlite3_column_int64(s, c));
        ++rows;
    }
    sqlite3_finalize(s);
    return rows;
}

// ---- A week of one practitioner's appointments.

struct Week {
    qint64 practitionerId = 0;
    QDate monday;
};

const QList<Week>& weeks()
{
    static const QList<Week> list = [] {
        auto db = openDatabase();
        const np::storage::StoredClinic clinic = storedClinic(*db);
        const QDate first = dayOf(u"SELECT MIN(local_start) FROM appointments"_s, *db);
        const QDate last = dayOf(u"SELECT MAX(local_start) FROM appointments"_s, *db);
        QList<qint64> practitioners = clinic.practitionerIds.values();
        std::ranges::sort(practitioners); // a QHash's order changes from run to run
        std::mt19937_64 random(20261101);
        QList<Week> out;
        const auto span = static_cast<quint64>(first.daysTo(last) / 7 + 1);
        for (int i = 0; i < Weeks; ++i) {
            const QDate day = first.addDays(7 * static_cast<qint64>(random() % span));
            out.append({practitioners[static_cast<qsizetype>(random() % static_cast<quint64>(practitioners.size()))],
                day.addDays(1 - day.dayOfWeek())});
        }
        return out;
    }();
    return list;
}

void BM_WeekOfPractitioner(benchmark::State& state)
{
    const QList<Week>& list = weeks();
    auto db = openDatabase();
    np::storage::AppointmentRepository appointments(*db, storedClinic(*db).setup.timeZone);
    std::vector<double> times;
    qint64 rows = 0;
    for (auto _ : state)
        for (const Week& w : list) {
            const auto start = std::chrono::steady_clock::now();
            auto found = appointments.between(
                QDateTime(w.monday, QTime(0, 0)), QDateTime(w.monday.addDays(7), QTime(0, 0)), w.practitionerId);
            times.push_back(msSince(start));
            if (!found)
                die(found.error().message);
            rows += found->size();
        }
    reportPercentiles(state, times);
    state.counters["rows_per_week"]
        = static_cast<double>(rows) / static_cast<double>(list.size()) / static_cast<double>(state.iterations());
}
BENCHMARK(BM_WeekOfPractitioner)->Unit(benchmark::kMillisecond)->Iterations(5);

// The repository's between(), statement for statement.
void BM_WeekOfPractitionerRawSqlite(benchmark::State& state)
{
    const QList<Week>& list = weeks();
    sqlite3* db = openRaw();
    std::vector<double> times;
    qint64 rows = 0;
    for (auto _ : state)
        for (const Week& w : list) {
            const auto start = std::chrono::steady_clock::now();
            sqlite3_stmt* s = prepareRaw(db,
                "SELECT id, version, patient_id, session_id, practitioner_id, room_id, device_id, local_start, "
                "time_zone, start_minute, end_minute, modality, areas, status, status_reason, notes, created_by, "
                "created_at, updated_at FROM appointments a WHERE a.local_start >= ? AND a.local_start < ? AND "
                "a.start_minute >= ? AND a.start_minute < ? AND a.practitioner_id = ? ORDER BY a.start_minute, a.id");
            bindText(s, 1, QDateTime(w.monday, QTime(0, 0)).toString(LocalFormat));
            bindText(s, 2, QDateTime(w.monday.addDays(7), QTime(0, 0)).toString(LocalFormat));
            sqlite3_bind_int64(s, 3, np::epochMinutes(QDateTime(w.monday.addDays(-1), QTime(0, 0), Qt::UTC)));
            sqlite3_bind_int64(s, 4, np::epochMinutes(QDateTime(w.monday.addDays(9), QTime(0, 0), Qt::UTC)));
            sqlite3_bind_int64(s, 5, w.practitionerId);
            rows += readAll(s);
            times.push_back(msSince(start));
        }
    sqlite3_close(db);
    reportPercentiles(state, times);
    state.counters["rows_per_week"]
        = static_cast<double>(rows) / static_cast<double>(list.size()) / static_cast<double>(state.iterations());
}
BENCHMARK(BM_WeekOfPractitionerRawSqlite)->Unit(benchmark::kMillisecond)->Iterations(5);

// ---- Finding and booking a series.

struct SeriesAsk {
    qint64 patientId = 0;
    QString modality;
    QStringList areas;
    QDate firstTarget;
};

const QList<SeriesAsk>& seriesAsks()
{
    static const QList<SeriesAsk> list = [] {
        auto db = openDatabase();
        const QDate last = dayOf(u"SELECT MAX(local_start) FROM appointments"_s, *db);
        QSqlQuery q(db->connection());
        QList<qint64> patients;
        if (!q.exec(u"SELECT id FROM patients WHERE archived = 0 ORDER BY id"_s))
            die(u"cannot read the patients"_s);
        while (q.next())
            patients << q.value(0).toLongLong();
        std::mt19937_64 random(4);
        const auto below = [&](qsizetype n) { return static_cast<qsizetype>(random() % static_cast<quint64>(n)); };
        QList<SeriesAsk> out;
        for (int i = 0; i < SeriesCount; ++i) {
            SeriesAsk a;
            a.patientId = patients[below(patients.size())];
            a.modality = catalogue().modalities[below(catalogue().modalities.size())].code;
            for (qsizetype n = below(2) + 1; n > 0; --n)
                if (const QString& area = catalogue().areas[below(catalogue().areas.size())].code;
                    !a.areas.contains(area))
                    a.areas << area;
            a.firstTarget = last.addDays(below(29) - 4);
            out.append(a);
        }
        return out;
    }();
    return list;
}

// As the slots command: the calendar's busy time in codes and wall-clock time.
using np::services::busySpans;

std::pair<qint64, qint64> busyWindow(const QDate& target)
{
    return {np::epochMinutes(QDateTime(target.addDays(-WindowDays - 1), QTime(0, 0), Qt::UTC)),
        np::epochMinutes(QDateTime(target.addDays(WindowDays + 2), QTime(0, 0), Qt::UTC))};
}

struct SeriesTimes {
    double clinic = 0;
    double busy = 0;
    double find = 0;
    double book = 0;
};

// The appointment of `ask`'s patient in `slot`.
np::storage::BookingRequest bookingRequest(
    const SeriesAsk& ask, const np::storage::StoredClinic& clinic, const np::Slot& slot, int minutes)
{
    np::storage::BookingRequest r;
    r.patientId = ask.patientId;
    r.practitionerId = clinic.practitionerIds.value(slot.practitioner);
    r.roomId = clinic.roomIds.value(slot.room);
    if (!slot.device.isEmpty())
        r.deviceId = clinic.deviceIds.value(slot.device);
    r.localStart = slot.localStart;
    r.durationMinutes = minutes;
    r.modality = ask.modality;
    r.areas = ask.areas;
    return r;
}

// Runs `write` inside a transaction that is then rolled back, so the database does not fill up.
template <typename Write>
void rolledBack(np::storage::Database& db, Write write)
{
    const np::storage::StorageError rollback {np::storage::StorageError::Kind::Failed, u"rolled back"_s};
    auto done = db.transaction([&]() -> np::storage::Result<void> {
        write();
        return std::unexpected(rollback);
    });
    if (done || done.error().message != rollback.message)
        die(u"the booking was not rolled back"_s);
}

// One series through the repositories and the slot finder; the slots chosen (fewer than 6 when a
// window had none, and then nothing is booked).
QList<np::Slot> findAndBook(np::storage::Database& db, const SeriesAsk& ask, SeriesTimes& times)
{
    auto start = std::chrono::steady_clock::now();
    const np::storage::StoredClinic clinic = storedClinic(db);
    times.clinic += msSince(start);
    np::storage::AppointmentRepository appointments(db, clinic.setup.timeZone);
    QList<np::Slot> chosen;
    for (int n = 0; n < Sessions; ++n) {
        const QDate target = ask.firstTarget.addDays(static_cast<qint64>(SessionInterval) * n);
        start = std::chrono::steady_clock::now();
        const auto [from, to] = busyWindow(target);
        auto busy = appointments.busy(from, to);
        if (!busy)
            die(busy.error().message);
        const QList<np::BusySpan> spans = busySpans(*busy, clinic, ask.patientId);
        times.busy += msSince(start);
        start = std::chrono::steady_clock::now();
        np::SlotQuery query;
        query.modality = ask.modality;
        query.areaCount = static_cast<int>(ask.areas.size());
        query.from = target.addDays(-WindowDays);
        query.to = target.addDays(WindowDays);
        query.target = target;
        query.limit = 1;
        const QList<np::Slot> found = np::findSlots(clinic.setup, catalogue(), query, spans);
        times.find += msSince(start);
        if (found.isEmpty())
            return chosen;
        chosen << found.first();
    }
    start = std::chrono::steady_clock::now();
    const int minutes = np::appointmentMinutes(
        *catalogue().modality(ask.modality), static_cast<int>(ask.areas.size()), clinic.setup.turnoverMinutes);
    QList<np::storage::BookingRequest> requests;
    for (const np::Slot& s : chosen)
        requests << bookingRequest(ask, clinic, s, minutes);
    rolledBack(db, [&] {
        if (auto ids = appointments.bookAll(requests, u"bench"_s); !ids)
            die(ids.error().message);
    });
    times.book += msSince(start);
    return chosen;
}

void BM_FindAndBookSeries(benchmark::State& state)
{
    const QList<SeriesAsk>& list = seriesAsks();
    auto db = openDatabase();
    std::vector<double> times;
    SeriesTimes parts;
    qint64 booked = 0;
    for (auto _ : state)
        for (const SeriesAsk& ask : list) {
            const auto start = std::chrono::steady_clock::now();
            booked += findAndBook(*db, ask, parts).size() == Sessions ? 1 : 0;
            times.push_back(msSince(start));
        }
    reportPercentiles(state, times);
    const double series = static_cast<double>(times.size());
    state.counters["clinic_ms"] = parts.clinic / series;
    state.counters["busy_ms"] = parts.busy / series;
    state.counters["find_ms"] = parts.find / series;
    state.counters["book_ms"] = parts.book / series;
    state.counters["booked_share"] = static_cast<double>(booked) / series;
}
BENCHMARK(BM_FindAndBookSeries)->Unit(benchmark::kMillisecond)->Iterations(3);

// ---- Booking a series as `series book` does.

struct SeriesBookTimes {
    double clinic = 0;
    double busy = 0; // per session window: AppointmentRepository::busy, then busySpans
    double finder = 0;
    double store = 0;
    qint64 spans = 0;
    qint64 booked = 0;
    QString firstRefusal; // why the first refused series was
};

// The request `series book` makes of a plan request file: the ask's treatment in 6 sessions for a
// patient of 36 with no findings, starting `start` at the earliest, in the stored clinic's calendar.
np::SeriesBookingRequest seriesBookRequest(const SeriesAsk& ask, const np::ClinicSetup& clinic, const QDate& start)
{
    np::SeriesBookingRequest r;
    r.plan.patient = {QDate(1990, 4, 2), 3, {}};
    QString indication;
    for (const np::Indication& i : catalogue().indications)
        if (i.modalities.contains(ask.modality)) {
            indication = i.code;
            break;
        }
    r.plan.treatment = {ask.modality, indication, np::Severity::Moderate, ask.areas, Sessions};
    r.plan.earliestStart = start;
    r.plan.clinic = clinic.calendar(Today, Today.addYears(3));
    return r;
}

// One series as SeriesBookCommand books it: the stored set-up, bookSeriesSlots reading the busy
// time of each session's window (busyLookup), then storeBookedSeries inside an outer transaction that
// is rolled back. False when bookSeriesSlots refused the series (nothing stored then).
bool bookLikeSeriesBook(np::storage::Database& db, const SeriesAsk& ask, const QDate& start, SeriesBookTimes& times)
{
    auto t = std::chrono::steady_clock::now();
    const np::storage::StoredClinic clinic = storedClinic(db);
    const np::SeriesBookingRequest request = seriesBookRequest(ask, clinic.setup, start);
    times.clinic += msSince(t);
    // As series book asks: each session's window only (np::cli::busyLookup).
    double readAndMap = 0;
    const np::BusyLookup lookup = [&](const QDate& from, const QDate& to) {
        const auto t0 = std::chrono::steady_clock::now();
        const qint64 fromMinute = np::epochMinutes(QDateTime(from.addDays(-1), QTime(0, 0), Qt::UTC));
        const qint64 toMinute = np::epochMinutes(QDateTime(to.addDays(2), QTime(0, 0), Qt::UTC));
        auto busy = np::storage::AppointmentRepository(db, clinic.setup.timeZone).busy(fromMinute, toMinute);
        if (!busy)
            die(busy.error().message);
        QList<np::BusySpan> spans = busySpans(*busy, clinic, ask.patientId);
        times.spans += spans.size();
        readAndMap += msSince(t0);
        return spans;
    };
    t = std::chrono::steady_clock::now();
    auto booking = np::bookSeriesSlots(catalogue(), clinic.setup, request, lookup, Today);
    const double total = msSince(t);
    times.busy += readAndMap;
    times.finder += total - readAndMap;
    if (!booking) {
        if (times.firstRefusal.isEmpty())
            times.firstRefusal = u"%1 %2: %3"_s.arg(ask.modality, ask.areas.join(u','), booking.error().reason);
        return false;
    }
    t = std::chrono::steady_clock::now();
    const int minutes = np::appointmentMinutes(
        *catalogue().modality(ask.modality), static_cast<int>(ask.areas.size()), clinic.setup.turnoverMinutes);
    QList<np::storage::BookingRequest> requests;
    for (const np::BookedSession& s : booking->sessions)
        requests << bookingRequest(ask, clinic, s.slot, minutes);
    rolledBack(db, [&] {
        auto stored = np::storage::storeBookedSeries(db, catalogue(), clinic.setup.timeZone,
            np::storage::seriesFromPlan(ask.patientId, request.plan, booking->plan), requests, u"bench"_s);
        if (!stored)
            die(stored.error().message);
    });
    times.store += msSince(t);
    ++times.booked;
    return true;
}

// BM_SeriesBook: the seeded asks booked the way `series book` does, today being the demo's today
// and each series starting at the earliest 0-13 days later (the busy time read reaches the horizon,
// about 11 months on). median_ms / p99_ms over the series booked; the parts are averages.
void BM_SeriesBook(benchmark::State& state)
{
    const QList<SeriesAsk>& list = seriesAsks();
    auto db = openDatabase();
    std::vector<double> times;
    SeriesBookTimes parts;
    qint64 refused = 0;
    for (auto _ : state)
        for (qsizetype i = 0; i < list.size(); ++i) {
            const auto start = std::chrono::steady_clock::now();
            if (bookLikeSeriesBook(*db, list[i], Today.addDays(i % 14), parts))
                times.push_back(msSince(start));
            else
                ++refused;
        }
    if (!parts.firstRefusal.isEmpty())
        std::fprintf(stderr, "%s: %lld refused, the first: %s\n", Tool, static_cast<long long>(refused),
            qPrintable(parts.firstRefusal));
    if (times.empty())
        die(u"every series was refused"_s);
    reportPercentiles(state, times);
    const double series = static_cast<double>(list.size()) * static_cast<double>(state.iterations());
    state.counters["clinic_ms"] = parts.clinic / series;
    state.counters["busy_ms"] = parts.busy / series;
    state.counters["slots_ms"] = parts.finder / series;
    state.counters["store_ms"] = parts.store / static_cast<double>(std::max<qint64>(parts.booked, 1));
    state.counters["spans"] = static_cast<double>(parts.spans) / series;
    state.counters["refused"] = static_cast<double>(refused) / static_cast<double>(state.iterations());
}
BENCHMARK(BM_SeriesBook)->Unit(benchmark::kMillisecond)->Iterations(3);

// The same reads and inserts through the C API, with the slots the repository run chose.
void BM_FindAndBookSeriesRawSqlite(benchmark::State& state)
{
    const QList<SeriesAsk>& list = seriesAsks();
    QList<QList<np::Slot>> chosenSlots;
    np::storage::StoredClinic clinic;
    {
        auto db = openDatabase();
        clinic = storedClinic(*db);
        SeriesTimes ignored;
        for (const SeriesAsk& ask : list)
            chosenSlots << findAndBook(*db, ask, ignored);
    }
    const QString zone = QString::fromUtf8(clinic.setup.timeZone.id());
    sqlite3* db = openRaw();
    std::vector<double> times;
    for (auto _ : state)
        for (qsizetype i = 0; i < list.size(); ++i) {
            const SeriesAsk& ask = list[i];
            const auto start = std::chrono::steady_clock::now();
            readAll(prepareRaw(
                db, "SELECT document, logo, version, updated_by, updated_at FROM clinic_setup WHERE id = 1"));
            for (const char* table : {"SELECT code, id FROM practitioners WHERE code IS NOT NULL",
                     "SELECT code, id FROM rooms WHERE code IS NOT NULL",
                     "SELECT code, id FROM devices WHERE code IS NOT NULL"})
                readAll(prepareRaw(db, table));
            for (int n = 0; n < Sessions; ++n) {
                const auto [from, to] = busyWindow(ask.firstTarget.addDays(static_cast<qint64>(SessionInterval) * n));
                sqlite3_stmt* s = prepareRaw(db,
                    "SELECT id, practitioner_id, room_id, device_id, patient_id, start_minute, end_minute FROM "
                    "appointments WHERE start_minute > ? AND start_minute < ? AND end_minute > ? AND status IN "
                    "('booked', 'checked_in', 'completed') ORDER BY start_minute");
                sqlite3_bind_int64(s, 1, from - 720);
                sqlite3_bind_int64(s, 2, to);
                sqlite3_bind_int64(s, 3, from);
                readAll(s);
            }
            if (chosenSlots[i].size() == Sessions) {
                sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
                const QString stamp = u"2026-11-01T09:00:00Z"_s;
                for (const np::Slot& slot : chosenSlots[i]) {
                    sqlite3_stmt* s = prepareRaw(db,
                        "INSERT INTO appointments (patient_id, session_id, practitioner_id, room_id, device_id, "
                        "local_start, time_zone, start_minute, end_minute, modality, areas, status, status_reason, "
                        "notes, created_by, created_at, updated_at, version) VALUES (?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, "
                        "?, 'booked', '', '', 'bench', ?, ?, 1)");
                    const qint64 startMinute
                        = np::epochMinutes(*np::wallClockToUtc(slot.localStart, clinic.setup.timeZone));
                    sqlite3_bind_int64(s, 1, ask.patientId);
                    sqlite3_bind_int64(s, 2, clinic.practitionerIds.value(slot.practitioner));
                    sqlite3_bind_int64(s, 3, clinic.roomIds.value(slot.room));
                    if (slot.device.isEmpty())
                        sqlite3_bind_null(s, 4);
                    else
                        sqlite3_bind_int64(s, 4, clinic.deviceIds.value(slot.device));
                    bindText(s, 5, slot.localStart.toString(LocalFormat));
                    bindText(s, 6, zone);
                    sqlite3_bind_int64(s, 7, startMinute);
                    sqlite3_bind_int64(s, 8, startMinute + slot.localStart.secsTo(slot.localEnd) / 60);
                    bindText(s, 9, ask.modality);
                    bindText(s, 10, ask.areas.join(u','));
                    bindText(s, 11, stamp);
                    bindText(s, 12, stamp);
                    if (sqlite3_step(s) != SQLITE_DONE)
                        die(QString::fromUtf8(sqlite3_errmsg(db)));
                    sqlite3_finalize(s);
                }
                sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
            }
            times.push_back(msSince(start));
        }
    sqlite3_close(db);
    reportPercentiles(state, times);
}
BENCHMARK(BM_FindAndBookSeriesRawSqlite)->Unit(benchmark::kMillisecond)->Iterations(3);

} // namespace

int main(int argc, char** argv)
{
    np::readSystemTimeZoneOnce(); // as the app and the CLI do
    return np::bench::runBenchmarks(argc, argv);
}
