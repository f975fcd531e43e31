#include "SeriesText.h"

#include "app/patients/PatientText.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace np::app {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(SeriesText)
};

// The day a blocking finding stops blocking, if every blocking finding ends.
std::optional<QDate> clearsOn(const Plan& plan)
{
    std::optional<QDate> last;
    for (const ApplicableFinding& f : plan.findings) {
        if (f.effect != Effect::Blocks)
            continue;
        if (!f.clearsOn)
            return std::nullopt;
        last = last ? std::max(*last, *f.clearsOn) : *f.clearsOn;
    }
    return last;
}

QString effectText(Effect effect)
{
    switch (effect) {
    case Effect::Blocks:
        return Tr::tr("Blocks");
    case Effect::Review:
        return Tr::tr("Review");
    case Effect::Advice:
        break;
    }
    return Tr::tr("Advice");
}

QString findingLine(const Catalogue& catalogue, const ApplicableFinding& f)
{
    QString what = f.message;
    if (what.isEmpty())
        if (const Contraindication* rule = catalogue.contraindication(f.code))
            what = rule->name;
    QString line = Tr::tr("%1: %2", "effect: message").arg(effectText(f.effect), what);
    if (f.clearsOn)
        line = Tr::tr("%1 (until %2)").arg(line, displayDate(f.clearsOn->addDays(-1)));
    return line;
}

QString eventLine(const EventFit& e)
{
    if (e.fits)
        return Tr::tr("Ready for the event on %1: the last session falls between %2 and %3.")
            .arg(displayDate(e.date), displayDate(e.lastSessionFrom), displayDate(e.lastSessionTo));
    QString line = Tr::tr("The event on %1 comes too soon: the last session should fall between %2 and %3, and "
                          "only %n session(s) fit before it at the protocol's spacing.",
        nullptr, e.sessionsThatFit)
                       .arg(displayDate(e.date), displayDate(e.lastSessionFrom), displayDate(e.lastSessionTo));
    if (e.latestFullStart)
        line += u' ' + Tr::tr("Starting by %1 would fit them all.").arg(displayDate(*e.latestFullStart));
    return line;
}

} // namespace

QString planStatusText(const Plan& plan, const QDate& requestedStart)
{
    switch (plan.status) {
    case PlanStatus::Blocked:
        if (const auto from = clearsOn(plan))
            return Tr::tr("Blocked: no series can be booked now. Treatment may start from %1.").arg(displayDate(*from));
        return Tr::tr("Blocked: no series can be booked while this lasts.");
    case PlanStatus::Review:
        return Tr::tr("Needs a clinician's review: book it with a note saying why it may go ahead.");
    case PlanStatus::Ok:
        break;
    }
    // A booked plan has every session fixed: its first day is where the series starts.
    const QDate first = plan.sessions.isEmpty() ? plan.earliestStart.value_or(QDate()) : plan.sessions.front().date;
    if (const auto lifted = clearsOn(plan); lifted && first > requestedStart && *lifted > requestedStart)
        return Tr::tr("Held back: a washout ends on %1, so the first session can be from then.")
            .arg(displayDate(lifted->addDays(-1)));
    return Tr::tr("Ready to book: nothing in the record stands in the way.");
}

QStringList planReasonLines(const Catalogue& catalogue, const Plan& plan)
{
    QStringList lines;
    for (const ApplicableFinding& f : plan.findings)
        lines << u"• "_s + findingLine(catalogue, f);
    for (const PlanWarning& w : plan.warnings)
        lines << u"• "_s + w.message;
    if (plan.event)
        lines << u"• "_s + eventLine(*plan.event);
    return lines;
}

QStringList proposalHeaders()
{
    return {Tr::tr("Session"), Tr::tr("When"), Tr::tr("Practitioner"), Tr::tr("Room"), Tr::tr("Device")};
}

QStringList proposalCells(const ClinicSetup& clinic, const BookedSession& s)
{
    const ClinicPractitioner* practitioner = clinic.practitioner(s.slot.practitioner);
    const Room* room = clinic.room(s.slot.room);
    const Device* device = s.slot.device.isEmpty() ? nullptr : clinic.device(s.slot.device);
    return {QString::number(s.number),
        Tr::tr("%1 %2, %3–%4", "weekday date, start–end")
            .arg(QLocale().toString(s.slot.localStart.date(), u"ddd"_s), displayDate(s.slot.localStart.date()),
                displayTime(s.slot.localStart.time()), displayTime(s.slot.localEnd.time())),
        practitioner ? practitioner->name : s.slot.practitioner, room ? room->name : s.slot.room,
        device ? device->name : s.slot.device};
}

QString allowedDaysText(const BookedSession& s)
{
    return s.latest ? Tr::tr("Session %1 may fall from %2 to %3.")
                          .arg(QString::number(s.number), displayDate(s.earliest), displayDate(*s.latest))
                    : Tr::tr("Session %1 may fall from %2 on.").arg(QString::number(s.number), displayDate(s.earliest));
}

} // namespace np::app
