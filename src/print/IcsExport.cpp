#include "IcsExport.h"

#include <QCoreApplication>

#include <libical/ical.h>

#include <algorithm>
#include <cstdlib>
#include <memory>

using namespace Qt::StringLiterals;

namespace np::print {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(IcsExport)
};

struct ComponentFree {
    void operator()(icalcomponent* c) const { icalcomponent_free(c); }
};
using Component = std::unique_ptr<icalcomponent, ComponentFree>;

// A wall-clock time, floating: the TZID parameter says which zone it is read in.
icaltimetype localTime(const QDateTime& local)
{
    icaltimetype t = icaltime_null_time();
    t.year = local.date().year();
    t.month = local.date().month();
    t.day = local.date().day();
    t.hour = local.time().hour();
    t.minute = local.time().minute();
    t.second = local.time().second();
    return t;
}

icaltimetype utcTime(const QDateTime& utc)
{
    return icaltime_from_timet_with_zone(
        static_cast<time_t>(utc.toSecsSinceEpoch()), 0, icaltimezone_get_utc_timezone());
}

icalproperty* zoned(icalproperty* property, const QByteArray& zoneId)
{
    icalproperty_add_parameter(property, icalparameter_new_tzid(zoneId.constData()));
    return property;
}

icalproperty* extension(const char* name, const QString& value)
{
    icalproperty* p = icalproperty_new_x(value.toUtf8().constData());
    icalproperty_set_x_name(p, name);
    return p;
}

// The zone's VTIMEZONE from the system's time zone data, named by its IANA id (libical prefixes
// its own TZIDs) and cut to the rules in effect from `from` on.
std::expected<Component, QString> timeZoneComponent(const QByteArray& zoneId, const QDateTime& from)
{
    icaltimezone* zone = icaltimezone_get_builtin_timezone(zoneId.constData());
    icalcomponent* builtin = zone ? icaltimezone_get_component(zone) : nullptr;
    if (!builtin)
        return std::unexpected(
            Tr::tr("time zone \"%1\" is not in the system's time zone data").arg(QString::fromUtf8(zoneId)));
    Component vtimezone(icalcomponent_new_clone(builtin));
    icalproperty* tzid = icalcomponent_get_first_property(vtimezone.get(), ICAL_TZID_PROPERTY);
    icalproperty_set_tzid(tzid, zoneId.constData());
    if (from.isValid())
        icaltimezone_truncate_vtimezone(vtimezone.get(), utcTime(from), icaltime_null_time(), 0);
    return vtimezone;
}

icalcomponent* eventComponent(const CalendarEvent& e, const QByteArray& zoneId)
{
    icalcomponent* event = icalcomponent_new_vevent();
    icalcomponent_add_property(event, icalproperty_new_uid(e.uid.toUtf8().constData()));
    icalcomponent_add_property(event, icalproperty_new_dtstamp(utcTime(e.updatedAt)));
    icalcomponent_add_property(event, icalproperty_new_created(utcTime(e.createdAt)));
    icalcomponent_add_property(event, icalproperty_new_lastmodified(utcTime(e.updatedAt)));
    icalcomponent_add_property(event, icalproperty_new_sequence(e.sequence));
    icalcomponent_add_property(event, zoned(icalproperty_new_dtstart(localTime(e.localStart)), zoneId));
    const QDateTime& end = e.localEnd;
    icalcomponent_add_property(event, zoned(icalproperty_new_dtend(localTime(end)), zoneId));
    icalcomponent_add_property(
        event, icalproperty_new_status(e.cancelled ? ICAL_STATUS_CANCELLED : ICAL_STATUS_CONFIRMED));
    icalcomponent_add_property(event, icalproperty_new_summary(e.summary.toUtf8().constData()));
    if (!e.location.isEmpty())
        icalcomponent_add_property(event, icalproperty_new_location(e.location.toUtf8().constData()));
    if (!e.description.isEmpty())
        icalcomponent_add_property(event, icalproperty_new_description(e.description.toUtf8().constData()));
    return event;
}

} // namespace

QString appointmentUid(qint64 appointmentId, const QString& databaseUid)
{
    return u"appointment-%1@%2.needlepoint"_s.arg(appointmentId).arg(databaseUid);
}

std::expected<QByteArray, QString> icsText(const Calendar& calendar)
{
    const QByteArray zoneId = calendar.zone.id();
    QDateTime earliest;
    for (const CalendarEvent& e : calendar.events) {
        const QDateTime start = QDateTime(e.localStart.date(), e.localStart.time(), calendar.zone).toUTC();
        if (!earliest.isValid() || start < earliest)
            earliest = start;
    }
    auto vtimezone = timeZoneComponent(zoneId, earliest);
    if (!vtimezone)
        return std::unexpected(vtimezone.error());

    Component vcalendar(icalcomponent_new_vcalendar());
    icalcomponent_add_property(vcalendar.get(), icalproperty_new_version("2.0"));
    icalcomponent_add_property(vcalendar.get(), icalproperty_new_prodid("-//Needlepoint//Needlepoint//EN"));
    icalcomponent_add_property(vcalendar.get(), icalproperty_new_calscale("GREGORIAN"));
    icalcomponent_add_property(vcalendar.get(), extension("X-WR-CALNAME", calendar.name));
    icalcomponent_add_property(vcalendar.get(), extension("X-WR-TIMEZONE", QString::fromUtf8(zoneId)));
    icalcomponent_add_component(vcalendar.get(), vtimezone->release());
    for (const CalendarEvent& e : calendar.events)
        icalcomponent_add_component(vcalendar.get(), eventComponent(e, zoneId));

    char* text = icalcomponent_as_ical_string_r(vcalendar.get());
    QByteArray out(text);
    std::free(text);
    return out;
}

} // namespace np::print
