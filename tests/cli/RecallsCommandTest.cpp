// recalls [--within DAYS] [--csv FILE], run in-process: the lists as JSON, the CSV file read back.
#include "SeriesCliSupport.h"

#include "storage/CsvReader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

using Outcome = np::test::CliOutcome;

// Begoña with a planned series from 2026-12-01, and Siobhán, whose retinoid washout clears on
// 2026-11-25 (today is 2026-11-22); her name and phone need quoting in CSV.
struct RecallDesk : np::test::ClinicDesk {
    QJsonObject series = createSeries();
    QString siobhan;

    RecallDesk()
    {
        const Outcome added = run({u"patients"_s, u"add"_s},
            R"({"family_name": "O'Brien, \"Jr\"", "given_names": "Siobhán", "birth_date": "1990-01-01",
                "phone": "555, 0100", "email": "shiv@example.com"})");
        INFO(added.err.toStdString());
        REQUIRE(added.exitCode == 0);
        siobhan = QString::number(added.json().value(u"id"_s).toInteger());
        const Outcome finding
            = run({u"findings"_s, u"add"_s, siobhan}, R"({"code": "topical_retinoid", "until": "2026-11-20"})");
        INFO(finding.err.toStdString());
        REQUIRE(finding.exitCode == 0);
    }
};

QJsonArray list(const Outcome& o, const QString& kind)
{
    return o.json().value(u"recalls"_s).toObject().value(kind).toArray();
}

} // namespace

TEST_CASE("recalls lists who to call back as JSON, 30 days ahead by default")
{
    RecallDesk d;
    const Outcome o = d.run({u"recalls"_s});
    INFO(o.err.toStdString());
    REQUIRE(o.exitCode == 0);
    CHECK(o.json().value(u"today"_s).toString() == u"2026-11-22"_s);
    CHECK(o.json().value(u"within"_s).toInt() == 30);
    CHECK(o.json().value(u"recalls"_s).toObject().keys()
        == QStringList {u"maintenance"_s, u"overdue"_s, u"results_review"_s, u"unbooked"_s, u"washout_clearing"_s});

    // Only the first session falls before 2026-12-22.
    const QJsonArray unbooked = list(o, u"unbooked"_s);
    REQUIRE(unbooked.size() == 1);
    const QJsonObject first = unbooked.at(0).toObject();
    CHECK(first.value(u"patient_id"_s).toInteger() == d.patient.toLongLong());
    CHECK(first.value(u"name"_s).toString() == u"Begoña Núñez"_s);
    CHECK(first.value(u"due"_s) == d.series[u"sessions"_s][0][u"planned_date"_s]);
    CHECK(first.value(u"what"_s).toString().contains(u"session 1 of series"_s));
    CHECK(first.keys() == QStringList {u"due"_s, u"email"_s, u"name"_s, u"patient_id"_s, u"phone"_s, u"what"_s});

    const QJsonArray washouts = list(o, u"washout_clearing"_s);
    REQUIRE(washouts.size() == 1);
    CHECK(washouts.at(0)[u"patient_id"_s].toInteger() == d.siobhan.toLongLong());
    CHECK(washouts.at(0)[u"due"_s].toString() == u"2026-11-25"_s);
    CHECK(washouts.at(0)[u"phone"_s].toString() == u"555, 0100"_s);
    CHECK(washouts.at(0)[u"email"_s].toString() == u"shiv@example.com"_s);
    CHECK(list(o, u"overdue"_s).isEmpty());
    CHECK(list(o, u"results_review"_s).isEmpty());
    CHECK(list(o, u"maintenance"_s).isEmpty());

    SECTION("--within narrows the window")
    {
        const Outcome today = d.run({u"recalls"_s, u"--within"_s, u"2"_s});
        REQUIRE(today.exitCode == 0);
        CHECK(today.json().value(u"within"_s).toInt() == 2);
        CHECK(list(today, u"washout_clearing"_s).isEmpty());
        CHECK(list(today, u"unbooked"_s).isEmpty());
    }
}

TEST_CASE("recalls --csv writes one row per recall that reads back with CsvReader")
{
    RecallDesk d;
    const QString path = d.dir.filePath(u"recalls.csv"_s);
    const Outcome o = d.run({u"recalls"_s, u"--csv"_s, path});
    INFO(o.err.toStdString());
    REQUIRE(o.exitCode == 0);
    CHECK(o.json().value(u"csv"_s).toString() == path);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const auto table = np::storage::readCsv(file.readAll());
    CHECK(table.problems.isEmpty());
    REQUIRE(table.records.size() == 3);
    const auto texts = [&](int record) {
        QStringList out;
        for (const auto& field : table.records.at(record).fields)
            out.append(field.text);
        return out;
    };
    CHECK(texts(0) == QStringList {u"kind"_s, u"patient_id"_s, u"name"_s, u"phone"_s, u"email"_s, u"what"_s, u"due"_s});
    CHECK(texts(1).at(0) == u"unbooked"_s);
    CHECK(texts(1).at(6) == d.series[u"sessions"_s][0][u"planned_date"_s].toString());
    const QStringList washout = texts(2);
    REQUIRE(washout.size() == 7);
    CHECK(washout.at(0) == u"washout_clearing"_s);
    CHECK(washout.at(1) == d.siobhan);
    CHECK(washout.at(2) == u"Siobhán O'Brien, \"Jr\""_s);
    CHECK(washout.at(3) == u"555, 0100"_s);
    CHECK(washout.at(4) == u"shiv@example.com"_s);
    CHECK(washout.at(5) == list(o, u"washout_clearing"_s).at(0)[u"what"_s].toString());
    CHECK(washout.at(6) == u"2026-11-25"_s);
}

TEST_CASE("recalls refuses a bad --within and a CSV file it cannot write")
{
    RecallDesk d;
    for (const QString& bad : {u"-1"_s, u"soon"_s, u"367"_s}) {
        const Outcome o = d.run({u"recalls"_s, u"--within"_s, bad});
        CHECK(o.exitCode == 2);
        CHECK(o.err.contains(u"--within: \"%1\" is not a number of days from 0 to 366"_s.arg(bad)));
        CHECK(o.out.isEmpty());
    }
    const QString path = d.dir.filePath(u"missing/recalls.csv"_s);
    const Outcome o = d.run({u"recalls"_s, u"--csv"_s, path});
    CHECK(o.exitCode == 2);
    CHECK(o.err.contains(u"--csv: cannot write %1"_s.arg(path)));
    CHECK(o.out.isEmpty());
    CHECK_FALSE(QFile::exists(path));
    CHECK(d.run({u"recalls"_s, u"extra"_s}).exitCode == 1);
}
