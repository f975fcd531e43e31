// needlepoint-cli patients import / export: exit codes, the JSON report, and the round trip.
#include "CliTestSupport.h"
#include "TestSupport.h"

#include "cli/Cli.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace {

using Outcome = np::test::CliOutcome;

Outcome cli(QStringList args, const QByteArray& input = {})
{
    return np::test::runCli(args, input);
}

// A fresh database (made with `init`) and a folder for CSV files.
struct Clinic {
    QTemporaryDir dir;
    QString database;

    Clinic()
        : database(dir.filePath(u"clinic.db"_s))
    {
        REQUIRE(dir.isValid());
        const Outcome init = run({u"init"_s});
        INFO(init.err.toStdString());
        REQUIRE(init.exitCode == 0);
    }
    Outcome run(QStringList args, const QByteArray& input = {}) const
    {
        args = QStringList {u"--today"_s, u"2026-01-15"_s, u"--user"_s, u"tester"_s, u"--database"_s, database} + args;
        return cli(args, input);
    }
    QString write(const QString& name, const QByteArray& bytes) const
    {
        const QString path = dir.filePath(name);
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return path;
    }
    // How many patients the database holds, counted through an export.
    int patientCount() const
    {
        const QString path = dir.filePath(u"count.csv"_s);
        const Outcome o = run({u"patients"_s, u"export"_s, path});
        REQUIRE(o.exitCode == 0);
        return o.json()[u"exported"_s].toInt();
    }
};

const QByteArray GoodFile = "\xEF\xBB\xBF"
                            "Last Name,First Name,DOB,E-mail,Mobile,Skin type,Notes\r\n"
                            "Garc\xC3\xAD"
                            "a,Jos\xC3\xA9,29/02/1980,jose@example.com,+34 600 000 000,III,\"quiet room,\nplease\"\r\n"
                            "Smith,Ann,01/12/1990,,,,\r\n";

QJsonObject issue(int row, const QString& column, const QString& problem)
{
    return {{u"row"_s, row}, {u"column"_s, column}, {u"problem"_s, problem}};
}

} // namespace

TEST_CASE("patients import: a good file exits 0 with the new ids")
{
    Clinic clinic;
    const QString csv = clinic.write(u"in.csv"_s, GoodFile);
    const Outcome o = clinic.run({u"patients"_s, u"import"_s, csv, u"--date-order"_s, u"eu"_s});
    INFO(o.err.toStdString() << o.out.toStdString());
    REQUIRE(o.exitCode == 0);
    const QJsonObject report = o.json();
    CHECK(report[u"status"_s].toString() == u"imported"_s);
    CHECK(report[u"imported"_s].toInt() == 2);
    CHECK(report[u"dry_run"_s].toBool() == false);
    const QJsonArray ids = report[u"ids"_s].toArray();
    REQUIRE(ids.size() == 2);
    CHECK(report[u"warnings"_s].toArray().isEmpty());

    const Outcome shown = clinic.run({u"patients"_s, u"show"_s, QString::number(ids[1].toInteger())});
    REQUIRE(shown.exitCode == 0);
    CHECK(shown.json()[u"family_name"_s].toString() == u"Smith"_s);
    CHECK(shown.json()[u"birth_date"_s].toString() == u"1990-12-01"_s); // read day first
    CHECK(clinic.patientCount() == 2);
}

TEST_CASE("patients import: any bad row exits 2, lists every problem as JSON and imports nothing")
{
    Clinic clinic;
    const QString csv = clinic.write(u"bad.csv"_s,
        "Last Name,First Name,DOB,Email,Allergies\n"
        "Good,Row,1990-01-01,good@example.com,\n"
        ",Nameless,1990-01-01,,\n"
        "Date,Wrong,1990-02-30,,\n"
        "Copy,Cat,1991-01-01,GOOD@example.com,\n");
    const Outcome o = clinic.run({u"patients"_s, u"import"_s, csv});
    CHECK(o.exitCode == 2);
    const QJsonObject report = o.json();
    CHECK(report[u"status"_s].toString() == u"refused"_s);
    CHECK(report[u"imported"_s].toInt() == 0);
    const QJsonArray expected {
        issue(1, u"Allergies"_s,
            u"unknown column; rename it to one Needlepoint knows (see docs/patient-csv.md), remove it, or use "
            "--ignore-unknown-columns"_s),
        issue(3, u"Last Name"_s, u"is required"_s),
        issue(4, u"DOB"_s, u"\"1990-02-30\" is not a real date"_s),
    };
    CHECK(report[u"problems"_s].toArray() == expected);
    // A shared email is not a duplicate (families share one): a warning.
    CHECK(report[u"warnings"_s].toArray()
        == QJsonArray {issue(5, u"Email"_s, u"same email as row 2 (GOOD@example.com)"_s)});
    CHECK(o.err.contains(csv + u": 3 problem(s); nothing was imported"_s));
    CHECK(clinic.patientCount() == 0);
}

