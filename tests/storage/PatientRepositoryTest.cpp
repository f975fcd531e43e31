// PatientRepository: round trips, validation, the audit log, optimistic locking, duplicates.
#include "PatientTestSupport.h"

#include "storage/AuditLog.h"
#include "storage/Clock.h"
#include "storage/RecordJson.h"

using namespace Qt::StringLiterals;
using np::storage::PatientRecord;
using Kind = np::storage::StorageError::Kind;

namespace {

QString invalidMessage(np::test::PatientFixture& f, const PatientRecord& p)
{
    auto id = f.patients.add(p, u"tester"_s);
    REQUIRE_FALSE(id.has_value());
    CHECK(id.error().kind == Kind::Invalid);
    return id.error().message;
}

} // namespace

TEST_CASE("a patient added is read back with every field")
{
    np::test::PatientFixture f;
    const PatientRecord in = np::test::samplePatient();
    const qint64 id = f.add(in);
    CHECK(id > 0);

    auto out = f.patients.get(id);
    REQUIRE(out.has_value());
    CHECK(out->id == id);
    CHECK(out->version == 1);
    CHECK(out->familyName == in.familyName);
    CHECK(out->givenNames == in.givenNames);
    CHECK(out->preferredName == in.preferredName);
    CHECK(out->birthDate == in.birthDate);
    CHECK(out->sex == in.sex);
    CHECK(out->phone == in.phone);
    CHECK(out->email == in.email);
    CHECK(out->address == in.address);
    CHECK(out->preferredLanguage == in.preferredLanguage);
    CHECK(out->fitzpatrick == in.fitzpatrick);
    CHECK(out->notes == in.notes);
    CHECK_FALSE(out->archived);
    CHECK(out->createdAt == np::test::pinnedNow());
    CHECK(out->updatedAt == np::test::pinnedNow());
}

TEST_CASE("optional fields left empty stay empty, and no Fitzpatrick type reads back as none")
{
    np::test::PatientFixture f;
    const qint64 id = f.add(np::test::patient(u"Lee"_s, QString()));
    auto out = f.patients.get(id);
    REQUIRE(out.has_value());
    CHECK(out->givenNames.isEmpty());
    CHECK(out->email.isEmpty());
    CHECK_FALSE(out->fitzpatrick.has_value());
    CHECK(out->preferredLanguage == u"en"_s);
}

TEST_CASE("surrounding spaces are trimmed from one-line fields")
{
    np::test::PatientFixture f;
    PatientRecord p = np::test::patient(u"  Okafor "_s, u" Chidi"_s);
    p.email = u" chidi@example.org "_s;
    auto out = f.patients.get(f.add(p));
    REQUIRE(out.has_value());
    CHECK(out->familyName == u"Okafor"_s);
    CHECK(out->givenNames == u"Chidi"_s);
    CHECK(out->email == u"chidi@example.org"_s);
}

TEST_CASE("invalid patients are refused with a message naming the field")
{
    np::test::PatientFixture f;
    PatientRecord p = np::test::samplePatient();

    SECTION("no family name")
    {
        p.familyName = u"  "_s;
        CHECK(invalidMessage(f, p) == u"family_name: is required"_s);
    }
    SECTION("no birth date")
    {
        p.birthDate = QDate();
        CHECK(invalidMessage(f, p) == u"birth_date: is required"_s);
    }
    SECTION("a birth date after today (the pinned clock)")
    {
        p.birthDate = QDate(2026, 3, 2);
        CHECK(invalidMessage(f, p) == u"birth_date: 2026-03-02 is in the future (today is 2026-03-01)"_s);
    }
    SECTION("a birth date before 1900")
    {
        p.birthDate = QDate(1899, 12, 31);
        CHECK(invalidMessage(f, p).startsWith(u"birth_date: 1899-12-31 is before"_s));
    }
    SECTION("a Fitzpatrick type outside 1..6")
    {
        p.fitzpatrick = 7;
        CHECK(invalidMessage(f, p) == u"fitzpatrick: must be from 1 to 6, not 7"_s);
    }
    SECTION("a malformed email")
    {
        p.email = u"jose at example.com"_s;
        CHECK(invalidMessage(f, p) == u"email: \"jose at example.com\" is not an email address"_s);
    }
    SECTION("a phone number without enough digits")
    {
        p.phone = u"call me"_s;
        CHECK(invalidMessage(f, p).startsWith(u"phone: \"call me\""_s));
    }
    SECTION("a language that is not a two-letter code")
    {
        p.preferredLanguage = u"spanish"_s;
        CHECK(invalidMessage(f, p).startsWith(u"preferred_language: \"spanish\""_s));
    }
    SECTION("every problem at once")
    {
        p.familyName.clear();
        p.fitzpatrick = 0;
        const QString message = invalidMessage(f, p);
        CHECK(message.contains(u"family_name"_s));
        CHECK(message.contains(u"fitzpatrick"_s));
    }
    auto all = f.patients.all();
    REQUIRE(all.has_value());
    CHECK(all->isEmpty());
}

