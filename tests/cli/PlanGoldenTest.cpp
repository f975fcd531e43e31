// Golden plans: tests/data/plans/NAME.request.json is run through `needlepoint-cli plan` and the
// output compared with NAME.expected.json (as JSON values). The clock is pinned to 2026-11-22
// unless NAME.args lists other arguments (one per line, placed before "plan"). A request that
// must be refused as malformed has NAME.expected-error.txt instead: exit 2, stderr as written.
// CMake registers one CTest test per request file (NEEDLEPOINT_GOLDEN=NAME runs just that one). To regenerate after a
// deliberate change, run with NEEDLEPOINT_UPDATE_GOLDEN=1 and review every changed file before committing.
#include "CliTestSupport.h"
#include "TestSupport.h"

#include "cli/Cli.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

} // namespace

TEST_CASE("plan golden files", "[.][golden]")
{
    const QDir dir(np::test::testDataPath(u"plans"_s));
    const bool update = qEnvironmentVariableIsSet("NEEDLEPOINT_UPDATE_GOLDEN");
    QStringList requests = dir.entryList({u"*.request.json"_s}, QDir::Files, QDir::Name);
    // CTest runs one case per process, named by NEEDLEPOINT_GOLDEN; without it every case runs.
    if (const QString only = qEnvironmentVariable("NEEDLEPOINT_GOLDEN"); !only.isEmpty()) {
        REQUIRE(requests.contains(only + u".request.json"_s));
        requests = {only + u".request.json"_s};
    }
    for (const QString& file : requests) {
        const QString name = file.chopped(QStringLiteral(".request.json").size());
        DYNAMIC_SECTION(name.toStdString())
        {
            QStringList args;
            if (dir.exists(name + u".args"_s)) {
                const QString extra = QString::fromUtf8(np::test::readFile(dir.filePath(name + u".args"_s)));
                args += extra.split(u'\n', Qt::SkipEmptyParts);
            } else {
                args += {u"--today"_s, u"2026-11-22"_s};
            }
            args += {u"plan"_s, dir.filePath(file)};
            const np::test::CliOutcome outcome = np::test::runCli(args);

            const QString errorFile = dir.filePath(name + u".expected-error.txt"_s);
            if (QFile::exists(errorFile)) {
                const QString actual = QString(outcome.err).replace(dir.path() + u'/', QString());
                if (update)
                    writeFile(errorFile, actual.toUtf8());
                CHECK(outcome.exitCode == 2);
                CHECK(outcome.out.isEmpty());
                CHECK(actual == QString::fromUtf8(np::test::readFile(errorFile)));
                continue;
            }

            INFO("stderr: " << outcome.err.toStdString());
            const QString expectedFile = dir.filePath(name + u".expected.json"_s);
            const QJsonDocument actual = QJsonDocument::fromJson(outcome.out);
            REQUIRE(actual.isObject());
            if (update)
                writeFile(expectedFile, actual.toJson(QJsonDocument::Indented));
            const QJsonDocument expected = QJsonDocument::fromJson(np::test::readFile(expectedFile));
            REQUIRE(expected.isObject());
            const bool blocked = expected.object().value(u"status"_s).toString() == u"blocked";
            CHECK(outcome.exitCode == (blocked ? 3 : 0));
            INFO("actual:\n" << actual.toJson(QJsonDocument::Indented).toStdString());
            CHECK(actual == expected);
        }
    }
}

TEST_CASE("the golden plans cover at least 30 cases")
{
    const QDir dir(np::test::testDataPath(u"plans"_s));
    const QStringList requests = dir.entryList({u"*.request.json"_s}, QDir::Files, QDir::Name);
    CHECK(requests.size() >= 30);
    for (const QString& file : requests) {
        const QString name = file.chopped(QStringLiteral(".request.json").size());
        INFO(name.toStdString());
        CHECK((dir.exists(name + u".expected.json"_s) || dir.exists(name + u".expected-error.txt"_s)));
    }
}
