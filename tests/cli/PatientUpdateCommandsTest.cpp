// patients update | archive | unarchive and findings correct | history | retract, run in-process:
// partial updates, conflicts between two workstations, retracted findings, export/import.
#include "CliTestSupport.h"
#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace {

using Outcome = np::test::CliOutcome;

// needlepoint-cli against a fresh database (or another one in the same folder).
struct Desk {
    QTemporaryDir dir;
    QString path = dir.filePath(u"needlepoint.db"_s);

    Desk() { REQUIRE(run({u"init"_s}).exitCode == 0); }

    Outcome run(const QStringList& args, const QByteArray& input = {}) const { return runOn(path, args, input); }

    static Outcome runOn(const QString& database, const QStringList& args, const QByteArray& input = {})
    {
        return np::test::runCli(
            QStringList {u"--database"_s, database, u"--user"_s, u"desk"_s, u"--today"_s, u"2026-11-22"_s} + args,
            input);
    }

    QString add(const QByteArray& json) const
    {
        const Outcome o = run({u"patients"_s, u"add"_s}, json);
        INFO(o.err.toStdString());
        REQUIRE(o.exitCode == 0);
        return QString::number(o.json().value(u"id"_s).toInteger());
    }

    QJsonObject show(const QString& id) const
    {
        const Outcome o = run({u"patients"_s, u"show"_s, id});
        REQUIRE(o.exitCode == 0);
        return o.json();
    }
};

const QByteArray Ito = R"({"family_name": "Ito", "given_names": "Aiko", "birth_date": "1990-01-01",
    "email": "aiko@example.com", "fitzpatrick": 2, "notes": "first visit"})";

} // namespace

TEST_CASE("patients update changes the fields given, keeps the others, and prints the new version")
{
    Desk desk;
    const QString id = desk.add(Ito);
    Outcome o = desk.run({u"patients"_s, u"update"_s, id}, R"({"version": 1, "phone": "555 0100", "notes": "moved"})");
    INFO(o.err.toStdString());
    CHECK(o.exitCode == 0);
    CHECK(o.json() == QJsonObject {{u"id"_s, id.toLongLong()}, {u"version"_s, 2}});
    QJsonObject p = desk.show(id);
    CHECK(p[u"version"_s].toInt() == 2);
    CHECK(p[u"phone"_s].toString() == u"555 0100"_s);
    CHECK(p[u"notes"_s].toString() == u"moved"_s);
    CHECK(p[u"family_name"_s].toString() == u"Ito"_s);
    CHECK(p[u"email"_s].toString() == u"aiko@example.com"_s);
    CHECK(p[u"fitzpatrick"_s].toInt() == 2);

    // null empties a field.
    o = desk.run({u"patients"_s, u"update"_s, id}, R"({"version": 2, "email": null, "fitzpatrick": null})");
    CHECK(o.exitCode == 0);
    p = desk.show(id);
    CHECK(p[u"email"_s].toString().isEmpty());
    CHECK(p[u"fitzpatrick"_s].isNull());
    CHECK(p[u"phone"_s].toString() == u"555 0100"_s);
}