TEST_CASE("addMany stores all patients or none")
{
    np::test::PatientFixture f;
    const QList<PatientRecord> good {np::test::patient(u"Ito"_s, u"Aiko"_s), np::test::patient(u"Rossi"_s, u"Maria"_s)};
    auto ids = f.patients.addMany(good, u"importer"_s);
    REQUIRE(ids.has_value());
    REQUIRE(ids->size() == 2);
    CHECK(f.patients.get(ids->at(1))->familyName == u"Rossi"_s);

    QList<PatientRecord> bad = good;
    bad.append(np::test::patient(u"Kowalski"_s, u"Jan"_s, QDate(2030, 1, 1)));
    auto refused = f.patients.addMany(bad, u"importer"_s);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().kind == Kind::Invalid);
    CHECK(refused.error().message.startsWith(u"[2].birth_date: 2030-01-01 is in the future"_s));
    CHECK(f.patients.all()->size() == 2);
}

TEST_CASE("every write leaves an audit row with who, when, and the record before and after")
{
    np::test::PatientFixture f;
    const qint64 id = f.add(np::test::samplePatient());
    PatientRecord p = *f.patients.get(id);
    p.phone = u"+34 600 000 000"_s;
    REQUIRE(f.patients.update(p, u"dr.ruiz"_s).has_value());
    REQUIRE(f.patients.setArchived(id, 2, true, u"reception"_s).has_value());

    auto trail = np::storage::auditTrail(*f.db, u"patients"_s, id);
    REQUIRE(trail.has_value());
    REQUIRE(trail->size() == 3);

    const auto& insert = trail->at(0);
    CHECK(insert.action == u"insert"_s);
    CHECK(insert.actor == u"tester"_s);
    CHECK(insert.at == np::test::pinnedNow());
    CHECK_FALSE(insert.before.has_value());
    REQUIRE(insert.after.has_value());
    CHECK(insert.after->value(u"family_name"_s).toString() == u"García"_s);
    CHECK(insert.after->value(u"id"_s).toInteger() == id);

    const auto& update = trail->at(1);
    CHECK(update.action == u"update"_s);
    CHECK(update.actor == u"dr.ruiz"_s);
    REQUIRE(update.before.has_value());
    REQUIRE(update.after.has_value());
    CHECK(update.before->value(u"phone"_s).toString() == u"(555) 123-4567"_s);
    CHECK(update.after->value(u"phone"_s).toString() == u"+34 600 000 000"_s);
    CHECK(update.before->value(u"version"_s).toInt() == 1);
    CHECK(update.after->value(u"version"_s).toInt() == 2);

    const auto& archive = trail->at(2);
    CHECK(archive.action == u"archive"_s);
    CHECK(archive.before->value(u"archived"_s).toBool() == false);
    CHECK(archive.after->value(u"archived"_s).toBool() == true);
}

TEST_CASE("a refused write leaves no audit row")
{
    np::test::PatientFixture f;
    PatientRecord p = np::test::samplePatient();
    p.familyName.clear();
    REQUIRE_FALSE(f.patients.add(p, u"tester"_s).has_value());
    auto rows = np::storage::auditTrail(*f.db, u"patients"_s, 1);
    REQUIRE(rows.has_value());
    CHECK(rows->isEmpty());
}

