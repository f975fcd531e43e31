#include "BookingRules.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace np {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(BookingRules)
};

QString hhmm(const QTime& t)
{
    return t.toString(u"HH:mm"_s);
}

} // namespace

int appointmentMinutes(const Modality& modality, int areaCount, int turnoverMinutes)
{
    return modality.numbingMinutes + modality.treatmentMinutesPerArea * std::max(1, areaCount) + turnoverMinutes;
}

std::optional<QString> bookingRefusal(const ClinicSetup& clinic, const Catalogue& catalogue, const BookingChoice& c)
{
    const Modality* modality = catalogue.modality(c.modality);
    if (!modality)
        return Tr::tr("unknown modality \"%1\"").arg(c.modality);
    const ClinicPractitioner* p = clinic.practitioner(c.practitioner);
    if (!p)
        return Tr::tr("no practitioner \"%1\" in the clinic set-up").arg(c.practitioner);
    if (!p->modalities.contains(c.modality))
        return Tr::tr("%1 does not perform %2").arg(p->name, modality->name);
    if (!clinic.room(c.room))
        return Tr::tr("no room \"%1\" in the clinic set-up").arg(c.room);
    if (!c.device.isEmpty()) {
        const Device* d = clinic.device(c.device);
        if (!d)
            return Tr::tr("no device \"%1\" in the clinic set-up").arg(c.device);
        if (d->kind != modality->deviceKind)
            return Tr::tr("the device %1 (%2) is a %3, and %4 needs a %5")
                .arg(d->name, d->code, d->kind, modality->name, modality->deviceKind);
        if (!d->homeRoom.isEmpty() && d->homeRoom != c.room)
            return Tr::tr("the device %1 (%2) stays in %3").arg(d->name, d->code, clinic.room(d->homeRoom)->name);
    }
    const QDate day = c.localStart.date();
    const QTime start = c.localStart.time();
    const int minutes = appointmentMinutes(*modality, c.areaCount, clinic.turnoverMinutes);
    const QTime end = start.addSecs(60LL * minutes);
    const QList<TimeRange> opening = clinic.openingOn(day);
    if (opening.isEmpty())
        return Tr::tr("the clinic is closed on %1").arg(day.toString(Qt::ISODate));
    const int offset = opening.first().start.secsTo(start) / 60;
    if (offset % clinic.slotStepMinutes != 0 || start.second() != 0)
        return Tr::tr("%1 is off the clinic's %2-minute grid").arg(hhmm(start)).arg(clinic.slotStepMinutes);
    if (end < start) // runs past midnight
        return Tr::tr("%1 plus %2 minutes runs past midnight").arg(hhmm(start)).arg(minutes);
    for (const TimeRange& r : clinic.workingOn(*p, day))
        if (r.start <= start && end <= r.end)
            return std::nullopt;
    QStringList hours;
    for (const TimeRange& r : clinic.workingOn(*p, day))
        hours << hhmm(r.start) + u'-' + hhmm(r.end);
    if (hours.isEmpty())
        return Tr::tr("%1 does not work on %2").arg(p->name, day.toString(Qt::ISODate));
    return Tr::tr("%1 to %2 is outside %3's hours on %4 (%5)")
        .arg(hhmm(start), hhmm(end), p->name, day.toString(Qt::ISODate), hours.join(u", "_s));
}

} // namespace np
