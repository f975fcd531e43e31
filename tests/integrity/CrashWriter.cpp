// The writing side of the crash tests: writes in a loop, the way a clinic does, until the test
// kills it with SIGKILL at a random moment. Each write is one needlepoint-cli command run
// in-process (the same code as the program), and each one that succeeded is reported on stdout,
// flushed, before the next begins: "committed WHAT ...". What the test reads there is what was
// reported committed; whatever else the kill interrupted must be absent or whole.
//
//   crash_writer series DATABASE PATIENT[,PATIENT...] FIRST_DAY  books series, a week apart
//   crash_writer import DATABASE FOLDER PREFIX                   imports CSV files of 10 patients
//   crash_writer backup DATABASE FOLDER                          backs up to FOLDER/backup-N.db
//   crash_writer restore DATABASE BACKUP BACKUP                  restores the two in turn
//   crash_writer notes DATABASE PATIENT TAG [--hold]             appends TAG-N to a patient's notes,
//       re-reading on a conflict; with --hold it keeps the database open throughout and writes
//       through that connection, as the app does, and books a series between two notes.
#include "cli/Cli.h"
#include "storage/Database.h"
#include "storage/PatientRepository.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <iostream>

using namespace Qt::StringLiterals;

namespace {

constexpr int MaxRounds = 100'000; // the test kills it long before

struct Outcome {
    int exitCode = 0;
    QJsonObject json;
    QString err;
};

Outcome cli(const QString& database, const QStringList& args, const QByteArray& input = {})
{
    QByteArray inBytes = input;
    QByteArray outBytes;
    QByteArray errBytes;
    QBuffer in(&inBytes);
    QBuffer out(&outBytes);
    QBuffer err(&errBytes);
    in.open(QIODevice::ReadOnly);
    out.open(QIODevice::WriteOnly);
    err.open(QIODevice::WriteOnly);
    const QStringList full = QStringList {u"needlepoint-cli"_s, u"--database"_s, database, u"--user"_s, u"crash"_s,
                                 u"--today"_s, u"2026-11-22"_s}
        + args;
    Outcome o;
    o.exitCode = np::cli::run(full, {in, out, err});
    o.json = QJsonDocument::fromJson(outBytes).object();
    o.err = QString::fromUtf8(errBytes);
    return o;
}

void report(const QString& line)
{
    std::cout << line.toStdString() << std::endl;
}

QByteArray seriesRequest(QDate start)
{
    return QJsonDocument(QJsonObject {{u"treatment"_s,
                                          QJsonObject {{u"modality"_s, u"automated_pen"_s},
                                              {u"indication"_s, u"acne_scars"_s}, {u"severity"_s, u"moderate"_s},
                                              {u"areas"_s, QJsonArray {u"cheeks"_s}}, {u"sessions"_s, 3}}},
                             {u"earliest_start"_s, start.toString(Qt::ISODate)}})
        .toJson(QJsonDocument::Compact);
}

// One series booked for `patient` from `start`; reports "committed series ID COUNT".
void bookSeries(const QString& database, const QString& patient, QDate start)
{
    const Outcome o = cli(database, {u"series"_s, u"book"_s, u"--patient"_s, patient}, seriesRequest(start));
    if (o.exitCode == 0)
        report(u"committed series %1 %2"_s.arg(o.json.value(u"series_id"_s).toInteger())
                   .arg(o.json.value(u"appointments"_s).toArray().size()));
    else
        report(u"refused series %1"_s.arg(o.err.simplified()));
}

int series(const QStringList& args)
{
    const QStringList patients = args.value(3).split(u',');
    const QDate first = QDate::fromString(args.value(4), Qt::ISODate);
    for (int i = 0; i < MaxRounds; ++i)
        bookSeries(args[2], patients[i % patients.size()], first.addDays(7LL * (i / patients.size())));
    return 0;
}

int import(const QStringList& args)
{
    const QDir folder(args.value(3));
    for (int i = 0; i < MaxRounds; ++i) {
        QByteArray csv = "family_name,given_names,birth_date\n";
        for (int j = 0; j < 10; ++j)
            csv += u"%1i%2x%3,Test,1984-02-0%4\n"_s.arg(args[4]).arg(i).arg(j).arg(1 + j % 9).toUtf8();
        const QString file = folder.filePath(u"import-%1.csv"_s.arg(i));
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly) || f.write(csv) != csv.size())
            return 2;
        f.close();
        const Outcome o = cli(args[2], {u"patients"_s, u"import"_s, file});
        if (o.exitCode != 0) {
            report(u"refused import %1 %2"_s.arg(i).arg(o.err.simplified()));
            return 3;
        }
        report(u"committed import %1"_s.arg(i));
    }
    return 0;
}