TEST_CASE("patients import --dry-run reports what would be imported and writes nothing")
{
    Clinic clinic;
    const QString csv = clinic.write(u"in.csv"_s, GoodFile);
    const Outcome o = clinic.run({u"patients"_s, u"import"_s, u"--dry-run"_s, u"--date-order"_s, u"eu"_s, csv});
    REQUIRE(o.exitCode == 0);
    const QJsonObject report = o.json();
    CHECK(report[u"status"_s].toString() == u"ok"_s);
    CHECK(report[u"dry_run"_s].toBool());
    CHECK(report[u"would_import"_s].toInt() == 2);
    const QJsonArray patients = report[u"patients"_s].toArray();
    REQUIRE(patients.size() == 2);
    CHECK(patients[0].toObject()
        == QJsonObject {{u"row"_s, 2}, {u"family_name"_s, u"García"_s}, {u"given_names"_s, u"José"_s},
            {u"birth_date"_s, u"1980-02-29"_s}});
    CHECK(clinic.patientCount() == 0);

    // A dry run of a bad file fails the same way as the real thing.
    const Outcome ambiguous = clinic.run({u"patients"_s, u"import"_s, u"--dry-run"_s, csv});
    CHECK(ambiguous.exitCode == 2);
    CHECK(ambiguous.json()[u"problems"_s].toArray().size() == 2);
    CHECK(ambiguous.json()[u"dry_run"_s].toBool());
    CHECK(clinic.patientCount() == 0);
}

TEST_CASE("patients import: the date order is stated, never guessed")
{
    Clinic clinic;
    const QString csv = clinic.write(u"dates.csv"_s, "Surname,Forename,Date of Birth\nDoe,Jane,03/04/1990\n");
    const Outcome none = clinic.run({u"patients"_s, u"import"_s, csv});
    CHECK(none.exitCode == 2);
    const QJsonObject problem = none.json()[u"problems"_s].toArray().at(0).toObject();
    CHECK(problem[u"row"_s].toInt() == 2);
    CHECK(problem[u"column"_s].toString() == u"Date of Birth"_s);
    CHECK(problem[u"problem"_s].toString().contains(u"--date-order"_s));

    const Outcome us = clinic.run({u"patients"_s, u"import"_s, csv, u"--date-order"_s, u"us"_s});
    REQUIRE(us.exitCode == 0);
    const qint64 id = us.json()[u"ids"_s].toArray().at(0).toInteger();
    CHECK(clinic.run({u"patients"_s, u"show"_s, QString::number(id)}).json()[u"birth_date"_s].toString()
        == u"1990-03-04"_s);

    const Outcome bad = clinic.run({u"patients"_s, u"import"_s, csv, u"--date-order"_s, u"uk"_s});
    CHECK(bad.exitCode == 1);
    CHECK(bad.err.contains(u"--date-order"_s));
}

TEST_CASE("patients import: duplicates of stored patients exit 2 naming the stored patient")
{
    Clinic clinic;
    const QString csv = clinic.write(u"in.csv"_s, GoodFile);
    REQUIRE(clinic.run({u"patients"_s, u"import"_s, csv, u"--date-order"_s, u"eu"_s}).exitCode == 0);
    const Outcome again = clinic.run({u"patients"_s, u"import"_s, csv, u"--date-order"_s, u"eu"_s});
    CHECK(again.exitCode == 2);
    const QJsonArray problems = again.json()[u"problems"_s].toArray();
    REQUIRE(problems.size() == 2); // José and Ann by name; José's email is only a warning
    CHECK(problems[0].toObject()[u"row"_s].toInt() == 2);
    CHECK(problems[0].toObject()[u"problem"_s].toString().contains(u"already in the database"_s));
    CHECK(problems[1].toObject()[u"row"_s].toInt() == 3);
    CHECK(again.json()[u"warnings"_s].toArray().size() == 1);
    CHECK(clinic.patientCount() == 2);
}

