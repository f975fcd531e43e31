// A patient's whole file: every kind of record the database keeps for them.
#include "StorageTestSupport.h"

#include "storage/DemoData.h"
#include "storage/PatientFile.h"

#include <QJsonArray>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using Kind = np::storage::StorageError::Kind;

namespace {

qint64 scalar(np::storage::Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

} // namespace

TEST_CASE("a patient's file holds their findings, screenings, series, charts and consents")
{
    np::test::TempDatabase db;
    np::storage::DemoOptions options;
    options.patients = 30;
    options.today = np::test::date("2026-11-22");
    REQUIRE(np::storage::generateDemoData(*db, np::test::builtInCatalogue(), options));
    // A patient with charted sessions (and so series and consents).
    const qint64 id = scalar(*db,
        u"SELECT s.patient_id FROM session_charts c JOIN planned_sessions p ON p.id = c.session_id "
        "JOIN series s ON s.id = p.series_id ORDER BY s.patient_id LIMIT 1"_s);
    auto file = np::storage::patientFileJson(*db, id);
    REQUIRE(file);
    CHECK(file->value(u"id"_s).toInteger() == id);
    const auto count = [&](const QString& key) { return file->value(key).toArray().size(); };
    CHECK(count(u"series"_s) == scalar(*db, u"SELECT count(*) FROM series WHERE patient_id = %1"_s.arg(id)));
    CHECK(count(u"consents"_s) == scalar(*db, u"SELECT count(*) FROM consents WHERE patient_id = %1"_s.arg(id)));
    CHECK(count(u"charts"_s)
        == scalar(*db,
            u"SELECT count(*) FROM session_charts c JOIN planned_sessions p ON p.id = c.session_id "
            "JOIN series s ON s.id = p.series_id WHERE s.patient_id = %1"_s.arg(id)));
    CHECK(count(u"charts"_s) > 0);
    CHECK(count(u"findings"_s)
        == scalar(*db, u"SELECT count(*) FROM findings WHERE superseded = 0 AND patient_id = %1"_s.arg(id)));
    CHECK(file->contains(u"screenings"_s));
    CHECK(file->contains(u"finding_history"_s));
    const QJsonObject firstSeries = file->value(u"series"_s).toArray().first().toObject();
    CHECK_FALSE(firstSeries.value(u"sessions"_s).toArray().isEmpty());
}

TEST_CASE("the file of a patient who does not exist is not found")
{
    np::test::TempDatabase db;
    auto file = np::storage::patientFileJson(*db, 42);
    REQUIRE_FALSE(file);
    CHECK(file.error().kind == Kind::NotFound);
}
