// New clinic databases: made whole with their set-up, never over a file already there.
#include "SchedulingTestSupport.h"
#include "ServiceTestSupport.h"

#include "services/ClinicDatabase.h"
#include "services/ClinicSetupService.h"

#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace {

// The front desk creating, on 1 March 2026 by the pinned clock.
np::services::Creator desk()
{
    return {np::test::builtInCatalogue(), {u"desk"_s}, QDate(2026, 3, 1), np::test::pinnedNow};
}

} // namespace

TEST_CASE("services: a new clinic database holds its set-up, and nothing already at the path is replaced")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"new/clinic.db"_s); // the folder is made too
    REQUIRE(np::services::createClinicDatabase(path, np::test::exampleClinic(), desk()));
    {
        auto db = np::storage::Database::open(path);
        REQUIRE(db);
        auto stored = np::services::clinic(np::test::deskContext(**db, desk().today));
        REQUIRE(stored);
        CHECK(stored->setup.name == np::test::exampleClinic().name);
        CHECK(stored->updatedBy == u"desk"_s);
    }
    auto again = np::services::createClinicDatabase(path, np::test::exampleClinic(), desk());
    REQUIRE_FALSE(again);
    REQUIRE(again.error().storage);
    CHECK(again.error().storage->kind == np::storage::StorageError::Kind::Exists);
}

TEST_CASE("services: the demo clinic is made once, then kept as it is")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"demo.db"_s);
    auto made = np::services::createDemoDatabase(path, 20, desk());
    REQUIRE(made);
    CHECK(*made);
    qint64 patients = 0;
    {
        auto db = np::storage::Database::open(path);
        REQUIRE(db);
        QSqlQuery q((*db)->connection());
        REQUIRE(q.exec(u"SELECT count(*) FROM patients"_s));
        REQUIRE(q.next());
        patients = q.value(0).toLongLong();
        CHECK(np::services::clinic(np::test::deskContext(**db, desk().today)).has_value());
    }
    CHECK(patients == 20);
    auto kept = np::services::createDemoDatabase(path, 50, desk());
    REQUIRE(kept);
    CHECK_FALSE(*kept);
}