TEST_CASE("patients import: unknown columns left out with a warning, separators, standard input")
{
    Clinic clinic;
    const QByteArray csv = "family_name;given_names;birth_date;Allergies\nDoe;John;1970-01-01;latex\n";
    const Outcome o = clinic.run(
        {u"patients"_s, u"import"_s, u"-"_s, u"--separator"_s, u";"_s, u"--ignore-unknown-columns"_s}, csv);
    INFO(o.out.toStdString());
    REQUIRE(o.exitCode == 0);
    CHECK(o.json()[u"warnings"_s].toArray() == QJsonArray {issue(1, u"Allergies"_s, u"unknown column, left out"_s)});
    CHECK(o.json()[u"file"_s].toString() == u"-"_s);
    CHECK(clinic.patientCount() == 1);

    CHECK(clinic.run({u"patients"_s, u"import"_s, u"-"_s, u"--separator"_s, u"|"_s}, csv).exitCode == 1);
}

TEST_CASE("patients import and export: usage, missing files and a missing database")
{
    Clinic clinic;
    CHECK(clinic.run({u"patients"_s, u"import"_s}).exitCode == 1);
    CHECK(clinic.run({u"patients"_s, u"export"_s}).exitCode == 1);
    CHECK(clinic.run({u"patients"_s, u"export"_s, u"out.csv"_s, u"--dry-run"_s}).exitCode == 1);

    const Outcome missingCsv = clinic.run({u"patients"_s, u"import"_s, clinic.dir.filePath(u"nope.csv"_s)});
    CHECK(missingCsv.exitCode == 2);
    CHECK(missingCsv.err.contains(u"nope.csv"_s));

    const QString csv = clinic.write(u"in.csv"_s, GoodFile);
    const QString noDb = clinic.dir.filePath(u"gone.db"_s);
    const Outcome missingDb = cli({u"--database"_s, noDb, u"patients"_s, u"import"_s, csv});
    CHECK(missingDb.exitCode == 5);
    CHECK(missingDb.err.contains(noDb));
    CHECK_FALSE(QFile::exists(noDb));
    CHECK(cli({u"--database"_s, noDb, u"patients"_s, u"export"_s, clinic.dir.filePath(u"x.csv"_s)}).exitCode == 5);

    const Outcome unwritable
        = clinic.run({u"patients"_s, u"export"_s, clinic.dir.filePath(u"no-such-folder/out.csv"_s)});
    CHECK(unwritable.exitCode == 2);
    CHECK(unwritable.err.contains(u"no-such-folder/out.csv"_s));

    const Outcome overDb = clinic.run({u"patients"_s, u"export"_s, clinic.database});
    CHECK(overDb.exitCode == 2);
    CHECK(clinic.run({u"check"_s}).exitCode == 0);
}

