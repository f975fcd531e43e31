// The slot finder on the example clinic: hours, time off, preferences, busy time and ranking.
#include "TestSupport.h"

#include "core/BookingRules.h"
#include "core/ClinicLoader.h"
#include "core/SlotFinder.h"

#include <QElapsedTimer>

#include <random>

using namespace Qt::StringLiterals;
using np::test::date;

namespace {

using np::test::exampleClinic;

// 55 minutes of pen on two areas, on the days given, as many slots as there are.
np::SlotQuery query(const char* from, const char* to)
{
    np::SlotQuery q;
    q.modality = u"automated_pen"_s;
    q.areaCount = 2;
    q.from = date(from);
    q.to = date(to);
    q.limit = 1000;
    return q;
}

QList<np::Slot> find(
    const np::SlotQuery& q, const QList<np::BusySpan>& busy = {}, const np::ClinicSetup& c = exampleClinic())
{
    return np::findSlots(c, np::test::builtInCatalogue(), q, busy);
}

QDateTime at(const char* day, int hour, int minute = 0)
{
    return QDateTime(date(day), QTime(hour, minute));
}

QStringList starts(const QList<np::Slot>& found)
{
    QStringList out;
    for (const np::Slot& s : found)
        out << s.localStart.toString(u"yyyy-MM-dd HH:mm"_s);
    return out;
}

const np::Slot* slotAt(const QList<np::Slot>& found, const QDateTime& start)
{
    for (const np::Slot& s : found)
        if (s.localStart == start)
            return &s;
    return nullptr;
}

np::BusySpan busy(const char* practitioner, const char* room, const char* device, const QDateTime& start, int minutes)
{
    return {QString::fromUtf8(practitioner), QString::fromUtf8(room), QString::fromUtf8(device), false, start,
        start.addSecs(60LL * minutes)};
}

bool overlaps(const np::Slot& s, const np::BusySpan& b)
{
    const bool shared = b.patient || b.practitioner == s.practitioner || b.room == s.room
        || (!b.device.isEmpty() && b.device == s.device);
    return shared && b.localStart < s.localEnd && s.localStart < b.localEnd;
}

} // namespace

TEST_CASE("slots fill the opening hours on the grid, around the lunch break and before closing")
{
    const QList<np::Slot> found = find(query("2026-11-23", "2026-11-23")); // Monday: 09-13, 14-18
    const QStringList s = starts(found);
    REQUIRE(found.size() == 26);
    CHECK(s.first() == u"2026-11-23 09:00");
    CHECK(s.contains(u"2026-11-23 12:00"_s)); // ends 12:55
    CHECK_FALSE(s.contains(u"2026-11-23 12:15"_s)); // would run into lunch
    CHECK(s[13] == u"2026-11-23 14:00");
    CHECK(s.last() == u"2026-11-23 17:00"); // ends 17:55
    CHECK(found.first().localEnd == at("2026-11-23", 9, 55));
    for (const np::Slot& slot : found) {
        CHECK(slot.practitioner == u"ana"); // Li does not work on Mondays
        CHECK(slot.room == u"room-1"); // pen-1 lives there
        CHECK(slot.device == u"pen-1");
    }
    CHECK(find(query("2026-11-22", "2026-11-22")).isEmpty()); // Sunday
    CHECK(find(query("2026-12-24", "2027-01-01")).isEmpty()); // winter break
}

TEST_CASE("slots skip a practitioner's time off")
{
    CHECK(find(query("2026-08-10", "2026-08-10")).isEmpty()); // Monday: Ana away, Li off
    const QList<np::Slot> tuesday = find(query("2026-08-11", "2026-08-11"));
    REQUIRE(tuesday.size() == 13); // Li, 09:00-13:00
    for (const np::Slot& slot : tuesday)
        CHECK(slot.practitioner == u"li");
    CHECK(starts(tuesday).last() == u"2026-08-11 12:00");
}

