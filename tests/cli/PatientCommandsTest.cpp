// patients add | search | show and findings add, run in-process: exit codes, stdout, stderr.
#include "CliTestSupport.h"
#include "TestSupport.h"

#include "cli/Cli.h"
#include "cli/CommandContext.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace {

using Outcome = np::test::CliOutcome;

// A fresh database in a temporary folder, and needlepoint-cli run against it.
struct CliDatabase {
    QTemporaryDir dir;
    QString path = dir.filePath(u"needlepoint.db"_s);

    CliDatabase()
    {
        REQUIRE(dir.isValid());
        REQUIRE(run({u"init"_s}).exitCode == 0);
    }

    Outcome run(QStringList args, const QByteArray& input = {}) const
    {
        return np::test::runCli(QStringList {u"--database"_s, path, u"--user"_s, u"reception"_s} + args, input);
    }

    qint64 addPatient(const QByteArray& json) const
    {
        const Outcome o = run({u"patients"_s, u"add"_s}, json);
        INFO(o.err.toStdString());
        REQUIRE(o.exitCode == 0);
        return o.json().value(u"id"_s).toInteger();
    }
};

const QByteArray Jose = R"({
  "family_name": "García", "given_names": "José", "preferred_name": "Pepe", "birth_date": "1985-03-02",
  "sex": "M", "phone": "(555) 123-4567", "email": "jose.garcia@example.com", "address": "Calle Mayor 1",
  "preferred_language": "es", "fitzpatrick": 4, "notes": "Prefers mornings."
})";

} // namespace

TEST_CASE("patients add reads JSON from standard input or a file and prints the new id")
{
    CliDatabase db;
    const Outcome o = db.run({u"patients"_s, u"add"_s}, Jose);
    CHECK(o.exitCode == 0);
    CHECK(o.err.isEmpty());
    CHECK(o.json() == QJsonObject {{u"id"_s, 1}});

    const QString file = db.dir.filePath(u"patient.json"_s);
    QFile f(file);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(R"({"family_name": "Ito", "birth_date": "1990-01-01"})");
    f.close();
    CHECK(db.run({u"patients"_s, u"add"_s, file}).json() == QJsonObject {{u"id"_s, 2}});
}

TEST_CASE("patients show prints the whole record with its findings and their history")
{
    CliDatabase db;
    const qint64 id = db.addPatient(Jose);
    const Outcome finding = db.run({u"findings"_s, u"add"_s, QString::number(id)},
        R"({"code": "isotretinoin", "areas": ["cheeks"], "since": "2025-09-01", "until": "2026-02-01",
            "note": "20 mg"})");
    CHECK(finding.exitCode == 0);
    CHECK(finding.json() == QJsonObject {{u"id"_s, 1}});

    const Outcome o = db.run({u"patients"_s, u"show"_s, QString::number(id)});
    CHECK(o.exitCode == 0);
    const QJsonObject p = o.json();
    CHECK(p.value(u"id"_s).toInteger() == id);
    CHECK(p.value(u"family_name"_s).toString() == u"García"_s);
    CHECK(p.value(u"given_names"_s).toString() == u"José"_s);
    CHECK(p.value(u"preferred_name"_s).toString() == u"Pepe"_s);
    CHECK(p.value(u"birth_date"_s).toString() == u"1985-03-02"_s);
    CHECK(p.value(u"sex"_s).toString() == u"M"_s);
    CHECK(p.value(u"phone"_s).toString() == u"(555) 123-4567"_s);
    CHECK(p.value(u"email"_s).toString() == u"jose.garcia@example.com"_s);
    CHECK(p.value(u"address"_s).toString() == u"Calle Mayor 1"_s);
    CHECK(p.value(u"preferred_language"_s).toString() == u"es"_s);
    CHECK(p.value(u"fitzpatrick"_s).toInt() == 4);
    CHECK(p.value(u"notes"_s).toString() == u"Prefers mornings."_s);
    CHECK(p.value(u"archived"_s).toBool() == false);
    CHECK(p.value(u"version"_s).toInt() == 1);

    const QJsonArray findings = p.value(u"findings"_s).toArray();
    REQUIRE(findings.size() == 1);
    const QJsonObject f = findings.first().toObject();
    CHECK(f.value(u"code"_s).toString() == u"isotretinoin"_s);
    CHECK(f.value(u"areas"_s).toArray() == QJsonArray {u"cheeks"_s});
    CHECK(f.value(u"until"_s).toString() == u"2026-02-01"_s);
    CHECK(f.value(u"note"_s).toString() == u"20 mg"_s);
    CHECK(f.value(u"recorded_by"_s).toString() == u"reception"_s);
    CHECK(p.value(u"finding_history"_s).toArray().size() == 1);
}

