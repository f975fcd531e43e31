// appointments book|list|move|cancel|no-show: the clinic calendar, wall-clock times in the
// clinic's zone, JSON out.
#include "ClinicAccess.h"
#include "Commands.h"
#include "SeriesContext.h"
#include "SubCommands.h"

#include "core/BookingRules.h"
#include "core/JsonReader.h"
#include "services/AppointmentService.h"
#include "storage/AppointmentRepository.h"
#include "storage/AuditLog.h"
#include "storage/PatientRepository.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace np::cli {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(AppointmentCommands)
};

const QString LocalFormat = u"yyyy-MM-ddTHH:mm"_s;

QString codeOf(const QHash<QString, qint64>& ids, std::optional<qint64> id)
{
    if (!id)
        return QString();
    for (auto it = ids.cbegin(); it != ids.cend(); ++it)
        if (it.value() == *id)
            return it.key();
    return QString();
}

QJsonObject appointmentJson(const storage::AppointmentRecord& a, const storage::StoredClinic& clinic)
{
    QJsonObject o {{u"id"_s, a.id}, {u"version"_s, a.version}, {u"patient_id"_s, a.patientId},
        {u"start"_s, a.localStart.toString(LocalFormat)}, {u"end"_s, a.localEnd().toString(LocalFormat)},
        {u"duration_minutes"_s, a.durationMinutes()}, {u"time_zone"_s, a.timeZone},
        {u"practitioner"_s, codeOf(clinic.practitionerIds, a.practitionerId)},
        {u"room"_s, codeOf(clinic.roomIds, a.roomId)}, {u"modality"_s, a.modality},
        {u"areas"_s, QJsonArray::fromStringList(a.areas)}, {u"status"_s, storage::appointmentStatusCode(a.status)}};
    o.insert(u"device"_s, a.deviceId ? QJsonValue(codeOf(clinic.deviceIds, a.deviceId)) : QJsonValue());
    o.insert(u"session_id"_s, a.sessionId ? QJsonValue(*a.sessionId) : QJsonValue());
    if (!a.statusReason.isEmpty())
        o.insert(u"status_reason"_s, a.statusReason);
    if (!a.notes.isEmpty())
        o.insert(u"notes"_s, a.notes);
    return o;
}

std::optional<QDateTime> localTime(CommandContext& ctx, const QString& option)
{
    const QString text = ctx.parser.value(option);
    const QDateTime t = QDateTime::fromString(text, LocalFormat);
    if (!t.isValid()) {
        ctx.printError(Tr::tr("--%1: \"%2\" is not a local date and time (YYYY-MM-DDTHH:MM)").arg(option, text));
        return std::nullopt;
    }
    return t;
}

// The value of a required option, or a usage error naming it.
std::optional<QString> required(CommandContext& ctx, const QString& option, const QString& command)
{
    if (!ctx.parser.isSet(option) || ctx.parser.value(option).isEmpty()) {
        ctx.printError(Tr::tr("%1 needs --%2").arg(command, option));
        return std::nullopt;
    }
    return ctx.parser.value(option);
}

QList<QCommandLineOption> bookOptions()
{
    return {
        QCommandLineOption(u"patient"_s, Tr::tr("The patient's id."), u"ID"_s),
        QCommandLineOption(u"practitioner"_s, Tr::tr("The practitioner's code in the clinic set-up."), u"CODE"_s),
        QCommandLineOption(u"room"_s, Tr::tr("The room's code."), u"CODE"_s),
        QCommandLineOption(u"device"_s, Tr::tr("The device's code (optional)."), u"CODE"_s),
        QCommandLineOption(u"at"_s, Tr::tr("Start, clinic wall-clock time."), u"YYYY-MM-DDTHH:MM"_s),
        QCommandLineOption(u"modality"_s, Tr::tr("The catalogue's modality code."), u"CODE"_s),
        QCommandLineOption(u"areas"_s, Tr::tr("Treated areas, comma-separated catalogue codes."), u"A,B"_s),
        QCommandLineOption(u"session"_s, Tr::tr("The series session this books (optional)."), u"ID"_s),
    };
}

