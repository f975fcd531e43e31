// checkin APPOINTMENT_ID [FILE]: the pre-session re-screen (the catalogue's pre_session_screen).
// The screening is stored first, then the appointment changes: checked in, or, when a blocking
// finding is in effect on the appointment's day, cancelled with the reason (exit 3).
#include "ClinicAccess.h"
#include "Commands.h"
#include "RecordSubCommands.h"

#include "core/JsonReader.h"
#include "core/ScreeningAnswers.h"
#include "storage/AppointmentRepository.h"
#include "storage/FindingRepository.h"
#include "storage/PatientRepository.h"
#include "storage/ScreeningRepository.h"
#include "storage/SeriesRepository.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace np::cli {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(CheckinCommand)
};

const QString Other = u"other"_s;

struct CheckinAnswers {
    QJsonObject answers; // as stored with the screening: {CODE: ..., "other": {QUESTION: "text"}}
    QList<Finding> yes; // the findings the "yes" answers stand for
};

// The free-text answers: one text per question of the screen, nothing else.
QJsonObject readOther(const PreSessionScreen& screen, JsonObjectReader& r, JsonContext& json)
{
    const QJsonObject other
        = r.object(Other, screen.questions.isEmpty() ? Need::Optional : Need::Required).value_or(QJsonObject());
    for (auto it = other.begin(); it != other.end(); ++it) {
        const bool asked
            = std::ranges::any_of(screen.questions, [&](const ScreenQuestion& q) { return q.code == it.key(); });
        if (!asked)
            json.add(jsonPath(r.pathOf(Other), it.key()), Tr::tr("is not a question of the pre-session screen"));
        else if (!it.value().isString())
            json.add(jsonPath(r.pathOf(Other), it.key()), Tr::tr("must be text (empty for none)"));
    }
    if (r.has(Other))
        for (const ScreenQuestion& q : screen.questions)
            if (!other.contains(q.code))
                json.add(jsonPath(r.pathOf(Other), q.code),
                    Tr::tr("is not answered (\"%1\"): text, empty for none").arg(q.text));
    return other;
}

// {"answers": {CODE: false | {since, until, areas, note}}, "other": {QUESTION: "text"}}: every item of
// the catalogue's pre-session screen answered; a yes to another contraindication may be added.
std::optional<CheckinAnswers> readAnswers(
    const QByteArray& bytes, const QString& file, const Catalogue& catalogue, Problems& problems)
{
    JsonContext json {file, {}};
    const auto root = parseJsonObject(bytes, json);
    if (!root) {
        problems = json.problems;
        return std::nullopt;
    }
    const PreSessionScreen& screen = catalogue.preSessionScreen;
    JsonObjectReader r(*root, QString(), json);
    CheckinAnswers in;
    in.answers = r.object(u"answers").value_or(QJsonObject());
    const QJsonObject other = readOther(screen, r, json);
    r.finish();
    const QString answersPath = r.pathOf(u"answers");
    if (in.answers.contains(Other))
        json.add(jsonPath(answersPath, Other), Tr::tr("free-text answers go in \"other\" beside \"answers\""));
    else if (r.has(u"answers"))
        for (const QString& code : screen.contraindications)
            if (!in.answers.contains(code))
                json.add(jsonPath(answersPath, code),
                    Tr::tr("is not answered: false (no) or an object {since, until, areas, note} (yes)"));
    in.yes = answersToFindings(catalogue, in.answers, json, answersPath);
    if (!json.ok()) {
        problems = json.problems;
        return std::nullopt;
    }
    if (!other.isEmpty())
        in.answers.insert(Other, other);
    return in;
}

// The treatment the appointment is for, with its series (and the series' indication) when it books
// a planned session.
storage::Result<Treatment> treatmentOf(storage::Database& db, const Catalogue& catalogue,
    const storage::AppointmentRecord& a, std::optional<qint64>& seriesId)
{
    Treatment t;
    t.modality = a.modality;
    t.areas = a.areas;
    if (!a.sessionId)
        return t;
    storage::SeriesRepository series(db, catalogue);
    auto session = series.session(*a.sessionId);
    if (!session)
        return std::unexpected(session.error());
    auto record = series.get(session->seriesId);
    if (!record)
        return std::unexpected(record.error());
    seriesId = record->id;
    t.indication = record->indication;
    return t;
}

// The pre-session screening of the appointment's patient, its result computed on the appointment's day.
storage::Result<storage::ScreeningRecord> screeningFor(CommandContext& ctx, storage::Database& db,
    const Catalogue& catalogue, const storage::AppointmentRecord& a, const CheckinAnswers& in)
{
    storage::ScreeningRecord s;
    s.patientId = a.patientId;
    s.kind = storage::ScreeningKind::PreSession;
    s.screenedOn = ctx.today;
    s.answers = in.answers;
    const auto treatment = treatmentOf(db, catalogue, a, s.seriesId);
    if (!treatment)
        return std::unexpected(treatment.error());
    auto patient = storage::PatientRepository(db).get(a.patientId);
    if (!patient)
        return std::unexpected(patient.error());
    auto current = storage::FindingRepository(db, catalogue).currentFindings(a.patientId);
    if (!current)
        return std::unexpected(current.error());
    const PatientProfile profile {patient->birthDate, patient->fitzpatrick, *current + in.yes};
    s.result = resultOf(catalogue, profile, *treatment, a.localStart.date());
    return s;
}

