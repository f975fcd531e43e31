// The clinic set-up file: strict reading, the round trip, and the hours it gives.
#include "TestSupport.h"

#include "core/ClinicLoader.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <functional>

using namespace Qt::StringLiterals;
using np::test::date;

namespace {

QByteArray exampleFile()
{
    return np::test::readFile(QStringLiteral(NEEDLEPOINT_SOURCE_DIR) + u"/resources/examples/clinic.json"_s);
}

np::ClinicSetup example()
{
    auto clinic = np::parseClinicSetup(exampleFile(), u"clinic.json"_s, np::test::builtInCatalogue());
    if (!clinic)
        FAIL(np::joinProblems(clinic.error()).toStdString());
    return *clinic;
}

// The example with one change made to its JSON.
QStringList problemsWith(const std::function<void(QJsonObject&)>& change)
{
    QJsonObject root = QJsonDocument::fromJson(exampleFile()).object();
    change(root);
    auto clinic = np::parseClinicSetup(QJsonDocument(root).toJson(), u"clinic.json"_s, np::test::builtInCatalogue());
    QStringList out;
    if (!clinic)
        for (const np::Problem& p : clinic.error())
            out << p.toString();
    return out;
}

template <typename F>
void editArrayItem(QJsonObject& root, const QString& key, int index, F&& edit)
{
    QJsonArray array = root.value(key).toArray();
    QJsonObject item = array.at(index).toObject();
    edit(item);
    array.replace(index, item);
    root.insert(key, array);
}

QString ranges(const QList<np::TimeRange>& list)
{
    QStringList out;
    for (const np::TimeRange& r : list)
        out << r.start.toString(u"HH:mm"_s) + u'-' + r.end.toString(u"HH:mm"_s);
    return out.join(u' ');
}

} // namespace

TEST_CASE("the example clinic file reads, and writes back to what it read")
{
    const np::ClinicSetup clinic = example();
    CHECK(clinic.name == u"Clínica Piel Clara");
    CHECK(clinic.timeZone.id() == "Europe/London");
    CHECK(clinic.rooms.size() == 2);
    CHECK(clinic.devices.size() == 3);
    CHECK(clinic.practitioners.size() == 2);
    CHECK(clinic.device(u"pen-2")->homeRoom.isEmpty());
    CHECK(clinic.turnoverMinutes == 15);

    const QJsonObject written = np::clinicSetupToJson(clinic);
    auto again = np::parseClinicSetup(QJsonDocument(written).toJson(), u"again"_s, np::test::builtInCatalogue());
    REQUIRE(again);
    CHECK(np::clinicSetupToJson(*again) == written);
    CHECK(again->practitioner(u"ana")->timeOff.size() == 1);
    CHECK(again->practitioner(u"ana")->timeOff.first().to == QDateTime(date("2026-08-15"), QTime(0, 0)));
}

TEST_CASE("opening hours, closures and holidays decide which days are open")
{
    const np::ClinicSetup clinic = example();
    CHECK(ranges(clinic.openingOn(date("2026-11-23"))) == u"09:00-13:00 14:00-18:00"); // Monday
    CHECK(clinic.openingOn(date("2026-11-22")).isEmpty()); // Sunday: no hours
    CHECK(clinic.isClosed(date("2026-12-28"))); // winter break
    CHECK(clinic.isClosed(date("2027-12-25"))); // yearly holiday, a Saturday
    CHECK_FALSE(clinic.isClosed(date("2027-12-18"))); // the Saturday before

    const np::ClinicCalendar calendar = clinic.calendar(date("2026-12-01"), date("2027-01-31"));
    CHECK(calendar.isClosedWeekday(Qt::Sunday));
    CHECK_FALSE(calendar.isClosedWeekday(Qt::Saturday));
    CHECK(calendar.isClosed(date("2026-12-24")));
    CHECK(calendar.isClosed(date("2027-01-01")));
    CHECK_FALSE(calendar.isClosed(date("2027-01-02")));
}

