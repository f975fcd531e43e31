// How fast the patient database answers: as-you-type search, opening, and a large CSV import, on
// a database built by the demo generator with 100,000 patients (about a million planned sessions).
//
//   build-release/bench/storage_bench [--benchmark_filter=...]
//
// The database is built once, into the build folder (bench/storage_bench_100k.db), and re-used by
// later runs; delete it to rebuild. Goals (issue 3): search median <= 5 ms and p99 <= 20 ms, within
// 1.5x of the same SQL run directly through SQLite's C API; open <= 100 ms; importing 100,000 CSV
// rows <= 10 s.
//
// Search: a fixed, seeded list of queries as a user types them (name prefixes growing a letter at a
// time, two-part names in either order, with and without accents, phone digits, email prefixes,
// birth dates). Each benchmark iteration runs the whole list; median_ms and p99_ms are over every
// single query's time. BM_SearchRawSqlite runs the same statements (same SQL text, same tiers, same
// ranking code from SearchText.h) through sqlite3_prepare_v2/sqlite3_step on its own connection:
// the difference is what Needlepoint adds (QtSql, QVariant, the repository).

#include "BenchSupport.h"
#include "core/SystemTimeZone.h"

#include "storage/Database.h"
#include "storage/DemoData.h"
#include "storage/PatientCsv.h"
#include "storage/PatientRepository.h"
#include "storage/PatientRows.h"
#include "storage/SearchText.h"

#include <benchmark/benchmark.h>

#include <sqlite3.h>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>

using namespace Qt::StringLiterals;

namespace {

constexpr int Patients = 100000;
constexpr int SearchLimit = 20;
constexpr int RankedTierLimit = 300; // as PatientSearch.cpp
const QDate Today(2026, 11, 1);

constexpr const char* Tool = "storage_bench";

[[noreturn]] void die(const QString& message)
{
    np::bench::die(Tool, message);
}

// Built once, unless a previous run left it.
const QString& benchDatabase()
{
    static const QString path = [] {
        const QString path = QStringLiteral(STORAGE_BENCH_DIR) + u"/storage_bench_100k.db"_s;
        np::storage::DemoOptions options;
        options.patients = Patients;
        options.today = Today;
        np::bench::ensureDemoDatabase(path, options, Tool);
        return path;
    }();
    return path;
}

// The queries: for patients picked with a fixed seed, what a receptionist types.
const QStringList& queries()
{
    static const QStringList list = [] {
        auto db = np::storage::Database::open(benchDatabase());
        if (!db)
            die(db.error().message);
        QSqlQuery q((*db)->connection());
        if (!q.exec(u"SELECT family_name, given_names, birth_date, phone_digits, email FROM patients ORDER BY id"_s))
            die(u"cannot read the patients"_s);
        struct Row {
            QString family, given, birth, digits, email;
        };
        QList<Row> rows;
        while (q.next())
            rows.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                q.value(4).toString()});
        std::mt19937_64 random(20261101);
        const auto below = [&](qsizetype n) { return static_cast<qsizetype>(random() % static_cast<quint64>(n)); };
        const auto unaccented = [](const QString& s) {
            QString out;
            for (const QChar c : s.normalized(QString::NormalizationForm_D))
                if (c.category() != QChar::Mark_NonSpacing)
                    out += c;
            return out.toLower();
        };
        QStringList out;
        for (int i = 0; i < 40; ++i) {
            const Row& r = rows[below(rows.size())];
            const QString family = r.family.section(u' ', 0, 0);
            const QString given = r.given.section(u' ', 0, 0);
            // Typing a family name, a letter at a time.
            for (qsizetype n = 1; n <= std::min<qsizetype>(family.size(), 5); ++n)
                out << family.left(n);
            out << given + u' ' + family.left(3); // given name then the start of the family name
            out << family + u' ' + given.left(2); // either order
            out << unaccented(given) + u' ' + unaccented(family); // typed without accents
            out << unaccented(family).left(4) + u' ' + unaccented(given).left(1);
            if (r.digits.size() >= 7) {
                out << r.digits.right(4);
                out << r.digits.right(7);
                out << r.digits;
            }
            if (!r.email.isEmpty()) {
                out << r.email.left(5);
                out << r.email;
            }
            out << r.birth;
            const QDate d = QDate::fromString(r.birth, Qt::ISODate);
            out << d.toString(u"dd/MM/yyyy"_s);
        }
        return out;
    }();
    return list;
}

