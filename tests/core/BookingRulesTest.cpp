// The clinic's own rules for a booking: who performs what, which device where, and when.
#include "TestSupport.h"

#include "core/BookingRules.h"
#include "core/ClinicLoader.h"

using namespace Qt::StringLiterals;
using np::test::date;

namespace {

using np::test::exampleClinic;

np::BookingChoice choice(const char* day, int hour, int minute = 0)
{
    return {u"ana"_s, u"room-1"_s, u"pen-1"_s, u"automated_pen"_s, 2, QDateTime(date(day), QTime(hour, minute))};
}

std::optional<QString> refusal(const np::BookingChoice& c)
{
    return np::bookingRefusal(exampleClinic(), np::test::builtInCatalogue(), c);
}

} // namespace

TEST_CASE("an appointment lasts numbing plus treatment per area plus turnover")
{
    const np::Modality& pen = *np::test::builtInCatalogue().modality(u"automated_pen");
    CHECK(np::appointmentMinutes(pen, 2, 15) == 20 + 2 * 10 + 15);
    CHECK(np::appointmentMinutes(pen, 0, 0) == 30); // at least one area
}

TEST_CASE("a booking inside the practitioner's hours with the right device is allowed")
{
    CHECK(refusal(choice("2026-11-23", 9)) == std::nullopt);
    CHECK(refusal(choice("2026-11-23", 17, 0)) == std::nullopt); // 55 minutes: ends 17:55
}

TEST_CASE("the clinic's rules refuse a booking with the reason")
{
    auto c = choice("2026-11-23", 12, 30); // 55 minutes: to 13:25, past the lunch break
    CHECK(refusal(c) == u"12:30 to 13:25 is outside Dr Ana Núñez's hours on 2026-11-23 (09:00-13:00, 14:00-18:00)"_s);
    c = choice("2026-11-23", 9, 10);
    CHECK(refusal(c) == u"09:10 is off the clinic's 15-minute grid"_s);
    c = choice("2026-11-22", 10); // Sunday
    CHECK(refusal(c) == u"the clinic is closed on 2026-11-22"_s);
    c = choice("2026-11-23", 10);
    c.practitioner = u"li"_s; // not on Mondays
    CHECK(refusal(c) == u"Li Wei does not work on 2026-11-23"_s);
    c = choice("2026-11-23", 10);
    c.modality = u"roller"_s;
    CHECK(refusal(c) == u"Dr Ana Núñez does not perform Manual roller"_s);
    c = choice("2026-11-23", 10);
    c.device = u"rf-1"_s;
    CHECK(refusal(c)
        == u"the device Morpheus8 (rf-1) is a rf_microneedling, and Automated microneedling pen needs a automated_pen"_s);
    c = choice("2026-11-23", 10);
    c.room = u"room-2"_s;
    CHECK(refusal(c) == u"the device SkinPen Precision (pen-1) stays in Treatment room 1"_s);
    c.device = u"pen-2"_s; // mobile
    CHECK(refusal(c) == std::nullopt);
    c = choice("2026-08-10", 10); // Ana's summer holiday
    CHECK(refusal(c) == u"Dr Ana Núñez does not work on 2026-08-10"_s);
}
