// RecallQueries: each recall list takes the patient inside its window and leaves the one just
// outside; archived patients are never listed; the CSV reads back with CsvReader.
#include "SchedulingTestSupport.h"

#include "storage/CsvReader.h"
#include "storage/RecallQueries.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using np::storage::Recall;
using np::test::date;

namespace {

// Today 2026-06-01, looking 30 days ahead: 2026-06-01 .. 2026-07-01.
const np::RecallWindow Window {QDate(2026, 6, 1), 30};

// Patients with series, sessions and findings written straight into the tables (the
// repositories that write them are tested elsewhere), and the lists read for Window.
struct RecallFixture : np::test::SchedulingFixture {
    qint64 addPatient(const QString& family)
    {
        np::storage::PatientRecord p = np::test::patient(family, u"Ana"_s);
        p.phone = u"555 0100"_s;
        p.email = family.toLower() + u"@example.com"_s;
        return base.add(p);
    }

    qint64 insert(const QString& sql, const QVariantList& values)
    {
        QSqlQuery q(db().connection());
        REQUIRE(q.prepare(sql));
        for (const QVariant& v : values)
            q.addBindValue(v);
        INFO(q.lastError().text().toStdString());
        REQUIRE(q.exec());
        return q.lastInsertId().toLongLong();
    }

    qint64 addSeries(qint64 patientId, const QString& status)
    {
        return insert(u"INSERT INTO series (patient_id, modality, indication, severity, areas, status, created_by, "
                      u"created_at, updated_at) VALUES (?, 'automated_pen', 'acne_scars', 'moderate', 'cheeks', ?, "
                      u"'t', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')"_s,
            {patientId, status});
    }

    // Session `number` on `planned` (latest: none when empty).
    qint64 addSession(qint64 seriesId, int number, const char* planned, const char* latest, const QString& status)
    {
        const QString last = QString::fromLatin1(latest);
        return insert(u"INSERT INTO planned_sessions (series_id, number, planned_date, earliest, latest, status) "
                      u"VALUES (?, ?, ?, ?, ?, ?)"_s,
            {seriesId, number, QString::fromLatin1(planned), QString::fromLatin1(planned),
                last.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(last), status});
    }

    // A new patient with one session in a new series; returns the patient's id.
    qint64 patientWithSession(const QString& family, const QString& seriesStatus, int number, const char* planned,
        const char* latest, const QString& status)
    {
        const qint64 id = addPatient(family);
        addSession(addSeries(id, seriesStatus), number, planned, latest, status);
        return id;
    }

    // A series whose sessions are all done, the last on `last`.
    qint64 finishedSeries(qint64 patientId, const char* last, const QString& status = u"completed"_s)
    {
        const qint64 id = addSeries(patientId, status);
        addSession(id, 1, "2024-01-10", "", u"done"_s);
        addSession(id, 2, last, "", u"done"_s);
        return id;
    }

    void addFinding(qint64 patientId, const QString& code, const char* until, bool superseded = false)
    {
        insert(u"INSERT INTO findings (patient_id, code, until, recorded_by, recorded_at, superseded) "
               u"VALUES (?, ?, ?, 't', '2026-01-01T00:00:00.000Z', ?)"_s,
            {patientId, code, QString::fromLatin1(until), superseded ? 1 : 0});
    }

    void archive(qint64 patientId)
    {
        auto p = base.patients.get(patientId);
        REQUIRE(p.has_value());
        REQUIRE(base.patients.setArchived(patientId, p->version, true, u"t"_s).has_value());
    }

    np::storage::RecallLists read(const np::RecallWindow& window = Window)
    {
        auto lists = np::storage::readRecalls(db(), np::test::builtInCatalogue(), window);
        if (!lists)
            FAIL(lists.error().message.toStdString());
        return *lists;
    }
};

QList<qint64> patientsOf(const QList<Recall>& list)
{
    QList<qint64> ids;
    for (const Recall& r : list)
        ids.append(r.patientId);
    return ids;
}

} // namespace

