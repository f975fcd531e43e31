#include "DocumentSources.h"

#include "DocumentKinds.h"

#include "storage/AppointmentRepository.h"
#include "storage/ClinicRepository.h"
#include "storage/DocumentLogRepository.h"
#include "storage/DocumentQueries.h"
#include "storage/FindingRepository.h"
#include "storage/PatientRepository.h"
#include "storage/RecallQueries.h"
#include "storage/ScreeningRepository.h"
#include "storage/SeriesRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace np::print {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(DocumentSources)
};

using storage::AppointmentRecord;
using storage::AppointmentRepository;
using storage::Database;
using storage::Result;
using storage::StorageError;

// A session's place in its series; 0 of 0 for an appointment outside any series.
struct SessionPosition {
    int number = 0;
    int count = 0;
};

// What every document reads first: the clinic set-up and the names behind the ids.
struct Clinic {
    storage::StoredClinic stored;
    storage::ResourceNames names;
};

Result<Clinic> readClinic(Database& db, const Catalogue& catalogue)
{
    auto current = storage::ClinicRepository(db, catalogue).current();
    if (!current)
        return std::unexpected(current.error());
    if (!*current)
        return storage::fail(StorageError::Kind::Missing,
            Tr::tr("the clinic is not set up: documents need its name, address and phones (load a set-up file "
                   "first)"));
    auto names = storage::readResourceNames(db);
    if (!names)
        return std::unexpected(names.error());
    return Clinic {std::move(**current), std::move(*names)};
}

ClinicHeader clinicHeader(const storage::StoredClinic& c)
{
    const ClinicSetup& s = c.setup;
    return {s.name, s.address, s.phone, s.afterHoursPhone, s.email, s.website, c.logo, s.language};
}

PatientHeader patientHeader(const storage::PatientRecord& p)
{
    return {p.id, p.givenNames, p.familyName, p.birthDate, p.preferredLanguage, p.phone, p.email};
}

QStringList areaNames(const Catalogue& catalogue, const QStringList& codes)
{
    QStringList out;
    for (const QString& code : codes) {
        const Area* a = catalogue.area(code);
        out << (a ? a->name : code);
    }
    return out;
}

QString modalityName(const Catalogue& catalogue, const QString& code)
{
    const Modality* m = catalogue.modality(code);
    return m ? m->name : code;
}

QString indicationName(const Catalogue& catalogue, const QString& code)
{
    const Indication* i = catalogue.indication(code);
    return i ? i->name : code;
}

// The parts of a line that a planned session and an appointment share.
AppointmentLine treatmentLine(
    const Catalogue& catalogue, const QString& modality, const QStringList& areas, SessionPosition position)
{
    AppointmentLine l;
    const Modality* m = catalogue.modality(modality);
    l.numbingMinutes = m ? m->numbingMinutes : 0;
    l.modality = modality;
    l.modalityName = modalityName(catalogue, modality);
    l.areas = areas;
    l.areaNames = areaNames(catalogue, areas);
    l.sessionNumber = position.number;
    l.sessionCount = position.count;
    return l;
}

AppointmentLine appointmentLine(
    const Catalogue& catalogue, const Clinic& clinic, const AppointmentRecord& a, SessionPosition position)
{
    AppointmentLine l = treatmentLine(catalogue, a.modality, a.areas, position);
    l.id = a.id;
    l.date = a.localStart.date();
    l.start = a.localStart.time();
    l.end = a.patientEnd(clinic.stored.setup.turnoverMinutes).time();
    l.durationMinutes = a.durationMinutes();
    l.practitioner = clinic.names.practitioners.value(a.practitionerId);
    l.room = clinic.names.rooms.value(a.roomId);
    l.device = a.deviceId ? clinic.names.devices.value(*a.deviceId) : QString();
    l.status = storage::appointmentStatusCode(a.status);
    return l;
}

Result<SessionPosition> sessionPosition(Database& db, const Catalogue& catalogue, std::optional<qint64> sessionId)
{
    if (!sessionId)
        return SessionPosition {};
    storage::SeriesRepository series(db, catalogue);
    auto session = series.session(*sessionId);
    if (!session)
        return std::unexpected(session.error());
    auto whole = series.get(session->seriesId);
    if (!whole)
        return std::unexpected(whole.error());
    return SessionPosition {session->number, static_cast<int>(whole->sessions.size())};
}

Result<PatientHeader> readPatient(Database& db, qint64 patientId)
{
    auto patient = storage::PatientRepository(db).get(patientId);
    if (!patient)
        return std::unexpected(patient.error());
    return patientHeader(*patient);
}