TEST_CASE("patients search prints the matches as a JSON array")
{
    CliDatabase db;
    const qint64 jose = db.addPatient(Jose);
    db.addPatient(R"({"family_name": "Garner", "given_names": "Ann", "birth_date": "1970-05-05"})");

    const Outcome o = db.run({u"patients"_s, u"search"_s, u"jose"_s, u"gar"_s});
    CHECK(o.exitCode == 0);
    const QJsonArray matches = o.array();
    REQUIRE(matches.size() == 1);
    CHECK(matches.first().toObject().value(u"id"_s).toInteger() == jose);
    CHECK(matches.first().toObject().value(u"family_name"_s).toString() == u"García"_s);

    CHECK(db.run({u"patients"_s, u"search"_s, u"gar"_s}).array().size() == 2);
    CHECK(db.run({u"patients"_s, u"search"_s, u"gar"_s, u"--limit"_s, u"1"_s}).array().size() == 1);
    CHECK(db.run({u"patients"_s, u"search"_s, u"1234567"_s}).array().size() == 1);
    const Outcome none = db.run({u"patients"_s, u"search"_s, u"zzz"_s});
    CHECK(none.exitCode == 0);
    CHECK(none.array().isEmpty());
    CHECK(db.run({u"patients"_s, u"search"_s, u"\"*"_s}).exitCode == 0);
}

TEST_CASE("patients search --archived is accepted and a bad --limit is bad input")
{
    CliDatabase db;
    db.addPatient(Jose);
    CHECK(db.run({u"patients"_s, u"search"_s, u"jose"_s, u"--archived"_s}).array().size() == 1);
    const Outcome o = db.run({u"patients"_s, u"search"_s, u"jose"_s, u"--limit"_s, u"zero"_s});
    CHECK(o.exitCode == 2);
    CHECK(o.err.contains(u"--limit"_s));
}

TEST_CASE("patients add refuses unknown keys, wrong types and invalid records with exit 2, naming the key")
{
    CliDatabase db;
    Outcome o = db.run({u"patients"_s, u"add"_s}, R"({"family_name": "Ito", "birth_date": "1990-01-01", "nmae": "x"})");
    CHECK(o.exitCode == 2);
    CHECK(o.err.contains(u"nmae: unknown key"_s));

    o = db.run(
        {u"patients"_s, u"add"_s}, R"({"family_name": "Ito", "birth_date": "1990-01-01", "fitzpatrick": "VII"})");
    CHECK(o.exitCode == 2);
    CHECK(o.err.contains(u"fitzpatrick: \"VII\" is not a Fitzpatrick type (1 to 6, or I to VI)"_s));

    o = db.run({u"patients"_s, u"add"_s}, R"({"family_name": "Ito", "birth_date": "1990-01-01", "fitzpatrick": true})");
    CHECK(o.exitCode == 2);
    CHECK(o.err.contains(u"fitzpatrick: must be a whole number"_s));

    o = db.run({u"patients"_s, u"add"_s}, R"({"given_names": "Aiko", "birth_date": "1990-01-01"})");
    CHECK(o.exitCode == 2);
    CHECK(o.err.contains(u"family_name: is required"_s));

    o = db.run({u"patients"_s, u"add"_s}, R"({"family_name": "Ito", "birth_date": "01/02/1990"})");
    CHECK(o.exitCode == 2);
    CHECK(o.err.contains(u"birth_date"_s));

    o = db.run({u"patients"_s, u"add"_s}, "not json");
    CHECK(o.exitCode == 2);
    CHECK(o.err.contains(u"not valid JSON"_s));

    CHECK(db.run({u"patients"_s, u"search"_s, u"ito"_s}).array().isEmpty());
}

TEST_CASE("patients show of a patient that does not exist, or of something that is no id, is exit 2")
{
    CliDatabase db;
    Outcome o = db.run({u"patients"_s, u"show"_s, u"7"_s});
    CHECK(o.exitCode == 2);
    CHECK(o.err.contains(u"no patient 7"_s));
    o = db.run({u"patients"_s, u"show"_s, u"seven"_s});
    CHECK(o.exitCode == 2);
    CHECK(o.err.contains(u"\"seven\""_s));
}