int runBook(CommandContext& ctx, const QStringList& positional)
{
    if (!positional.isEmpty()) {
        ctx.printError(Tr::tr("appointments book takes options only"));
        return Failure;
    }
    const QString command = u"appointments book"_s;
    const auto patient = required(ctx, u"patient"_s, command);
    const auto practitioner = required(ctx, u"practitioner"_s, command);
    const auto room = required(ctx, u"room"_s, command);
    const auto modality = required(ctx, u"modality"_s, command);
    const auto areasText = required(ctx, u"areas"_s, command);
    if (!patient || !practitioner || !room || !modality || !areasText || !required(ctx, u"at"_s, command))
        return Failure;
    const auto patientId = recordId(ctx, Tr::tr("patient"), *patient);
    const auto start = localTime(ctx, u"at"_s);
    if (!patientId || !start)
        return BadInput;
    std::optional<qint64> sessionId;
    if (ctx.parser.isSet(u"session"_s)) {
        sessionId = recordId(ctx, Tr::tr("session"), ctx.parser.value(u"session"_s));
        if (!sessionId)
            return BadInput;
    }
    const auto useCases = ctx.useCases();
    if (!useCases)
        return useCases.error();
    const services::AppointmentRequest request {*patientId, sessionId, *practitioner, *room,
        ctx.parser.value(u"device"_s), *modality, areasText->split(u',', Qt::SkipEmptyParts), *start};
    auto booked = services::bookAppointment(*useCases, request);
    if (!booked) {
        // An option's value is named as the option: "--areas: unknown area ...".
        if (booked.error().kind == services::ServiceError::Kind::Invalid && !booked.error().problems.isEmpty()) {
            for (const Problem& p : booked.error().problems)
                ctx.printError(u"--%1: %2"_s.arg(p.path, p.message));
            return BadInput;
        }
        return ctx.fail(booked.error());
    }
    ctx.printJson(appointmentJson(booked->appointment, booked->clinic));
    return Success;
}

QList<QCommandLineOption> listOptions()
{
    return {
        QCommandLineOption(u"date"_s, Tr::tr("The day (default: today)."), u"YYYY-MM-DD"_s),
        QCommandLineOption(u"practitioner"_s, Tr::tr("The practitioner's code in the clinic set-up."), u"CODE"_s),
    };
}

int runList(CommandContext& ctx, const QStringList& positional)
{
    if (!positional.isEmpty()) {
        ctx.printError(Tr::tr("appointments list takes options only"));
        return Failure;
    }
    QDate day = ctx.today;
    if (ctx.parser.isSet(u"date"_s)) {
        const auto parsed = isoDateOption(ctx, u"date"_s);
        if (!parsed)
            return BadInput;
        day = *parsed;
    }
    auto clinic = storedClinic(ctx);
    if (!clinic)
        return clinic.error();
    std::optional<qint64> practitioner;
    if (ctx.parser.isSet(u"practitioner"_s)) {
        const QString code = ctx.parser.value(u"practitioner"_s);
        if (!clinic->practitionerIds.contains(code)) {
            ctx.printError(Tr::tr("--practitioner: no practitioner \"%1\" in the clinic set-up").arg(code));
            return BadInput;
        }
        practitioner = clinic->practitionerIds.value(code);
    }
    storage::AppointmentRepository repo(*ctx.database(), clinic->setup.timeZone);
    auto list = repo.between(QDateTime(day, QTime(0, 0)), QDateTime(day.addDays(1), QTime(0, 0)), practitioner);
    if (!list)
        return ctx.fail(list.error());
    // The front desk reads names, not ids: each patient's name once.
    storage::PatientRepository patients(*ctx.database());
    QHash<qint64, QString> names;
    QJsonArray out;
    for (const storage::AppointmentRecord& a : *list) {
        if (!names.contains(a.patientId)) {
            auto p = patients.get(a.patientId);
            if (!p)
                return ctx.fail(p.error());
            names.insert(a.patientId, p->familyName + u", "_s + p->givenNames);
        }
        QJsonObject o = appointmentJson(a, *clinic);
        o.insert(u"patient"_s, names.value(a.patientId));
        out.append(o);
    }
    ctx.printJson({{u"date"_s, isoDate(day)}, {u"appointments"_s, out}});
    return Success;
}