TEST_CASE("slots keep to the weekdays, part of the day and practitioner asked for")
{
    np::SlotQuery q = query("2026-11-23", "2026-11-29");
    q.weekdays = {Qt::Wednesday};
    q.part = np::PartOfDay::Afternoon;
    const QList<np::Slot> afternoons = find(q);
    REQUIRE_FALSE(afternoons.isEmpty());
    for (const np::Slot& slot : afternoons) {
        CHECK(slot.localStart.date() == date("2026-11-25"));
        CHECK(slot.localStart.time() >= QTime(12, 0));
    }
    CHECK(starts(afternoons).last() == u"2026-11-25 19:00"); // open until 20:00 on Wednesdays

    q.part = np::PartOfDay::Morning;
    const QList<np::Slot> mornings = find(q);
    REQUIRE(mornings.size() == 12);
    for (const np::Slot& slot : mornings)
        CHECK(slot.localStart.time() < QTime(12, 0));

    q.part = np::PartOfDay::Any;
    q.practitioner = u"li"_s;
    const QList<np::Slot> li = find(q);
    REQUIRE(li.size() == 21); // 14:00-20:00 only
    for (const np::Slot& slot : li)
        CHECK(slot.practitioner == u"li");
    CHECK(starts(li).first() == u"2026-11-25 14:00");
}

TEST_CASE("a busy practitioner, room, device or patient is not offered")
{
    const np::SlotQuery q = query("2026-11-23", "2026-11-23");
    const QDateTime ten = at("2026-11-23", 10);

    const QList<np::Slot> anaBusy = find(q, {busy("ana", "room-2", "", ten, 55)});
    CHECK(slotAt(anaBusy, at("2026-11-23", 9, 0)));
    for (int minute = 15; minute < 120; minute += 15) // 09:15 to 10:45 would overlap 10:00-10:55
        CHECK_FALSE(slotAt(anaBusy, at("2026-11-23", 9).addSecs(60 * minute)));
    CHECK(slotAt(anaBusy, at("2026-11-23", 11, 0)));

    // slotAt points into the list: keep each list alive while its slot is read.
    const QList<np::Slot> roomOneBusy = find(q, {busy("li", "room-1", "", ten, 55)});
    const np::Slot* otherRoom = slotAt(roomOneBusy, ten);
    REQUIRE(otherRoom);
    CHECK(otherRoom->room == u"room-2");
    CHECK(otherRoom->device == u"pen-2"); // pen-1 stays in room 1

    const QList<np::Slot> penOneBusy = find(q, {busy("li", "room-2", "pen-1", ten, 55)});
    const np::Slot* otherPen = slotAt(penOneBusy, ten);
    REQUIRE(otherPen);
    CHECK(otherPen->room == u"room-1");
    CHECK(otherPen->device == u"pen-2");

    np::BusySpan own = busy("li", "room-2", "rf-1", ten, 55);
    CHECK(slotAt(find(q, {own}), ten));
    own.patient = true;
    CHECK_FALSE(slotAt(find(q, {own}), ten));
}

TEST_CASE("slots come nearest the target day first, the earlier day on ties, up to the limit")
{
    np::SlotQuery q = query("2026-11-23", "2026-11-28");
    q.target = date("2026-11-25");
    QList<QDate> days;
    for (const np::Slot& slot : find(q))
        if (days.isEmpty() || days.last() != slot.localStart.date())
            days << slot.localStart.date();
    CHECK(days
        == QList<QDate> {date("2026-11-25"), date("2026-11-24"), date("2026-11-26"), date("2026-11-23"),
            date("2026-11-27"), date("2026-11-28")});

    q.limit = 3;
    CHECK(starts(find(q)) == QStringList {u"2026-11-25 09:00"_s, u"2026-11-25 09:15"_s, u"2026-11-25 09:30"_s});
    q.target = QDate(); // --from
    CHECK(starts(find(q)).first() == u"2026-11-23 09:00");
}

