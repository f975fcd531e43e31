// Demo data (storage/DemoData.h): deterministic, consistent, and found by the patient search.
#include "StorageTestSupport.h"

#include "core/BookingRules.h"
#include "core/WallClock.h"
#include "storage/ClinicRepository.h"
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
             u"planned_sessions"_s, u"session_charts"_s, u"consents"_s, u"appointments"_s}) {
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

// Pairs of appointments holding time that overlap on the same `column`.
qint64 overlaps(np::storage::Database& db, const QString& column)
{
    const QString holding = u"IN ('booked', 'checked_in', 'completed')"_s;
    return count(db,
        u"appointments a JOIN appointments b ON a.%1 = b.%1 AND a.id < b.id AND a.start_minute < b.end_minute "
        u"AND b.start_minute < a.end_minute WHERE a.status %2 AND b.status %2"_s.arg(column, holding));
}

void checkNoOverlaps(np::storage::Database& db)
{
    for (const QString& column : {u"practitioner_id"_s, u"room_id"_s, u"device_id"_s, u"patient_id"_s}) {
        CAPTURE(column);
        CHECK(overlaps(db, column) == 0);
    }
}

DemoCounts generate(np::storage::Database& db, int patients, quint64 seed, qint64 appointments = -1)
{
    DemoOptions options;
    options.appointments = appointments;
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

TEST_CASE("demo data: appointments for the sessions and more, never overlapping, inside working hours")
{
    np::test::TempDatabase db;
    const DemoCounts c = generate(*db, 80, 2);
    CHECK(c.clinicLoaded);
    CHECK(c.appointments >= 800); // ten per patient
    CHECK(c.sessionAppointments > 0);
    CHECK(c.sessionAppointments < c.appointments);
    CHECK(count(*db, u"appointments"_s) == c.appointments);
    CHECK(count(*db, u"appointments WHERE session_id IS NOT NULL"_s) == c.sessionAppointments);
    checkNoOverlaps(*db);
    // A session's appointment is on its planned day; a patient has one a day at most.
    CHECK(count(*db,
              u"appointments a JOIN planned_sessions s ON s.id = a.session_id "
              u"WHERE substr(a.local_start, 1, 10) <> s.planned_date"_s)
        == 0);
    CHECK(count(*db,
              u"(SELECT patient_id, substr(local_start, 1, 10) FROM appointments GROUP BY 1, 2 HAVING COUNT(*) > 1)"_s)
        == 0);
    // The past is completed, cancelled (with a reason) or a no-show; the future is booked.
    CHECK(count(*db, u"appointments WHERE local_start < '2026-11-01' AND status = 'booked'"_s) == 0);
    CHECK(count(*db, u"appointments WHERE local_start >= '2026-11-01' AND status <> 'booked'"_s) == 0);
    CHECK(count(*db, u"appointments WHERE status = 'cancelled' AND status_reason = ''"_s) == 0);
    for (const QString& status : {u"completed"_s, u"cancelled"_s, u"no_show"_s, u"booked"_s}) {
        CAPTURE(status);
        CHECK(count(*db, u"appointments WHERE status = '%1'"_s.arg(status)) > 0);
    }

    // Every one is a booking the clinic's rules allow: working hours, grid, device and room.
    const np::Catalogue& catalogue = np::test::builtInCatalogue();
    auto clinic = np::storage::ClinicRepository(*db, catalogue).current();
    REQUIRE(clinic.has_value());
    REQUIRE(clinic->has_value());
    const np::ClinicSetup& setup = (*clinic)->setup;
    CHECK(setup.practitioners.size() == 10);
    const auto practitioners = np::storage::codesById((*clinic)->practitionerIds);
    const auto rooms = np::storage::codesById((*clinic)->roomIds);
    const auto devices = np::storage::codesById((*clinic)->deviceIds);
    QSqlQuery q(db->connection());
    REQUIRE(q.exec(u"SELECT practitioner_id, room_id, device_id, modality, areas, local_start, start_minute, "
                   u"end_minute FROM appointments"_s));
    qint64 checked = 0;
    while (q.next()) {
        np::BookingChoice choice;
        choice.practitioner = practitioners.value(q.value(0).toLongLong());
        choice.room = rooms.value(q.value(1).toLongLong());
        choice.device = q.value(2).isNull() ? QString() : devices.value(q.value(2).toLongLong());
        choice.modality = q.value(3).toString();
        choice.areaCount = static_cast<int>(q.value(4).toString().split(u',', Qt::SkipEmptyParts).size());
        choice.localStart = QDateTime::fromString(q.value(5).toString(), u"yyyy-MM-ddTHH:mm"_s);
        CAPTURE(q.value(5).toString().toStdString(), choice.practitioner.toStdString());
        CHECK(np::bookingRefusal(setup, catalogue, choice).value_or(QString()).toStdString().empty());
        const auto utc = np::wallClockToUtc(choice.localStart, setup.timeZone);
        REQUIRE(utc.has_value());
        CHECK(q.value(6).toLongLong() == np::epochMinutes(*utc));
        const np::Modality* m = catalogue.modality(choice.modality);
        REQUIRE(m != nullptr);
        CHECK(q.value(7).toLongLong() - q.value(6).toLongLong()
            == np::appointmentMinutes(*m, choice.areaCount, setup.turnoverMinutes));
        ++checked;
    }
    CHECK(checked == c.appointments);
}

TEST_CASE("demo data: a second run keeps the clinic and books around the appointments already there")
{
    np::test::TempDatabase db;
    const DemoCounts first = generate(*db, 60, 3);
    const DemoCounts second = generate(*db, 40, 4, 900);
    CHECK(first.clinicLoaded);
    CHECK_FALSE(second.clinicLoaded);
    CHECK(second.appointments >= 900);
    CHECK(count(*db, u"appointments"_s) == first.appointments + second.appointments);
    CHECK(count(*db, u"clinic_setup"_s) == 1);
    checkNoOverlaps(*db);
}

TEST_CASE("demo data: no appointments asked for, no clinic and no appointments")
{
    np::test::TempDatabase db;
    const DemoCounts c = generate(*db, 30, 1, 0);
    CHECK_FALSE(c.clinicLoaded);
    CHECK(c.appointments == 0);
    CHECK(count(*db, u"appointments"_s) == 0);
    CHECK(count(*db, u"clinic_setup"_s) == 0);
}