TEST_CASE("findings add refuses unknown codes, unknown keys and missing patients with exit 2")
{
    CliDatabase db;
    const QString id = QString::number(db.addPatient(Jose));
    Outcome o = db.run({u"findings"_s, u"add"_s, id}, R"({"code": "isotretinon"})");
    CHECK(o.exitCode == 2);
    CHECK(o.err.contains(u"unknown finding code \"isotretinon\""_s));

    o = db.run({u"findings"_s, u"add"_s, id}, R"({"code": "isotretinoin", "untill": "2026-01-01"})");
    CHECK(o.exitCode == 2);
    CHECK(o.err.contains(u"untill: unknown key"_s));

    o = db.run({u"findings"_s, u"add"_s, id}, R"({"code": "open_wound", "areas": ["elbow"]})");
    CHECK(o.exitCode == 2);
    CHECK(o.err.contains(u"areas[0]: unknown area \"elbow\""_s));

    o = db.run({u"findings"_s, u"add"_s, u"99"_s}, R"({"code": "isotretinoin"})");
    CHECK(o.exitCode == 2);
    CHECK(o.err.contains(u"no patient 99"_s));
}

TEST_CASE("patients and findings without a database file fail with exit 5 naming the path")
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(u"gone.db"_s);
    QBuffer in, out, err;
    in.open(QIODevice::ReadOnly);
    out.open(QIODevice::WriteOnly);
    err.open(QIODevice::WriteOnly);
    const int code = np::cli::run(
        {u"needlepoint-cli"_s, u"--database"_s, missing, u"patients"_s, u"search"_s, u"jose"_s}, {in, out, err});
    CHECK(code == 5);
    CHECK(QString::fromUtf8(err.data()).contains(missing));
    CHECK_FALSE(QFile::exists(missing));
}

TEST_CASE("an unknown or missing sub-command, or another sub-command's option, is a usage error")
{
    CliDatabase db;
    Outcome o = db.run({u"patients"_s, u"frobnicate"_s});
    CHECK(o.exitCode == 1);
    CHECK(o.err.contains(u"add, search, show"_s));
    CHECK(db.run({u"patients"_s}).exitCode == 1);
    CHECK(db.run({u"findings"_s}).exitCode == 1);
    o = db.run({u"patients"_s, u"show"_s, u"1"_s, u"--limit"_s, u"3"_s});
    CHECK(o.exitCode == 1);
    CHECK(o.err.contains(u"--limit is not an option of patients show"_s));
    CHECK(db.run({u"patients"_s, u"search"_s}).exitCode == 1);
}

TEST_CASE("storage errors map to the documented exit codes")
{
    using Kind = np::storage::StorageError::Kind;
    using np::cli::CommandContext;
    CHECK(CommandContext::exitCodeFor({Kind::Conflict, {}}) == 4);
    CHECK(CommandContext::exitCodeFor({Kind::NotFound, {}}) == 2);
    CHECK(CommandContext::exitCodeFor({Kind::Invalid, {}}) == 2);
    CHECK(CommandContext::exitCodeFor({Kind::Corrupt, {}}) == 5);
}

TEST_CASE("patients add reads a language code and a skin type as a CSV import does")
{
    CliDatabase db;
    // The same values a clinic's spreadsheet holds, through both doors: one reading for both.
    const Outcome added = db.run({u"patients"_s, u"add"_s},
        R"({"family_name": "Ito", "given_names": "Aiko", "birth_date": "1990-01-01", "preferred_language": " ES ",
            "fitzpatrick": "iii"})");
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    const QString id = QString::number(added.json().value(u"id"_s).toInteger());
    const QJsonObject shown = db.run({u"patients"_s, u"show"_s, id}).json();
    CHECK(shown.value(u"preferred_language"_s).toString() == u"es"_s);
    CHECK(shown.value(u"fitzpatrick"_s).toInt() == 3);

    const QString csv = db.dir.filePath(u"p.csv"_s);
    QFile file(csv);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("family_name,given_names,birth_date,preferred_language,fitzpatrick\nSato,Ren,1991-02-02,es_mx,IV\n");
    file.close();
    const Outcome imported = db.run({u"patients"_s, u"import"_s, csv});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    const QString second = QString::number(imported.json().value(u"ids"_s).toArray().at(0).toInteger());
    CHECK(db.run({u"patients"_s, u"show"_s, second}).json()[u"preferred_language"_s].toString() == u"es-MX"_s);
    const Outcome regional = db.run({u"patients"_s, u"add"_s},
        R"({"family_name": "Mori", "birth_date": "1990-01-01", "preferred_language": "es_mx"})");
    REQUIRE(regional.exitCode == 0);
    for (const char* bad : {"english", "e", "es-MEX"}) {
        const Outcome refused = db.run({u"patients"_s, u"add"_s},
            QByteArray(R"({"family_name": "Abe", "birth_date": "1990-01-01", "preferred_language": ")") + bad + "\"}");
        CHECK(refused.exitCode == 2);
        CHECK(refused.err.contains(u"preferred_language"_s));
    }
}
