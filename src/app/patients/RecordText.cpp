#include "RecordText.h"

#include "PatientText.h"

#include "core/Catalogue.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace np::app {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(RecordText)
};

QString dateTimeText(const QDateTime& utc)
{
    if (!utc.isValid())
        return {};
    const QDateTime local = utc.toLocalTime();
    return displayDate(local.date()) + u' ' + displayTime(local.time());
}

QString optionalDate(const std::optional<QDate>& date)
{
    return date ? displayDate(*date) : QString();
}

QString modalityName(const Catalogue& catalogue, const QString& code)
{
    if (code.isEmpty())
        return Tr::tr("Any treatment");
    const Modality* m = catalogue.modality(code);
    return m ? m->name : code;
}

QString areaNames(const Catalogue& catalogue, const QStringList& codes)
{
    QStringList names;
    for (const QString& code : codes) {
        const Area* area = catalogue.area(code);
        names << (area ? area->name : code);
    }
    return names.join(u", "_s);
}

QString sessionStatusText(const QString& code)
{
    if (code == u"planned")
        return Tr::tr("planned");
    if (code == u"booked")
        return Tr::tr("booked");
    if (code == u"done")
        return Tr::tr("done");
    if (code == u"cancelled")
        return Tr::tr("cancelled");
    if (code == u"missed")
        return Tr::tr("missed");
    return code;
}

QString seriesStatusText(const QString& code)
{
    if (code == u"planned")
        return Tr::tr("planned");
    if (code == u"active")
        return Tr::tr("under way");
    if (code == u"completed")
        return Tr::tr("completed");
    if (code == u"cancelled")
        return Tr::tr("cancelled");
    return code;
}

} // namespace

QString findingEffectText(const services::FindingStanding& f)
{
    if (!f.effect)
        return Tr::tr("not in the protocol catalogue in use");
    if (!f.inEffect)
        return f.clearsOn ? Tr::tr("no longer counts (since %1)").arg(displayDate(*f.clearsOn)) : Tr::tr("not yet");
    QString effect;
    switch (*f.effect) {
    case Effect::Blocks:
        effect = f.treatedAreasOnly && !f.finding.areas.isEmpty() ? Tr::tr("blocks treatment of these areas")
            : f.treatedAreasOnly                                  ? Tr::tr("blocks treatment of the area concerned")
                                                                  : Tr::tr("blocks all treatment");
        break;
    case Effect::Review:
        effect = Tr::tr("needs a clinician's review before treatment");
        break;
    case Effect::Advice:
        effect = Tr::tr("advice for the session");
        break;
    }
    if (f.variesByTreatment)
        effect = Tr::tr("%1 (for some treatments)").arg(effect);
    if (f.clearsOn) {
        effect = f.washoutDays && f.finding.until
            ? Tr::tr("%1 until %2 (washout included)").arg(effect, displayDate(f.clearsOn->addDays(-1)))
            : Tr::tr("%1 until %2").arg(effect, displayDate(f.clearsOn->addDays(-1)));
    }
    return effect;
}

QString findingLine(const services::FindingStanding& f)
{
    QString line = f.name;
    if (!f.areaNames.isEmpty())
        line = Tr::tr("%1 (%2)", "finding (areas)").arg(line, f.areaNames.join(u", "_s));
    if (f.finding.since)
        line = Tr::tr("%1, since %2").arg(line, displayDate(*f.finding.since));
    return Tr::tr("%1: %2", "finding: effect").arg(line, findingEffectText(f));
}

QString appointmentStatusText(storage::AppointmentStatus status)
{
    switch (status) {
    case storage::AppointmentStatus::Booked:
        return Tr::tr("booked");
    case storage::AppointmentStatus::CheckedIn:
        return Tr::tr("arrived");
    case storage::AppointmentStatus::Completed:
        return Tr::tr("completed");
    case storage::AppointmentStatus::Cancelled:
        return Tr::tr("cancelled");
    case storage::AppointmentStatus::NoShow:
        return Tr::tr("no-show");
    }
    return {};
}

QString appointmentLine(const services::AppointmentView& a)
{
    const QDateTime start = a.appointment.localStart;
    QStringList parts {QLocale().toString(start.date(), u"ddd"_s) + u' ' + displayDate(start.date()) + u' '
        + displayTime(start.time())};
    if (!a.room.isEmpty())
        parts << a.room;
    if (!a.practitioner.isEmpty())
        parts << a.practitioner;
    return parts.join(u", "_s);
}

QString seriesLine(const Catalogue& catalogue, const services::SeriesProgress& s)
{
    const Indication* indication = catalogue.indication(s.series.indication);
    const QString what = QStringList {indication ? indication->name : s.series.indication,
        areaNames(catalogue, s.series.areas), modalityName(catalogue, s.series.modality)}
                             .join(u", "_s);
    return Tr::tr("%1: %2 of %3 sessions done (%4)")
        .arg(what)
        .arg(s.done)
        .arg(s.total)
        .arg(seriesStatusText(s.series.status));
}

QStringList findingHeaders()
{
    return {Tr::tr("Finding"), Tr::tr("Effect"), Tr::tr("Areas"), Tr::tr("Since"), Tr::tr("Until")};
}

