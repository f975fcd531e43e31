// slots: what it offers can be booked, and what is booked is not offered.
#include "CliTestSupport.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace {

using Outcome = np::test::CliOutcome;

// The example clinic and two patients in a fresh database, needlepoint-cli run against it.
struct SlotsClinic {
    QTemporaryDir dir;
    QString path = dir.filePath(u"needlepoint.db"_s);

    SlotsClinic()
    {
        REQUIRE(run({u"init"_s}).exitCode == 0);
        REQUIRE(
            run({u"clinic"_s, u"load"_s, QStringLiteral(NEEDLEPOINT_SOURCE_DIR) + u"/resources/examples/clinic.json"_s})
                .exitCode
            == 0);
        for (const char* name : {"García", "O'Brien"})
            REQUIRE(
                run({u"patients"_s, u"add"_s},
                    QByteArray(R"({"family_name": ")") + name + R"(", "given_names": "A", "birth_date": "1985-03-02"})")
                    .exitCode
                == 0);
    }

    Outcome run(QStringList args, const QByteArray& input = {}) const
    {
        return np::test::runCli(
            QStringList {u"--database"_s, path, u"--user"_s, u"desk"_s, u"--today"_s, u"2026-11-22"_s} + args, input);
    }

    Outcome offer(const QString& patient, const char* day, QStringList more = {}) const
    {
        const QString d = QString::fromUtf8(day);
        return run(QStringList {u"slots"_s, u"--patient"_s, patient, u"--modality"_s, u"automated_pen"_s, u"--areas"_s,
                       u"cheeks,forehead"_s, u"--from"_s, d, u"--to"_s, d, u"--limit"_s, u"100"_s}
            + more);
    }

    Outcome book(const QString& patient, const QString& at, const QString& practitioner, const QString& room,
        const QString& device) const
    {
        return run({u"appointments"_s, u"book"_s, u"--patient"_s, patient, u"--practitioner"_s, practitioner,
            u"--room"_s, room, u"--device"_s, device, u"--at"_s, at, u"--modality"_s, u"automated_pen"_s, u"--areas"_s,
            u"cheeks,forehead"_s});
    }
};

QStringList starts(const Outcome& o)
{
    QStringList out;
    for (const QJsonValue& v : o.json().value(u"slots"_s).toArray())
        out << v.toObject().value(u"start"_s).toString();
    return out;
}

QJsonObject slotAt(const Outcome& o, const QString& start)
{
    for (const QJsonValue& v : o.json().value(u"slots"_s).toArray())
        if (v.toObject().value(u"start"_s).toString() == start)
            return v.toObject();
    return {};
}

} // namespace

TEST_CASE("slots does not offer a booked time, and the first slot it offers can be booked")
{
    SlotsClinic c;
    REQUIRE(c.book(u"1"_s, u"2026-11-23T10:00"_s, u"ana"_s, u"room-1"_s, u"pen-1"_s).exitCode == 0);
    const Outcome offered = c.offer(u"2"_s, "2026-11-23");
    INFO(offered.err.toStdString());
    REQUIRE(offered.exitCode == 0);
    const QStringList monday = starts(offered);
    CHECK(monday.contains(u"2026-11-23T09:00"_s));
    for (const char* taken : {"09:15", "09:30", "09:45", "10:00", "10:15", "10:30", "10:45"})
        CHECK_FALSE(monday.contains(u"2026-11-23T"_s + QString::fromUtf8(taken))); // Ana is busy
    CHECK(monday.contains(u"2026-11-23T11:00"_s));

    const QJsonObject first = offered.json().value(u"slots"_s).toArray().first().toObject();
    CHECK(first
        == QJsonObject {{u"start"_s, u"2026-11-23T09:00"_s}, {u"end"_s, u"2026-11-23T09:55"_s},
            {u"practitioner"_s, u"ana"_s}, {u"room"_s, u"room-1"_s}, {u"device"_s, u"pen-1"_s}});
    const Outcome booked = c.book(u"2"_s, first.value(u"start"_s).toString(), first.value(u"practitioner"_s).toString(),
        first.value(u"room"_s).toString(), first.value(u"device"_s).toString());
    INFO(booked.err.toStdString());
    CHECK(booked.exitCode == 0);
    CHECK_FALSE(starts(c.offer(u"2"_s, "2026-11-23")).contains(u"2026-11-23T09:00"_s));
}