TEST_CASE("patients export then import into a fresh database then export again: the same bytes")
{
    Clinic first;
    const QString csv = first.write(u"in.csv"_s, GoodFile);
    REQUIRE(first.run({u"patients"_s, u"import"_s, csv, u"--date-order"_s, u"eu"_s}).exitCode == 0);
    const Outcome added = first.run({u"patients"_s, u"add"_s},
        R"({"family_name": "O'Brien, Jr", "given_names": "Mary \"Molly\"", "preferred_name": "Molly",
            "birth_date": "1970-05-01", "sex": "F", "phone": "+353 1 234 5678", "email": "molly@example.ie",
            "address": "1 Main St,\nDublin 2", "town": "Dublin", "region": "Leinster", "postcode": "D02 XY45",
            "country": "Ireland", "external_ref": "OLD-0007", "preferred_language": "ga", "fitzpatrick": 2,
            "notes": "  kept as typed  "})");
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);

    const QString archived
        = first.write(u"archived.csv"_s, "family_name,given_names,birth_date,archived\nGone,Away,1950-01-01,yes\n");
    REQUIRE(first.run({u"patients"_s, u"import"_s, archived}).exitCode == 0);

    const QString one = first.dir.filePath(u"one.csv"_s);
    const Outcome exported = first.run({u"patients"_s, u"export"_s, one});
    REQUIRE(exported.exitCode == 0);
    CHECK(exported.json()[u"exported"_s].toInt() == 4);

    Clinic second;
    const Outcome imported = second.run({u"patients"_s, u"import"_s, one});
    INFO(imported.out.toStdString());
    REQUIRE(imported.exitCode == 0);
    const QString two = second.dir.filePath(u"two.csv"_s);
    REQUIRE(second.run({u"patients"_s, u"export"_s, two}).exitCode == 0);
    const QByteArray bytesOne = np::test::readFile(one);
    CHECK(np::test::readFile(two) == bytesOne);
    CHECK(bytesOne.contains("\"O'Brien, Jr\",\"Mary \"\"Molly\"\"\""));
    CHECK(bytesOne.contains("\"1 Main St,\nDublin 2\",Dublin,Leinster,D02 XY45,Ireland,ga,2,"));
    CHECK(bytesOne.contains(",OLD-0007\r\n"));
    CHECK(bytesOne.contains("Gone,Away,,1950-01-01,,,,,,,,,en,,,yes,\r\n"));
}

