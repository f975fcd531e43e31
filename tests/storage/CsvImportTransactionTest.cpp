// The import's duplicate check runs inside its write transaction (PatientRepository::addMany's
// checkFirst), so another workstation cannot add a patient between the check and the write.
#include "PatientTestSupport.h"

#include "storage/PatientCsv.h"

#include <chrono>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using np::storage::PatientRecord;
using Kind = np::storage::StorageError::Kind;

namespace {

// Another workstation: its own connection to the same file, giving up on a lock at once.
std::unique_ptr<np::storage::Database> otherWorkstation(const QString& path)
{
    np::storage::OpenOptions o;
    o.busyTimeout = 50ms;
    auto db = np::storage::Database::open(path, o);
    REQUIRE(db.has_value());
    return std::move(*db);
}

qint64 patientCount(np::storage::PatientRepository& patients)
{
    auto all = patients.all(true);
    REQUIRE(all.has_value());
    return all->size();
}

} // namespace

TEST_CASE("addMany runs its check under the write lock: another workstation cannot write meanwhile")
{
    np::test::PatientFixture f;
    auto other = otherWorkstation(f.db.path());
    np::storage::PatientRepository otherPatients(*other);
    std::optional<np::storage::StorageError> otherError;
    auto ids
        = f.patients.addMany({np::test::patient(u"Lee"_s, u"Kim"_s)}, u"import"_s, [&]() -> np::storage::Result<bool> {
              auto added = otherPatients.add(np::test::patient(u"Lee"_s, u"Kim"_s), u"desk 2"_s);
              if (!added)
                  otherError = added.error();
              return true;
          });
    REQUIRE(ids.has_value());
    CHECK(ids->size() == 1);
    REQUIRE(otherError.has_value());
    CHECK(otherError->kind == Kind::Locked);
    CHECK(patientCount(f.patients) == 1);
}

TEST_CASE("addMany adds nothing when its check says no, and reports a failed check as the error")
{
    np::test::PatientFixture f;
    auto none = f.patients.addMany(
        {np::test::patient(u"Lee"_s, u"Kim"_s)}, u"import"_s, []() -> np::storage::Result<bool> { return false; });
    REQUIRE(none.has_value());
    CHECK(none->isEmpty());
    CHECK(patientCount(f.patients) == 0);

    auto failed = f.patients.addMany({np::test::patient(u"Lee"_s, u"Kim"_s)}, u"import"_s,
        []() -> np::storage::Result<bool> { return np::storage::fail(Kind::Failed, u"check failed"_s); });
    REQUIRE_FALSE(failed.has_value());
    CHECK(failed.error().message == u"check failed"_s);
    CHECK(patientCount(f.patients) == 0);
}

TEST_CASE("patient import: a patient stored before the import's transaction is seen by its check")
{
    np::test::PatientFixture f;
    // What another workstation committed before the import took the write lock.
    auto other = otherWorkstation(f.db.path());
    REQUIRE(np::storage::PatientRepository(*other).add(np::test::patient(u"Lee"_s, u"Kim"_s), u"desk 2"_s).has_value());
    np::storage::CsvImportOptions options;
    options.today = QDate(2026, 11, 22);
    options.bulkDuplicateCheckFrom = GENERATE(qsizetype(0), qsizetype(1000));
    auto report = np::storage::importPatientCsv(*f.db,
        "family_name,given_names,birth_date\nLee,Kim,1990-01-01\nPark,Min,1991-01-01\n", options, false, u"import"_s);
    REQUIRE(report.has_value());
    REQUIRE(report->problems.size() == 1);
    CHECK(report->problems.first().row == 2);
    CHECK(report->ids.isEmpty());
    CHECK(patientCount(f.patients) == 1);
}

TEST_CASE("patient import: stopped while reading, checking or writing, it writes nothing and says it was cancelled")
{
    np::test::PatientFixture f;
    QByteArray csv = "family_name,given_names,birth_date\n";
    for (int i = 0; i < 1200; ++i)
        csv += "Family" + QByteArray::number(i) + ",Given,1990-01-01\n";
    const auto stage
        = GENERATE(np::storage::CsvStage::Reading, np::storage::CsvStage::Checking, np::storage::CsvStage::Writing);
    const bool dryRun = stage != np::storage::CsvStage::Writing && GENERATE(false, true);
    np::storage::CsvImportOptions options;
    options.today = QDate(2026, 11, 22);
    QList<qsizetype> told; // rows done, as told, in the stage stopped
    options.progress = [&](np::storage::CsvStage at, qsizetype done, qsizetype total) {
        if (at != stage)
            return true;
        CHECK(total == 1200);
        told << done;
        // Writing is stopped once some rows are in (they must go again); the others at once.
        return at == np::storage::CsvStage::Writing && done < np::storage::ImportProgressEvery;
    };
    auto report = np::storage::importPatientCsv(*f.db, csv, options, dryRun, u"import"_s);
    REQUIRE(report.has_value());
    CHECK(report->cancelled);
    CHECK(report->ids.isEmpty());
    CHECK(patientCount(f.patients) == 0);
    CHECK_FALSE(told.isEmpty());
    if (stage == np::storage::CsvStage::Writing)
        CHECK(told == QList<qsizetype>({0, np::storage::ImportProgressEvery}));

    options.progress = {}; // the same file, not stopped, goes in whole
    auto whole = np::storage::importPatientCsv(*f.db, csv, options, false, u"import"_s);
    REQUIRE(whole.has_value());
    CHECK_FALSE(whole->cancelled);
    CHECK(patientCount(f.patients) == 1200);
}
