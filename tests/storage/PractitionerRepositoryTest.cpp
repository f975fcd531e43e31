// PractitionerRepository: modalities checked against the catalogue, optimistic versions,
// deactivated rather than deleted, every write audited.
#include "ClinicalTestSupport.h"

#include "storage/PractitionerRepository.h"

using namespace Qt::StringLiterals;
using np::storage::PractitionerRecord;
using np::test::utc;
using Kind = np::storage::StorageError::Kind;

namespace {

struct PractitionerFixture : np::test::ClinicalFixture {
    np::storage::PractitionerRepository practitioners {*db, np::test::builtInCatalogue()};

    PractitionerFixture() { practitioners.setClock(np::test::pinnedNow); }

    static PractitionerRecord ana()
    {
        PractitionerRecord p;
        p.displayName = u"  Dr. Ana Núñez \"Anita\"  "_s;
        p.role = u"physician"_s;
        p.modalities = {u"automated_pen"_s, u"rf_microneedling"_s};
        return p;
    }

    qint64 record(const PractitionerRecord& p)
    {
        auto id = practitioners.add(p, u"admin"_s);
        if (!id)
            FAIL(id.error().message.toStdString());
        return *id;
    }
};

} // namespace

TEST_CASE("a practitioner is read back as given, trimmed, and the insert audited")
{
    PractitionerFixture f;
    const qint64 id = f.record(PractitionerFixture::ana());
    auto out = f.practitioners.get(id);
    REQUIRE(out.has_value());
    CHECK(out->version == 1);
    CHECK(out->displayName == u"Dr. Ana Núñez \"Anita\""_s);
    CHECK(out->role == u"physician"_s);
    CHECK(out->modalities == QStringList {u"automated_pen"_s, u"rf_microneedling"_s});
    CHECK(out->active);
    CHECK(out->createdAt == np::test::pinnedNow());
    CHECK(out->updatedAt == np::test::pinnedNow());
    const auto trail = f.trail(u"practitioners"_s, id);
    REQUIRE(trail.size() == 1);
    CHECK(trail[0].action == u"insert"_s);
    CHECK(trail[0].actor == u"admin"_s);
    CHECK(trail[0].after->value(u"display_name"_s).toString() == u"Dr. Ana Núñez \"Anita\""_s);
}

TEST_CASE("practitioners with no name or unknown modalities are refused, naming the field")
{
    PractitionerFixture f;
    PractitionerRecord p = PractitionerFixture::ana();
    p.displayName = u" "_s;
    p.modalities = {u"automated_pen"_s, u"laser"_s, u"automated_pen"_s};
    auto r = f.practitioners.add(p, u"x"_s);
    CHECK(r.error().kind == Kind::Invalid);
    CHECK(r.error().message
        == u"display_name: is required; modalities[1]: unknown modality \"laser\"; modalities[2]: \"automated_pen\" "
           "is listed twice"_s);
    CHECK(f.practitioners.all(true)->isEmpty());
}

TEST_CASE("an update checks the version, keeps active as it is, and is audited with before and after")
{
    PractitionerFixture f;
    const qint64 id = f.record(PractitionerFixture::ana());
    PractitionerRecord a = *f.practitioners.get(id);
    PractitionerRecord b = a;
    a.role = u"médica estética"_s;
    a.modalities = {u"roller"_s};
    a.active = false; // not what update() changes
    f.practitioners.setClock([] { return np::test::pinnedNow().addDays(1); });
    REQUIRE(f.practitioners.update(a, u"admin"_s).has_value());
    auto out = f.practitioners.get(id);
    CHECK(out->version == 2);
    CHECK(out->role == u"médica estética"_s);
    CHECK(out->modalities == QStringList {u"roller"_s});
    CHECK(out->active);
    CHECK(out->updatedAt == np::test::pinnedNow().addDays(1));
    const auto trail = f.trail(u"practitioners"_s, id);
    REQUIRE(trail.size() == 2);
    CHECK(trail[1].action == u"update"_s);
    CHECK(trail[1].before->value(u"role"_s).toString() == u"physician"_s);
    CHECK(trail[1].after->value(u"role"_s).toString() == u"médica estética"_s);

    b.role = u"nurse"_s;
    auto stale = f.practitioners.update(b, u"other"_s);
    CHECK(stale.error().kind == Kind::Conflict);
    CHECK(stale.error().message
        == u"practitioner %1 was changed by someone else since it was read (version 1, now 2)"_s.arg(id));
    b.id = 404;
    CHECK(f.practitioners.update(b, u"other"_s).error().message == u"no practitioner 404"_s);
    CHECK(f.practitioners.get(id)->role == u"médica estética"_s);
}

