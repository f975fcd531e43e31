// series book: a whole series planned by the engine and booked into the calendar, every session or
// none; --dry-run proposes the appointments without storing them, to adjust before confirming.
#include "ClinicAccess.h"
#include "Commands.h"
#include "SeriesRequest.h"
#include "SubCommands.h"

#include "core/BookingRules.h"
#include "core/JsonReader.h"
#include "core/PlanJson.h"
#include "core/SeriesBooking.h"
#include "services/SeriesService.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace np::cli {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(SeriesBookCommand)
};

const QString LocalFormat = u"yyyy-MM-ddTHH:mm"_s;

void readPractitioner(JsonObjectReader& r, const ClinicSetup& clinic, QString& out)
{
    const auto code = r.string(u"practitioner", Need::Optional);
    if (!code)
        return;
    if (!clinic.practitioner(*code))
        r.error(u"practitioner", Tr::tr("no practitioner \"%1\" in the clinic set-up").arg(*code));
    out = *code;
}

void readPreferences(JsonObjectReader& r, const ClinicSetup& clinic, SeriesBookingRequest& out)
{
    static const QStringList days {
        u"monday"_s, u"tuesday"_s, u"wednesday"_s, u"thursday"_s, u"friday"_s, u"saturday"_s, u"sunday"_s};
    if (const auto weekdays = r.stringList(u"weekdays", Need::Optional))
        for (const QString& day : *weekdays) {
            const qsizetype index = days.indexOf(day);
            if (index < 0)
                r.error(u"weekdays", Tr::tr("\"%1\" is not a weekday (monday ... sunday)").arg(day));
            else
                out.preferences.weekdays.append(static_cast<int>(index) + 1);
        }
    if (const auto part = r.string(u"part", Need::Optional)) {
        if (*part == u"morning")
            out.preferences.part = PartOfDay::Morning;
        else if (*part == u"afternoon")
            out.preferences.part = PartOfDay::Afternoon;
        else if (*part != u"any")
            r.error(u"part", Tr::tr("\"%1\" is not morning, afternoon or any").arg(*part));
    }
    readPractitioner(r, clinic, out.preferences.practitioner);
}

void readAdjustments(JsonObjectReader& r, const ClinicSetup& clinic, JsonContext& json, SeriesBookingRequest& out)
{
    const auto sessions = r.array(u"sessions", Need::Optional);
    if (!sessions)
        return;
    for (qsizetype i = 0; i < sessions->size(); ++i) {
        const QString path = jsonPath(r.pathOf(u"sessions"), i);
        if (!sessions->at(i).isObject()) {
            json.add(path, Tr::tr("must be an object"));
            continue;
        }
        JsonObjectReader s(sessions->at(i).toObject(), path, json);
        SessionAdjustment a;
        a.number = s.integer(u"number", Need::Required, 1, 100).value_or(0);
        if (const auto start = s.string(u"start")) {
            a.localStart = QDateTime::fromString(*start, LocalFormat);
            if (!a.localStart.isValid())
                s.error(u"start", Tr::tr("\"%1\" is not a local date and time (YYYY-MM-DDTHH:MM)").arg(*start));
        }
        readPractitioner(s, clinic, a.practitioner);
        s.finish();
        for (const SessionAdjustment& earlier : std::as_const(out.adjustments))
            if (earlier.number == a.number && a.number > 0)
                json.add(jsonPath(path, u"number"), Tr::tr("session %1 is adjusted twice").arg(a.number));
        out.adjustments.append(a);
    }
}

struct BookingRequest {
    SeriesBookingRequest request;
    QString reviewNote;
};

// The request: a plan request without "patient" and "clinic" (both come from the database),
// with an optional "booking": preferences, adjusted sessions and the review note.
std::expected<BookingRequest, int> readBookingRequest(
    CommandContext& ctx, const ClinicSetup& clinic, qint64 patientId, const QByteArray& bytes, const QString& name)
{
    JsonContext json {name, {}};
    auto root = parseJsonObject(bytes, json);
    if (root && root->contains(u"clinic"_s))
        json.add(u"clinic"_s, Tr::tr("comes from the clinic set-up: leave it out of a booking request"));
    BookingRequest read;
    SeriesBookingRequest& out = read.request;
    if (root && json.ok()) {
        const QJsonValue booking = root->take(u"booking"_s);
        if (!booking.isUndefined() && !booking.isObject())
            json.add(u"booking"_s, Tr::tr("must be an object"));
        else if (booking.isObject()) {
            JsonObjectReader r(booking.toObject(), u"booking"_s, json);
            readPreferences(r, clinic, out);
            readAdjustments(r, clinic, json, out);
            read.reviewNote = r.string(u"review_note", Need::Optional).value_or(QString());
            r.finish();
        }
    }
    if (!root || !json.ok()) {
        ctx.printProblems(json.problems);
        return std::unexpected(BadInput);
    }
    auto plan = parseSeriesRequest(ctx, patientId, *root, name); // completed by services::bookSeries
    if (!plan)
        return std::unexpected(plan.error());
    out.plan = std::move(*plan);
    return read;
}

