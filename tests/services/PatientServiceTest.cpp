// services: the patients the front desk keeps, checked by one set of rules, audited as the actor.
#include "DatabaseFiles.h"
#include "ServiceTestSupport.h"

#include "services/PatientService.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using np::services::ServiceError;
using StorageKind = np::storage::StorageError::Kind;

namespace {

np::services::UseCaseContext context(np::test::PatientFixture& f, QDate today = np::test::date("2026-03-01"))
{
    return np::test::deskContext(*f.db, today);
}

QString lastActor(np::storage::Database& db)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(u"SELECT actor || ' ' || action || ' ' || at FROM audit_log ORDER BY id DESC LIMIT 1"_s));
    REQUIRE(q.next());
    return q.value(0).toString();
}

} // namespace

TEST_CASE("services: add, correct, archive and restore a patient, each audited as the actor")
{
    np::test::PatientFixture f;
    const auto ctx = context(f);
    auto id = np::services::addPatient(ctx, np::test::samplePatient());
    REQUIRE(id.has_value());
    CHECK(lastActor(*f.db) == u"desk insert 2026-03-01T09:30:00.000Z"_s);

    auto stored = np::services::patient(ctx, *id);
    REQUIRE(stored.has_value());
    stored->phone = u"+34 600 111 222"_s;
    auto version = np::services::updatePatient(ctx, *stored);
    REQUIRE(version.has_value());
    CHECK(*version == stored->version + 1);
    CHECK(lastActor(*f.db).startsWith(u"desk update"_s));

    // Someone else's change in between: refused, naming the patient.
    auto stale = np::services::updatePatient(ctx, *stored);
    REQUIRE_FALSE(stale.has_value());
    CHECK(stale.error().storage->kind == StorageKind::Conflict);
    CHECK(stale.error().message.contains(u"patient %1"_s.arg(*id)));

    auto archived = np::services::setPatientArchived(ctx, *id, *version, true);
    REQUIRE(archived.has_value());
    CHECK(*archived == *version + 1);
    auto again = np::services::setPatientArchived(ctx, *id, *archived, true); // already so
    REQUIRE(again.has_value());
    CHECK(*again == *archived);
    auto restored = np::services::setPatientArchived(ctx, *id, *archived, false);
    REQUIRE(restored.has_value());
    CHECK_FALSE(np::services::patient(ctx, *id)->archived);
}

TEST_CASE("services: a patient is checked against the day the clinic says it is, field by field")
{
    np::test::PatientFixture f;
    auto p = np::test::samplePatient();
    p.birthDate = np::test::date("2026-02-01");
    // Born after the pinned today: refused, naming the field and the day.
    auto refused = np::services::addPatient(context(f, np::test::date("2026-01-15")), p);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().storage->kind == StorageKind::Invalid);
    CHECK(refused.error().message.contains(u"birth_date: 2026-02-01 is in the future (today is 2026-01-15)"_s));
    CHECK(np::services::addPatient(context(f, np::test::date("2026-02-15")), p).has_value());
}

TEST_CASE("services: a likely duplicate is found before saving, with the reason")
{
    using Reason = np::services::DuplicatePatient::Reason;
    np::test::PatientFixture f;
    const auto ctx = context(f);
    const qint64 id = *np::services::addPatient(ctx, np::test::samplePatient());
    auto twin = np::test::samplePatient();
    twin.familyName = twin.familyName.toUpper();
    auto found = np::services::likelyDuplicate(ctx, twin);
    REQUIRE(found.has_value());
    REQUIRE(found->has_value());
    CHECK((*found)->patient.id == id);
    CHECK((*found)->reason == Reason::NameAndBirthDate);

    SECTION("the same email, another name")
    {
        twin.familyName = u"Other"_s;
        twin.email = twin.email.toUpper();
        found = np::services::likelyDuplicate(ctx, twin);
        REQUIRE(found->has_value());
        CHECK((*found)->reason == Reason::Email);
    }
    SECTION("the same phone number written another way")
    {
        twin.familyName = u"Other"_s;
        twin.email.clear();
        REQUIRE_FALSE(twin.phone.isEmpty());
        QString spaced;
        for (const QChar c : twin.phone)
            if (c.isDigit())
                spaced += c + u" "_s;
        twin.phone = spaced.trimmed();
        found = np::services::likelyDuplicate(ctx, twin);
        REQUIRE(found->has_value());
        CHECK((*found)->patient.id == id);
        CHECK((*found)->reason == Reason::Phone);
    }
    SECTION("nothing in common")
    {
        twin.birthDate = twin.birthDate.addDays(1);
        twin.email.clear();
        twin.phone = u"555 0199 0199"_s;
        CHECK_FALSE(np::services::likelyDuplicate(ctx, twin)->has_value());
    }
    SECTION("the patient never duplicates itself")
    {
        auto self = *np::services::patient(ctx, id);
        CHECK_FALSE(np::services::likelyDuplicate(ctx, self)->has_value());
    }
}