// A clinic's typical export from the system it leaves: its patient number, the address over
// several columns, European dates. Imported as it is, then imported again after the old system
// changed: the same patients are updated, never refused as duplicates nor wiped by blank cells.
TEST_CASE("patients import: an old system's export comes over whole, and importing it again updates")
{
    Clinic clinic;
    const QByteArray first
        = "Patient No;Surname;First Name;DOB;Address 1;Address 2;City;Province;Código postal;País;"
          "Mobile;E-mail\r\n"
          "HC-0001;Fernández López;María José;03/04/1985;Calle de Alcalá 123;3º izquierda;Madrid;"
          "Madrid;28009;España;612 345 678;mj@example.es\r\n"
          "HC-0002;Smith;Ann;25/12/1990;1 High St;;Leeds;West Yorkshire;LS1 4AP;UK;07700 900123;\r\n";
    const QStringList options {u"--separator"_s, u";"_s, u"--date-order"_s, u"eu"_s};
    const Outcome imported
        = clinic.run(QStringList {u"patients"_s, u"import"_s, clinic.write(u"old.csv"_s, first)} + options);
    INFO(imported.out.toStdString() + imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.json()[u"imported"_s].toInt() == 2);
    CHECK(imported.json()[u"updated"_s].toInt() == 0);

    const auto show = [&](const QString& id) {
        const Outcome o = clinic.run({u"patients"_s, u"show"_s, id});
        REQUIRE(o.exitCode == 0);
        return o.json();
    };
    QJsonObject mj = show(u"1"_s);
    CHECK(mj[u"external_ref"_s].toString() == u"HC-0001"_s);
    CHECK(mj[u"address"_s].toString() == u"Calle de Alcalá 123\n3º izquierda"_s);
    CHECK(mj[u"town"_s].toString() == u"Madrid"_s);
    CHECK(mj[u"region"_s].toString() == u"Madrid"_s);
    CHECK(mj[u"postcode"_s].toString() == u"28009"_s);
    CHECK(mj[u"country"_s].toString() == u"España"_s);
    CHECK(mj[u"birth_date"_s].toString() == u"1985-04-03"_s);

    // Found by the old number, exactly and ignoring case, before anything else.
    const Outcome found = clinic.run({u"patients"_s, u"search"_s, u"hc-0002"_s});
    REQUIRE(found.exitCode == 0);
    const QJsonArray matches = QJsonDocument::fromJson(found.out).array();
    REQUIRE_FALSE(matches.isEmpty());
    CHECK(matches.first().toObject()[u"id"_s].toInt() == 2);
    CHECK(matches.first().toObject()[u"external_ref"_s].toString() == u"HC-0002"_s);

    // The old system changed: María José's mobile, and it lost her email (a blank cell); Ann is
    // the same; a new patient came.
    const QByteArray again = "Patient No;Surname;First Name;DOB;Address 1;Address 2;City;Province;Código postal;País;"
                             "Mobile;E-mail\r\n"
                             "HC-0001;Fernández López;María José;03/04/1985;Calle de Alcalá 123;3º izquierda;Madrid;"
                             "Madrid;28009;España;699 000 111;\r\n"
                             "hc-0002;Smith;Ann;25/12/1990;1 High St;;Leeds;West Yorkshire;LS1 4AP;UK;07700 900123;\r\n"
                             "HC-0003;Okafor;Chidi;01/02/1979;;;;;;;;\r\n";
    const QString againFile = clinic.write(u"again.csv"_s, again);
    const Outcome dry = clinic.run(QStringList {u"patients"_s, u"import"_s, againFile, u"--dry-run"_s} + options);
    INFO(dry.out.toStdString());
    REQUIRE(dry.exitCode == 0);
    CHECK(dry.json()[u"would_import"_s].toInt() == 1);
    CHECK(dry.json()[u"would_update"_s].toInt() == 1);
    CHECK(dry.json()[u"unchanged"_s].toInt() == 1);
    const QJsonArray updates = dry.json()[u"updated_patients"_s].toArray();
    REQUIRE(updates.size() == 2);
    CHECK(updates[0].toObject()[u"row"_s].toInt() == 2);
    CHECK(updates[0].toObject()[u"id"_s].toInt() == 1);
    CHECK(updates[0].toObject()[u"fields"_s].toArray() == QJsonArray {u"phone"_s});
    CHECK(updates[1].toObject()[u"fields"_s].toArray().isEmpty());
    CHECK(show(u"1"_s)[u"phone"_s].toString() == u"612 345 678"_s); // a dry run writes nothing

    const Outcome updated = clinic.run(QStringList {u"patients"_s, u"import"_s, againFile} + options);
    INFO(updated.out.toStdString());
    REQUIRE(updated.exitCode == 0);
    CHECK(updated.json()[u"imported"_s].toInt() == 1);
    CHECK(updated.json()[u"updated"_s].toInt() == 1);
    CHECK(updated.json()[u"ids"_s].toArray() == QJsonArray {3});
    mj = show(u"1"_s);
    CHECK(mj[u"phone"_s].toString() == u"699 000 111"_s);
    CHECK(mj[u"email"_s].toString() == u"mj@example.es"_s); // a blank cell never wipes what is held
    CHECK(mj[u"version"_s].toInt() == 2);
    CHECK(clinic.patientCount() == 3);

    // A number that belongs to someone else entirely is never written over them; nothing is.
    const QByteArray wrong = "Patient No,Surname,First Name,DOB,Mobile\r\n"
                             "HC-0003,Okafor,Chidi,1979-02-01,0800 111 222\r\n"
                             "HC-0002,Brown,Tom,1966-06-06,0800 333 444\r\n";
    const Outcome refused = clinic.run({u"patients"_s, u"import"_s, clinic.write(u"wrong.csv"_s, wrong)});
    INFO(refused.out.toStdString());
    CHECK(refused.exitCode == 2);
    const QJsonArray problems = refused.json()[u"problems"_s].toArray();
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].toObject()[u"row"_s].toInt() == 3);
    CHECK(problems[0].toObject()[u"column"_s].toString() == u"Patient No"_s);
    CHECK(problems[0].toObject()[u"problem"_s].toString().contains(u"patient 2 (Smith, Ann, born 1990-12-25)"_s));
    CHECK(show(u"3"_s)[u"phone"_s].toString().isEmpty());

    // One number, one patient, whichever way a patient comes in.
    const Outcome taken = clinic.run({u"patients"_s, u"add"_s},
        R"({"family_name": "Other", "birth_date": "1990-01-01", "external_ref": "HC-0001"})");
    CHECK(taken.exitCode == 2);
    CHECK(taken.err.contains(u"external_ref: \"HC-0001\" is already the number of patient 1"_s));
    const QByteArray twice
        = "external_ref,family_name,given_names,birth_date\r\nX1,A,B,1990-01-01\r\nx1,C,D,1991-01-01\r\n";
    const Outcome dup = clinic.run({u"patients"_s, u"import"_s, clinic.write(u"twice.csv"_s, twice)});
    CHECK(dup.exitCode == 2);
    CHECK(dup.out.contains("is also the number of row 2"));
}
