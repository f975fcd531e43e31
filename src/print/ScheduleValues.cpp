#include "DocumentValues.h"

using namespace Qt::StringLiterals;

namespace np::print {

TemplateValues appointmentCardValues(const AppointmentCardData& data, const DocumentContext& ctx)
{
    const QString& lang = ctx.language;
    TemplateValues v = commonValues(data.clinic, ctx);
    v.set(u"patient_name"_s, wholeWords(data.patient.displayName()));
    v.set(u"modality_name"_s, ctx.care.modalityName(data.modality, lang, data.modalityName));
    v.set(u"session_count"_s, QString::number(data.sessions.size()));
    std::vector<TemplateValues>& sessions = v.list(u"sessions"_s);
    for (qsizetype i = 0; i < data.sessions.size(); ++i) {
        const AppointmentLine& a = data.sessions[i];
        TemplateValues& s = sessions.emplace_back();
        s.set(u"number"_s, QString::number(a.sessionNumber > 0 ? a.sessionNumber : int(i) + 1));
        s.set(u"date"_s, ctx.care.longDate(a.date, lang));
        s.set(u"short_date"_s, unbreakable(ctx.care.shortDate(a.date, lang)));
        s.setFlag(u"has_time"_s, a.start.isValid());
        s.set(u"time"_s, ctx.care.time(a.start, lang));
        s.set(u"practitioner"_s, a.practitioner);
        s.set(u"areas"_s, ctx.care.areaNamesIn(a.areas, lang, a.areaNames).join(u", "_s));
    }
    return v;
}

namespace {

// What every row of the day sheet shows, coming or not: when, who, with whom, what.
void setRowBasics(TemplateValues& r, const DaySheetRow& row, const DocumentContext& ctx)
{
    const AppointmentLine& a = row.appointment;
    r.set(u"time"_s, ctx.care.time(a.start, ctx.language));
    r.set(u"end_time"_s, ctx.care.time(a.end, ctx.language));
    r.set(u"patient_name"_s, wholeWords(row.patient.displayName()));
    r.set(u"patient_phone"_s, unbreakable(row.patient.phone));
    r.set(u"practitioner"_s, a.practitioner);
    r.set(u"modality_name"_s, ctx.care.modalityName(a.modality, ctx.language, a.modalityName));
}

} // namespace

TemplateValues daySheetValues(const DaySheetData& data, const DocumentContext& ctx)
{
    const QString& lang = ctx.language;
    TemplateValues v = commonValues(data.clinic, ctx);
    v.set(u"sheet_date"_s, ctx.care.longDate(data.date, lang));
    v.set(u"appointment_count"_s, QString::number(data.rows.size()));
    v.setFlag(u"one_appointment"_s, data.rows.size() == 1);
    v.setFlag(u"has_rows"_s, !data.rows.isEmpty());
    v.setFlag(u"has_not_coming"_s, !data.notComing.isEmpty());
    v.set(u"not_coming_count"_s, QString::number(data.notComing.size()));
    std::vector<TemplateValues>& notComing = v.list(u"not_coming"_s);
    for (const DaySheetRow& row : data.notComing) {
        const AppointmentLine& a = row.appointment;
        TemplateValues& r = notComing.emplace_back();
        setRowBasics(r, row, ctx);
        r.setFlag(u"is_cancelled"_s, a.status == u"cancelled");
        r.setFlag(u"is_no_show"_s, a.status == u"no_show");
        r.set(u"reason"_s, row.statusReason);
        r.setFlag(u"has_reason"_s, !row.statusReason.isEmpty());
    }
    std::vector<TemplateValues>& rows = v.list(u"rows"_s);
    for (const DaySheetRow& row : data.rows) {
        const AppointmentLine& a = row.appointment;
        TemplateValues& r = rows.emplace_back();
        setRowBasics(r, row, ctx);
        r.set(u"room"_s, a.room);
        r.set(u"device"_s, a.device);
        r.setFlag(u"has_device"_s, !a.device.isEmpty());
        r.set(u"areas"_s, ctx.care.areaNamesIn(a.areas, lang, a.areaNames).join(u", "_s));
        r.setFlag(u"first_visit"_s, row.firstVisit);
        r.setFlag(u"review_needed"_s, row.reviewNeeded);
        r.setFlag(u"screening_blocked"_s, row.screeningBlocked);
        r.setFlag(u"consent_missing"_s, row.consentMissing);
        for (const QString& status : {u"booked"_s, u"checked_in"_s, u"completed"_s, u"cancelled"_s, u"no_show"_s})
            r.setFlag(u"is_"_s + status, a.status == status);
    }
    return v;
}

TemplateValues recallListValues(const RecallListData& data, const DocumentContext& ctx)
{
    static const QStringList knownKinds {
        u"unbooked"_s, u"overdue"_s, u"results_review"_s, u"maintenance"_s, u"washout_clearing"_s};
    const QString& lang = ctx.language;
    TemplateValues v = commonValues(data.clinic, ctx);
    v.set(u"today"_s, ctx.care.longDate(data.today, lang));
    v.set(u"within_days"_s, QString::number(data.withinDays));
    v.setFlag(u"has_recalls"_s, !data.recalls.isEmpty());
    std::vector<TemplateValues>& groups = v.list(u"groups"_s);
    QString currentKind;
    for (const RecallLine& line : data.recalls) {
        if (groups.empty() || line.kind != currentKind) {
            currentKind = line.kind;
            TemplateValues& g = groups.emplace_back();
            for (const QString& kind : knownKinds)
                g.setFlag(u"is_"_s + kind, kind == line.kind);
            g.setFlag(u"is_other"_s, !knownKinds.contains(line.kind));
            g.set(u"kind"_s, line.kind);
            g.list(u"recalls"_s);
        }
        TemplateValues& r = groups.back().addItem(u"recalls"_s);
        r.set(u"patient_name"_s, wholeWords(line.patientName));
        r.set(u"phone"_s, unbreakable(line.phone));
        r.set(u"email"_s, unbreakable(line.email));
        r.setFlag(u"has_phone"_s, !line.phone.isEmpty());
        r.setFlag(u"has_email"_s, !line.email.isEmpty());
        r.set(u"what"_s, line.what);
        r.set(u"due"_s, ctx.care.shortDate(line.due, lang));
        // What is due, for the template to say in words: no codes, ids or ISO dates.
        for (const QString& kind : knownKinds)
            r.setFlag(u"is_"_s + kind, kind == line.kind);
        r.setFlag(u"is_other"_s, !knownKinds.contains(line.kind));
        r.set(u"series_name"_s, ctx.care.indicationName(line.indication, lang, line.indicationName));
        r.set(u"modality_name"_s, ctx.care.modalityName(line.modality, lang, line.modalityName));
        r.set(u"session_number"_s, line.sessionNumber > 0 ? QString::number(line.sessionNumber) : QString());
        r.set(u"planned_date"_s, line.plannedDate.isValid() ? ctx.care.shortDate(line.plannedDate, lang) : QString());
        r.set(u"until"_s, line.until.isValid() ? ctx.care.shortDate(line.until, lang) : QString());
        r.set(u"finding_name"_s, ctx.care.findingName(line.findingCode, lang, line.findingName));
    }
    return v;
}

} // namespace np::print
