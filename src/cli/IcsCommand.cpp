// ics --practitioner ID|CODE --from D --to D --out FILE / ics --patient ID --out FILE: the
// calendar as an iCalendar file (RFC 5545) for a phone or a calendar app.
#include "ClinicAccess.h"
#include "Commands.h"
#include "SubCommands.h"
#include "core/AtomicFile.h"

#include "core/JsonReader.h"
#include "print/IcsExport.h"
#include "storage/AppointmentRepository.h"
#include "storage/PatientRepository.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace np::cli {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(IcsCommand)
};

const QString Practitioner = u"practitioner"_s;
const QString Patient = u"patient"_s;

QString modalityName(CommandContext& ctx, const QString& code)
{
    const Modality* modality = ctx.catalogue() ? ctx.catalogue()->modality(code) : nullptr;
    return modality ? modality->name : code;
}

// The appointment as an event; summary, location and description are filled by the caller.
print::CalendarEvent baseEvent(
    const storage::AppointmentRecord& a, const storage::StoredClinic& clinic, const QString& databaseUid)
{
    print::CalendarEvent e;
    e.uid = print::appointmentUid(a.id, databaseUid);
    e.sequence = a.version;
    e.localStart = a.localStart;
    e.localEnd = a.patientEnd(clinic.setup.turnoverMinutes);
    e.cancelled = a.status == storage::AppointmentStatus::Cancelled;
    e.createdAt = a.createdAt;
    e.updatedAt = a.updatedAt;
    return e;
}

// The practitioner named by code or database id, or a message and nullopt.
const ClinicPractitioner* findPractitioner(CommandContext& ctx, const storage::StoredClinic& clinic)
{
    const QString key = ctx.parser.value(Practitioner);
    QString code = clinic.practitionerIds.contains(key) ? key : QString();
    bool numeric = false;
    const qint64 id = key.toLongLong(&numeric);
    for (auto it = clinic.practitionerIds.cbegin(); code.isEmpty() && numeric && it != clinic.practitionerIds.cend();
         ++it)
        if (it.value() == id)
            code = it.key();
    const ClinicPractitioner* p = code.isEmpty() ? nullptr : clinic.setup.practitioner(code);
    if (!p)
        ctx.printError(Tr::tr("--practitioner: no practitioner \"%1\" in the clinic set-up").arg(key));
    return p;
}

// Every appointment holding the practitioner's time that starts from `from` to `to`, both included.
std::expected<print::Calendar, int> practitionerCalendar(CommandContext& ctx, const storage::StoredClinic& clinic)
{
    const auto from = isoDateOption(ctx, u"from"_s);
    const auto to = isoDateOption(ctx, u"to"_s);
    if (!from || !to)
        return std::unexpected(BadInput);
    if (*to < *from) {
        ctx.printError(Tr::tr("--to: %1 is before --from %2").arg(isoDate(*to), isoDate(*from)));
        return std::unexpected(BadInput);
    }
    const ClinicPractitioner* practitioner = findPractitioner(ctx, clinic);
    if (!practitioner)
        return std::unexpected(BadInput);
    storage::AppointmentRepository appointments(*ctx.database(), clinic.setup.timeZone);
    auto list = appointments.between(QDateTime(*from, QTime(0, 0)), QDateTime(to->addDays(1), QTime(0, 0)),
        clinic.practitionerIds.value(practitioner->code));
    if (!list)
        return std::unexpected(ctx.fail(list.error()));
    auto uid = ctx.database()->uid();
    if (!uid)
        return std::unexpected(ctx.fail(uid.error()));
    storage::PatientRepository patients(*ctx.database());
    print::Calendar calendar {u"%1: %2"_s.arg(clinic.setup.name, practitioner->name), clinic.setup.timeZone, {}};
    for (const storage::AppointmentRecord& a : *list) {
        if (!storage::holdsTime(a.status))
            continue;
        auto patient = patients.get(a.patientId);
        if (!patient)
            return std::unexpected(ctx.fail(patient.error()));
        // The file goes to a phone: the patient's name and the treatment, no health details.
        print::CalendarEvent e = baseEvent(a, clinic, *uid);
        e.summary = u"%1 %2: %3"_s.arg(patient->givenNames, patient->familyName, modalityName(ctx, a.modality));
        for (const Room& room : clinic.setup.rooms)
            if (clinic.roomIds.value(room.code) == a.roomId)
                e.location = room.name;
        e.description = Tr::tr("Appointment %1 in Needlepoint.").arg(a.id);
        calendar.events.append(e);
    }
    return calendar;
}