TEST_CASE("practitioners are deactivated and reactivated, not deleted, and listed by name")
{
    PractitionerFixture f;
    const qint64 ana = f.record(PractitionerFixture::ana());
    PractitionerRecord li;
    li.displayName = u"li Wei"_s;
    const qint64 liId = f.record(li);
    REQUIRE(f.practitioners.setActive(ana, 1, false, u"admin"_s).has_value());
    CHECK_FALSE(f.practitioners.get(ana)->active);
    CHECK(f.practitioners.get(ana)->version == 2);

    QList<qint64> active;
    const auto activeList = f.practitioners.all();
    REQUIRE(activeList.has_value());
    for (const PractitionerRecord& p : *activeList)
        active << p.id;
    CHECK(active == QList<qint64> {liId});
    QList<qint64> everyone;
    const auto everyoneList = f.practitioners.all(true);
    REQUIRE(everyoneList.has_value());
    for (const PractitionerRecord& p : *everyoneList)
        everyone << p.id;
    CHECK(everyone == QList<qint64> {ana, liId});

    const auto trail = f.trail(u"practitioners"_s, ana);
    REQUIRE(trail.size() == 2);
    CHECK(trail[1].action == u"deactivate"_s);
    CHECK(trail[1].before->value(u"active"_s).toBool());
    CHECK_FALSE(trail[1].after->value(u"active"_s).toBool());

    CHECK(f.practitioners.setActive(ana, 2, false, u"x"_s).error().message
        == u"practitioner %1 is already inactive"_s.arg(ana));
    auto stale = f.practitioners.setActive(ana, 1, true, u"x"_s);
    CHECK(stale.error().kind == Kind::Conflict);
    CHECK(stale.error().message.startsWith(u"practitioner %1 was changed by someone else"_s.arg(ana)));
    REQUIRE(f.practitioners.setActive(ana, 2, true, u"admin"_s).has_value());
    CHECK(f.trail(u"practitioners"_s, ana).last().action == u"activate"_s);
}

TEST_CASE("a practitioner write whose audit row fails leaves nothing behind")
{
    PractitionerFixture f;
    const qint64 id = f.record(PractitionerFixture::ana());
    f.refuseAuditRows();
    REQUIRE_FALSE(f.practitioners.add(PractitionerFixture::ana(), u"x"_s).has_value());
    PractitionerRecord p = *f.practitioners.get(id);
    p.role = u"nurse"_s;
    REQUIRE_FALSE(f.practitioners.update(p, u"x"_s).has_value());
    REQUIRE_FALSE(f.practitioners.setActive(id, 1, false, u"x"_s).has_value());
    auto out = f.practitioners.get(id);
    CHECK(out->version == 1);
    CHECK(out->role == u"physician"_s);
    CHECK(out->active);
    CHECK(f.practitioners.all(true)->size() == 1);
}

TEST_CASE("the schema-2 fixture's practitioners read back unchanged")
{
    np::test::Schema2Copy copy;
    np::storage::PractitionerRepository practitioners(*copy.db, np::test::builtInCatalogue());
    auto ana = practitioners.get(1);
    REQUIRE(ana.has_value());
    CHECK(ana->displayName == u"Dr. Ana Núñez"_s);
    CHECK(ana->role == u"physician"_s);
    CHECK(ana->modalities == QStringList {u"automated_pen"_s, u"rf_microneedling"_s});
    CHECK(ana->active);
    CHECK(ana->version == 2);
    CHECK(ana->createdAt == utc("2025-01-10T09:00:00Z"));
    CHECK(ana->updatedAt == utc("2025-03-01T12:30:00Z"));
    auto li = practitioners.get(2);
    REQUIRE(li.has_value());
    CHECK_FALSE(li->active);
    CHECK(practitioners.all()->size() == 1);
    CHECK(practitioners.all(true)->size() == 2);
}