TEST_CASE("services: a patient is checked field by field before saving, against the clinic's today")
{
    np::test::PatientFixture f;
    const auto ctx = context(f, np::test::date("2026-01-15"));
    auto p = np::test::samplePatient();
    CHECK(np::services::checkPatient(ctx, p).isEmpty());
    p.familyName = u"  "_s;
    p.birthDate = np::test::date("2026-02-01");
    p.email = u"ana.example.com"_s;
    const np::Problems problems = np::services::checkPatient(ctx, p);
    QStringList paths;
    for (const np::Problem& problem : problems)
        paths << problem.path;
    CHECK(paths == QStringList {u"family_name"_s, u"birth_date"_s, u"email"_s});
    CHECK(problems[1].message == u"2026-02-01 is in the future (today is 2026-01-15)"_s);
}

TEST_CASE("services: an import with a bad row imports nothing, and export never overwrites the database")
{
    np::test::PatientFixture f;
    const auto ctx = context(f);
    const QByteArray csv = "family_name,given_names,birth_date\r\nRoe,Jo,1990-01-01\r\nDoe,Al,1990-13-01\r\n";
    auto report = np::services::importPatients(ctx, csv, {}, false);
    REQUIRE(report.has_value());
    CHECK_FALSE(report->ok());
    CHECK(report->problems.first().row == 3);
    CHECK(np::services::searchPatients(ctx, u"Roe"_s, 10, true)->isEmpty());

    REQUIRE(np::services::importPatients(ctx, "family_name,given_names,birth_date\r\nRoe,Jo,1990-01-01\r\n", {}, false)
                ->ok());
    CHECK(np::services::searchPatients(ctx, u"Roe"_s, 10, true)->size() == 1);

    auto overDatabase = np::services::exportPatients(ctx, f.db->path());
    REQUIRE_FALSE(overDatabase.has_value());
    CHECK(overDatabase.error().kind == ServiceError::Kind::Invalid);
    CHECK(overDatabase.error().message.endsWith(u"is the database itself; export to another file"_s));
    QTemporaryDir dir;
    auto written = np::services::exportPatients(ctx, dir.filePath(u"all.csv"_s));
    REQUIRE(written.has_value());
    CHECK(*written == 1);
}

TEST_CASE("services: a patient file is read and imported from its path, never from one of the database's own files")
{
    np::test::PatientFixture f;
    const auto ctx = context(f);
    QTemporaryDir dir;
    const QString csv = dir.filePath(u"patients.csv"_s);
    np::test::writeFile(csv, "family_name,given_names,birth_date\nRoe,Jo,1990-01-01\n");
    CHECK(*np::services::readPatientFile(ctx, csv, 11) == "family_name");
    auto report = np::services::importPatientFile(ctx, csv, {}, false);
    REQUIRE(report.has_value());
    CHECK(report->ids.size() == 1);

    // The database under its name, and its write-ahead log, which a connection has open now.
    for (const QString& own : QStringList {f.db->path(), f.db->path() + u"-wal"_s}) {
        INFO(own.toStdString());
        REQUIRE(QFileInfo::exists(own));
        CHECK(np::services::isDatabaseFile(ctx, own));
        auto refused = np::services::importPatientFile(ctx, own, {}, true);
        REQUIRE_FALSE(refused.has_value());
        CHECK(refused.error().message.contains(u"is the patient database itself"_s));
    }
    CHECK_FALSE(np::services::isDatabaseFile(ctx, csv));
    auto missing = np::services::readPatientFile(ctx, dir.filePath(u"none.csv"_s));
    REQUIRE_FALSE(missing.has_value());
    CHECK(missing.error().message.contains(u"cannot be read"_s));
}