TEST_CASE("unbooked sessions: planned, not held by an appointment, from 30 days back to the window's end")
{
    RecallFixture f;
    const qint64 in = f.patientWithSession(u"Inside"_s, u"active"_s, 2, "2026-07-01", "2026-07-15", u"planned"_s);
    const qint64 slipped = f.patientWithSession(u"Slipped"_s, u"planned"_s, 1, "2026-05-02", "", u"planned"_s);
    f.patientWithSession(u"Late"_s, u"active"_s, 2, "2026-07-02", "2026-07-15", u"planned"_s);
    f.patientWithSession(u"Old"_s, u"planned"_s, 1, "2026-05-01", "", u"planned"_s);
    f.patientWithSession(u"Cancelled"_s, u"cancelled"_s, 1, "2026-06-10", "", u"planned"_s);
    const qint64 booked = f.addPatient(u"Booked"_s);
    const qint64 held = f.addSession(f.addSeries(booked, u"active"_s), 2, "2026-06-10", "2026-06-20", u"planned"_s);
    np::storage::BookingRequest request = f.request(booked, np::test::at("2026-06-10", 10));
    request.sessionId = held;
    REQUIRE(f.appointments().book(request, u"ana"_s).has_value());

    const auto lists = f.read();
    CHECK(patientsOf(lists.unbooked) == QList<qint64> {slipped, in});
    REQUIRE(lists.unbooked.size() == 2);
    const Recall& r = lists.unbooked.at(1);
    CHECK(r.kind == u"unbooked"_s);
    CHECK(r.due == date("2026-07-01"));
    CHECK(r.name == u"Ana Inside"_s);
    CHECK(r.phone == u"555 0100"_s);
    CHECK(r.email == u"inside@example.com"_s);
    CHECK(r.what.contains(u"session 2 of series"_s));
    CHECK(r.what.contains(u"not booked"_s));
    CHECK(lists.overdue.isEmpty());

    SECTION("a cancelled appointment holds nothing: the session is unbooked again")
    {
        const auto appointment = f.appointments().forPatient(booked);
        REQUIRE(appointment->size() == 1);
        REQUIRE(f.appointments()
                    .setStatus(appointment->at(0).id, appointment->at(0).version,
                        np::storage::AppointmentStatus::Cancelled, u"ill"_s, u"ana"_s)
                    .has_value());
        CHECK(patientsOf(f.read().unbooked) == QList<qint64> {slipped, booked, in});
    }
}

TEST_CASE("overdue sessions: latest date before today, neither done nor cancelled, and due on the latest date")
{
    RecallFixture f;
    const qint64 in = f.patientWithSession(u"Yesterday"_s, u"active"_s, 2, "2026-05-20", "2026-05-31", u"planned"_s);
    const qint64 today = f.patientWithSession(u"Today"_s, u"active"_s, 2, "2026-05-20", "2026-06-01", u"planned"_s);
    f.patientWithSession(u"Done"_s, u"active"_s, 2, "2026-05-20", "2026-05-25", u"done"_s);
    const qint64 missed = f.patientWithSession(u"Missed"_s, u"active"_s, 3, "2026-04-20", "2026-05-01", u"missed"_s);

    const auto lists = f.read();
    CHECK(patientsOf(lists.overdue) == QList<qint64> {missed, in});
    REQUIRE(lists.overdue.size() == 2);
    CHECK(lists.overdue.at(0).due == date("2026-05-01"));
    CHECK(lists.overdue.at(1).due == date("2026-05-31"));
    CHECK(lists.overdue.at(1).what.contains(u"latest date 2026-05-31 has passed"_s));
    // The one still bookable today is on the unbooked list instead.
    CHECK(patientsOf(lists.unbooked) == QList<qint64> {today});
}

TEST_CASE("results review: the catalogue's window after the last session, while open or opening within the window")
{
    RecallFixture f;
    const auto& catalogue = np::test::builtInCatalogue();
    REQUIRE(catalogue.reviewFromMonths == 3);
    REQUIRE(catalogue.reviewToMonths == 6);
    const qint64 opens = f.addPatient(u"Opens"_s);
    const qint64 open = f.addPatient(u"Open"_s);
    const qint64 later = f.addPatient(u"Later"_s);
    const qint64 closed = f.addPatient(u"Closed"_s);
    const qint64 followed = f.addPatient(u"Followed"_s);
    const qint64 unfinished = f.addPatient(u"Unfinished"_s);
    f.finishedSeries(opens, "2026-04-01", u"active"_s); // review 2026-07-01 .. 2026-10-01
    f.finishedSeries(open, "2026-01-01"); // 2026-04-01 .. 2026-07-01: open today
    f.finishedSeries(later, "2026-04-02"); // opens 2026-07-02: just outside
    f.finishedSeries(closed, "2025-11-30"); // closed 2026-05-30
    f.finishedSeries(followed, "2026-03-15");
    f.addSeries(followed, u"planned"_s);
    const qint64 notDone = f.finishedSeries(unfinished, "2026-03-15", u"active"_s);
    f.addSession(notDone, 3, "2026-05-20", "2026-05-31", u"missed"_s);

    const auto lists = f.read();
    CHECK(patientsOf(lists.resultsReview) == QList<qint64> {open, opens});
    REQUIRE(lists.resultsReview.size() == 2);
    CHECK(lists.resultsReview.at(0).due == date("2026-04-01"));
    CHECK(lists.resultsReview.at(1).due == date("2026-07-01"));
    CHECK(lists.resultsReview.at(1).what.contains(u"from 2026-07-01 to 2026-10-01"_s));
    CHECK(lists.maintenance.isEmpty());
}