TEST_CASE("a practitioner works their own hours inside the clinic's, less time off")
{
    const np::ClinicSetup clinic = example();
    const np::ClinicPractitioner& li = *clinic.practitioner(u"li");
    const np::ClinicPractitioner& ana = *clinic.practitioner(u"ana");
    CHECK(ranges(clinic.workingOn(li, date("2026-11-24"))) == u"09:00-13:00"); // Tuesday
    CHECK(ranges(clinic.workingOn(li, date("2026-11-25"))) == u"14:00-20:00"); // Wednesday
    CHECK(clinic.workingOn(li, date("2026-11-23")).isEmpty()); // Monday: not Li's day
    CHECK(ranges(clinic.workingOn(ana, date("2026-11-23"))) == u"09:00-13:00 14:00-18:00");
    CHECK(clinic.workingOn(ana, date("2026-08-14")).isEmpty()); // last day of the holiday
    CHECK_FALSE(clinic.workingOn(ana, date("2026-08-15")).isEmpty()); // Saturday after

    np::ClinicPractitioner dentist = ana;
    dentist.timeOff
        = {{QDateTime(date("2026-11-23"), QTime(10, 30)), QDateTime(date("2026-11-23"), QTime(11, 15)), u"dentist"_s}};
    CHECK(ranges(clinic.workingOn(dentist, date("2026-11-23"))) == u"09:00-10:30 11:15-13:00 14:00-18:00");
}

TEST_CASE("range arithmetic")
{
    using np::TimeRange;
    const auto t = [](int h, int m) { return QTime(h, m); };
    const QList<TimeRange> day {{t(9, 0), t(13, 0)}, {t(14, 0), t(18, 0)}};
    CHECK(ranges(np::subtractRanges(day, {{t(8, 0), t(9, 30)}, {t(12, 0), t(15, 0)}})) == u"09:30-12:00 15:00-18:00");
    CHECK(np::subtractRanges(day, {{t(0, 0), t(23, 0)}}).isEmpty());
    CHECK(ranges(np::subtractRanges(day, {})) == u"09:00-13:00 14:00-18:00");
    CHECK(ranges(np::intersectRanges(day, {{t(10, 0), t(15, 0)}})) == u"10:00-13:00 14:00-15:00");
}

TEST_CASE("a bad clinic file is refused with every problem named by its path")
{
    const QStringList problems = problemsWith([](QJsonObject& root) {
        QJsonObject clinic = root.value(u"clinic").toObject();
        clinic.insert(u"time_zone"_s, u"Mars/Olympus_Mons"_s);
        root.insert(u"clinic"_s, clinic);
        QJsonObject hours = root.value(u"opening_hours").toObject();
        hours.insert(u"monday"_s, QJsonArray {u"09:00-13:00"_s, u"12:00-18:00"_s});
        hours.insert(u"tuesday"_s, QJsonArray {u"18:00-09:00"_s});
        hours.insert(u"thursday"_s, QJsonArray {u"9am-5pm"_s});
        hours.insert(u"funday"_s, QJsonArray {});
        root.insert(u"opening_hours"_s, hours);
        editArrayItem(root, u"devices"_s, 0, [](QJsonObject& d) {
            d.insert(u"kind"_s, u"laser"_s);
            d.insert(u"home_room"_s, u"room-9"_s);
        });
        editArrayItem(root, u"practitioners"_s, 1, [](QJsonObject& p) {
            p.insert(u"modalities"_s, QJsonArray {u"automated_pen"_s, u"tattoo"_s});
            p.insert(u"code"_s, u"ana"_s);
        });
        editArrayItem(root, u"closures"_s, 0, [](QJsonObject& c) { c.insert(u"to"_s, u"2026-12-01"_s); });
        root.insert(u"holidays"_s, QJsonArray {QJsonObject {{u"date"_s, u"02-30"_s}}});
    });
    const QStringList expected {
        u"clinic.json: clinic.time_zone: unknown time zone \"Mars/Olympus_Mons\": use an IANA name such as "
        "Europe/London"_s,
        u"clinic.json: opening_hours.monday[1]: \"12:00-18:00\" overlaps or comes before the range before it"_s,
        u"clinic.json: opening_hours.tuesday[0]: \"18:00-09:00\" ends before it starts"_s,
        u"clinic.json: opening_hours.thursday[0]: \"9am\" is not a time of day (HH:MM, 24-hour)"_s,
        u"clinic.json: opening_hours.funday: unknown key"_s,
        u"clinic.json: closures[0].to: 2026-12-01 is before from (2026-12-24)"_s,
        u"clinic.json: holidays[0].date: \"02-30\" is not a day of the year (MM-DD)"_s,
        u"clinic.json: devices[0].kind: unknown device kind \"laser\" (the catalogue's kinds: automated_pen, roller, "
        "rf_microneedling)"_s,
        u"clinic.json: devices[0].home_room: no room \"room-9\" in rooms"_s,
        u"clinic.json: practitioners[1].modalities[1]: unknown modality \"tattoo\" (not in the protocol catalogue)"_s,
        u"clinic.json: practitioners[1].code: duplicate code \"ana\""_s,
    };
    for (const QString& line : expected) {
        INFO(problems.join(u'\n').toStdString());
        CHECK(problems.contains(line));
    }
}