void reportPercentiles(benchmark::State& state, std::vector<double>& times)
{
    std::sort(times.begin(), times.end());
    const auto at
        = [&](double f) { return times[static_cast<std::size_t>(f * static_cast<double>(times.size() - 1))]; };
    state.counters["median_ms"] = at(0.5);
    state.counters["p99_ms"] = at(0.99);
    state.counters["max_ms"] = times.back();
    state.counters["queries"] = static_cast<double>(queries().size());
}

using np::bench::msSince;

void BM_Search(benchmark::State& state)
{
    const QStringList& list = queries();
    auto db = np::storage::Database::open(benchDatabase());
    if (!db)
        die(db.error().message);
    np::storage::PatientRepository patients(**db);
    std::vector<double> times;
    qsizetype found = 0;
    for (auto _ : state) {
        for (const QString& text : list) {
            const auto start = std::chrono::steady_clock::now();
            auto matches = patients.search(text, SearchLimit);
            times.push_back(msSince(start));
            if (!matches)
                die(matches.error().message);
            found += matches->size();
            benchmark::DoNotOptimize(matches);
        }
    }
    reportPercentiles(state, times);
    state.counters["found_per_query"]
        = static_cast<double>(found) / static_cast<double>(list.size()) / static_cast<double>(state.iterations());
}
BENCHMARK(BM_Search)->Unit(benchmark::kMillisecond)->Iterations(5);

// The repository's search, statement for statement, through the C API.
class RawSearcher {
public:
    explicit RawSearcher(sqlite3* db)
        : m_db(db)
    { }

    int search(const QString& text)
    {
        m_ids.clear();
        m_seen.clear();
        m_folded.clear();
        const np::storage::SearchRequest request = np::storage::parseSearchText(text);
        using Kind = np::storage::SearchRequest::Kind;
        switch (request.kind) {
        case Kind::Nothing:
            break;
        case Kind::BirthDate:
            idTier("SELECT p.id FROM patients p WHERE p.birth_date = ? AND p.archived = 0 ORDER BY p.family_name, "
                   "p.given_names, p.id LIMIT ?",
                {request.birthDate.toString(Qt::ISODate)});
            break;
        case Kind::Email:
            idTier("SELECT p.id FROM patients p WHERE p.email COLLATE NOCASE >= ? AND p.email COLLATE NOCASE < ? AND "
                   "p.archived = 0 ORDER BY p.email = ? COLLATE NOCASE DESC, p.email COLLATE NOCASE, p.id LIMIT ?",
                {request.email, request.email + QString::fromUcs4(U"\U0010FFFF", 1), request.email});
            break;
        case Kind::Phone:
            idTier("SELECT p.id FROM patients p WHERE p.phone_digits = ? AND p.archived = 0 ORDER BY p.id LIMIT ?",
                {request.digits});
            if (!full()) {
                m_digits = request.digits;
                ftsTier(u"contact : "_s + np::storage::ftsQuoted(request.digits) + u'*', false);
            }
            break;
        case Kind::Words:
            for (const QString& w : request.words)
                m_folded << np::storage::foldName(w);
            for (const QString& match : {np::storage::ftsExactQuery(request.words, u"names"_s),
                     np::storage::ftsPrefixQuery(request.words, u"names"_s),
                     np::storage::ftsPrefixQuery(request.words)}) {
                ftsTier(match, true);
                if (full())
                    break;
            }
            break;
        }
        return matches();
    }

private:
    struct Candidate {
        qint64 id = 0;
        np::storage::MatchQuality quality;
        bool phoneEndsWith = false;
        QString sortName;
    };

    [[nodiscard]] bool full() const { return m_ids.size() >= SearchLimit; }
    void take(qint64 id)
    {
        if (!full() && !m_seen.contains(id)) {
            m_seen.insert(id);
            m_ids.append(id);
        }
    }