TEST_CASE("an update from a stale copy fails with a conflict naming the patient")
{
    np::test::PatientFixture f;
    const qint64 id = f.add(np::test::samplePatient());
    PatientRecord workstationA = *f.patients.get(id);
    PatientRecord workstationB = *f.patients.get(id);

    workstationA.notes = u"Allergic to lidocaine."_s;
    REQUIRE(f.patients.update(workstationA, u"a"_s).has_value());

    workstationB.notes = u"Moved to Valencia."_s;
    auto stale = f.patients.update(workstationB, u"b"_s);
    REQUIRE_FALSE(stale.has_value());
    CHECK(stale.error().kind == Kind::Conflict);
    CHECK(stale.error().message
        == u"patient %1 was changed by someone else since it was read (version 1, now 2)"_s.arg(id));

    auto stored = f.patients.get(id);
    CHECK(stored->notes == u"Allergic to lidocaine."_s);
    CHECK(stored->version == 2);
    CHECK(np::storage::auditTrail(*f.db, u"patients"_s, id)->size() == 2);

    // Archiving from the stale copy is refused the same way.
    auto archive = f.patients.setArchived(id, workstationB.version, true, u"b"_s);
    REQUIRE_FALSE(archive.has_value());
    CHECK(archive.error().kind == Kind::Conflict);
    CHECK_FALSE(f.patients.get(id)->archived);
}

TEST_CASE("two workstations: the second to save a patient both read gets the conflict")
{
    np::test::PatientFixture f;
    const qint64 id = f.add(np::test::samplePatient());
    auto other = np::storage::Database::open(f.db.path());
    REQUIRE(other.has_value());
    np::storage::PatientRepository frontDesk(**other);

    PatientRecord mine = *f.patients.get(id);
    PatientRecord theirs = *frontDesk.get(id);
    theirs.phone = u"555 000 1111"_s;
    REQUIRE(frontDesk.update(theirs, u"front desk"_s).has_value());

    mine.email = u"pepe@example.com"_s;
    auto stale = f.patients.update(mine, u"clinician"_s);
    REQUIRE_FALSE(stale.has_value());
    CHECK(stale.error().kind == Kind::Conflict);
    CHECK(f.patients.get(id)->phone == u"555 000 1111"_s);
    CHECK(f.patients.get(id)->email == u"jose.garcia@example.com"_s);
}

TEST_CASE("writing or reading a patient that does not exist is NotFound")
{
    np::test::PatientFixture f;
    PatientRecord ghost = np::test::samplePatient();
    ghost.id = 42;
    ghost.version = 1;
    CHECK(f.patients.update(ghost, u"a"_s).error().kind == Kind::NotFound);
    CHECK(f.patients.setArchived(42, 1, true, u"a"_s).error().kind == Kind::NotFound);
    auto missing = f.patients.get(42);
    REQUIRE_FALSE(missing.has_value());
    CHECK(missing.error().kind == Kind::NotFound);
    CHECK(missing.error().message == u"no patient 42"_s);
}

TEST_CASE("an update keeps the search index and phone digits in step")
{
    np::test::PatientFixture f;
    const qint64 id = f.add(np::test::samplePatient());
    PatientRecord p = *f.patients.get(id);
    p.familyName = u"Fernández"_s;
    p.phone = u"+34 911 22 33 44"_s;
    p.email = u"pepe@fernandez.es"_s;
    REQUIRE(f.patients.update(p, u"a"_s).has_value());

    CHECK(f.patients.search(u"garcia"_s, 10)->isEmpty());
    CHECK(f.patients.search(u"jose.garcia@example.com"_s, 10)->isEmpty());
    REQUIRE(f.patients.search(u"fernandez jose"_s, 10)->size() == 1);
    CHECK(f.patients.search(u"5551234567"_s, 10)->isEmpty());
    CHECK(f.patients.search(u"911 22 33 44"_s, 10)->size() == 1);
}

TEST_CASE("archiving twice changes nothing the second time, and unarchiving is audited")
{
    np::test::PatientFixture f;
    const qint64 id = f.add(np::test::samplePatient());
    REQUIRE(f.patients.setArchived(id, 1, true, u"a"_s).has_value());
    REQUIRE(f.patients.setArchived(id, 2, true, u"a"_s).has_value());
    CHECK(f.patients.get(id)->version == 2);
    REQUIRE(f.patients.setArchived(id, 2, false, u"a"_s).has_value());
    auto trail = np::storage::auditTrail(*f.db, u"patients"_s, id);
    REQUIRE(trail->size() == 3);
    CHECK(trail->at(2).action == u"unarchive"_s);
}

