#pragma once

#include "ServiceError.h"
#include "UseCaseContext.h"

#include "core/SlotFinder.h"
#include "print/IcsExport.h"
#include "storage/AppointmentRepository.h"
#include "storage/ClinicRepository.h"
#include "storage/DocumentQueries.h"

#include <QStringList>

// The calendar read for booking and for others' calendars: free slots, and the appointments as
// iCalendar events for a practitioner's phone or a patient's calendar app.
namespace np::services {

// How far apart a slot search's first and last day may be.
inline constexpr qint64 LongestSlotWindowDays = 366;

// Free slots for `patientId`'s treatment (`query.modality` and `areas`, catalogue codes) in the
// window [query.from, query.to], nearest query.target first (invalid: the first day searched).
// Days gone are never offered: the window starts today at the earliest. Invalid, naming the
// field ("modality", "areas", "to", "practitioner"), for an unknown code or a bad window; an
// unknown patient is a storage NotFound.
[[nodiscard]] Outcome<QList<Slot>> freeSlots(
    const UseCaseContext& ctx, qint64 patientId, const QStringList& areas, SlotQuery query);

// Every appointment holding the practitioner's time that starts from `from` to `to` (both
// included), with the patient's name and the treatment (no health details: it goes to a phone).
// `practitioner`: a set-up code or a database id (Invalid, path "practitioner", if neither).
[[nodiscard]] Outcome<print::Calendar> practitionerCalendar(
    const UseCaseContext& ctx, const QString& practitioner, const QDate& from, const QDate& to);

// The calendar's days [from, from + days): every appointment starting on them, cancelled and
// no-show ones too, by start, each with its patient's name and its place in its series, and the
// clinic (hours, closures, who and what) to lay them out by; only `practitioner`'s appointments
// when one is given (a set-up code; Invalid, path "practitioner", when it is none). Kind::NotSetUp
// before the clinic is set up; `days` is 1 to 31 (Invalid, path "days").
using CalendarItem = storage::LabelledAppointment;
struct CalendarSpan {
    storage::StoredClinic clinic;
    storage::ResourceNames names; // inactive practitioners, rooms and devices too
    QDate from;
    int days = 0;
    QString practitioner; // the one whose appointments these are (set-up code); empty: everyone's
    QList<CalendarItem> items;
};
[[nodiscard]] Outcome<CalendarSpan> calendarSpan(
    const UseCaseContext& ctx, const QDate& from, int days, const QString& practitioner = {});

// Every appointment of the patient, cancelled ones included so a calendar app removes them.
[[nodiscard]] Outcome<print::Calendar> patientCalendar(const UseCaseContext& ctx, qint64 patientId);

} // namespace np::services