    sqlite3_stmt* prepare(const QByteArray& sql)
    {
        sqlite3_stmt* s = nullptr;
        if (sqlite3_prepare_v2(m_db, sql.constData(), static_cast<int>(sql.size()), &s, nullptr) != SQLITE_OK)
            die(QString::fromUtf8(sqlite3_errmsg(m_db)));
        return s;
    }
    static void bindText(sqlite3_stmt* s, int i, const QString& text)
    {
        sqlite3_bind_text16(s, i, text.utf16(), static_cast<int>(text.size() * 2), SQLITE_TRANSIENT);
    }
    static QString column(sqlite3_stmt* s, int i)
    {
        return QString(reinterpret_cast<const QChar*>(sqlite3_column_text16(s, i)), sqlite3_column_bytes16(s, i) / 2);
    }

    void idTier(const char* sql, const QStringList& values)
    {
        sqlite3_stmt* s = prepare(sql);
        int i = 1;
        for (const QString& v : values)
            bindText(s, i++, v);
        sqlite3_bind_int64(s, i, SearchLimit + m_seen.size());
        while (!full() && sqlite3_step(s) == SQLITE_ROW)
            take(sqlite3_column_int64(s, 0));
        sqlite3_finalize(s);
    }

    void ftsTier(const QString& match, bool words)
    {
        sqlite3_stmt* s = prepare("SELECT patient_search.rowid FROM patient_search CROSS JOIN patients p ON p.id = "
                                  "patient_search.rowid WHERE patient_search MATCH ? AND p.archived = 0 ORDER BY "
                                  "patient_search.rowid DESC LIMIT ?");
        bindText(s, 1, match);
        sqlite3_bind_int(s, 2, RankedTierLimit + 1);
        QList<qint64> ids;
        while (sqlite3_step(s) == SQLITE_ROW)
            ids << sqlite3_column_int64(s, 0);
        sqlite3_finalize(s);
        if (ids.size() > RankedTierLimit || ids.size() < 2) {
            for (const qint64 id : ids)
                take(id);
            return;
        }
        QByteArray sql = "SELECT id, family_name, given_names, preferred_name, email, phone_digits FROM patients "
                         "WHERE id IN (";
        for (qsizetype i = 0; i < ids.size(); ++i)
            sql += i ? ", ?" : "?";
        sql += ')';
        s = prepare(sql);
        for (qsizetype i = 0; i < ids.size(); ++i)
            sqlite3_bind_int64(s, static_cast<int>(i + 1), ids[i]);
        QList<Candidate> candidates;
        while (sqlite3_step(s) == SQLITE_ROW) {
            Candidate c;
            c.id = sqlite3_column_int64(s, 0);
            const QString family = column(s, 1);
            const QString given = column(s, 2);
            const QString digits = column(s, 5);
            c.sortName = np::storage::foldName(family) + u'\x1f' + np::storage::foldName(given);
            if (words)
                c.quality
                    = np::storage::matchQuality(m_folded, np::storage::searchNamesText(family, given, column(s, 3)),
                        column(s, 4).section(u'@', 0, 0) + u' ' + digits);
            else
                c.phoneEndsWith = digits.endsWith(m_digits);
            candidates.append(std::move(c));
        }
        sqlite3_finalize(s);
        std::sort(candidates.begin(), candidates.end(), [&](const Candidate& a, const Candidate& b) {
            if (words && np::storage::betterMatch(a.quality, b.quality))
                return true;
            if (words && np::storage::betterMatch(b.quality, a.quality))
                return false;
            if (a.phoneEndsWith != b.phoneEndsWith)
                return a.phoneEndsWith;
            return a.sortName != b.sortName ? a.sortName < b.sortName : a.id < b.id;
        });
        for (const Candidate& c : candidates)
            take(c.id);
    }

