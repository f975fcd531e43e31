#include "CheckinService.h"

#include "ClinicSchedule.h"
#include "ScreeningService.h"

#include "core/JsonReader.h"
#include "core/ScreeningAnswers.h"
#include "storage/SeriesRepository.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace np::services {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(CheckinService)
};

const QString Other = u"other"_s;

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

// The treatment the appointment is for, with its series (and the series' indication) when it books
// a planned session.
Outcome<Treatment> treatmentOf(
    const UseCaseContext& ctx, const storage::AppointmentRecord& a, std::optional<qint64>& seriesId)
{
    Treatment t;
    t.modality = a.modality;
    t.areas = a.areas;
    if (!a.sessionId)
        return t;
    storage::SeriesRepository series(ctx.db, ctx.catalogue);
    auto session = series.session(*a.sessionId);
    if (!session)
        return std::unexpected(ServiceError::fromStorage(session.error()));
    auto record = series.get(session->seriesId);
    if (!record)
        return std::unexpected(ServiceError::fromStorage(record.error()));
    seriesId = record->id;
    t.indication = record->indication;
    return t;
}

} // namespace

QJsonArray checkinFindings(const Catalogue& catalogue, const QJsonObject& result, const QString& effect)
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

namespace {

QString namesOf(const QJsonArray& findings)
{
    QStringList names;
    for (const QJsonValue& f : findings)
        names.append(f.toObject().value(u"name"_s).toString());
    return names.join(u"; "_s);
}

QJsonObject givenTexts(const QJsonObject& other)
{
    QJsonObject out;
    for (auto it = other.begin(); it != other.end(); ++it)
        if (!it.value().toString().trimmed().isEmpty())
            out.insert(it.key(), it.value());
    return out;
}

} // namespace

Outcome<CheckinAnswers> readCheckinAnswers(const QByteArray& bytes, const QString& file, const Catalogue& catalogue)
{
    JsonContext json {file, {}};
    const auto root = parseJsonObject(bytes, json);
    if (!root)
        return std::unexpected(ServiceError::invalid(json.problems));
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
    if (!json.ok())
        return std::unexpected(ServiceError::invalid(json.problems));
    if (!other.isEmpty())
        in.answers.insert(Other, other);
    return in;
}

Outcome<QJsonObject> checkinResult(const UseCaseContext& ctx, qint64 appointmentId, const CheckinAnswers& answers)
{
    auto clinic = storedClinic(ctx.db, ctx.catalogue);
    if (!clinic)
        return std::unexpected(clinic.error());
    const auto appointment = appointmentRepository(ctx, *clinic).get(appointmentId);
    if (!appointment)
        return std::unexpected(ServiceError::fromStorage(appointment.error()));
    std::optional<qint64> seriesId;
    const auto treatment = treatmentOf(ctx, *appointment, seriesId);
    if (!treatment)
        return std::unexpected(treatment.error());
    return screeningResult(ctx, appointment->patientId, *treatment, answers.yes, appointment->localStart.date());
}

Outcome<CheckinResult> checkIn(const UseCaseContext& ctx, const AppointmentTarget& target, const CheckinAnswers& in)
{
    auto clinic = storedClinic(ctx.db, ctx.catalogue);
    if (!clinic)
        return std::unexpected(clinic.error());
    auto appointments = appointmentRepository(ctx, *clinic);
    const auto appointment = appointments.get(target.id);
    if (!appointment)
        return std::unexpected(ServiceError::fromStorage(appointment.error()));
    if (appointment->status != storage::AppointmentStatus::Booked)
        return std::unexpected(
            ServiceError::invalid(Tr::tr("appointment %1 is %2: only a booked appointment can be checked in")
                                      .arg(appointment->id)
                                      .arg(storage::appointmentStatusCode(appointment->status))));

    CheckinResult out;
    storage::ScreeningRecord& s = out.screening;
    s.patientId = appointment->patientId;
    s.kind = storage::ScreeningKind::PreSession;
    s.screenedOn = ctx.today;
    s.answers = in.answers;
    const auto treatment = treatmentOf(ctx, *appointment, s.seriesId);
    if (!treatment)
        return std::unexpected(treatment.error());
    auto result = screeningResult(ctx, appointment->patientId, *treatment, in.yes, appointment->localStart.date());
    if (!result)
        return std::unexpected(result.error());
    s.result = std::move(*result);
    auto screenings = repositoryFor<storage::ScreeningRepository>(ctx);
    const auto screeningId = screenings.add(s, ctx.actor.name);
    if (!screeningId)
        return std::unexpected(ServiceError::fromStorage(screeningId.error()));
    s.id = *screeningId;

    out.blocked = s.status() == u"blocked";
    out.blocking = checkinFindings(ctx.catalogue, s.result, u"blocks"_s);
    out.review = checkinFindings(ctx.catalogue, s.result, u"review"_s);
    out.otherTexts = givenTexts(in.answers.value(Other).toObject());
    const auto status = out.blocked ? storage::AppointmentStatus::Cancelled : storage::AppointmentStatus::CheckedIn;
    const QString reason = out.blocked ? Tr::tr("stopped at check-in: %1").arg(namesOf(out.blocking)) : QString();
    // Two transactions: the screening is kept even when the appointment has changed meanwhile.
    const int version = target.version.value_or(appointment->version);
    if (auto done = appointments.setStatus(appointment->id, version, status, reason, ctx.actor.name); !done) {
        auto error = ServiceError::fromStorage(done.error());
        error.storage->message = Tr::tr("screening %1 is stored, but appointment %2 was not changed:")
                                     .arg(*screeningId)
                                     .arg(appointment->id)
            + u'\n' + error.storage->message;
        error.message = error.storage->message;
        return std::unexpected(std::move(error));
    }
    auto now = appointments.get(appointment->id);
    if (!now)
        return std::unexpected(ServiceError::fromStorage(now.error()));
    out.appointment = std::move(*now);
    return out;
}

} // namespace np::services
