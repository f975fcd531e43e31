#include "PlanJson.h"

#include "JsonReader.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace np {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(PlanRequest)
};

QJsonValue dateValue(const std::optional<QDate>& d)
{
    return d && d->isValid() ? QJsonValue(isoDate(*d)) : QJsonValue(QJsonValue::Null);
}

// Reads an array of objects, handing each to `read` with its own strict reader.
template <typename F>
void forEachObject(JsonObjectReader& parent, QStringView key, JsonContext& ctx, F&& read)
{
    const auto array = parent.array(key, Need::Optional);
    if (!array)
        return;
    for (qsizetype i = 0; i < array->size(); ++i) {
        const QString path = jsonPath(parent.pathOf(key), i);
        if (!array->at(i).isObject()) {
            ctx.add(path, Tr::tr("must be an object"));
            continue;
        }
        JsonObjectReader item(array->at(i).toObject(), path, ctx);
        read(item);
        item.finish();
    }
}

std::optional<QList<QDate>> dateList(JsonObjectReader& parent, QStringView key, JsonContext& ctx)
{
    const auto strings = parent.stringList(key, Need::Optional);
    if (!strings)
        return std::nullopt;
    QList<QDate> out;
    for (qsizetype i = 0; i < strings->size(); ++i) {
        if (const auto d = parseIsoDate(strings->at(i)))
            out << *d;
        else
            ctx.add(jsonPath(parent.pathOf(key), i), Tr::tr("\"%1\" is not a date (YYYY-MM-DD)").arg(strings->at(i)));
    }
    return out;
}

void readPatient(JsonObjectReader& r, JsonContext& ctx, PatientProfile& p)
{
    p.birthDate = r.date(u"birth_date").value_or(QDate());
    p.fitzpatrick = r.integer(u"fitzpatrick", Need::Optional, 1, 6);
    forEachObject(r, u"findings", ctx, [&](JsonObjectReader& f) {
        Finding finding;
        finding.code = f.string(u"code").value_or(QString());
        finding.areas = f.stringList(u"areas", Need::Optional).value_or(QStringList());
        finding.since = f.date(u"since", Need::Optional);
        finding.until = f.date(u"until", Need::Optional);
        f.string(u"note", Need::Optional);
        p.findings.append(finding);
    });
}

void readTreatment(JsonObjectReader& r, Treatment& t)
{
    t.modality = r.string(u"modality").value_or(QString());
    t.indication = r.string(u"indication").value_or(QString());
    if (const auto s = r.string(u"severity")) {
        if (const auto severity = severityFromCode(*s))
            t.severity = *severity;
        else
            r.error(u"severity", Tr::tr("\"%1\" is not a severity (mild, moderate or severe)").arg(*s));
    }
    t.areas = r.stringList(u"areas").value_or(QStringList());
    t.areas.removeDuplicates();
    t.sessions = r.integer(u"sessions", Need::Optional, 1, 50);
}

void readClinic(JsonObjectReader& r, JsonContext& ctx, ClinicCalendar& calendar)
{
    if (const auto days = r.stringList(u"closed_weekdays", Need::Optional)) {
        for (qsizetype i = 0; i < days->size(); ++i) {
            if (const auto d = weekdayFromCode(days->at(i).toLower()))
                calendar.setClosedWeekday(*d);
            else
                ctx.add(jsonPath(r.pathOf(u"closed_weekdays"), i),
                    Tr::tr("\"%1\" is not a weekday (monday ... sunday)").arg(days->at(i)));
        }
    }
    if (const auto closures = dateList(r, u"closures", ctx))
        for (const QDate& d : *closures)
            calendar.addClosure(d);
}

QJsonArray stringsToJson(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

QJsonObject rangeToJson(double min, double max)
{
    return {{u"min"_s, min}, {u"max"_s, max}};
}

} // namespace

std::expected<PlanRequest, Problems> parsePlanRequest(const QByteArray& json, const QString& fileName)
{
    JsonContext ctx {fileName, {}};
    const auto root = parseJsonObject(json, ctx);
    if (!root)
        return std::unexpected(ctx.problems);

    PlanRequest req;
    JsonObjectReader r(*root, QString(), ctx);
    if (const auto o = r.object(u"patient")) {
        JsonObjectReader p(*o, r.pathOf(u"patient"), ctx);
        readPatient(p, ctx, req.patient);
        p.finish();
    }
    if (const auto o = r.object(u"treatment")) {
        JsonObjectReader t(*o, r.pathOf(u"treatment"), ctx);
        readTreatment(t, req.treatment);
        t.finish();
    }
    req.earliestStart = r.date(u"earliest_start", Need::Optional);
    req.eventDate = r.date(u"event_date", Need::Optional);
    if (const auto o = r.object(u"clinic", Need::Optional)) {
        JsonObjectReader c(*o, r.pathOf(u"clinic"), ctx);
        readClinic(c, ctx, req.clinic);
        c.finish();
    }
    forEachObject(r, u"existing_sessions", ctx, [&](JsonObjectReader& s) {
        ExistingSession session;
        session.date = s.date(u"date").value_or(QDate());
        session.modality = s.string(u"modality").value_or(QString());
        session.areas = s.stringList(u"areas").value_or(QStringList());
        req.existingSessions.append(session);
    });
    req.fixedSessions = dateList(r, u"fixed_sessions", ctx).value_or(QList<QDate>());
    r.finish();
    if (!ctx.ok())
        return std::unexpected(ctx.problems);
    return req;
}