TEST_CASE("a clinic that never opens, or has no rooms, is refused")
{
    CHECK(problemsWith([](QJsonObject& root) { root.insert(u"opening_hours"_s, QJsonObject {}); })
        == QStringList {u"clinic.json: opening_hours: the clinic is never open: give at least one day's hours"_s});
    CHECK(problemsWith([](QJsonObject& root) {
        root.remove(u"rooms"_s);
    }).contains(u"clinic.json: rooms: is required"_s));
}

TEST_CASE("a clinic with an empty list of rooms or practitioners, or a blank name or phone, is refused")
{
    CHECK(problemsWith([](QJsonObject& root) {
        root.insert(u"rooms"_s, QJsonArray {});
    }).contains(u"clinic.json: rooms: must list at least one room"_s));
    CHECK(problemsWith([](QJsonObject& root) { root.insert(u"practitioners"_s, QJsonArray {}); })
        == QStringList {u"clinic.json: practitioners: must list at least one practitioner"_s});
    CHECK(problemsWith([](QJsonObject& root) {
        QJsonObject clinic = root.value(u"clinic"_s).toObject();
        clinic.insert(u"name"_s, u"  "_s);
        clinic.insert(u"phone"_s, QString());
        root.insert(u"clinic"_s, clinic);
    })
        == QStringList(
            {u"clinic.json: clinic.name: must not be empty"_s, u"clinic.json: clinic.phone: must not be empty"_s}));
}

TEST_CASE("the clinic's language is a language code, and written back")
{
    const auto withLanguage = [](const QString& language) {
        return [language](QJsonObject& root) {
            QJsonObject clinic = root.value(u"clinic"_s).toObject();
            clinic.insert(u"language"_s, language);
            root.insert(u"clinic"_s, clinic);
        };
    };
    CHECK(problemsWith(withLanguage(u"es"_s)).isEmpty());
    CHECK(problemsWith(withLanguage(u"es-MX"_s)).isEmpty());
    CHECK(problemsWith(withLanguage(u"Spanish"_s))
        == QStringList {
            u"clinic.json: clinic.language: \"Spanish\" is not a language code such as \"en\" or \"es\""_s});

    np::ClinicSetup clinic = example();
    CHECK(clinic.language.isEmpty());
    clinic.language = u"es"_s;
    const QJsonObject written = np::clinicSetupToJson(clinic);
    CHECK(written.value(u"clinic"_s).toObject().value(u"language"_s).toString() == u"es"_s);
    auto again = np::parseClinicSetup(QJsonDocument(written).toJson(), u"again"_s, np::test::builtInCatalogue());
    REQUIRE(again);
    CHECK(again->language == u"es"_s);
}
