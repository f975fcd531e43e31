#include "CliTestSupport.h"
#include "TestSupport.h"

#include "cli/Cli.h"
#include "core/CatalogueLoader.h"
#include "core/PlanJson.h"

#include <QBuffer>
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

const QByteArray Request = R"({
  "patient": {"birth_date": "1990-04-02", "fitzpatrick": 3,
              "findings": [{"code": "isotretinoin", "until": "2026-08-01"}]},
  "treatment": {"modality": "automated_pen", "indication": "acne_scars", "severity": "moderate",
                "areas": ["cheeks", "forehead"]},
  "earliest_start": "2026-12-01",
  "clinic": {"closed_weekdays": ["sunday"], "closures": ["2026-12-25"]}
})";

QString writeTemp(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    return path;
}

} // namespace

TEST_CASE("the help lists every command and the exit codes")
{
    const Outcome o = cli({u"--help"_s});
    CHECK(o.exitCode == 0);
    const QString text = QString::fromUtf8(o.out);
    CHECK(text.contains(u"protocols"_s));
    CHECK(text.contains(u"plan [FILE]"_s));
    CHECK(text.contains(u"--today"_s));
    CHECK(text.contains(u"3 refused by the rules"_s));
}

TEST_CASE("an unknown command or option is a usage error")
{
    CHECK(cli({u"frobnicate"_s}).exitCode == 1);
    const Outcome o = cli({u"plan"_s, u"--frob"_s});
    CHECK(o.exitCode == 1);
    CHECK(o.err.contains(u"frob"_s));
    CHECK(cli({u"--today"_s, u"2026-02-30"_s, u"plan"_s}).err.contains(u"--today"_s));
}

TEST_CASE("plan reads standard input and prints the plan")
{
    const Outcome o = cli({u"--today"_s, u"2026-11-22"_s, u"plan"_s}, Request);
    REQUIRE(o.exitCode == 0);
    const QJsonObject plan = o.json();
    CHECK(plan[u"status"_s].toString() == u"ok"_s);
    CHECK(plan[u"earliest_start"_s].toString() == u"2027-01-30"_s);
    const QJsonArray sessions = plan[u"sessions"_s].toArray();
    REQUIRE(sessions.size() == 4);
    CHECK(sessions[0].toObject()[u"date"_s].toString() == u"2027-01-30"_s);
    CHECK(plan[u"findings"_s].toArray()[0].toObject()[u"clears_on"_s].toString() == u"2027-01-30"_s);
    CHECK(o.err.isEmpty());
}

TEST_CASE("a blocked plan exits 3 with its reasons")
{
    QByteArray blocked = Request;
    blocked.replace(R"({"code": "isotretinoin", "until": "2026-08-01"})", R"({"code": "pregnancy"})");
    const Outcome o = cli({u"--today"_s, u"2026-11-22"_s, u"plan"_s}, blocked);
    CHECK(o.exitCode == 3);
    CHECK(o.json()[u"status"_s].toString() == u"blocked"_s);
    CHECK(o.json()[u"sessions"_s].toArray().isEmpty());
}

TEST_CASE("a malformed request exits 2 naming the field and the problem")
{
    QByteArray bad = Request;
    bad.replace(R"("severity": "moderate")", R"("severity": "extreme", "sesions": 4)");
    const Outcome o = cli({u"--today"_s, u"2026-11-22"_s, u"plan"_s}, bad);
    CHECK(o.exitCode == 2);
    CHECK(o.out.isEmpty());
    CHECK(o.err.contains(u"treatment.severity: \"extreme\" is not a severity"_s));
    CHECK(o.err.contains(u"treatment.sesions: unknown key"_s));

    const Outcome syntax = cli({u"plan"_s}, "{\"patient\": ");
    CHECK(syntax.exitCode == 2);
    CHECK(syntax.err.contains(u"line 1, column"_s));

    QByteArray unknown = Request;
    unknown.replace(R"("modality": "automated_pen")", R"("modality": "laser")");
    const Outcome codes = cli({u"--today"_s, u"2026-11-22"_s, u"plan"_s}, unknown);
    CHECK(codes.exitCode == 2);
    CHECK(codes.err.contains(u"treatment.modality: unknown modality \"laser\""_s));
}