    // The found patients' rows, as the repository reads them (PatientRows.h MatchColumns).
    int matches()
    {
        if (m_ids.isEmpty())
            return 0;
        QByteArray sql = "SELECT " + np::storage::MatchColumns.toUtf8() + " FROM patients p WHERE p.id IN (";
        for (qsizetype i = 0; i < m_ids.size(); ++i)
            sql += i ? ", ?" : "?";
        sql += ')';
        sqlite3_stmt* s = prepare(sql);
        for (qsizetype i = 0; i < m_ids.size(); ++i)
            sqlite3_bind_int64(s, static_cast<int>(i + 1), m_ids[i]);
        int rows = 0;
        const int columns = sqlite3_column_count(s);
        while (sqlite3_step(s) == SQLITE_ROW) {
            for (int c = 0; c < columns; ++c)
                benchmark::DoNotOptimize(sqlite3_column_text(s, c));
            ++rows;
        }
        sqlite3_finalize(s);
        return rows;
    }

    sqlite3* m_db;
    QList<qint64> m_ids;
    QSet<qint64> m_seen;
    QStringList m_folded;
    QString m_digits;
};

void BM_SearchRawSqlite(benchmark::State& state)
{
    const QStringList& list = queries();
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(benchDatabase().toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK)
        die(u"cannot open the database"_s);
    RawSearcher searcher(db);
    std::vector<double> times;
    qsizetype found = 0;
    for (auto _ : state) {
        for (const QString& text : list) {
            const auto start = std::chrono::steady_clock::now();
            found += searcher.search(text);
            times.push_back(msSince(start));
        }
    }
    sqlite3_close(db);
    reportPercentiles(state, times);
    state.counters["found_per_query"]
        = static_cast<double>(found) / static_cast<double>(list.size()) / static_cast<double>(state.iterations());
}
BENCHMARK(BM_SearchRawSqlite)->Unit(benchmark::kMillisecond)->Iterations(5);

void BM_Open(benchmark::State& state)
{
    const QString& path = benchDatabase();
    for (auto _ : state) {
        auto db = np::storage::Database::open(path);
        if (!db)
            die(db.error().message);
        benchmark::DoNotOptimize(db);
    }
}
BENCHMARK(BM_Open)->Unit(benchmark::kMillisecond);

// 100,000 patients as a CSV file, from the bench database (birth dates moved a day where two
// patients would otherwise count as duplicates, which import refuses).
QByteArray importFile()
{
    auto db = np::storage::Database::open(benchDatabase());
    if (!db)
        die(db.error().message);
    np::storage::PatientRepository repository(**db);
    auto all = repository.all(true);
    if (!all)
        die(all.error().message);
    QSet<QString> seen;
    for (np::storage::PatientRecord& p : *all) {
        const auto key = [&]() -> QString {
            return np::storage::foldName(p.familyName) + u'\x1f' + np::storage::foldName(p.givenNames) + u'\x1f'
                + p.birthDate.toString(Qt::ISODate);
        };
        while (seen.contains(key()))
            p.birthDate = p.birthDate.addDays(-1);
        seen.insert(key());
    }
    return np::storage::patientsToCsv(*all);
}

// state.range(0): 1 to tell progress as the app's import window does (and count the calls).
void BM_ImportCsv(benchmark::State& state)
{
    const QByteArray csv = importFile();
    qint64 told = 0;
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir dir;
        auto db = np::storage::Database::create(dir.filePath(u"import.db"_s));
        if (!db)
            die(db.error().message);
        np::storage::CsvImportOptions options;
        options.today = Today;
        if (state.range(0) != 0)
            options.progress = [&told](np::storage::CsvStage, qsizetype, qsizetype) {
                ++told;
                return true;
            };
        state.ResumeTiming();
        auto report = np::storage::importPatientCsv(**db, csv, options, false, u"bench"_s);
        state.PauseTiming();
        if (!report)
            die(report.error().message);
        if (!report->ok())
            die(u"import refused: row %1 %2: %3"_s.arg(report->problems.first().row)
                    .arg(report->problems.first().column, report->problems.first().problem));
        state.counters["rows"] = static_cast<double>(report->ids.size());
        state.counters["progress_calls"] = static_cast<double>(told);
        db->reset();
        state.ResumeTiming();
    }
}
BENCHMARK(BM_ImportCsv)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->Iterations(1);

} // namespace

int main(int argc, char** argv)
{
    np::readSystemTimeZoneOnce(); // as the app and the CLI do
    return np::bench::runBenchmarks(argc, argv);
}