QList<QCommandLineOption> versionOption()
{
    return {QCommandLineOption(
        u"version"_s, Tr::tr("The version read (optional): refuse if the appointment changed since."), u"V"_s)};
}

QList<QCommandLineOption> moveOptions()
{
    return versionOption() << QCommandLineOption(u"to"_s, Tr::tr("The new start."), u"YYYY-MM-DDTHH:MM"_s)
                           << QCommandLineOption(u"shift-later"_s,
                                  Tr::tr("A series session: move the later sessions to the slots offered."));
}

QList<QCommandLineOption> cancelOptions()
{
    return versionOption() << QCommandLineOption(u"reason"_s, Tr::tr("Why it is cancelled (required)."), u"TEXT"_s);
}

// The appointment named by the one positional argument, with the version to change it at:
// --version when given, else the one just read.
struct Target {
    storage::StoredClinic clinic;
    storage::AppointmentRecord appointment;
    int version = 0;
};

std::expected<Target, int> target(CommandContext& ctx, const QStringList& positional, const QString& command)
{
    if (positional.size() != 1) {
        ctx.printError(Tr::tr("%1 needs the appointment ID").arg(command));
        return std::unexpected(Failure);
    }
    const auto id = recordId(ctx, Tr::tr("appointment"), positional.first());
    if (!id)
        return std::unexpected(BadInput);
    auto clinic = storedClinic(ctx);
    if (!clinic)
        return std::unexpected(clinic.error());
    auto appointment = storage::AppointmentRepository(*ctx.database(), clinic->setup.timeZone).get(*id);
    if (!appointment)
        return std::unexpected(ctx.fail(appointment.error()));
    int version = appointment->version;
    if (ctx.parser.isSet(u"version"_s)) {
        bool ok = false;
        version = ctx.parser.value(u"version"_s).toInt(&ok);
        if (!ok || version < 1) {
            ctx.printError(Tr::tr("--version: \"%1\" is not a version (a whole number from 1)")
                               .arg(ctx.parser.value(u"version"_s)));
            return std::unexpected(BadInput);
        }
    }
    return Target {std::move(*clinic), *appointment, version};
}

// Prints the appointment as it now stands, with the series' part of the change when there is one.
int finish(CommandContext& ctx, Target& t, const storage::Result<void>& done,
    const std::optional<QJsonObject>& series = std::nullopt)
{
    if (!done)
        return ctx.fail(done.error());
    auto now = storage::AppointmentRepository(*ctx.database(), t.clinic.setup.timeZone).get(t.appointment.id);
    if (!now)
        return ctx.fail(now.error());
    QJsonObject out = appointmentJson(*now, t.clinic);
    if (series)
        out.insert(u"series"_s, *series);
    ctx.printJson(out);
    return Success;
}

int runMove(CommandContext& ctx, const QStringList& positional)
{
    if (!required(ctx, u"to"_s, u"appointments move"_s))
        return Failure;
    const auto to = localTime(ctx, u"to"_s);
    if (!to)
        return BadInput;
    auto t = target(ctx, positional, u"appointments move"_s);
    if (!t)
        return t.error();
    const Catalogue* catalogue = ctx.catalogue();
    const BookingChoice choice {codeOf(t->clinic.practitionerIds, t->appointment.practitionerId),
        codeOf(t->clinic.roomIds, t->appointment.roomId), codeOf(t->clinic.deviceIds, t->appointment.deviceId),
        t->appointment.modality, static_cast<int>(t->appointment.areas.size()), *to};
    if (const auto refusal = bookingRefusal(t->clinic.setup, *catalogue, choice)) {
        ctx.printError(*refusal);
        return RuleRefused;
    }
    if (t->appointment.sessionId) {
        const auto series = moveSeriesSession(
            ctx, *catalogue, t->clinic, t->appointment, t->version, *to, ctx.parser.isSet(u"shift-later"_s));
        if (!series)
            return series.error();
        return finish(ctx, *t, {}, *series);
    }
    storage::AppointmentRepository repo(*ctx.database(), t->clinic.setup.timeZone);
    return finish(ctx, *t, repo.move(t->appointment.id, t->version, *to, ctx.actor()));
}