TEST_CASE("plan names the request file in its errors")
{
    QTemporaryDir dir;
    const QString path = writeTemp(dir, u"req.json"_s, "[]");
    const Outcome o = cli({u"plan"_s, path});
    CHECK(o.exitCode == 2);
    CHECK(o.err.startsWith(path + u": "_s));
    const Outcome missing = cli({u"plan"_s, dir.filePath(u"nope.json"_s)});
    CHECK(missing.exitCode == 2);
    CHECK(missing.err.contains(u"nope.json"_s));
}

TEST_CASE("protocols prints the catalogue in the format it is read from")
{
    const Outcome o = cli({u"protocols"_s});
    REQUIRE(o.exitCode == 0);
    const auto reread = np::parseCatalogue(o.out, u"printed"_s);
    REQUIRE(reread.has_value());
    const auto& builtIn = np::test::builtInCatalogue();
    CHECK(reread->modalities.size() == builtIn.modalities.size());
    CHECK(reread->contraindications.size() == builtIn.contraindications.size());
    CHECK(reread->contraindication(u"isotretinoin"_s)->washoutDays == 182);
    CHECK(np::catalogueToJson(*reread) == np::catalogueToJson(builtIn));
}

TEST_CASE("protocols --check exits 0 for a valid file and 2 with every problem otherwise")
{
    QTemporaryDir dir;
    const QByteArray good = cli({u"protocols"_s}).out;
    CHECK(cli({u"protocols"_s, u"--check"_s, writeTemp(dir, u"good.json"_s, good)}).exitCode == 0);

    QJsonObject root = QJsonDocument::fromJson(good).object();
    QJsonArray modalities = root[u"modalities"_s].toArray();
    QJsonObject pen = modalities[0].toObject();
    pen[u"numbing_minutes"_s] = -5;
    pen[u"colour"_s] = u"blue"_s;
    modalities[0] = pen;
    root[u"modalities"_s] = modalities;
    const QString bad = writeTemp(dir, u"bad.json"_s, QJsonDocument(root).toJson());
    const Outcome o = cli({u"protocols"_s, u"--check"_s, bad});
    CHECK(o.exitCode == 2);
    CHECK(o.err.contains(bad + u": modalities[0].numbing_minutes: must be from 0 to 240, not -5"_s));
    CHECK(o.err.contains(bad + u": modalities[0].colour: unknown key"_s));
}

TEST_CASE("plans use a clinic's own catalogue given with --protocols, and a bad one is refused whole")
{
    QTemporaryDir dir;
    QJsonObject root = QJsonDocument::fromJson(cli({u"protocols"_s}).out).object();
    QJsonArray cis = root[u"contraindications"_s].toArray();
    for (qsizetype i = 0; i < cis.size(); ++i) {
        QJsonObject ci = cis[i].toObject();
        if (ci[u"code"_s].toString() == u"isotretinoin"_s)
            ci[u"washout_days"_s] = 365;
        cis[i] = ci;
    }
    root[u"contraindications"_s] = cis;
    const QString clinic = writeTemp(dir, u"clinic.json"_s, QJsonDocument(root).toJson());
    const Outcome o = cli({u"--today"_s, u"2026-11-22"_s, u"--protocols"_s, clinic, u"plan"_s}, Request);
    REQUIRE(o.exitCode == 0);
    // 365 days after the last dose is Sunday 1 August 2027; the clinic is closed on Sundays.
    CHECK(o.json()[u"earliest_start"_s].toString() == u"2027-08-02"_s);

    root[u"maintenance_months"_s] = u"twelve"_s;
    const QString broken = writeTemp(dir, u"broken.json"_s, QJsonDocument(root).toJson());
    const Outcome refused = cli({u"--today"_s, u"2026-11-22"_s, u"--protocols"_s, broken, u"plan"_s}, Request);
    CHECK(refused.exitCode == 2);
    CHECK(refused.out.isEmpty());
    CHECK(refused.err.contains(broken + u": maintenance_months: must be a whole number, not a string"_s));
}
