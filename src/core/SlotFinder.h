#pragma once

#include "Catalogue.h"
#include "ClinicSetup.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace np {

enum class PartOfDay {
    Any,
    Morning, // starts before 12:00
    Afternoon, // starts at 12:00 or later
};

// What the patient wants: a treatment, a window of days and their preferences.
struct SlotQuery {
    QString modality; // catalogue code
    int areaCount = 1;
    QDate from; // first day, included
    QDate to; // last day, included
    QDate target; // the day the patient would like best; invalid: `from`
    QList<int> weekdays; // Qt::DayOfWeek (1 = Monday); empty: any day
    PartOfDay part = PartOfDay::Any;
    QString practitioner; // code; empty: anyone who performs the modality
    int limit = 20;
};

// Time already taken, clinic wall-clock time [localStart, localEnd), in the set-up's codes. Only
// the times' date() and time() are read (a WallClockCache's times will do).
struct BusySpan {
    QString practitioner;
    QString room;
    QString device; // empty: none
    bool patient = false; // one of the patient's own other appointments
    QDateTime localStart;
    QDateTime localEnd;
};

// A free slot: everything a booking needs besides the patient.
struct Slot {
    QDateTime localStart;
    QDateTime localEnd; // start + appointmentMinutes (turnover included)
    QString practitioner;
    QString room;
    QString device; // empty only when the clinic has no device of the modality's kind
};

// Free slots for `query`, nearest the target day first (ties: the earlier day), then by time; at
// most `query.limit`. One slot per start time: the first practitioner in set-up order who is free,
// with the first free room and device (devices kept in a room first, then mobile ones, rooms in
// set-up order). Starts lie on the clinic's slot grid. Every slot passes bookingRefusal(), does not
// start at a time the clocks skip, and overlaps no busy span on its practitioner, room, device
// or (for spans marked `patient`) the patient. When the clinic has a device of the modality's
// device_kind a slot always takes one; without any, slots carry no device. An unknown modality
// or practitioner gives no slots (the caller names it).
[[nodiscard]] QList<Slot> findSlots(
    const ClinicSetup& clinic, const Catalogue& catalogue, const SlotQuery& query, const QList<BusySpan>& busy);

} // namespace np