// Every appointment of the patient, cancelled ones included so a calendar app removes them.
std::expected<print::Calendar, int> patientCalendar(CommandContext& ctx, const storage::StoredClinic& clinic)
{
    const auto id = recordId(ctx, Tr::tr("patient"), ctx.parser.value(Patient));
    if (!id)
        return std::unexpected(BadInput);
    auto patient = storage::PatientRepository(*ctx.database()).get(*id);
    if (!patient)
        return std::unexpected(ctx.fail(patient.error()));
    auto list = storage::AppointmentRepository(*ctx.database(), clinic.setup.timeZone).forPatient(*id);
    if (!list)
        return std::unexpected(ctx.fail(list.error()));
    auto uid = ctx.database()->uid();
    if (!uid)
        return std::unexpected(ctx.fail(uid.error()));
    const ClinicSetup& setup = clinic.setup;
    print::Calendar calendar {setup.name, setup.timeZone, {}};
    for (const storage::AppointmentRecord& a : *list) {
        print::CalendarEvent e = baseEvent(a, clinic, *uid);
        e.summary = Tr::tr("%1 at %2").arg(modalityName(ctx, a.modality), setup.name);
        e.location = setup.address.isEmpty() ? setup.name : u"%1, %2"_s.arg(setup.name, setup.address);
        QString with;
        for (const ClinicPractitioner& p : setup.practitioners)
            if (clinic.practitionerIds.value(p.code) == a.practitionerId)
                with = p.name;
        e.description = setup.phone.isEmpty() ? Tr::tr("With %1.").arg(with)
                                              : Tr::tr("With %1. To change or cancel, call %2.").arg(with, setup.phone);
        calendar.events.append(e);
    }
    return calendar;
}

bool writeFile(CommandContext& ctx, const QString& path, const QByteArray& text)
{
    const auto written = writeFileAtomically(path, text);
    if (!written)
        ctx.printError(Tr::tr("--out: cannot write %1: %2").arg(path, written.error()));
    return written.has_value();
}

} // namespace

QList<QCommandLineOption> icsOptions()
{
    return {
        QCommandLineOption(Practitioner, Tr::tr("The practitioner's code or id: their schedule."), u"ID|CODE"_s),
        QCommandLineOption(u"from"_s, Tr::tr("With --practitioner: the first day."), u"YYYY-MM-DD"_s),
        QCommandLineOption(u"to"_s, Tr::tr("With --practitioner: the last day (included)."), u"YYYY-MM-DD"_s),
        QCommandLineOption(Patient, Tr::tr("The patient's id: all their appointments."), u"ID"_s),
        QCommandLineOption(u"out"_s, Tr::tr("The .ics file to write (replaced whole)."), u"FILE"_s),
    };
}

int runIcs(CommandContext& ctx, const QStringList& positional)
{
    const bool forPractitioner = ctx.parser.isSet(Practitioner);
    const bool forPatient = ctx.parser.isSet(Patient);
    if (!positional.isEmpty() || forPractitioner == forPatient) {
        ctx.printError(Tr::tr("ics needs either --practitioner with --from and --to, or --patient"));
        return Failure;
    }
    for (const QString& option : forPractitioner ? QStringList {u"from"_s, u"to"_s, u"out"_s} : QStringList {u"out"_s})
        if (!ctx.parser.isSet(option) || ctx.parser.value(option).isEmpty()) {
            ctx.printError(Tr::tr("ics needs --%1").arg(option));
            return Failure;
        }
    if (forPatient && (ctx.parser.isSet(u"from"_s) || ctx.parser.isSet(u"to"_s))) {
        ctx.printError(Tr::tr("ics --patient takes no --from or --to: it exports every appointment"));
        return Failure;
    }
    auto clinic = storedClinic(ctx);
    if (!clinic)
        return clinic.error();
    const auto calendar = forPractitioner ? practitionerCalendar(ctx, *clinic) : patientCalendar(ctx, *clinic);
    if (!calendar)
        return calendar.error();
    const auto text = print::icsText(*calendar);
    if (!text) {
        ctx.printError(Tr::tr("clinic.time_zone: %1").arg(text.error()));
        return BadInput;
    }
    const QString out = ctx.parser.value(u"out"_s);
    if (!writeFile(ctx, out, *text))
        return BadInput;
    ctx.printJson({{u"out"_s, out}, {u"events"_s, static_cast<qint64>(calendar->events.size())}});
    return Success;
}

} // namespace np::cli
