// The app's side of the side-by-side tests: one process that keeps the patient database open the
// whole time, as the desktop app does, and backs it up through the app's own BackupService (a
// second connection, on the backup thread). It reads one command a line on stdin and answers one
// line on stdout:
//   backup daily|manual FOLDER   -> "backup made PATH" | "backup failed MESSAGE"
//   write FAMILY GIVEN           -> "wrote ID"         | "failed MESSAGE"
//   names                        -> "names N NAME;NAME;..." (every family name it can read)
//   wal                          -> "wal INODE" (0: there is no -wal beside the database)
//   quit                         -> "closed" once the connection is closed
// It starts by answering "ready INODE" with the -wal's inode once the database is open.
#include "app/backup/BackupService.h"
#include "storage/Database.h"
#include "storage/PatientRepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QEventLoop>
#include <QFile>
#include <QTextStream>

#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include <sys/stat.h>

#include <cstdio>
#include <iostream>
#include <string>

using namespace Qt::StringLiterals;

namespace {

quint64 walInode(const QString& database)
{
    struct stat st { };
    if (::stat(QFile::encodeName(database + u"-wal"_s).constData(), &st) != 0)
        return 0;
    return static_cast<quint64>(st.st_ino);
}

void say(const QString& line)
{
    std::cout << line.toStdString() << std::endl; // endl: flushed, the test waits for each line
}

QString backup(np::app::BackupService& service, const QString& database, const QString& kind, const QString& folder)
{
    np::app::BackupJob job {database, folder, 3};
    QEventLoop loop;
    QString answer;
    QObject::connect(&service, &np::app::BackupService::finished, &loop, [&](const np::app::BackupOutcome& outcome) {
        answer = outcome.ok() ? u"backup made "_s + outcome.made : u"backup failed "_s + outcome.error;
        loop.quit();
    });
    const auto start = kind == u"daily" ? service.runDaily(job) : service.runNow(job);
    if (start != np::app::BackupService::Start::Started)
        return u"backup failed not started"_s;
    loop.exec();
    return answer;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    // stdout carries the answers: the app's log lines go to stderr.
    spdlog::set_default_logger(spdlog::stderr_logger_mt("app_peer"));
    if (app.arguments().size() != 2) {
        std::cerr << "usage: app_peer DATABASE\n";
        return 1;
    }
    const QString path = app.arguments().at(1);
    auto db = np::storage::Database::open(path);
    if (!db) {
        say(u"failed "_s + db.error().message);
        return 2;
    }
    np::storage::PatientRepository patients(**db);
    np::app::BackupService backups;
    say(u"ready %1"_s.arg(walInode(path)));

    std::string raw;
    while (std::getline(std::cin, raw)) {
        const QStringList words = QString::fromStdString(raw).split(u' ', Qt::SkipEmptyParts);
        const QString verb = words.value(0);
        if (verb == u"backup" && words.size() == 3) {
            say(backup(backups, path, words[1], words[2]));
        } else if (verb == u"write" && words.size() == 3) {
            np::storage::PatientRecord p;
            p.familyName = words[1];
            p.givenNames = words[2];
            p.birthDate = QDate(1980, 1, 1);
            const auto id = patients.add(p, u"app-peer"_s);
            say(id ? u"wrote %1"_s.arg(*id) : u"failed "_s + id.error().message);
        } else if (verb == u"names") {
            const auto all = patients.all();
            QStringList names;
            for (const np::storage::PatientRecord& p : all.value_or(QList<np::storage::PatientRecord> {}))
                names << p.familyName;
            say(all ? u"names %1 %2"_s.arg(names.size()).arg(names.join(u';')) : u"failed "_s + all.error().message);
        } else if (verb == u"wal") {
            say(u"wal %1"_s.arg(walInode(path)));
        } else if (verb == u"quit") {
            db->reset();
            say(u"closed"_s);
            return 0;
        } else {
            say(u"failed unknown command "_s + QString::fromStdString(raw));
        }
    }
    return 0;
}