TEST_CASE("all lists patients by id, archived ones only when asked")
{
    np::test::PatientFixture f;
    const qint64 a = f.add(np::test::patient(u"Ito"_s, u"Aiko"_s));
    const qint64 b = f.add(np::test::patient(u"Rossi"_s, u"Maria"_s));
    REQUIRE(f.patients.setArchived(a, 1, true, u"x"_s).has_value());
    auto everyone = f.patients.all(true);
    REQUIRE(everyone->size() == 2);
    CHECK(everyone->at(0).id == a);
    auto active = f.patients.all(false);
    REQUIRE(active->size() == 1);
    CHECK(active->at(0).id == b);
}

TEST_CASE("a duplicate is the same name and birth date, whatever the case and accents, or the same email")
{
    np::test::PatientFixture f;
    const qint64 id = f.add(np::test::samplePatient());

    PatientRecord sameName = np::test::patient(u"GARCIA"_s, u"jose  luis"_s, QDate(1985, 3, 2));
    CHECK(f.patients.findDuplicate(sameName).value() == std::optional<qint64>(id));

    PatientRecord sameEmail = np::test::patient(u"Other"_s, u"Person"_s);
    sameEmail.email = u"JOSE.GARCIA@example.com"_s;
    CHECK(f.patients.findDuplicate(sameEmail).value() == std::optional<qint64>(id));

    PatientRecord otherBirthday = np::test::patient(u"García"_s, u"José Luis"_s, QDate(1985, 3, 3));
    CHECK_FALSE(f.patients.findDuplicate(otherBirthday).value().has_value());

    // A patient is not its own duplicate.
    CHECK_FALSE(f.patients.findDuplicate(*f.patients.get(id)).value().has_value());
}

TEST_CASE("text with quotes, backslashes and control characters survives the JSON of the audit log")
{
    PatientRecord p = np::test::samplePatient();
    p.notes = u"say \"hi\"\\ \n\t\u0001 end – ñ 😀"_s;
    const QJsonObject json = np::storage::patientToJson(p);
    CHECK(json.value(u"notes"_s).toString() == p.notes);
    CHECK(json.value(u"fitzpatrick"_s).toInt() == 3);
    p.fitzpatrick.reset();
    CHECK(np::storage::patientToJson(p).value(u"fitzpatrick"_s).isNull());
}

TEST_CASE("stored times are ISO UTC with milliseconds and read back exactly")
{
    const QDateTime t(QDate(2026, 3, 1), QTime(9, 30, 5, 42), QTimeZone::utc());
    CHECK(np::storage::isoUtc(t) == u"2026-03-01T09:30:05.042Z"_s);
    CHECK(np::storage::fromIsoUtc(u"2026-03-01T09:30:05.042Z"_s) == t);
    CHECK(np::storage::fromIsoUtc(u"2026-03-01T10:30:05.042+01:00"_s) == t);
    CHECK_FALSE(np::storage::fromIsoUtc(u"yesterday"_s).isValid());
    CHECK(np::storage::isoUtc(QDateTime()).isEmpty());
}

TEST_CASE("a patient as JSON uses the column names")
{
    const QJsonObject json = np::storage::patientToJson(np::test::samplePatient());
    for (const char* key : {"family_name", "given_names", "preferred_name", "birth_date", "sex", "phone", "email",
             "address", "preferred_language", "fitzpatrick", "notes", "archived", "version", "id"})
        CHECK(json.contains(QLatin1StringView(key)));
    CHECK(json.value(u"fitzpatrick"_s).toInt() == 3);
}

TEST_CASE("the insert audit row holds the patient as stored, through add and addMany alike")
{
    np::test::PatientFixture f;
    PatientRecord quoted = np::test::samplePatient();
    quoted.notes = u"Says \"no\" to perfume\\lotion,\nprefers\tmornings"_s;
    quoted.address = u"Calle Mayor 1,\r\nMadrid"_s;
    quoted.fitzpatrick.reset();
    const qint64 single = f.add(quoted);
    PatientRecord other = np::test::samplePatient();
    other.familyName = u"Ruiz"_s;
    other.email = u"ruiz@example.com"_s;
    auto many = f.patients.addMany({other}, u"tester"_s);
    REQUIRE(many.has_value());
    REQUIRE(many->size() == 1);
    for (const qint64 id : {single, many->front()}) {
        auto stored = f.patients.get(id);
        REQUIRE(stored.has_value());
        auto trail = np::storage::auditTrail(*f.db, u"patients"_s, id);
        REQUIRE(trail.has_value());
        REQUIRE(trail->size() == 1);
        REQUIRE(trail->front().after.has_value());
        CHECK(*trail->front().after == np::storage::patientToJson(*stored));
    }
}