QJsonObject planToJson(const Plan& plan)
{
    QJsonObject out;
    out[u"status"_s] = planStatusCode(plan.status);
    QJsonArray findings;
    for (const ApplicableFinding& f : plan.findings)
        findings.append(QJsonObject {{u"code"_s, f.code}, {u"effect"_s, effectCode(f.effect)},
            {u"message"_s, f.message}, {u"clears_on"_s, dateValue(f.clearsOn)}});
    out[u"findings"_s] = findings;
    out[u"earliest_start"_s] = dateValue(plan.earliestStart);
    QJsonArray sessions;
    for (const PlannedSession& s : plan.sessions) {
        QJsonObject o {{u"number"_s, s.number}, {u"date"_s, isoDate(s.date)}, {u"earliest"_s, isoDate(s.earliest)},
            {u"latest"_s, dateValue(s.latest)}};
        if (s.fixed)
            o[u"fixed"_s] = true;
        sessions.append(o);
    }
    out[u"sessions"_s] = sessions;
    out[u"session_count"_s] = plan.sessionCount;
    if (plan.event && plan.status != PlanStatus::Blocked) {
        const EventFit& e = *plan.event;
        out[u"event"_s]
            = QJsonObject {{u"date"_s, isoDate(e.date)}, {u"last_session_from"_s, isoDate(e.lastSessionFrom)},
                {u"last_session_to"_s, isoDate(e.lastSessionTo)}, {u"fits"_s, e.fits},
                {u"sessions_that_fit"_s, e.sessionsThatFit}, {u"latest_full_start"_s, dateValue(e.latestFullStart)}};
    }
    if (plan.status == PlanStatus::Blocked) {
        out[u"results_review"_s] = QJsonValue(QJsonValue::Null);
        out[u"maintenance_due"_s] = QJsonValue(QJsonValue::Null);
    } else {
        out[u"results_review"_s]
            = QJsonObject {{u"from"_s, isoDate(plan.reviewFrom)}, {u"to"_s, isoDate(plan.reviewTo)}};
        out[u"maintenance_due"_s] = isoDate(plan.maintenanceDue);
    }
    QJsonArray warnings;
    for (const PlanWarning& w : plan.warnings)
        warnings.append(QJsonObject {{u"session"_s, w.session}, {u"message"_s, w.message}});
    out[u"warnings"_s] = warnings;
    return out;
}

