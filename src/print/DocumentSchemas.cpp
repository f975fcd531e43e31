#include "DocumentValues.h"

using namespace Qt::StringLiterals;

namespace np::print {
namespace {

TemplateSchema commonSchema()
{
    return {textField(u"language"_s), textField(u"template_version"_s), textField(u"care_version"_s),
        textField(u"clinic_name"_s), textField(u"clinic_address"_s), textField(u"clinic_phone"_s),
        textField(u"clinic_after_hours_phone"_s), textField(u"clinic_email"_s), textField(u"clinic_website"_s),
        textField(u"logo_uri"_s), flagField(u"has_logo"_s), flagField(u"has_address"_s),
        flagField(u"has_after_hours"_s), flagField(u"has_email"_s), flagField(u"has_website"_s)};
}

TemplateSchema textList()
{
    return {textField(u"text"_s)};
}

TemplateSchema kindSchema(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::PostCare:
        return {textField(u"patient_name"_s), textField(u"treatment_date"_s), textField(u"modality_name"_s),
            textField(u"areas"_s), textField(u"practitioner"_s), flagField(u"has_session"_s),
            textField(u"session_number"_s), textField(u"session_count"_s),
            listField(u"stages"_s, {textField(u"title"_s), listField(u"lines"_s, textList())}),
            listField(u"normal"_s, textList()), listField(u"call_clinic"_s, textList()), flagField(u"has_next"_s),
            textField(u"next_date"_s), textField(u"next_time"_s), textField(u"next_practitioner"_s)};
    case DocumentKind::PreCare:
        return {textField(u"patient_name"_s), textField(u"appointment_date"_s), textField(u"appointment_time"_s),
            textField(u"arrival_time"_s), textField(u"numbing_minutes"_s), flagField(u"has_numbing"_s),
            textField(u"modality_name"_s), textField(u"areas"_s), textField(u"practitioner"_s),
            listField(u"steps"_s, {textField(u"text"_s), textField(u"date"_s)})};
    case DocumentKind::Consent:
        return {textField(u"patient_name"_s), textField(u"birth_date"_s), textField(u"series_id"_s),
            textField(u"modality_name"_s), textField(u"areas"_s), listField(u"risks"_s, textList()),
            flagField(u"has_screening"_s), textField(u"screened_on"_s),
            listField(u"answers"_s, {textField(u"question"_s), textField(u"answer"_s)}), flagField(u"has_screenings"_s),
            listField(u"screenings"_s,
                {textField(u"date"_s), flagField(u"is_check_in"_s), flagField(u"is_clear"_s), flagField(u"is_advice"_s),
                    flagField(u"is_review"_s), flagField(u"is_blocked"_s), flagField(u"cleared"_s)})};
    case DocumentKind::AppointmentCard:
        return {textField(u"patient_name"_s), textField(u"modality_name"_s), textField(u"session_count"_s),
            listField(u"sessions"_s,
                {textField(u"number"_s), textField(u"date"_s), textField(u"short_date"_s), flagField(u"has_time"_s),
                    textField(u"time"_s), textField(u"practitioner"_s), textField(u"areas"_s)})};
    case DocumentKind::DaySheet:
        return {textField(u"sheet_date"_s), textField(u"appointment_count"_s), flagField(u"one_appointment"_s),
            flagField(u"has_rows"_s),
            listField(u"rows"_s,
                {textField(u"time"_s), textField(u"end_time"_s), textField(u"patient_name"_s),
                    textField(u"patient_phone"_s), textField(u"practitioner"_s), textField(u"room"_s),
                    textField(u"device"_s), flagField(u"has_device"_s), textField(u"modality_name"_s),
                    textField(u"areas"_s), flagField(u"first_visit"_s), flagField(u"review_needed"_s),
                    flagField(u"screening_blocked"_s), flagField(u"consent_missing"_s), flagField(u"is_booked"_s),
                    flagField(u"is_checked_in"_s), flagField(u"is_completed"_s), flagField(u"is_cancelled"_s),
                    flagField(u"is_no_show"_s)}),
            flagField(u"has_not_coming"_s), textField(u"not_coming_count"_s),
            listField(u"not_coming"_s,
                {textField(u"time"_s), textField(u"end_time"_s), textField(u"patient_name"_s),
                    textField(u"patient_phone"_s), textField(u"practitioner"_s), textField(u"modality_name"_s),
                    flagField(u"is_cancelled"_s), flagField(u"is_no_show"_s), textField(u"reason"_s),
                    flagField(u"has_reason"_s)})};
    case DocumentKind::RecallList:
        return {textField(u"today"_s), textField(u"within_days"_s), flagField(u"has_recalls"_s),
            listField(u"groups"_s,
                {flagField(u"is_unbooked"_s), flagField(u"is_overdue"_s), flagField(u"is_results_review"_s),
                    flagField(u"is_maintenance"_s), flagField(u"is_washout_clearing"_s), flagField(u"is_other"_s),
                    textField(u"kind"_s),
                    listField(u"recalls"_s,
                        {textField(u"patient_name"_s), textField(u"phone"_s), textField(u"email"_s),
                            flagField(u"has_phone"_s), flagField(u"has_email"_s), textField(u"what"_s),
                            textField(u"due"_s), flagField(u"is_unbooked"_s), flagField(u"is_overdue"_s),
                            flagField(u"is_results_review"_s), flagField(u"is_maintenance"_s),
                            flagField(u"is_washout_clearing"_s), flagField(u"is_other"_s), textField(u"series_name"_s),
                            textField(u"modality_name"_s), textField(u"session_number"_s), textField(u"planned_date"_s),
                            textField(u"until"_s), textField(u"finding_name"_s)})})};
    }
    return {};
}

} // namespace

TemplateSchema documentSchema(DocumentKind kind)
{
    TemplateSchema schema = commonSchema();
    for (TemplateField& f : kindSchema(kind))
        schema.push_back(std::move(f));
    return schema;
}

} // namespace np::print