// An appointment as a line with its session's place in the series.
Result<AppointmentLine> readLine(
    Database& db, const Catalogue& catalogue, const Clinic& clinic, const AppointmentRecord& appointment)
{
    auto position = sessionPosition(db, catalogue, appointment.sessionId);
    if (!position)
        return std::unexpected(position.error());
    return appointmentLine(catalogue, clinic, appointment, *position);
}

// A series with its patient, and the clinic: what the consent form and the appointment card start from.
struct SeriesDocument {
    Clinic clinic;
    storage::SeriesRecord series;
    PatientHeader patient;
};

Result<SeriesDocument> readSeriesDocument(Database& db, const Catalogue& catalogue, qint64 seriesId)
{
    auto clinic = readClinic(db, catalogue);
    if (!clinic)
        return std::unexpected(clinic.error());
    auto series = storage::SeriesRepository(db, catalogue).get(seriesId);
    if (!series)
        return std::unexpected(series.error());
    auto patient = readPatient(db, series->patientId);
    if (!patient)
        return std::unexpected(patient.error());
    return SeriesDocument {std::move(*clinic), std::move(*series), std::move(*patient)};
}

// An appointment with its patient, and the clinic: what the post-care and pre-care sheets start from.
struct AppointmentDocument {
    Clinic clinic;
    AppointmentRecord appointment;
    PatientHeader patient;
};

Result<AppointmentDocument> readAppointmentDocument(Database& db, const Catalogue& catalogue, qint64 appointmentId)
{
    auto clinic = readClinic(db, catalogue);
    if (!clinic)
        return std::unexpected(clinic.error());
    auto appointment = AppointmentRepository(db, clinic->stored.setup.timeZone).get(appointmentId);
    if (!appointment)
        return std::unexpected(appointment.error());
    // Instructions for a visit that will not happen (or did not) would carry wrong dates.
    if (appointment->status == storage::AppointmentStatus::Cancelled
        || appointment->status == storage::AppointmentStatus::NoShow) {
        const QString status = storage::appointmentStatusCode(appointment->status);
        return storage::fail(StorageError::Kind::Invalid,
            appointment->statusReason.isEmpty()
                ? Tr::tr("appointment %1 is %2: its care instructions are not printed").arg(appointmentId).arg(status)
                : Tr::tr("appointment %1 is %2 (%3): its care instructions are not printed")
                      .arg(appointmentId)
                      .arg(status, appointment->statusReason));
    }
    auto patient = readPatient(db, appointment->patientId);
    if (!patient)
        return std::unexpected(patient.error());
    return AppointmentDocument {std::move(*clinic), std::move(*appointment), std::move(*patient)};
}

// The post-care sheet of `appointment` (already read, with its place in the series) for `patient`.
Result<PostCareData> postCareFor(Database& db, const Catalogue& catalogue, const Clinic& clinic,
    AppointmentRepository& appointments, const AppointmentRecord& appointment, SessionPosition position,
    const PatientHeader& patient)
{
    PostCareData out;
    out.clinic = clinicHeader(clinic.stored);
    out.patient = patient;
    out.appointment = appointmentLine(catalogue, clinic, appointment, position);
    auto next = appointments.nextBooked(appointment.id);
    if (!next)
        return std::unexpected(next.error());
    if (*next) {
        auto line = readLine(db, catalogue, clinic, **next);
        if (!line)
            return std::unexpected(line.error());
        out.next = *line;
    }
    return out;
}

// Wall-clock [day 00:00, next day 00:00).
std::pair<QDateTime, QDateTime> wholeDay(const QDate& day)
{
    return {QDateTime(day, QTime(0, 0)), QDateTime(day.addDays(1), QTime(0, 0))};
}

// A screening answer in words: "No", "Yes", or "Yes: since ...; until ...; areas: ...; note".
QString answerText(const Catalogue& catalogue, const QJsonValue& value)
{
    if (!value.isObject())
        return Tr::tr("No");
    const QJsonObject o = value.toObject();
    QStringList details;
    if (const QString since = o.value(u"since"_s).toString(); !since.isEmpty())
        details << Tr::tr("since %1").arg(since);
    if (const QString until = o.value(u"until"_s).toString(); !until.isEmpty())
        details << Tr::tr("until %1").arg(until);
    QStringList areas;
    for (const QJsonValue& a : o.value(u"areas"_s).toArray())
        areas << a.toString();
    if (!areas.isEmpty())
        details << Tr::tr("areas: %1").arg(areaNames(catalogue, areas).join(u", "_s));
    if (const QString note = o.value(u"note"_s).toString(); !note.isEmpty())
        details << note;
    return details.isEmpty() ? Tr::tr("Yes") : Tr::tr("Yes: %1").arg(details.join(u"; "_s));
}