TEST_CASE("two updates from the same read version: the second is a conflict and the first stays")
{
    Desk desk;
    const QString id = desk.add(Ito);
    const int read = desk.show(id)[u"version"_s].toInt();
    const QByteArray version = QByteArray::number(read);

    const Outcome first
        = desk.run({u"patients"_s, u"update"_s, id}, R"({"version": )" + version + R"(, "phone": "555 0111"})");
    INFO(first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    const Outcome second
        = desk.run({u"patients"_s, u"update"_s, id}, R"({"version": )" + version + R"(, "phone": "555 0222"})");
    CHECK(second.exitCode == 4);
    CHECK(second.out.isEmpty());
    CHECK(second.err.contains(u"patient %1 was changed by someone else"_s.arg(id)));
    const QJsonObject stored = desk.show(id);
    CHECK(stored[u"phone"_s].toString() == u"555 0111"_s);
    CHECK(stored[u"version"_s].toInt() == read + 1);
}

TEST_CASE("patients update refuses bad input with exit 2 naming the field")
{
    Desk desk;
    const QString id = desk.add(Ito);
    Outcome o = desk.run({u"patients"_s, u"update"_s, id}, R"({"phone": "1"})");
    CHECK(o.exitCode == 2);
    CHECK(o.err.contains(u"version: is required"_s));
    o = desk.run({u"patients"_s, u"update"_s, id}, R"({"version": 1, "archived": true})");
    CHECK(o.exitCode == 2);
    CHECK(o.err.contains(u"archived: unknown key"_s));
    o = desk.run({u"patients"_s, u"update"_s, id}, R"({"version": 1, "fitzpatrick": 9})");
    CHECK(o.exitCode == 2);
    CHECK(o.err.contains(u"fitzpatrick"_s));
    o = desk.run({u"patients"_s, u"update"_s, id}, R"({"version": 1, "family_name": ""})");
    CHECK(o.exitCode == 2);
    CHECK(o.err.contains(u"family_name"_s));
    o = desk.run({u"patients"_s, u"update"_s, id}, R"({"version": 1, "phone": "1", "phone": "2"})");
    CHECK(o.exitCode == 2);
    CHECK(o.err.contains(u"phone: duplicate key \"phone\""_s));
    o = desk.run({u"patients"_s, u"update"_s, u"42"_s}, R"({"version": 1})");
    CHECK(o.exitCode == 2);
    CHECK(o.err.contains(u"no patient 42"_s));
    CHECK(desk.show(id)[u"version"_s].toInt() == 1);

    o = Desk::runOn(desk.dir.filePath(u"missing.db"_s), {u"patients"_s, u"update"_s, id}, R"({"version": 1})");
    CHECK(o.exitCode == 5);
}

TEST_CASE("patients archive and unarchive take the version read, and a stale one is exit 4")
{
    Desk desk;
    const QString id = desk.add(Ito);
    Outcome o = desk.run({u"patients"_s, u"archive"_s, id, u"--version"_s, u"1"_s});
    INFO(o.err.toStdString());
    CHECK(o.exitCode == 0);
    CHECK(o.json() == QJsonObject {{u"id"_s, id.toLongLong()}, {u"version"_s, 2}});
    CHECK(desk.show(id)[u"archived"_s].toBool());
    CHECK(desk.run({u"patients"_s, u"search"_s, u"ito"_s}).array().isEmpty());

    o = desk.run({u"patients"_s, u"unarchive"_s, id, u"--version"_s, u"1"_s});
    CHECK(o.exitCode == 4);
    CHECK(o.err.contains(u"patient %1"_s.arg(id)));
    o = desk.run({u"patients"_s, u"unarchive"_s, id, u"--version"_s, u"2"_s});
    CHECK(o.exitCode == 0);
    CHECK(o.json()[u"version"_s].toInt() == 3);
    CHECK_FALSE(desk.show(id)[u"archived"_s].toBool());

    CHECK(desk.run({u"patients"_s, u"archive"_s, id}).exitCode == 1);
    CHECK(desk.run({u"patients"_s, u"archive"_s, id, u"--version"_s, u"x"_s}).exitCode == 2);
    // The program's own --version is still the program's.
    const Outcome version = np::test::runCli({u"--version"_s});
    CHECK(version.exitCode == 0);
    CHECK_FALSE(version.out.isEmpty());
}

TEST_CASE("findings correct, history and retract, and show tells a retracted finding apart")
{
    Desk desk;
    const QString patient = desk.add(Ito);
    Outcome o = desk.run({u"findings"_s, u"add"_s, patient}, R"({"code": "isotretinoin", "until": "2026-02-01"})");
    REQUIRE(o.exitCode == 0);
    const QString first = QString::number(o.json()[u"id"_s].toInteger());

    o = desk.run(
        {u"findings"_s, u"correct"_s, first}, R"({"version": 1, "code": "isotretinoin", "until": "2026-03-01"})");
    INFO(o.err.toStdString());
    REQUIRE(o.exitCode == 0);
    const QString second = QString::number(o.json()[u"id"_s].toInteger());
    CHECK(second != first);
    o = desk.run({u"findings"_s, u"correct"_s, first}, R"({"version": 1, "code": "isotretinoin"})");
    CHECK(o.exitCode == 4);
    CHECK(o.err.contains(u"finding %1"_s.arg(first)));
    o = desk.run({u"findings"_s, u"correct"_s, second}, R"({"code": "isotretinoin"})");
    CHECK(o.exitCode == 2);
    CHECK(o.err.contains(u"version: is required"_s));

    o = desk.run({u"findings"_s, u"history"_s, second});
    REQUIRE(o.exitCode == 0);
    QJsonArray history = o.array();
    REQUIRE(history.size() == 2);
    CHECK(history[0].toObject()[u"until"_s].toString() == u"2026-02-01"_s);
    CHECK(history[0].toObject()[u"superseded"_s].toBool());
    CHECK_FALSE(history[0].toObject()[u"retracted"_s].toBool());
    CHECK(history[1].toObject()[u"until"_s].toString() == u"2026-03-01"_s);

    o = desk.run({u"findings"_s, u"retract"_s, second, u"--version"_s, u"1"_s});
    CHECK(o.exitCode == 1);
    CHECK(o.err.contains(u"--reason"_s));
    o = desk.run({u"findings"_s, u"retract"_s, second, u"--version"_s, u"1"_s, u"--reason"_s, u"wrong patient"_s});
    CHECK(o.exitCode == 0);
    o = desk.run({u"findings"_s, u"retract"_s, second, u"--version"_s, u"2"_s, u"--reason"_s, u"again"_s});
    CHECK(o.exitCode == 4);
    CHECK(o.err.contains(u"finding %1 is already retracted"_s.arg(second)));

    history = desk.run({u"findings"_s, u"history"_s, first}).array();
    REQUIRE(history.size() == 2);
    CHECK(history[1].toObject()[u"retracted"_s].toBool());
    const QJsonObject shown = desk.show(patient);
    CHECK(shown[u"findings"_s].toArray().isEmpty());
    const QJsonArray all = shown[u"finding_history"_s].toArray();
    REQUIRE(all.size() == 2);
    CHECK_FALSE(all[0].toObject()[u"retracted"_s].toBool());
    CHECK(all[1].toObject()[u"retracted"_s].toBool());

    CHECK(desk.run({u"findings"_s, u"history"_s, u"99"_s}).exitCode == 2);
}

TEST_CASE("patients sharing an email export and import back into an empty database")
{
    Desk desk;
    desk.add(R"({"family_name": "Lee", "given_names": "Kim", "birth_date": "1980-01-01", "email": "lee@example.com"})");
    desk.add(R"({"family_name": "Lee", "given_names": "Min", "birth_date": "2010-05-05", "email": "LEE@example.com"})");
    const QString csv = desk.dir.filePath(u"out.csv"_s);
    REQUIRE(desk.run({u"patients"_s, u"export"_s, csv}).exitCode == 0);

    const QString empty = desk.dir.filePath(u"empty.db"_s);
    REQUIRE(Desk::runOn(empty, {u"init"_s}).exitCode == 0);
    const Outcome o = Desk::runOn(empty, {u"patients"_s, u"import"_s, csv});
    INFO(o.out.toStdString() << o.err.toStdString());
    CHECK(o.exitCode == 0);
    CHECK(o.json()[u"imported"_s].toInt() == 2);
    CHECK(o.json()[u"warnings"_s].toArray().size() == 1); // the shared email, noted
    const QString again = desk.dir.filePath(u"again.csv"_s);
    REQUIRE(Desk::runOn(empty, {u"patients"_s, u"export"_s, again}).exitCode == 0);
    CHECK(np::test::readFile(again) == np::test::readFile(csv));
}
