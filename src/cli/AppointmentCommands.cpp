// appointments book|list|move|cancel|no-show: the clinic calendar, wall-clock times in the
// clinic's zone, JSON out.
#include "Commands.h"
#include "SubCommands.h"

#include "core/JsonReader.h"
#include "services/AppointmentService.h"
#include "storage/AppointmentRepository.h"

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

// A use case's error, an option's problem named as the option ("--practitioner: ...").
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
    if (!booked)
        return ctx.failOptions(booked.error()); // "--areas: unknown area ..."
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
    const auto useCases = ctx.useCases();
    if (!useCases)
        return useCases.error();
    const auto list = services::appointmentsOn(*useCases, day, ctx.parser.value(u"practitioner"_s));
    if (!list)
        return ctx.failOptions(list.error());
    QJsonArray out;
    for (const storage::AppointmentRecord& a : list->appointments) {
        QJsonObject o = appointmentJson(a, list->clinic);
        o.insert(u"patient"_s, list->patientNames.value(a.patientId));
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

// The appointment named by the one positional argument and --version when given.
std::expected<services::AppointmentTarget, int> target(
    CommandContext& ctx, const QStringList& positional, const QString& command)
{
    if (positional.size() != 1) {
        ctx.printError(Tr::tr("%1 needs the appointment ID").arg(command));
        return std::unexpected(Failure);
    }
    const auto id = recordId(ctx, Tr::tr("appointment"), positional.first());
    if (!id)
        return std::unexpected(BadInput);
    services::AppointmentTarget out {*id, std::nullopt};
    if (ctx.parser.isSet(u"version"_s)) {
        bool ok = false;
        const int version = ctx.parser.value(u"version"_s).toInt(&ok);
        if (!ok || version < 1) {
            ctx.printError(Tr::tr("--version: \"%1\" is not a version (a whole number from 1)")
                               .arg(ctx.parser.value(u"version"_s)));
            return std::unexpected(BadInput);
        }
        out.version = version;
    }
    return out;
}

// The proposed or applied later sessions as JSON (session, start, end, practitioner, room, device).
QJsonArray laterSessionsJson(const SeriesBooking& booking)
{
    QJsonArray out;
    for (const BookedSession& s : booking.sessions)
        out.append(QJsonObject {{u"session"_s, s.number}, {u"start"_s, s.slot.localStart.toString(LocalFormat)},
            {u"end"_s, s.slot.localEnd.toString(LocalFormat)}, {u"practitioner"_s, s.slot.practitioner},
            {u"room"_s, s.slot.room},
            {u"device"_s, s.slot.device.isEmpty() ? QJsonValue() : QJsonValue(s.slot.device)}});
    return out;
}

// A move's series part: the warnings and the later sessions shifted or offered.
QJsonObject moveSeriesJson(const services::SeriesChange& c)
{
    QJsonObject out {{u"series_id"_s, c.seriesId}, {u"session"_s, c.session},
        {u"warnings"_s, QJsonArray::fromStringList(c.warnings)}};
    if (!c.noOffer.isEmpty())
        out.insert(u"no_offer"_s, c.noOffer);
    if (c.later)
        out.insert(c.laterApplied ? u"shifted"_s : u"offer"_s, laterSessionsJson(*c.later));
    return out;
}

// A no-show's series part: the sessions re-planned (one name, with --rebook or without) or why not.
QJsonObject noShowSeriesJson(const services::SeriesChange& c)
{
    QJsonObject out {{u"series_id"_s, c.seriesId}, {u"session"_s, c.session}};
    if (c.rebookedAppointmentId)
        out.insert(u"rebooked_appointment_id"_s, *c.rebookedAppointmentId);
    if (c.later)
        out.insert(u"replanned"_s, laterSessionsJson(*c.later));
    else
        out.insert(u"not_replanned"_s, c.noOffer);
    return out;
}

// Prints the appointment as it now stands, with the series' part of the change when there is one.
int finish(CommandContext& ctx, const services::Outcome<services::AppointmentChange>& change,
    QJsonObject (*seriesJson)(const services::SeriesChange&) = nullptr)
{
    if (!change)
        return ctx.fail(change.error());
    QJsonObject out = appointmentJson(change->appointment, change->clinic);
    if (change->series && seriesJson)
        out.insert(u"series"_s, seriesJson(*change->series));
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
    const auto t = target(ctx, positional, u"appointments move"_s);
    if (!t)
        return t.error();
    const auto useCases = ctx.useCases();
    if (!useCases)
        return useCases.error();
    const auto moved = services::moveAppointment(*useCases, *t, *to, ctx.parser.isSet(u"shift-later"_s));
    if (!moved)
        return ctx.fail(moved.error());
    const services::SeriesChange* series = moved->change.series ? &*moved->change.series : nullptr;
    switch (moved->refusal) {
    case services::MoveRefusal::None:
        return finish(ctx, moved->change, &moveSeriesJson);
    case services::MoveRefusal::BreaksRule:
        ctx.printJson({{u"moved"_s, false}, {u"series"_s, moveSeriesJson(*series)}});
        ctx.printError(Tr::tr("appointment %1 cannot move to %2: %3")
                           .arg(t->id)
                           .arg(to->toString(u"yyyy-MM-dd HH:mm"_s), moved->reason));
        return RuleRefused;
    case services::MoveRefusal::LaterOutOfWindow:
        ctx.printJson({{u"moved"_s, false}, {u"series"_s, moveSeriesJson(*series)}});
        ctx.printError(Tr::tr("appointment %1 was not moved: %2. %3")
                           .arg(t->id)
                           .arg(moved->reason,
                               series->later ? Tr::tr("Add --shift-later to move the later sessions as offered.")
                                             : Tr::tr("No later slots could be offered.")));
        return RuleRefused;
    }
    return Failure;
}

// Every change of one appointment, oldest first, from the audit log: booked, moved, cancelled ...
int runHistory(CommandContext& ctx, const QStringList& positional)
{
    const auto t = target(ctx, positional, u"appointments history"_s);
    if (!t)
        return t.error();
    const auto useCases = ctx.useCases();
    if (!useCases)
        return useCases.error();
    const auto trail = services::appointmentHistory(*useCases, t->id);
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
    ctx.printJson({{u"id"_s, t->id}, {u"history"_s, out}});
    return Success;
}

int runCancel(CommandContext& ctx, const QStringList& positional)
{
    const auto reason = required(ctx, u"reason"_s, u"appointments cancel"_s);
    if (!reason)
        return Failure;
    const auto t = target(ctx, positional, u"appointments cancel"_s);
    if (!t)
        return t.error();
    const auto useCases = ctx.useCases();
    if (!useCases)
        return useCases.error();
    return finish(ctx, services::cancelAppointment(*useCases, *t, *reason));
}

// A checked-in appointment whose treatment is done: its post-care sheet goes into the day's batch.
int runComplete(CommandContext& ctx, const QStringList& positional)
{
    const auto t = target(ctx, positional, u"appointments complete"_s);
    if (!t)
        return t.error();
    const auto useCases = ctx.useCases();
    if (!useCases)
        return useCases.error();
    return finish(ctx, services::completeAppointment(*useCases, *t));
}

QList<QCommandLineOption> noShowOptions()
{
    return versionOption() << QCommandLineOption(u"rebook"_s,
               Tr::tr("A series session: book the missed session again at the first slot the re-plan finds."));
}

int runNoShow(CommandContext& ctx, const QStringList& positional)
{
    const auto t = target(ctx, positional, u"appointments no-show"_s);
    if (!t)
        return t.error();
    const auto useCases = ctx.useCases();
    if (!useCases)
        return useCases.error();
    return finish(ctx, services::markNoShow(*useCases, *t, ctx.parser.isSet(u"rebook"_s)), &noShowSeriesJson);
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