TEST_CASE("slots keeps a patient out of two places at once")
{
    SlotsClinic c;
    REQUIRE(c.book(u"1"_s, u"2026-11-24T10:00"_s, u"ana"_s, u"room-1"_s, u"pen-1"_s).exitCode == 0);
    CHECK(slotAt(c.offer(u"1"_s, "2026-11-24"), u"2026-11-24T10:00"_s).isEmpty());
    const QJsonObject withLi = slotAt(c.offer(u"2"_s, "2026-11-24"), u"2026-11-24T10:00"_s);
    CHECK(withLi.value(u"practitioner"_s).toString() == u"li"); // Li works Tuesday mornings
    CHECK(withLi.value(u"room"_s).toString() == u"room-2");
    CHECK(withLi.value(u"device"_s).toString() == u"pen-2");
    const Outcome booked = c.book(u"2"_s, u"2026-11-24T10:00"_s, u"li"_s, u"room-2"_s, u"pen-2"_s);
    INFO(booked.err.toStdString());
    CHECK(booked.exitCode == 0);
}

TEST_CASE("slots names a bad option and needs a clinic set-up")
{
    SlotsClinic c;
    const auto refused = [&](QStringList more, const char* message) {
        const Outcome o = c.offer(u"1"_s, "2026-11-23", more);
        INFO(o.err.toStdString());
        CHECK(o.exitCode == 2);
        CHECK(o.err.contains(QString::fromUtf8(message)));
    };
    refused({u"--part"_s, u"evening"_s}, "--part: \"evening\" is not morning or afternoon");
    refused({u"--weekdays"_s, u"mon,funday"_s}, "--weekdays: \"funday\" is not a weekday");
    refused({u"--practitioner"_s, u"bob"_s}, "--practitioner: no practitioner \"bob\"");
    refused({u"--target"_s, u"2026-13-01"_s}, "--target: \"2026-13-01\" is not a date");
    refused({u"--modality"_s, u"laser"_s}, "--modality: unknown modality \"laser\"");
    refused({u"--to"_s, u"2026-11-01"_s}, "--to: 2026-11-01 must be from --from (2026-11-23)");
    refused({u"--limit"_s, u"0"_s}, "--limit: \"0\" is not a whole number from 1");
    const Outcome missing = c.run({u"slots"_s, u"--patient"_s, u"1"_s, u"--modality"_s, u"automated_pen"_s});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(u"slots needs --areas"_s));
    CHECK(c.offer(u"9"_s, "2026-11-23").exitCode == 2); // no such patient

    QTemporaryDir empty;
    const QString db = empty.filePath(u"needlepoint.db"_s);
    REQUIRE(np::test::runCli({u"--database"_s, db, u"init"_s}).exitCode == 0);
    const Outcome none = np::test::runCli(
        {u"--database"_s, db, u"--today"_s, u"2026-11-22"_s, u"slots"_s, u"--patient"_s, u"1"_s, u"--modality"_s,
            u"automated_pen"_s, u"--areas"_s, u"cheeks"_s, u"--from"_s, u"2026-11-23"_s, u"--to"_s, u"2026-11-23"_s});
    CHECK(none.exitCode == 5);
    CHECK(none.err.contains(u"has no clinic set-up yet"_s));
}

TEST_CASE("slots never offers a day already gone, and a window wholly in the past is refused")
{
    SlotsClinic c;
    const Outcome past = c.run({u"slots"_s, u"--patient"_s, u"1"_s, u"--modality"_s, u"automated_pen"_s, u"--areas"_s,
        u"cheeks"_s, u"--from"_s, u"2026-11-02"_s, u"--to"_s, u"2026-11-20"_s});
    CHECK(past.exitCode == 2);
    CHECK(past.err.contains(u"before today"_s));

    const Outcome straddling = c.run({u"slots"_s, u"--patient"_s, u"1"_s, u"--modality"_s, u"automated_pen"_s,
        u"--areas"_s, u"cheeks"_s, u"--from"_s, u"2026-11-16"_s, u"--to"_s, u"2026-11-27"_s});
    REQUIRE(straddling.exitCode == 0);
    const QStringList offered = starts(straddling);
    REQUIRE_FALSE(offered.isEmpty());
    for (const QString& start : offered)
        CHECK(start >= u"2026-11-22"_s);
}