// The answers as asked: the catalogue's contraindications in its order, codes it does not know,
// then the free-text answers under "other" by their question's text.
QList<ScreeningAnswerLine> answerLines(const Catalogue& catalogue, const QJsonObject& answers)
{
    const QString other = u"other"_s;
    QList<ScreeningAnswerLine> out;
    for (const Contraindication& c : catalogue.contraindications)
        if (answers.contains(c.code))
            out.append({c.name, answerText(catalogue, answers.value(c.code))});
    for (auto it = answers.begin(); it != answers.end(); ++it)
        if (it.key() != other && !catalogue.contraindication(it.key()))
            out.append({it.key(), answerText(catalogue, it.value())});
    const QJsonObject free = answers.value(other).toObject();
    for (auto it = free.begin(); it != free.end(); ++it) {
        QString question = it.key();
        for (const ScreenQuestion& q : catalogue.preSessionScreen.questions)
            if (q.code == it.key())
                question = q.text;
        out.append({question, it.value().toString()});
    }
    return out;
}

// The appointment that holds the time of `session`, if any: the booked one, not a cancelled one.
const AppointmentRecord* bookingOf(const QList<AppointmentRecord>& appointments, qint64 session)
{
    for (const AppointmentRecord& a : appointments)
        if (a.sessionId == session && storage::holdsTime(a.status))
            return &a;
    return nullptr;
}

} // namespace

QString documentKindCode(DocumentKind kind)
{
    return namesOf(kind).code;
}

Result<PostCareData> postCareData(Database& db, const Catalogue& catalogue, qint64 appointmentId)
{
    auto doc = readAppointmentDocument(db, catalogue, appointmentId);
    if (!doc)
        return std::unexpected(doc.error());
    auto position = sessionPosition(db, catalogue, doc->appointment.sessionId);
    if (!position)
        return std::unexpected(position.error());
    AppointmentRepository appointments(db, doc->clinic.stored.setup.timeZone);
    return postCareFor(db, catalogue, doc->clinic, appointments, doc->appointment, *position, doc->patient);
}

Result<PreCareData> preCareData(Database& db, const Catalogue& catalogue, qint64 appointmentId)
{
    auto doc = readAppointmentDocument(db, catalogue, appointmentId);
    if (!doc)
        return std::unexpected(doc.error());
    auto line = readLine(db, catalogue, doc->clinic, doc->appointment);
    if (!line)
        return std::unexpected(line.error());
    auto findings = storage::FindingRepository(db, catalogue).current(doc->appointment.patientId);
    if (!findings)
        return std::unexpected(findings.error());
    PreCareData out {clinicHeader(doc->clinic.stored), doc->patient, *line, {}, {}};
    for (const storage::FindingRecord& f : *findings)
        if (!out.findingCodes.contains(f.code))
            out.findingCodes << f.code;
    return out;
}

Result<ConsentData> consentData(Database& db, const Catalogue& catalogue, qint64 seriesId)
{
    auto doc = readSeriesDocument(db, catalogue, seriesId);
    if (!doc)
        return std::unexpected(doc.error());
    const storage::SeriesRecord& series = doc->series;
    auto screening
        = storage::ScreeningRepository(db, catalogue).latestFor(series.patientId, storage::ScreeningKind::Full);
    if (!screening)
        return std::unexpected(screening.error());
    ConsentData out;
    out.clinic = clinicHeader(doc->clinic.stored);
    out.patient = doc->patient;
    out.seriesId = seriesId;
    out.modality = series.modality;
    out.modalityName = modalityName(catalogue, series.modality);
    out.areaNames = areaNames(catalogue, series.areas);
    out.areas = series.areas;
    if (*screening) {
        out.screenedOn = (*screening)->screenedOn;
        out.answers = answerLines(catalogue, (*screening)->answers);
    }
    auto all = storage::ScreeningRepository(db, catalogue).forPatient(series.patientId);
    if (!all)
        return std::unexpected(all.error());
    for (const storage::ScreeningRecord& s : *all) {
        const bool shown = *screening && s.id == (*screening)->id;
        if (s.seriesId != seriesId && !shown)
            continue;
        out.screenings.prepend({s.screenedOn, s.kind == storage::ScreeningKind::PreSession, s.status(),
            s.overrideAt.has_value()}); // forPatient is newest first
    }
    return out;
}