// The result's findings with this effect, each with a name a person reads.
QJsonArray findingsWith(const Catalogue& catalogue, const QJsonObject& result, const QString& effect)
{
    QJsonArray out;
    for (const QJsonValue& v : result.value(u"findings"_s).toArray()) {
        QJsonObject f = v.toObject();
        if (f.value(u"effect"_s).toString() != effect)
            continue;
        const Contraindication* c = catalogue.contraindication(f.value(u"code"_s).toString());
        f.insert(u"name"_s, c ? c->name : f.value(u"message"_s).toString());
        out.append(f);
    }
    return out;
}

QString namesOf(const QJsonArray& findings)
{
    QStringList names;
    for (const QJsonValue& f : findings)
        names.append(f.toObject().value(u"name"_s).toString());
    return names.join(u"; "_s);
}

// The free-text answers given (not empty), for the clinician to read.
QJsonObject givenTexts(const QJsonObject& other)
{
    QJsonObject out;
    for (auto it = other.begin(); it != other.end(); ++it)
        if (!it.value().toString().trimmed().isEmpty())
            out.insert(it.key(), it.value());
    return out;
}

} // namespace

int runCheckin(CommandContext& ctx, const QStringList& positional)
{
    int exitCode = Failure;
    const auto input = readRecordInput(ctx, u"checkin"_s, Tr::tr("appointment"), positional, exitCode);
    if (!input)
        return exitCode;
    const Catalogue& catalogue = *input->catalogue;
    Problems problems;
    const auto in = readAnswers(input->bytes, input->name, catalogue, problems);
    if (!in) {
        ctx.printProblems(problems);
        return BadInput;
    }
    auto clinic = storedClinic(ctx);
    if (!clinic)
        return clinic.error();
    storage::Database& db = *ctx.database();
    storage::AppointmentRepository appointments(db, clinic->setup.timeZone);
    const auto appointment = appointments.get(input->id);
    if (!appointment)
        return ctx.fail(appointment.error());
    if (appointment->status != storage::AppointmentStatus::Booked) {
        ctx.printError(Tr::tr("appointment %1 is %2: only a booked appointment can be checked in")
                           .arg(appointment->id)
                           .arg(storage::appointmentStatusCode(appointment->status)));
        return BadInput;
    }
    auto screening = screeningFor(ctx, db, catalogue, *appointment, *in);
    if (!screening)
        return ctx.fail(screening.error());
    const auto screeningId = storage::ScreeningRepository(db, catalogue).add(*screening, ctx.actor());
    if (!screeningId)
        return ctx.fail(screeningId.error());

    const QJsonObject& result = screening->result;
    const bool blocked = screening->status() == u"blocked";
    const QJsonArray blocking = findingsWith(catalogue, result, u"blocks"_s);
    const auto status = blocked ? storage::AppointmentStatus::Cancelled : storage::AppointmentStatus::CheckedIn;
    const QString reason = blocked ? Tr::tr("stopped at check-in: %1").arg(namesOf(blocking)) : QString();
    // Two transactions: the screening is kept even when the appointment has changed meanwhile.
    if (auto done = appointments.setStatus(appointment->id, appointment->version, status, reason, ctx.actor()); !done) {
        ctx.printError(Tr::tr("screening %1 is stored, but appointment %2 was not changed:")
                           .arg(*screeningId)
                           .arg(appointment->id));
        return ctx.fail(done.error());
    }
    QJsonObject out {{u"status"_s, blocked ? u"blocked"_s : storage::appointmentStatusCode(status)},
        {u"appointment_id"_s, appointment->id}, {u"screening_id"_s, *screeningId}, {u"result"_s, result}};
    if (const QJsonObject other = givenTexts(in->answers.value(Other).toObject()); !other.isEmpty())
        out.insert(Other, other);
    if (blocked) {
        out.insert(u"reasons"_s, blocking);
        out.insert(u"rebook_from"_s, result.value(u"clears_on"_s));
        if (result.value(u"clears_on"_s).isNull())
            out.insert(u"rebook_when"_s, Tr::tr("when the blocking finding is resolved: screen again then"));
        ctx.printJson(out);
        return RuleRefused;
    }
    if (screening->status() == u"review") {
        out.insert(u"review_needed"_s, true);
        out.insert(u"findings"_s, findingsWith(catalogue, result, u"review"_s));
    }
    ctx.printJson(out);
    return Success;
}

} // namespace np::cli