QJsonObject sessionJson(const BookedSession& s)
{
    QJsonObject o {{u"session"_s, s.number}, {u"start"_s, s.slot.localStart.toString(LocalFormat)},
        {u"end"_s, s.slot.localEnd.toString(LocalFormat)}, {u"practitioner"_s, s.slot.practitioner},
        {u"room"_s, s.slot.room}, {u"device"_s, s.slot.device.isEmpty() ? QJsonValue() : QJsonValue(s.slot.device)},
        {u"target"_s, isoDate(s.target)}, {u"earliest"_s, isoDate(s.earliest)},
        {u"latest"_s, s.latest ? QJsonValue(isoDate(*s.latest)) : QJsonValue()}, {u"adjusted"_s, s.adjusted}};
    return o;
}

} // namespace

QList<QCommandLineOption> seriesBookOptions()
{
    return {QCommandLineOption(u"patient"_s, Tr::tr("The patient's id."), u"ID"_s),
        QCommandLineOption(u"dry-run"_s, Tr::tr("Propose the appointments without booking them."))};
}

int runSeriesBook(CommandContext& ctx, const QStringList& positional)
{
    if (positional.size() > 1 || ctx.parser.value(u"patient"_s).isEmpty()) {
        ctx.printError(Tr::tr("series book needs --patient ID and at most one JSON file"));
        return Failure;
    }
    const auto patientId = recordId(ctx, Tr::tr("patient"), ctx.parser.value(u"patient"_s));
    const Catalogue* catalogue = ctx.catalogue();
    if (!patientId || !catalogue)
        return BadInput;
    QString name;
    const auto bytes = ctx.readInput(positional.value(0), &name);
    if (!bytes)
        return BadInput;
    auto clinic = storedClinic(ctx);
    if (!clinic)
        return clinic.error();
    auto request = readBookingRequest(ctx, clinic->setup, *patientId, *bytes, name);
    if (!request)
        return request.error();
    const auto useCases = ctx.useCases();
    if (!useCases)
        return useCases.error();
    const SeriesBookingRequest& r = request->request;
    services::SeriesBookingInput input {
        *patientId, r.plan, r.preferences, r.adjustments, request->reviewNote, ctx.parser.isSet(u"dry-run"_s)};
    const auto booked = services::bookSeries(*useCases, input);
    if (!booked)
        return ctx.fail(booked.error());
    if (const auto& refusal = booked->refusal) {
        QJsonObject out {{u"booked"_s, false}, {u"session"_s, refusal->session}, {u"reason"_s, refusal->reason}};
        if (refusal->plan)
            out.insert(u"plan"_s, planToJson(*refusal->plan));
        ctx.printJson(out);
        ctx.printError(refusal->reason);
        return RuleRefused;
    }
    const SeriesBooking& booking = *booked->booking;
    QJsonArray sessions;
    for (const BookedSession& s : booking.sessions)
        sessions.append(sessionJson(s));
    QJsonObject out {{u"booked"_s, false}, {u"plan"_s, planToJson(booking.plan)}};
    if (const auto& stored = booked->stored) {
        for (qsizetype i = 0; i < sessions.size(); ++i) {
            QJsonObject s = sessions[i].toObject();
            s.insert(u"appointment_id"_s, stored->appointmentIds.value(i));
            s.insert(u"session_id"_s, stored->series.sessions.value(i).id);
            sessions[i] = s;
        }
        out.insert(u"booked"_s, true);
        out.insert(u"series_id"_s, stored->series.id);
        out.insert(u"version"_s, stored->series.version);
    }
    out.insert(u"appointments"_s, sessions);
    ctx.printJson(out);
    return Success;
}

} // namespace np::cli
