#include "DocumentValues.h"

#include <algorithm>

#include <QLocale>

using namespace Qt::StringLiterals;

namespace np::print {
namespace {

QString joined(const QStringList& parts)
{
    return parts.join(u", "_s);
}

void addTextLines(TemplateValues& values, const QString& list, const QList<CareLine>& lines, const QString& modality,
    const QString& language)
{
    std::vector<TemplateValues>& items = values.list(list);
    for (const CareLine& line : lines) {
        if (line.appliesTo(modality))
            items.emplace_back().set(u"text"_s, line.text.in(language));
    }
}

void setPatientAndTreatment(
    TemplateValues& v, const PatientHeader& patient, const AppointmentLine& a, const DocumentContext& ctx)
{
    v.set(u"patient_name"_s, wholeWords(patient.displayName()));
    v.set(u"modality_name"_s, ctx.care.modalityName(a.modality, ctx.language, a.modalityName));
    v.set(u"areas"_s, joined(ctx.care.areaNamesIn(a.areas, ctx.language, a.areaNames)));
    v.set(u"practitioner"_s, a.practitioner);
}

} // namespace

QString logoDataUri(const QByteArray& logo)
{
    if (logo.isEmpty())
        return QString();
    QString mime = u"image/png"_s;
    if (logo.startsWith("\xFF\xD8"))
        mime = u"image/jpeg"_s;
    else if (logo.startsWith("GIF8"))
        mime = u"image/gif"_s;
    else if (logo.trimmed().startsWith("<"))
        mime = u"image/svg+xml"_s;
    return u"data:%1;base64,%2"_s.arg(mime, QString::fromLatin1(logo.toBase64()));
}

QString unbreakable(const QString& text)
{
    QString out;
    out.reserve(text.size() * 2);
    for (const QChar c : text) {
        if (c == u' ') {
            out += QChar(0x00A0); // NO-BREAK SPACE
            continue;
        }
        out += c;
        if (c == u'/' || c == u'-' || c == u'@')
            out += QChar(0x2060); // WORD JOINER
    }
    return out;
}

QString wholeWords(const QString& text)
{
    QString out;
    out.reserve(text.size() + 4);
    for (const QChar c : text) {
        out += c;
        if (c == u'/' || c == u'-')
            out += QChar(0x2060); // WORD JOINER
    }
    return out;
}

TemplateValues commonValues(const ClinicHeader& clinic, const DocumentContext& ctx)
{
    TemplateValues v;
    v.set(u"language"_s, ctx.language);
    v.set(u"template_version"_s, QString::number(ctx.templateVersion));
    v.set(u"care_version"_s, ctx.care.version);
    v.set(u"clinic_name"_s, clinic.name);
    v.set(u"clinic_address"_s, clinic.address);
    v.set(u"clinic_phone"_s, unbreakable(clinic.phone));
    v.set(u"clinic_after_hours_phone"_s, unbreakable(clinic.afterHoursPhone));
    v.set(u"clinic_email"_s, unbreakable(clinic.email));
    v.set(u"clinic_website"_s, unbreakable(clinic.website));
    v.set(u"logo_uri"_s, logoDataUri(clinic.logo));
    v.setFlag(u"has_logo"_s, !clinic.logo.isEmpty());
    v.setFlag(u"has_address"_s, !clinic.address.isEmpty());
    v.setFlag(u"has_after_hours"_s, !clinic.afterHoursPhone.isEmpty());
    v.setFlag(u"has_email"_s, !clinic.email.isEmpty());
    v.setFlag(u"has_website"_s, !clinic.website.isEmpty());
    return v;
}

TemplateValues postCareValues(const PostCareData& data, const DocumentContext& ctx)
{
    const QString& lang = ctx.language;
    const AppointmentLine& a = data.appointment;
    TemplateValues v = commonValues(data.clinic, ctx);
    setPatientAndTreatment(v, data.patient, a, ctx);
    v.set(u"treatment_date"_s, ctx.care.longDate(a.date, lang));
    v.setFlag(u"has_session"_s, a.sessionNumber > 0 && a.sessionCount > 0);
    v.set(u"session_number"_s, QString::number(a.sessionNumber));
    v.set(u"session_count"_s, QString::number(a.sessionCount));
    std::vector<TemplateValues>& stages = v.list(u"stages"_s);
    for (const CareStage& stage : ctx.care.postCare) {
        TemplateValues s;
        s.set(u"title"_s, stage.title.in(lang));
        addTextLines(s, u"lines"_s, stage.lines, a.modality, lang);
        if (!s.items(u"lines"_s)->empty())
            stages.push_back(std::move(s));
    }
    addTextLines(v, u"normal"_s, ctx.care.normal, a.modality, lang);
    addTextLines(v, u"call_clinic"_s, ctx.care.callClinic, a.modality, lang);
    v.setFlag(u"has_next"_s, data.next.has_value());
    v.set(u"next_date"_s, data.next ? ctx.care.longDate(data.next->date, lang) : QString());
    v.set(u"next_time"_s, data.next ? ctx.care.time(data.next->start, lang) : QString());
    v.set(u"next_practitioner"_s, data.next ? data.next->practitioner : QString());
    return v;
}

// The appointment's start is the arrival: its minutes begin with the numbing (BookingRules:
// numbing + treatment + turnover), so the patient arrives at the start and is numbed first.
TemplateValues preCareValues(const PreCareData& data, const DocumentContext& ctx)
{
    const QString& lang = ctx.language;
    const AppointmentLine& a = data.appointment;
    TemplateValues v = commonValues(data.clinic, ctx);
    setPatientAndTreatment(v, data.patient, a, ctx);
    v.set(u"appointment_date"_s, ctx.care.longDate(a.date, lang));
    v.set(u"appointment_time"_s, ctx.care.time(a.start, lang));
    v.set(u"arrival_time"_s, ctx.care.time(a.start, lang));
    v.set(u"numbing_minutes"_s, QString::number(a.numbingMinutes));
    v.setFlag(u"has_numbing"_s, a.numbingMinutes > 0);
    std::vector<TemplateValues>& steps = v.list(u"steps"_s);
    for (const CareLine& step : ctx.care.preCare) {
        if (!step.appliesTo(a.modality) || (!step.finding.isEmpty() && !data.findingCodes.contains(step.finding)))
            continue;
        // A sheet handed out less than a step's lead time ahead starts that step on the day it is given.
        QDate from = a.date.addDays(-step.daysBefore);
        if (data.issuedOn.isValid() && from < data.issuedOn)
            from = std::min(data.issuedOn, a.date);
        const QString date = ctx.care.longDate(from, lang);
        TemplateValues& s = steps.emplace_back();
        s.set(u"date"_s, date);
        s.set(u"text"_s, step.text.in(lang).replace(u"{date}"_s, date));
    }
    return v;
}

TemplateValues consentValues(const ConsentData& data, const DocumentContext& ctx)
{
    const QString& lang = ctx.language;
    TemplateValues v = commonValues(data.clinic, ctx);
    v.set(u"patient_name"_s, wholeWords(data.patient.displayName()));
    v.set(u"birth_date"_s, ctx.care.shortDate(data.patient.birthDate, lang));
    v.set(u"series_id"_s, QString::number(data.seriesId));
    v.set(u"modality_name"_s, ctx.care.modalityName(data.modality, lang, data.modalityName));
    v.set(u"areas"_s, joined(ctx.care.areaNamesIn(data.areas, lang, data.areaNames)));
    addTextLines(v, u"risks"_s, ctx.care.consentRisks, data.modality, lang);
    v.setFlag(u"has_screening"_s, data.screenedOn.isValid());
    v.set(u"screened_on"_s, ctx.care.longDate(data.screenedOn, lang));
    std::vector<TemplateValues>& answers = v.list(u"answers"_s);
    for (const ScreeningAnswerLine& line : data.answers) {
        TemplateValues& item = answers.emplace_back();
        item.set(u"question"_s, line.question);
        item.set(u"answer"_s, line.answer);
    }
    v.setFlag(u"has_screenings"_s, !data.screenings.isEmpty());
    std::vector<TemplateValues>& screenings = v.list(u"screenings"_s);
    for (const ScreeningLine& line : data.screenings) {
        TemplateValues& item = screenings.emplace_back();
        item.set(u"date"_s, ctx.care.shortDate(line.on, lang));
        item.setFlag(u"is_check_in"_s, line.checkIn);
        for (const QString& status : {u"clear"_s, u"advice"_s, u"review"_s, u"blocked"_s})
            item.setFlag(u"is_"_s + status, line.status == status);
        item.setFlag(u"cleared"_s, line.cleared);
    }
    return v;
}

} // namespace np::print
