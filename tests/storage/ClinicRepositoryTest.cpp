// The clinic set-up in the database: one document, and rows that follow its codes.
#include "SchedulingTestSupport.h"

#include "storage/AuditLog.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;
using np::storage::ClinicRepository;
using Kind = np::storage::StorageError::Kind;

namespace {

qint64 count(np::storage::Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

} // namespace

TEST_CASE("a database has no clinic set-up until one is loaded")
{
    np::test::TempDatabase db;
    ClinicRepository clinics(*db, np::test::builtInCatalogue());
    auto current = clinics.current();
    REQUIRE(current);
    CHECK_FALSE(current->has_value());
}

TEST_CASE("the loaded clinic set-up reads back whole, with ids for its codes")
{
    np::test::SchedulingFixture f;
    auto current = f.clinics.current();
    REQUIRE(current);
    REQUIRE(current->has_value());
    const np::storage::StoredClinic& stored = **current;
    CHECK(np::clinicSetupToJson(stored.setup) == np::clinicSetupToJson(np::test::exampleClinic()));
    CHECK(stored.version == 1);
    CHECK(stored.updatedBy == u"ana");
    CHECK(stored.practitionerIds.size() == 2);
    CHECK(stored.roomIds.size() == 2);
    CHECK(stored.deviceIds.size() == 3);
    CHECK(stored.practitionerIds == f.clinic.practitionerIds);
    CHECK(count(f.db(),
              u"SELECT count(*) FROM devices WHERE code = 'pen-1' AND home_room_id = %1"_s.arg(
                  stored.roomIds.value(u"room-1"_s)))
        == 1);
    CHECK(
        count(f.db(), u"SELECT count(*) FROM practitioners WHERE code = 'li' AND modalities = 'automated_pen,roller'"_s)
        == 1);
}

TEST_CASE("loading again updates by code, deactivates what is gone and keeps every id")
{
    np::test::SchedulingFixture f;
    np::ClinicSetup next = np::test::exampleClinic();
    next.practitioners[0].name = u"Dr Ana Núñez Pérez"_s;
    next.practitioners.removeAt(1); // Li leaves
    next.rooms.append({u"room-3"_s, u"Treatment room 3"_s});
    auto loaded = f.clinics.load(next, QByteArray("\x89PNG", 4), u"front-desk"_s);
    REQUIRE(loaded);
    CHECK(loaded->version == 2);
    CHECK(loaded->practitionerIds.value(u"ana"_s) == f.clinic.practitionerIds.value(u"ana"_s));
    CHECK(loaded->roomIds.value(u"room-1"_s) == f.clinic.roomIds.value(u"room-1"_s));
    const qint64 li = f.clinic.practitionerIds.value(u"li"_s);
    CHECK(count(f.db(), u"SELECT active FROM practitioners WHERE id = %1"_s.arg(li)) == 0);
    CHECK(count(f.db(), u"SELECT count(*) FROM practitioners"_s) == 2);
    CHECK(count(f.db(), u"SELECT count(*) FROM rooms WHERE active = 1"_s) == 3);

    auto trail = np::storage::auditTrail(f.db(), u"practitioners"_s, li);
    REQUIRE(trail);
    REQUIRE(trail->size() == 2);
    CHECK(trail->at(1).action == u"deactivate");
    CHECK(trail->at(1).actor == u"front-desk");

    auto current = f.clinics.current();
    REQUIRE(current);
    CHECK((*current)->logo == QByteArray("\x89PNG", 4));
    CHECK((*current)->setup.practitioner(u"ana")->name == u"Dr Ana Núñez Pérez");

    // Li comes back: the same row, active again.
    auto again = f.clinics.load(np::test::exampleClinic(), QByteArray(), u"ana"_s);
    REQUIRE(again);
    CHECK(again->practitionerIds.value(u"li"_s) == li);
    CHECK(count(f.db(), u"SELECT active FROM practitioners WHERE id = %1"_s.arg(li)) == 1);
}

TEST_CASE("a practitioner recorded before the clinic was set up is adopted by name")
{
    np::test::TempDatabase db;
    {
        QSqlQuery q(db->connection());
        REQUIRE(q.exec(u"INSERT INTO practitioners (display_name, role, created_at, updated_at) "
                       "VALUES ('Li Wei', 'nurse', '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z')"_s));
    }
    ClinicRepository clinics(*db, np::test::builtInCatalogue());
    auto loaded = clinics.load(np::test::exampleClinic(), QByteArray(), u"ana"_s);
    REQUIRE(loaded);
    CHECK(loaded->practitionerIds.value(u"li"_s) == 1);
    CHECK(count(*db, u"SELECT count(*) FROM practitioners"_s) == 2);
}

TEST_CASE("a stale set-up version is a conflict and changes nothing")
{
    np::test::SchedulingFixture f;
    np::ClinicSetup next = np::test::exampleClinic();
    next.name = u"Someone else's edit"_s;
    auto refused = f.clinics.load(next, QByteArray(), u"ana"_s, 0);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().kind == Kind::Conflict);
    CHECK(refused.error().message.contains(u"clinic set-up"_s));
    CHECK((*f.clinics.current())->setup.name == u"Clínica Piel Clara");
    CHECK(f.clinics.load(next, QByteArray(), u"ana"_s, 1));
}

TEST_CASE("a stored set-up that the catalogue no longer accepts is reported, not half-read")
{
    np::test::SchedulingFixture f;
    np::Catalogue smaller = np::test::builtInCatalogue();
    smaller.modalities.removeIf([](const np::Modality& m) { return m.code == u"roller"; });
    ClinicRepository clinics(f.db(), smaller);
    auto current = clinics.current();
    REQUIRE_FALSE(current);
    CHECK(current.error().kind == Kind::Invalid);
    CHECK(current.error().message.contains(u"roller"_s));
    CHECK(current.error().remedy == np::storage::StorageError::Remedy::LoadClinicSetup);
}