int changeStatus(CommandContext& ctx, const QStringList& positional, const QString& command,
    storage::AppointmentStatus status, const QString& reason)
{
    auto t = target(ctx, positional, command);
    if (!t)
        return t.error();
    storage::AppointmentRepository repo(*ctx.database(), t->clinic.setup.timeZone);
    return finish(ctx, *t, repo.setStatus(t->appointment.id, t->version, status, reason, ctx.actor()));
}

// Every change of one appointment, oldest first, from the audit log: booked, moved, cancelled ...
int runHistory(CommandContext& ctx, const QStringList& positional)
{
    auto t = target(ctx, positional, u"appointments history"_s);
    if (!t)
        return t.error();
    auto trail = storage::auditTrail(*ctx.database(), u"appointments"_s, t->appointment.id);
    if (!trail)
        return ctx.fail(trail.error());
    QJsonArray out;
    for (const storage::AuditEntry& e : *trail) {
        QJsonObject o {
            {u"at"_s, e.at.toUTC().toString(Qt::ISODateWithMs)}, {u"by"_s, e.actor}, {u"action"_s, e.action}};
        for (const QString& key : {u"status"_s, u"local_start"_s, u"status_reason"_s}) {
            const QJsonValue before = e.before ? e.before->value(key) : QJsonValue();
            const QJsonValue after = e.after ? e.after->value(key) : QJsonValue();
            if (before != after && !after.isUndefined())
                o.insert(key, after);
        }
        out.append(o);
    }
    ctx.printJson({{u"id"_s, t->appointment.id}, {u"history"_s, out}});
    return Success;
}

int runCancel(CommandContext& ctx, const QStringList& positional)
{
    const auto reason = required(ctx, u"reason"_s, u"appointments cancel"_s);
    if (!reason)
        return Failure;
    return changeStatus(ctx, positional, u"appointments cancel"_s, storage::AppointmentStatus::Cancelled, *reason);
}

// A checked-in appointment whose treatment is done: its post-care sheet goes into the day's batch.
int runComplete(CommandContext& ctx, const QStringList& positional)
{
    return changeStatus(ctx, positional, u"appointments complete"_s, storage::AppointmentStatus::Completed, QString());
}

QList<QCommandLineOption> noShowOptions()
{
    return versionOption() << QCommandLineOption(u"rebook"_s,
               Tr::tr("A series session: book the missed session again at the first slot the re-plan finds."));
}

int runNoShow(CommandContext& ctx, const QStringList& positional)
{
    auto t = target(ctx, positional, u"appointments no-show"_s);
    if (!t)
        return t.error();
    if (!t->appointment.sessionId)
        return changeStatus(ctx, positional, u"appointments no-show"_s, storage::AppointmentStatus::NoShow, QString());
    const auto series = noShowSeriesSession(
        ctx, *ctx.catalogue(), t->clinic, t->appointment, t->version, ctx.parser.isSet(u"rebook"_s));
    if (!series)
        return series.error();
    return finish(ctx, *t, {}, *series);
}

} // namespace

const QList<SubCommand>& appointmentCommands()
{
    static const QList<SubCommand> table {
        {u"book"_s,
            u"--patient ID --practitioner CODE --room CODE [--device CODE] --at YYYY-MM-DDTHH:MM --modality M "
            u"--areas A,B [--session ID]"_s,
            &bookOptions, &runBook},
        {u"list"_s, u"[--date D] [--practitioner CODE]"_s, &listOptions, &runList},
        {u"move"_s, u"ID --to YYYY-MM-DDTHH:MM [--version V] [--shift-later]"_s, &moveOptions, &runMove},
        {u"cancel"_s, u"ID --reason TEXT [--version V]"_s, &cancelOptions, &runCancel},
        {u"complete"_s, u"ID [--version V]"_s, &versionOption, &runComplete},
        {u"no-show"_s, u"ID [--version V] [--rebook]"_s, &noShowOptions, &runNoShow},
        {u"history"_s, u"ID"_s, &noOptions, &runHistory},
    };
    return table;
}

} // namespace np::cli