QList<TextTableModel::Row> findingRows(const QList<services::FindingStanding>& findings)
{
    QList<TextTableModel::Row> rows;
    for (const services::FindingStanding& f : findings) {
        TextTableModel::Row row;
        row.id = f.finding.id;
        row.cells = {f.name, findingEffectText(f), f.areaNames.isEmpty() ? Tr::tr("Any") : f.areaNames.join(u", "_s),
            optionalDate(f.finding.since), optionalDate(f.finding.until)};
        row.muted = !f.inEffect;
        // Who recorded it and when, as in its history.
        row.toolTip = Tr::tr("Recorded %1 by %2").arg(dateTimeText(f.finding.recordedAt), f.finding.recordedBy);
        if (!f.finding.note.isEmpty())
            row.toolTip += u'\n' + Tr::tr("Note: %1").arg(f.finding.note);
        rows << row;
    }
    return rows;
}

QStringList historyHeaders()
{
    return {Tr::tr("Revision"), Tr::tr("Finding"), Tr::tr("Areas"), Tr::tr("Since"), Tr::tr("Until"), Tr::tr("Note"),
        Tr::tr("Recorded"), Tr::tr("State")};
}

QList<TextTableModel::Row> historyRows(const Catalogue& catalogue, const QList<storage::FindingRecord>& revisions)
{
    QList<TextTableModel::Row> rows;
    for (const storage::FindingRecord& f : revisions) {
        const Contraindication* rule = catalogue.contraindication(f.code);
        TextTableModel::Row row;
        row.id = f.id;
        const QString state = f.retracted ? Tr::tr("retracted (entered in error)")
            : f.superseded                ? Tr::tr("corrected by the next revision")
                                          : Tr::tr("current");
        row.cells = {QString::number(f.revision), rule ? rule->name : f.code, areaNames(catalogue, f.areas),
            optionalDate(f.since), optionalDate(f.until), f.note,
            Tr::tr("%1, by %2", "when, by whom").arg(dateTimeText(f.recordedAt), f.recordedBy), state};
        row.muted = f.superseded;
        rows << row;
    }
    return rows;
}

QStringList sessionHeaders()
{
    return {Tr::tr("Series"), Tr::tr("Session"), Tr::tr("Planned for"), Tr::tr("Appointment"), Tr::tr("Status")};
}

QList<TextTableModel::Row> sessionRows(const Catalogue& catalogue, const services::PatientRecordView& record)
{
    // A session's appointment: the one holding its time, else its latest (the list is latest first).
    QHash<qint64, const services::AppointmentView*> bySession;
    for (const services::AppointmentView& a : record.appointments) {
        if (!a.appointment.sessionId)
            continue;
        const services::AppointmentView*& kept = bySession[*a.appointment.sessionId];
        if (!kept || (holdsTime(a.appointment.status) && !holdsTime(kept->appointment.status)))
            kept = &a;
    }
    QList<TextTableModel::Row> rows;
    for (const services::SeriesProgress& s : record.series) {
        const QString series = seriesLine(catalogue, s);
        for (const storage::PlannedSessionRecord& session : s.series.sessions) {
            TextTableModel::Row row;
            row.id = session.id;
            const services::AppointmentView* a = bySession.value(session.id);
            row.cells = {series, Tr::tr("%1 of %2").arg(session.number).arg(s.series.sessions.size()),
                displayDate(session.plannedDate), a ? appointmentLine(*a) : QString(),
                a ? appointmentStatusText(a->appointment.status) : sessionStatusText(session.status)};
            row.muted = session.status == u"cancelled" || session.status == u"missed";
            rows << row;
        }
    }
    return rows;
}

QStringList consentHeaders()
{
    return {Tr::tr("Treatment"), Tr::tr("Form signed"), Tr::tr("Signed"), Tr::tr("Witness"), Tr::tr("State")};
}

QList<TextTableModel::Row> consentRows(const Catalogue& catalogue, const QList<storage::ConsentRecord>& consents)
{
    QList<TextTableModel::Row> rows;
    for (const storage::ConsentRecord& c : consents) {
        TextTableModel::Row row;
        row.id = c.id;
        row.cells = {modalityName(catalogue, c.modality), c.formVersion, dateTimeText(c.signedAt), c.witnessedBy,
            c.withdrawn() ? Tr::tr("withdrawn %1: %2").arg(dateTimeText(*c.withdrawnAt), c.withdrawnReason)
                          : Tr::tr("valid")};
        row.muted = c.withdrawn();
        rows << row;
    }
    return rows;
}

QStringList documentHeaders()
{
    return {Tr::tr("Document"), Tr::tr("Given"), Tr::tr("By"), Tr::tr("Language"), Tr::tr("Where to")};
}

QList<TextTableModel::Row> documentRows(const QList<storage::DocumentGivenRecord>& documents)
{
    QList<TextTableModel::Row> rows;
    for (const storage::DocumentGivenRecord& d : documents) {
        TextTableModel::Row row;
        row.id = d.id;
        QString where = d.output;
        if (where.startsWith(u"pdf:"))
            where = Tr::tr("PDF %1").arg(where.mid(4));
        else if (where.startsWith(u"printer:"))
            where = Tr::tr("printer %1").arg(where.mid(8));
        row.cells = {documentKindText(d.kind), dateTimeText(d.givenAt), d.givenBy, d.language, where};
        rows << row;
    }
    return rows;
}

} // namespace np::app
