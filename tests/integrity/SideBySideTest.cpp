// The app and needlepoint-cli on one database at once, as docs/cli.md tells clinics to work: the
// app keeps the database open and backs it up (a second connection of its own) while the CLI
// writes and exits. Neither may make the other lose a write, and the CLI must never remove the WAL
// the app is still using (it did, when the app's backup opened the file outside SQLite and so
// dropped the app's locks on it).
#include "IntegritySupport.h"
#include "PeerProcess.h"

#include <QDir>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace {

constexpr int Rounds = 25;

} // namespace

TEST_CASE("the app and the CLI side by side: backups and writes on both sides lose nothing")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"needlepoint.db"_s);
    REQUIRE(np::test::runCli({u"--database"_s, db, u"init"_s}).exitCode == 0);
    QRandomGenerator random = np::test::seededRandom();
    QStringList expected;
    int written = 0;
    auto cliAdds = [&](int count) {
        for (int i = 0; i < count; ++i) {
            const QString name = u"Cli%1"_s.arg(++written);
            const auto added
                = np::test::runCli({u"--database"_s, db, u"patients"_s, u"add"_s}, np::test::patientJson(name));
            INFO(added.err.toStdString());
            REQUIRE(added.exitCode == 0);
            expected << name;
        }
    };

    for (int round = 0; round < Rounds; ++round) {
        INFO("round " << round);
        np::test::Peer app(QStringLiteral(APP_PEER), {db});
        const QString ready = app.readLine();
        REQUIRE(ready.startsWith(u"ready "_s));
        const quint64 wal = ready.mid(6).toULongLong();
        REQUIRE(wal != 0);
        auto appAdd = [&] {
            const QString name = u"App%1"_s.arg(++written);
            REQUIRE(app.ask(u"write %1 Test"_s.arg(name)).startsWith(u"wrote "_s));
            expected << name;
        };
        if (random.bounded(2) == 1)
            appAdd();

        // The backup the app makes at start (daily) or from File > Back Up Now (manual), with the CLI
        // writing while it runs or after it is done.
        const QString folder = dir.filePath(u"backups-%1"_s.arg(round));
        const QString backup = u"backup %1 %2"_s.arg(random.bounded(2) == 1 ? u"daily"_s : u"manual"_s, folder);
        if (random.bounded(2) == 1) {
            app.send(backup);
            cliAdds(1 + static_cast<int>(random.bounded(2)));
            const QString made = app.readLine();
            INFO(made.toStdString());
            REQUIRE(made.startsWith(u"backup made "_s));
        } else {
            const QString made = app.ask(backup);
            INFO(made.toStdString());
            REQUIRE(made.startsWith(u"backup made "_s));
            cliAdds(1 + static_cast<int>(random.bounded(2)));
        }

        // The CLI has exited: the app's WAL is still the one it opened, and the app sees its writes.
        CHECK(app.ask(u"wal"_s) == u"wal %1"_s.arg(wal));
        CHECK(np::test::inodeOf(db + u"-wal"_s) == wal);
        const QString names = app.ask(u"names"_s);
        CHECK(names == u"names %1 %2"_s.arg(expected.size()).arg(expected.join(u';')));
        appAdd();
        if (random.bounded(2) == 1) {
            const QString made = app.ask(u"backup manual "_s + folder);
            INFO(made.toStdString());
            REQUIRE(made.startsWith(u"backup made "_s));
        }
        cliAdds(static_cast<int>(random.bounded(2)));
        appAdd();
        REQUIRE(app.ask(u"quit"_s) == u"closed"_s);
        REQUIRE(app.waitForExit());
        CHECK(app.process().exitCode() == 0);

        REQUIRE(np::test::checkedPatientNames(db) == expected);
        // Every backup of the round is a sound database itself.
        for (const QString& file : QDir(folder).entryList({u"*.db"_s}, QDir::Files))
            (void)np::test::checkedPatientNames(QDir(folder).filePath(file));
    }
}

TEST_CASE("restore while the app has the database open is refused, and nothing changes")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"needlepoint.db"_s);
    const QString backup = dir.filePath(u"backup.db"_s);
    REQUIRE(np::test::runCli({u"--database"_s, db, u"init"_s}).exitCode == 0);
    REQUIRE(np::test::runCli({u"--database"_s, db, u"backup"_s, backup}).exitCode == 0);
    REQUIRE(np::test::runCli({u"--database"_s, db, u"patients"_s, u"add"_s}, np::test::patientJson(u"Kept"_s)).exitCode
        == 0);

    np::test::Peer app(QStringLiteral(APP_PEER), {db});
    const QString ready = app.readLine();
    REQUIRE(ready.startsWith(u"ready "_s));
    const QStringList filesBefore = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
    const auto refused = np::test::runCli({u"--database"_s, db, u"restore"_s, backup});
    INFO(refused.err.toStdString());
    CHECK(refused.exitCode == 5);
    CHECK(refused.err.contains("in use by another program"));
    CHECK(refused.err.contains("nothing was changed"));
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) == filesBefore);
    CHECK(app.ask(u"wal"_s) == u"wal "_s + ready.mid(6));
    CHECK(app.ask(u"names"_s) == u"names 1 Kept"_s);
    REQUIRE(app.ask(u"quit"_s) == u"closed"_s);
    REQUIRE(app.waitForExit());

    // Once the app is closed the same restore goes through.
    const auto restored = np::test::runCli({u"--database"_s, db, u"restore"_s, backup});
    INFO(restored.err.toStdString());
    CHECK(restored.exitCode == 0);
    CHECK(np::test::checkedPatientNames(db).isEmpty());
}