TEST_CASE("every slot found among random busy time passes the booking rules and overlaps nothing")
{
    const np::ClinicSetup c = exampleClinic();
    std::mt19937 random(20261122);
    const auto pick = [&](const QStringList& codes) {
        return codes[static_cast<qsizetype>(random() % static_cast<unsigned>(codes.size()))];
    };
    QList<np::BusySpan> spans;
    for (int i = 0; i < 150; ++i) {
        const QDateTime start
            = at("2026-11-23", 8).addDays(random() % 14).addSecs(60LL * 5 * static_cast<int>(random() % 150));
        spans.append({pick({u"ana"_s, u"li"_s}), pick({u"room-1"_s, u"room-2"_s}),
            pick({QString(), u"pen-1"_s, u"pen-2"_s, u"rf-1"_s}), random() % 5 == 0, start,
            start.addSecs(60LL * (20 + static_cast<int>(random() % 70)))});
    }
    np::SlotQuery q = query("2026-11-23", "2026-12-06");
    q.target = date("2026-11-30");
    const QList<np::Slot> found = np::findSlots(c, np::test::builtInCatalogue(), q, spans);
    REQUIRE(found.size() > 50);
    for (const np::Slot& s : found) {
        INFO(s.localStart.toString(Qt::ISODate).toStdString() + ' ' + s.practitioner.toStdString());
        const np::BookingChoice choice {s.practitioner, s.room, s.device, q.modality, q.areaCount, s.localStart};
        CHECK(np::bookingRefusal(c, np::test::builtInCatalogue(), choice) == std::nullopt);
        for (const np::BusySpan& b : spans)
            CHECK_FALSE(overlaps(s, b));
    }
    // Complete too: every start where some practitioner, room and device are free is offered.
    int offered = 0;
    for (QDate day = q.from; day <= q.to; day = day.addDays(1))
        for (QDateTime t(day, QTime(9, 0)); t.time() < QTime(20, 0) && t.date() == day; t = t.addSecs(15 * 60)) {
            bool free = false;
            for (const QString& p : {u"ana"_s, u"li"_s})
                for (const QString& room : {u"room-1"_s, u"room-2"_s})
                    for (const QString& device : {u"pen-1"_s, u"pen-2"_s}) {
                        const np::Slot s {t, t.addSecs(55 * 60), p, room, device};
                        free = free
                            || (!np::bookingRefusal(
                                    c, np::test::builtInCatalogue(), {p, room, device, q.modality, 2, t})
                                && std::none_of(
                                    spans.begin(), spans.end(), [&](const np::BusySpan& b) { return overlaps(s, b); }));
                    }
            INFO(t.toString(Qt::ISODate).toStdString());
            CHECK(free == (slotAt(found, t) != nullptr));
            offered += free ? 1 : 0;
        }
    CHECK(offered == found.size());
}

TEST_CASE("ten practitioners, four weeks and thousands of busy spans (timing printed)")
{
    np::ClinicSetup c = exampleClinic();
    const np::ClinicPractitioner ana = c.practitioners.first();
    c.practitioners.clear();
    c.rooms.clear();
    c.devices.clear();
    for (int i = 0; i < 10; ++i) {
        np::ClinicPractitioner p = ana;
        p.code = u"p%1"_s.arg(i);
        c.practitioners << p;
        c.rooms << np::Room {u"room-%1"_s.arg(i), u"Room %1"_s.arg(i)};
        c.devices << np::Device {u"pen-%1"_s.arg(i), u"Pen"_s, u"automated_pen"_s, QString(), QString()};
    }
    std::mt19937 random(7);
    QList<np::BusySpan> spans;
    for (int i = 0; i < 3000; ++i) {
        const int n = static_cast<int>(random() % 10);
        const QDateTime start
            = at("2026-11-23", 9).addDays(random() % 28).addSecs(60LL * 15 * static_cast<int>(random() % 40));
        spans.append({u"p%1"_s.arg(n), u"room-%1"_s.arg(n), u"pen-%1"_s.arg(n), random() % 20 == 0, start,
            start.addSecs(60LL * 55)});
    }
    np::SlotQuery q = query("2026-11-23", "2026-12-20");
    q.target = date("2026-12-07");
    (void)np::findSlots(c, np::test::builtInCatalogue(), q, spans); // the time zone's data loads once
    QElapsedTimer timer;
    timer.start();
    const QList<np::Slot> found = np::findSlots(c, np::test::builtInCatalogue(), q, spans);
    const qint64 micros = timer.nsecsElapsed() / 1000;
    WARN("findSlots: " << found.size() << " slots in " << micros << " us");
    CHECK_FALSE(found.isEmpty());
}