TEST_CASE("maintenance: the catalogue's months after the last session of a finished series, with no later series")
{
    RecallFixture f;
    REQUIRE(np::test::builtInCatalogue().maintenanceMonths == 12);
    const qint64 in = f.addPatient(u"Due"_s);
    const qint64 out = f.addPatient(u"Outside"_s);
    const qint64 followed = f.addPatient(u"Followed"_s);
    const qint64 cancelledLater = f.addPatient(u"CancelledLater"_s);
    f.finishedSeries(in, "2025-07-01");
    f.finishedSeries(out, "2025-07-02");
    f.finishedSeries(followed, "2025-06-15");
    f.addSeries(followed, u"active"_s);
    f.finishedSeries(cancelledLater, "2025-06-10");
    f.addSeries(cancelledLater, u"cancelled"_s);

    const auto lists = f.read();
    CHECK(patientsOf(lists.maintenance) == QList<qint64> {cancelledLater, in});
    REQUIRE(lists.maintenance.size() == 2);
    CHECK(lists.maintenance.at(0).due == date("2026-06-10"));
    CHECK(lists.maintenance.at(1).due == date("2026-07-01"));
    CHECK(lists.maintenance.at(1).what.contains(u"last session 2025-07-01"_s));
    CHECK(lists.resultsReview.isEmpty());
}

TEST_CASE("washout clearing: current findings whose washout ends inside the window")
{
    RecallFixture f;
    const qint64 in = f.addPatient(u"Clears"_s);
    const qint64 out = f.addPatient(u"Outside"_s);
    const qint64 corrected = f.addPatient(u"Corrected"_s);
    const qint64 retinoid = f.addPatient(u"Retinoid"_s);
    f.addFinding(in, u"isotretinoin"_s, "2025-12-31"); // 182 days: clears 2026-07-01
    f.addFinding(out, u"isotretinoin"_s, "2026-01-01"); // clears 2026-07-02
    f.addFinding(corrected, u"isotretinoin"_s, "2025-12-31", true);
    f.addFinding(retinoid, u"topical_retinoid"_s, "2026-05-27"); // 5 days: clears 2026-06-01, today
    f.addFinding(retinoid, u"topical_retinoid"_s, "2026-05-26"); // cleared yesterday

    const auto lists = f.read();
    CHECK(patientsOf(lists.washoutClearing) == QList<qint64> {retinoid, in});
    REQUIRE(lists.washoutClearing.size() == 2);
    CHECK(lists.washoutClearing.at(0).due == date("2026-06-01"));
    CHECK(lists.washoutClearing.at(1).due == date("2026-07-01"));
    CHECK(lists.washoutClearing.at(1).what.contains(u"Isotretinoin"_s, Qt::CaseInsensitive));

    SECTION("a longer window takes the one outside")
    {
        CHECK(patientsOf(f.read({Window.today, 31}).washoutClearing) == QList<qint64> {retinoid, in, out});
    }
}

TEST_CASE("archived patients are on no list")
{
    RecallFixture f;
    const qint64 p = f.addPatient(u"Archived"_s);
    f.addSession(f.addSeries(p, u"active"_s), 2, "2026-06-10", "2026-06-20", u"planned"_s);
    f.addSession(f.addSeries(p, u"active"_s), 2, "2026-05-10", "2026-05-20", u"planned"_s);
    f.finishedSeries(p, "2025-07-01");
    f.addFinding(p, u"isotretinoin"_s, "2025-12-31");
    const auto before = f.read();
    CHECK(before.unbooked.size() == 1);
    CHECK(before.overdue.size() == 1);
    CHECK(before.washoutClearing.size() == 1);
    CHECK(before.maintenance.size() == 1);

    f.archive(p);
    CHECK(f.read().all().isEmpty());
}

TEST_CASE("the recall CSV has one row per recall and reads back with CsvReader")
{
    Recall r;
    r.kind = u"unbooked"_s;
    r.patientId = 7;
    r.name = u"Siobhán \"Shiv\" O'Brien, Jr"_s;
    r.phone = u"555 0100"_s;
    r.email = u"s@example.com"_s;
    r.what = u"session 2, not booked\nsecond line"_s;
    r.due = QDate(2026, 6, 2);
    const auto table = np::storage::readCsv(np::storage::recallsToCsv({r, r}));
    CHECK(table.problems.isEmpty());
    REQUIRE(table.records.size() == 3);
    QStringList header;
    for (const auto& field : table.records.at(0).fields)
        header.append(field.text);
    CHECK(header == QStringList {u"kind"_s, u"patient_id"_s, u"name"_s, u"phone"_s, u"email"_s, u"what"_s, u"due"_s});
    const auto& row = table.records.at(1).fields;
    REQUIRE(row.size() == 7);
    CHECK(row.at(0).text == u"unbooked"_s);
    CHECK(row.at(1).text == u"7"_s);
    CHECK(row.at(2).text == r.name);
    CHECK(row.at(5).text == r.what);
    CHECK(row.at(6).text == u"2026-06-02"_s);
}
