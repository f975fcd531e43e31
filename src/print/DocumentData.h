#pragma once

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>

#include <optional>

// What each printed document is made from: plain values gathered from the database
// (DocumentSources) and turned into HTML by the document builders, so every document is tested
// without a database or a printer. Dates and times are the clinic's wall-clock time.
namespace np::print {

// The document kinds, each with its own template per language.
enum class DocumentKind { PostCare, PreCare, Consent, AppointmentCard, DaySheet, RecallList };

// The clinic's letterhead, from the clinic set-up.
struct ClinicHeader {
    QString name;
    QString address;
    QString phone;
    QString afterHoursPhone;
    QString email;
    QString website;
    QByteArray logo; // image bytes (PNG, JPEG or SVG); empty: no logo
    QString language; // what documents print in when the patient has no language ("es"); empty: English
};

struct PatientHeader {
    qint64 id = 0;
    QString givenNames;
    QString familyName;
    QDate birthDate;
    QString language = QStringLiteral("en"); // ISO 639-1: chooses the template
    QString phone;
    QString email;

    [[nodiscard]] QString displayName() const { return givenNames + QLatin1Char(' ') + familyName; }
};

// One appointment, with names rather than ids.
struct AppointmentLine {
    qint64 id = 0;
    QDate date;
    QTime start;
    QTime end; // the end of the patient's time (the room's turnover after it is not theirs)
    int durationMinutes = 0; // numbing + treatment + turnover
    int numbingMinutes = 0; // the arrival-to-treatment part of it, from the catalogue
    QString practitioner;
    QString room;
    QString device; // empty: none
    QString modality; // catalogue code ("automated_pen")
    QString modalityName; // catalogue name
    QStringList areas; // catalogue area codes
    QStringList areaNames; // their names
    int sessionNumber = 0; // in its series; 0: not part of a series
    int sessionCount = 0;
    QString status; // "booked", "checked_in", "completed", "cancelled", "no_show"
};

// Post-care sheet: handed out after a session.
struct PostCareData {
    ClinicHeader clinic;
    PatientHeader patient;
    AppointmentLine appointment; // the session just done
    std::optional<AppointmentLine> next; // the patient's next booked appointment, if any
};

// Pre-care sheet: handed out at booking, dated back from the appointment.
struct PreCareData {
    ClinicHeader clinic;
    PatientHeader patient;
    AppointmentLine appointment;
    // The patient's current finding codes: a care step conditioned on a finding (the antiviral
    // note for "herpes_history") is printed only when the patient has it.
    QStringList findingCodes;
    QDate issuedOn; // the day the sheet is given: no step is dated before it (invalid: no limit)
};

// One screening question and the patient's answer, as asked.
struct ScreeningAnswerLine {
    QString question;
    QString answer;
};

// Consent form for a series' modality.
// One screening as the consent form lists it.
struct ScreeningLine {
    QDate on;
    bool checkIn = false; // the pre-session re-screen at check-in; else a full screening
    QString status; // "clear", "advice", "review", "blocked"
    bool cleared = false; // a "review" a clinician overrode, with a recorded reason
};

struct ConsentData {
    ClinicHeader clinic;
    PatientHeader patient;
    qint64 seriesId = 0;
    QString modality;
    QString modalityName;
    QStringList areaNames;
    QDate screenedOn; // the screening the answers come from; invalid: none on file
    QList<ScreeningAnswerLine> answers;
    QStringList areas; // catalogue codes of areaNames
    // Every screening of the series (recorded for it, check-in re-screens included) and the full
    // screening the answers come from, oldest first.
    QList<ScreeningLine> screenings;
};

// Appointment card: every session of a series.
struct AppointmentCardData {
    ClinicHeader clinic;
    PatientHeader patient;
    qint64 seriesId = 0;
    QString modalityName;
    QList<AppointmentLine> sessions; // by date; unbooked sessions have no start time
    QString modality; // catalogue code of modalityName
};

// Day sheet for the front desk.
struct DaySheetRow {
    AppointmentLine appointment;
    PatientHeader patient;
    bool firstVisit = false; // the patient has no earlier appointment that took place
    bool reviewNeeded = false; // a screening says review and no clinician has cleared it
    bool screeningBlocked = false; // the latest full screening says not to treat
    bool consentMissing = false; // no valid consent covers the modality on the day
    QString statusReason; // why a cancelled appointment was cancelled
};

struct DaySheetData {
    ClinicHeader clinic;
    QDate date;
    QList<DaySheetRow> rows; // those coming (booked, checked in, completed), by start time
    QList<DaySheetRow> notComing; // cancelled and no-show, by start time: listed apart, at the end
};

// Recall list print-out.
struct RecallLine {
    QString kind; // "unbooked", "overdue", "results_review", "maintenance", "washout_clearing"
    QString patientName;
    QString phone;
    QString email;
    QString what; // in English: documents say it in their own language from the fields below
    QDate due;
    QString modality; // catalogue codes
    QString modalityName; // the catalogue's names, where the care file has none for the language
    QString indication;
    QString indicationName;
    int sessionNumber = 0; // unbooked and overdue
    QDate plannedDate; // unbooked and overdue
    QDate until; // results review: the window's last day
    QString findingCode; // washout clearing
    QString findingName;
};

struct RecallListData {
    ClinicHeader clinic;
    QDate today;
    int withinDays = 0;
    QList<RecallLine> recalls; // grouped by kind, each by due date
};

} // namespace np::print