int backup(const QStringList& args)
{
    const QDir folder(args.value(3));
    for (int i = 0; i < MaxRounds; ++i) {
        const QString target = folder.filePath(u"backup-%1.db"_s.arg(i));
        if (QFileInfo::exists(target))
            continue; // an earlier run's
        const Outcome o = cli(args[2], {u"backup"_s, target});
        if (o.exitCode != 0) {
            report(u"refused backup %1"_s.arg(o.err.simplified()));
            return 3;
        }
        report(u"committed backup "_s + target);
    }
    return 0;
}

int restore(const QStringList& args)
{
    for (int i = 0; i < MaxRounds; ++i) {
        const QString from = args.value(3 + i % 2);
        const Outcome o = cli(args[2], {u"restore"_s, from});
        if (o.exitCode != 0) {
            report(u"refused restore %1"_s.arg(o.err.simplified()));
            return 3;
        }
        report(u"committed restore "_s + from);
    }
    return 0;
}

// Appends " TAG" to the notes of `patient`, re-reading it after another writer's update.
bool appendNote(np::storage::PatientRepository& patients, qint64 patient, const QString& tag)
{
    for (int attempt = 0; attempt < 1000; ++attempt) {
        auto p = patients.get(patient);
        if (!p)
            return false;
        p->notes += u' ' + tag;
        const auto updated = patients.update(*p, u"crash"_s);
        if (updated)
            return true;
        if (updated.error().kind != np::storage::StorageError::Kind::Conflict
            && updated.error().kind != np::storage::StorageError::Kind::Locked)
            return false;
    }
    return false;
}

int notes(const QStringList& args)
{
    const QString database = args.value(2);
    const qint64 patient = args.value(3).toLongLong();
    const QString tag = args.value(4);
    const bool hold = args.contains(u"--hold"_s);
    std::unique_ptr<np::storage::Database> held;
    if (hold) {
        auto db = np::storage::Database::open(database);
        if (!db)
            return 2;
        held = std::move(*db);
    }
    for (int i = 0; i < MaxRounds; ++i) {
        const QString note = u"%1-%2"_s.arg(tag).arg(i);
        bool ok = false;
        if (held) {
            np::storage::PatientRepository patients(*held);
            ok = appendNote(patients, patient, note);
        } else {
            auto db = np::storage::Database::open(database); // one connection per command, as the CLI
            if (db) {
                np::storage::PatientRepository patients(**db);
                ok = appendNote(patients, patient, note);
            }
        }
        if (!ok)
            return 3;
        report(u"committed note "_s + note);
        bookSeries(database, QString::number(patient), QDate(2027, 1, 4).addDays(7LL * i));
    }
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString mode = args.value(1);
    if (mode == u"series" && args.size() == 5)
        return series(args);
    if (mode == u"import" && args.size() == 5)
        return import(args);
    if (mode == u"backup" && args.size() == 4)
        return backup(args);
    if (mode == u"restore" && args.size() == 5)
        return restore(args);
    if (mode == u"notes" && args.size() >= 5)
        return notes(args);
    std::cerr << "usage: see CrashWriter.cpp\n";
    return 1;
}
