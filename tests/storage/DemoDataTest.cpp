// Demo data (storage/DemoData.h): deterministic, consistent, and found by the patient search.
#include "StorageTestSupport.h"

#include "storage/DemoData.h"
#include "storage/PatientRepository.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

using namespace Qt::StringLiterals;
using np::storage::DemoCounts;
using np::storage::DemoOptions;

namespace {

const QDate Today(2026, 11, 1);

qint64 count(np::storage::Database& db, const QString& table)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(u"SELECT COUNT(*) FROM "_s + table));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

// Every row of the tables demo data writes, as text: equal dumps, equal data.
QStringList dump(np::storage::Database& db)
{
    QStringList out;
    for (const QString& table : {u"practitioners"_s, u"patients"_s, u"patient_search"_s, u"findings"_s, u"series"_s,
             u"planned_sessions"_s, u"session_charts"_s, u"consents"_s}) {
        QSqlQuery q(db.connection());
        REQUIRE(q.exec(u"SELECT * FROM "_s + table + u" ORDER BY rowid"_s));
        while (q.next()) {
            QStringList row;
            for (int i = 0; i < q.record().count(); ++i)
                row << q.value(i).toString();
            out << table + u": "_s + row.join(u'|');
        }
    }
    return out;
}

DemoCounts generate(np::storage::Database& db, int patients, quint64 seed)
{
    DemoOptions options;
    options.patients = patients;
    options.seed = seed;
    options.today = Today;
    auto counts = np::storage::generateDemoData(db, np::test::builtInCatalogue(), options);
    if (!counts)
        FAIL(counts.error().message.toStdString());
    return *counts;
}

} // namespace

TEST_CASE("demo data: the counts reported are the rows written, about ten sessions a patient")
{
    np::test::TempDatabase db;
    const DemoCounts c = generate(*db, 300, 1);
    CHECK(c.patients == 300);
    CHECK(count(*db, u"patients"_s) == 300);
    CHECK(count(*db, u"patient_search"_s) == 300);
    CHECK(count(*db, u"practitioners"_s) == c.practitioners);
    CHECK(count(*db, u"findings"_s) == c.findings);
    CHECK(count(*db, u"series"_s) == c.series);
    CHECK(count(*db, u"planned_sessions"_s) == c.plannedSessions);
    CHECK(count(*db, u"session_charts"_s) == c.sessionCharts);
    CHECK(count(*db, u"consents"_s) == c.consents);
    CHECK(count(*db, u"patients WHERE archived = 1"_s) == c.archived);
    CHECK(c.archived > 0);
    CHECK(c.findings > 0);
    CHECK(c.sessionCharts > 0);
    CHECK(c.plannedSessions > 300 * 7);
    CHECK(c.plannedSessions < 300 * 13);
    // Charts only for sessions before today; birth dates 18 to 75 years back.
    CHECK(count(*db,
              u"session_charts c JOIN planned_sessions s ON s.id = c.session_id WHERE s.planned_date >= '2026-11-01'"_s)
        == 0);
    CHECK(count(*db, u"patients WHERE birth_date > '2008-11-01' OR birth_date < '1950-11-01'"_s) == 0);
    CHECK(count(*db, u"patients WHERE fitzpatrick NOT BETWEEN 1 AND 6"_s) == 0);
}

TEST_CASE("demo data: the same seed gives the same data, another seed other data")
{
    np::test::TempDatabase a;
    np::test::TempDatabase b;
    np::test::TempDatabase c;
    generate(*a, 100, 42);
    generate(*b, 100, 42);
    generate(*c, 100, 43);
    const QStringList dumpA = dump(*a);
    CHECK(dumpA == dump(*b));
    CHECK(dumpA != dump(*c));
}

TEST_CASE("demo data: foreign keys hold and the database is intact")
{
    np::test::TempDatabase db;
    generate(*db, 200, 5);
    generate(*db, 50, 6); // added to existing data
    QSqlQuery q(db->connection());
    REQUIRE(q.exec(u"PRAGMA foreign_key_check"_s));
    CHECK_FALSE(q.next());
    CHECK(db->checkIntegrity().has_value());
    CHECK(count(*db, u"patients"_s) == 250);
}

TEST_CASE("demo data: the patient search finds generated patients")
{
    np::test::TempDatabase db;
    generate(*db, 200, 9);
    np::storage::PatientRepository patients(*db);
    QSqlQuery q(db->connection());
    REQUIRE(q.exec(u"SELECT id, family_name, given_names, email, phone_digits FROM patients WHERE archived = 0 "
                   u"AND email <> '' AND length(phone_digits) >= 7 ORDER BY id LIMIT 20"_s));
    int checked = 0;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const QString family = q.value(1).toString();
        const QString given = q.value(2).toString();
        const auto found = [&](const QString& text) {
            auto matches = patients.search(text, 1000);
            REQUIRE(matches.has_value());
            return std::ranges::any_of(*matches, [&](const auto& m) { return m.id == id; });
        };
        CAPTURE(family, given);
        CHECK(found(given + u' ' + family));
        CHECK(found(family.left(3) + u' ' + given.left(2))); // parts in any order, prefixes
        CHECK(
            found(family.toLower().normalized(QString::NormalizationForm_D).remove(QRegularExpression(u"\\p{Mn}"_s))));
        CHECK(found(q.value(3).toString()));
        CHECK(found(q.value(4).toString().right(7)));
        ++checked;
    }
    CHECK(checked == 20);
}