Result<AppointmentCardData> appointmentCardData(
    Database& db, const Catalogue& catalogue, qint64 seriesId, const QDate& today)
{
    auto doc = readSeriesDocument(db, catalogue, seriesId);
    if (!doc)
        return std::unexpected(doc.error());
    const storage::SeriesRecord& series = doc->series;
    auto booked = AppointmentRepository(db, doc->clinic.stored.setup.timeZone).forSeries(seriesId);
    if (!booked)
        return std::unexpected(booked.error());
    AppointmentCardData out;
    out.clinic = clinicHeader(doc->clinic.stored);
    out.patient = doc->patient;
    out.seriesId = seriesId;
    out.modalityName = modalityName(catalogue, series.modality);
    out.modality = series.modality;
    const int count = static_cast<int>(series.sessions.size());
    for (const storage::PlannedSessionRecord& s : series.sessions) {
        const SessionPosition position {s.number, count};
        const AppointmentRecord* a = bookingOf(*booked, s.id);
        const bool past = today.isValid() && (a ? a->localStart.date() : s.plannedDate) < today;
        if (past || s.status == u"done" || s.status == u"missed" || s.status == u"cancelled"
            || (a && a->status != storage::AppointmentStatus::Booked))
            continue; // not for the patient to come to any more
        if (a) {
            out.sessions.append(appointmentLine(catalogue, doc->clinic, *a, position));
        } else {
            AppointmentLine unbooked = treatmentLine(catalogue, series.modality, series.areas, position);
            unbooked.date = s.plannedDate;
            out.sessions.append(unbooked);
        }
    }
    std::stable_sort(out.sessions.begin(), out.sessions.end(),
        [](const AppointmentLine& a, const AppointmentLine& b) { return a.date < b.date; });
    return out;
}

Result<DaySheetData> daySheetData(Database& db, const Catalogue& catalogue, const QDate& date)
{
    auto clinic = readClinic(db, catalogue);
    if (!clinic)
        return std::unexpected(clinic.error());
    const auto [from, to] = wholeDay(date);
    auto appointments = AppointmentRepository(db, clinic->stored.setup.timeZone).between(from, to);
    if (!appointments)
        return std::unexpected(appointments.error());
    auto entries = storage::readDaySheet(db, date);
    if (!entries)
        return std::unexpected(entries.error());
    QHash<qint64, const AppointmentRecord*> byId;
    for (const AppointmentRecord& a : *appointments)
        byId.insert(a.id, &a);
    DaySheetData out {clinicHeader(clinic->stored), date, {}, {}};
    for (const storage::DaySheetEntry& e : *entries) {
        const AppointmentRecord* a = byId.value(e.appointmentId);
        if (!a)
            continue; // booked between the two reads: on the next print
        DaySheetRow row {appointmentLine(catalogue, *clinic, *a, {e.sessionNumber, e.sessionCount}),
            patientHeader(e.patient), e.firstVisit, e.reviewNeeded, e.screeningBlocked, e.consentMissing,
            a->statusReason};
        (storage::holdsTime(a->status) ? out.rows : out.notComing).append(row);
    }
    return out;
}

Result<RecallListData> recallListData(Database& db, const Catalogue& catalogue, const QDate& today, int withinDays)
{
    auto clinic = readClinic(db, catalogue);
    if (!clinic)
        return std::unexpected(clinic.error());
    auto lists = storage::readRecalls(db, catalogue, RecallWindow {today, withinDays});
    if (!lists)
        return std::unexpected(lists.error());
    RecallListData out {clinicHeader(clinic->stored), today, withinDays, {}};
    for (const storage::Recall& r : lists->all()) {
        const Contraindication* finding = catalogue.contraindication(r.findingCode);
        out.recalls.append({r.kind, r.name, r.phone, r.email, r.what, r.due, r.modality,
            modalityName(catalogue, r.modality), r.indication, indicationName(catalogue, r.indication), r.sessionNumber,
            r.plannedDate, r.until, r.findingCode, finding ? finding->name : r.findingCode});
    }
    return out;
}

Result<QList<PostCareData>> postCareBatch(Database& db, const Catalogue& catalogue, const QDate& date)
{
    auto clinic = readClinic(db, catalogue);
    if (!clinic)
        return std::unexpected(clinic.error());
    AppointmentRepository appointments(db, clinic->stored.setup.timeZone);
    const auto [from, to] = wholeDay(date);
    auto day = appointments.between(from, to);
    if (!day)
        return std::unexpected(day.error());
    // The day sheet's read gives every patient and session position in one query.
    auto entries = storage::readDaySheet(db, date);
    if (!entries)
        return std::unexpected(entries.error());
    QHash<qint64, const storage::DaySheetEntry*> byId;
    for (const storage::DaySheetEntry& e : *entries)
        byId.insert(e.appointmentId, &e);
    QList<PostCareData> out;
    for (const AppointmentRecord& a : *day) {
        const storage::DaySheetEntry* e = byId.value(a.id);
        if (a.status != storage::AppointmentStatus::Completed || !e)
            continue;
        auto sheet = postCareFor(
            db, catalogue, *clinic, appointments, a, {e->sessionNumber, e->sessionCount}, patientHeader(e->patient));
        if (!sheet)
            return std::unexpected(sheet.error());
        out.append(*sheet);
    }
    return out;
}

} // namespace np::print