QJsonObject catalogueToJson(const Catalogue& c)
{
    QJsonObject out {{u"format"_s, 1}, {u"name"_s, c.name}, {u"version"_s, c.version},
        {u"series"_s, QJsonObject {{u"min_sessions"_s, c.seriesMinSessions}, {u"max_sessions"_s, c.seriesMaxSessions}}},
        {u"results_review"_s, QJsonObject {{u"from_months"_s, c.reviewFromMonths}, {u"to_months"_s, c.reviewToMonths}}},
        {u"maintenance_months"_s, c.maintenanceMonths},
        {u"off_label_indication"_s,
            QJsonObject {{u"code"_s, c.offLabelIndication.code}, {u"effect"_s, effectCode(c.offLabelIndication.effect)},
                {u"message"_s, c.offLabelIndication.message}}}};
    QJsonArray areas;
    for (const Area& a : c.areas) {
        QJsonObject o {{u"code"_s, a.code}, {u"name"_s, a.name}, {u"region"_s, a.region},
            {u"depth_mm"_s, rangeToJson(a.depth.minMm, a.depth.maxMm)}, {u"max_depth_mm"_s, a.maxDepthMm}};
        if (!a.notes.isEmpty())
            o[u"notes"_s] = a.notes;
        areas.append(o);
    }
    out[u"areas"_s] = areas;
    QJsonArray modalities;
    for (const Modality& m : c.modalities) {
        QJsonObject o {{u"code"_s, m.code}, {u"name"_s, m.name}, {u"device_kind"_s, m.deviceKind},
            {u"interval_days"_s,
                QJsonObject {{u"min"_s, m.intervalMin}, {u"target"_s, m.intervalTarget}, {u"max"_s, m.intervalMax}}},
            {u"event_window_days"_s, QJsonObject {{u"min"_s, m.eventWindow.min}, {u"max"_s, m.eventWindow.max}}},
            {u"numbing_minutes"_s, m.numbingMinutes}, {u"treatment_minutes_per_area"_s, m.treatmentMinutesPerArea}};
        QJsonObject sessions {{u"min"_s, m.minSessions}, {u"max"_s, m.maxSessions}};
        for (int s = 0; s < SeverityCount; ++s)
            sessions[severityCode(static_cast<Severity>(s))] = m.sessionsFor(static_cast<Severity>(s));
        o[u"sessions"_s] = sessions;
        if (m.depthReviewAboveMm)
            o[u"depth_review_above_mm"_s] = *m.depthReviewAboveMm;
        QJsonArray notices;
        for (const SkinTypeNotice& n : m.skinTypeNotices)
            notices.append(QJsonObject {{u"code"_s, n.code},
                {u"fitzpatrick"_s, QJsonObject {{u"min"_s, n.fitzpatrickMin}, {u"max"_s, n.fitzpatrickMax}}},
                {u"effect"_s, effectCode(n.effect)}, {u"message"_s, n.message}});
        o[u"skin_type_notices"_s] = notices;
        modalities.append(o);
    }
    out[u"modalities"_s] = modalities;
    QJsonArray indications;
    for (const Indication& i : c.indications) {
        QJsonObject o {{u"code"_s, i.code}, {u"name"_s, i.name}, {u"modalities"_s, stringsToJson(i.modalities)}};
        if (i.sessions) {
            QJsonObject sessions;
            for (int s = 0; s < SeverityCount; ++s)
                sessions[severityCode(static_cast<Severity>(s))] = (*i.sessions)[static_cast<std::size_t>(s)];
            o[u"sessions"_s] = sessions;
        }
        if (!i.depths.isEmpty()) {
            QJsonObject depths;
            for (auto it = i.depths.cbegin(); it != i.depths.cend(); ++it)
                depths[it.key()] = rangeToJson(it->minMm, it->maxMm);
            o[u"depth_mm"_s] = depths;
        }
        if (i.notice)
            o[u"notice"_s] = QJsonObject {{u"code"_s, i.notice->code}, {u"effect"_s, effectCode(i.notice->effect)},
                {u"message"_s, i.notice->message}};
        indications.append(o);
    }
    out[u"indications"_s] = indications;
    QJsonArray contraindications;
    for (const Contraindication& ci : c.contraindications) {
        QJsonObject o {{u"code"_s, ci.code}, {u"name"_s, ci.name}, {u"effect"_s, effectCode(ci.effect)},
            {u"scope"_s, ci.scope == Scope::Any ? u"any"_s : u"treated_areas"_s},
            {u"washout_days"_s, ci.washoutDays ? QJsonValue(*ci.washoutDays) : QJsonValue(QJsonValue::Null)},
            {u"one_off"_s, ci.oneOff}, {u"message"_s, ci.message}};
        if (!ci.modalities.isEmpty())
            o[u"modalities"_s] = stringsToJson(ci.modalities);
        if (!ci.modalityEffects.isEmpty()) {
            QJsonObject effects;
            for (auto it = ci.modalityEffects.cbegin(); it != ci.modalityEffects.cend(); ++it)
                effects[it.key()] = effectCode(*it);
            o[u"modality_effects"_s] = effects;
        }
        if (!ci.onlyWhenTreating.isEmpty())
            o[u"only_when_treating"_s] = stringsToJson(ci.onlyWhenTreating);
        contraindications.append(o);
    }
    out[u"contraindications"_s] = contraindications;
    QJsonArray ages;
    for (const AgeRule& a : c.ageRules) {
        QJsonObject o {{u"code"_s, a.code}, {u"below_years"_s, a.belowYears}, {u"effect"_s, effectCode(a.effect)},
            {u"message"_s, a.message}};
        if (!a.modalities.isEmpty())
            o[u"modalities"_s] = stringsToJson(a.modalities);
        ages.append(o);
    }
    out[u"age_rules"_s] = ages;
    const PreSessionScreen& screen = c.preSessionScreen;
    if (!screen.contraindications.isEmpty() || !screen.questions.isEmpty()) {
        QJsonArray questions;
        for (const ScreenQuestion& q : screen.questions)
            questions.append(QJsonObject {{u"code"_s, q.code}, {u"text"_s, q.text}});
        out[u"pre_session_screen"_s] = QJsonObject {
            {u"contraindications"_s, stringsToJson(screen.contraindications)}, {u"questions"_s, questions}};
    }
    return out;
}

} // namespace np
