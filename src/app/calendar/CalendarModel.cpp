#include "CalendarModel.h"
#include "CalendarTime.h"

#include "app/patients/PatientText.h"
#include "app/patients/RecordText.h"
#include "core/Catalogue.h"
#include "core/WallClock.h"

#include <QLocale>

#include <algorithm>
#include <array>
#include <numeric>
#include <tuple>

using namespace Qt::StringLiterals;

namespace np::app {
namespace {

// Light fills that dark text reads on, far apart in hue; a modality keeps its colour from its place
// in the catalogue.
constexpr std::array<QRgb, 8> Palette {
    0xffb3d4fc, 0xffc8ecc0, 0xfffde2a7, 0xfff6c1d7, 0xffd9ccf5, 0xffb8ebe6, 0xfff9cdb5, 0xffe0e3b0};

struct Resource {
    qint64 id = 0;
    QString code;
    QString name;
    const ClinicPractitioner* practitioner = nullptr;
};

} // namespace

// A week holds hundreds of appointments with a few treatments, areas, days and times among them:
// each name, colour and locale text is made once per build, not once per appointment.
struct CalendarModel::Texts {
    explicit Texts(const CalendarModel& model, const QTimeZone& zone)
        : m_model(model)
        , m_timeFormat(QLocale().timeFormat(QLocale::ShortFormat).remove(u":ss"_s).remove(u".ss"_s))
        , wallClock(zone)
        , treatmentAreas(tr("%1: %2", "treatment: areas"))
        , session(tr("session %1 of %2"))
        , stateReason(tr("%1: %2", "state: reason"))
        , dayStartEnd(tr("%1 %2–%3", "day start–end"))
        , treatmentSession(tr("%1 · %2", "treatment · session"))
        , timeState(tr("%1 · %2", "time · state"))
    { }

    const QString& time(const QTime& t)
    {
        const int key = minuteOfDay(t);
        auto it = m_times.find(key);
        if (it == m_times.end())
            it = m_times.insert(key, m_locale.toString(t, m_timeFormat));
        return *it;
    }
    const QString& day(const QDate& d)
    {
        auto it = m_days.find(d);
        if (it == m_days.end())
            it = m_days.insert(d, m_locale.toString(d, u"ddd d MMM"_s));
        return *it;
    }
    const QColor& colour(const QString& modality)
    {
        auto it = m_colours.find(modality);
        if (it == m_colours.end())
            it = m_colours.insert(modality, m_model.colourOf(modality));
        return *it;
    }
    const QString& modalityName(const Catalogue* catalogue, const QString& code)
    {
        auto it = m_modalities.find(code);
        if (it == m_modalities.end()) {
            const Modality* m = catalogue ? catalogue->modality(code) : nullptr;
            it = m_modalities.insert(code, m ? m->name : code);
        }
        return *it;
    }
    const QString& areaName(const Catalogue* catalogue, const QString& code)
    {
        auto it = m_areas.find(code);
        if (it == m_areas.end()) {
            const Area* a = catalogue ? catalogue->area(code) : nullptr;
            it = m_areas.insert(code, a ? a->name : code);
        }
        return *it;
    }

private:
    const CalendarModel& m_model;
    QLocale m_locale;
    QString m_timeFormat;
    QHash<int, QString> m_times;
    QHash<QDate, QString> m_days;
    QHash<QString, QColor> m_colours;
    QHash<QString, QString> m_modalities;
    QHash<QString, QString> m_areas;

public:
    WallClockCache wallClock; // the appointments' ends, read in the clinic's zone
    const QString treatmentAreas;
    const QString session;
    const QString stateReason;
    const QString dayStartEnd;
    const QString treatmentSession;
    const QString timeState;
};

bool CalendarModel::Item::calledOff() const
{
    return status == storage::AppointmentStatus::Cancelled || status == storage::AppointmentStatus::NoShow;
}

CalendarModel::CalendarModel(QObject* parent)
    : QAbstractListModel(parent)
{ }

void CalendarModel::setSpan(std::optional<services::CalendarSpan> span, QDate today)
{
    m_span = std::move(span);
    m_today = today;
    rebuild();
}

void CalendarModel::setGrouping(Grouping grouping)
{
    if (grouping == m_grouping)
        return;
    m_grouping = grouping;
    rebuild();
}

void CalendarModel::setShowCalledOff(bool show)
{
    if (show == m_showCalledOff)
        return;
    m_showCalledOff = show;
    rebuild();
}

int CalendarModel::slotMinutes() const
{
    return m_span ? std::max(5, m_span->clinic.setup.slotStepMinutes) : 15;
}

QColor CalendarModel::colourOf(const QString& modality) const
{
    qsizetype index = 0;
    if (m_catalogue) {
        for (qsizetype i = 0; i < m_catalogue->modalities.size(); ++i)
            if (m_catalogue->modalities[i].code == modality)
                index = i;
    }
    return QColor::fromRgb(Palette[static_cast<std::size_t>(index) % Palette.size()]);
}

QList<CalendarModel::LegendEntry> CalendarModel::legend() const
{
    QList<LegendEntry> out;
    if (!m_catalogue)
        return out;
    for (const Modality& m : m_catalogue->modalities)
        out.append({m.name, colourOf(m.code)});
    return out;
}

void CalendarModel::rebuild()
{
    beginResetModel();
    m_columns.clear();
    m_items.clear();
    m_perDay = 0;
    m_firstMinute = 8 * 60;
    m_lastMinute = 18 * 60;
    if (!m_span) {
        endResetModel();
        return;
    }
    const services::CalendarSpan& span = *m_span;
    const ClinicSetup& setup = span.clinic.setup;
    const bool byRoom = m_grouping == Grouping::Room;
    const QHash<QString, qint64>& ids = byRoom ? span.clinic.roomIds : span.clinic.practitionerIds;
    QList<Resource> resources;
    if (byRoom) {
        for (const Room& r : setup.rooms)
            resources.append({ids.value(r.code), r.code, r.name, nullptr});
    } else {
        for (const ClinicPractitioner& p : setup.practitioners)
            if (span.practitioner.isEmpty() || span.practitioner == p.code)
                resources.append({ids.value(p.code), p.code, p.name, &p});
    }
    // Someone or somewhere no longer in the set-up keeps a column while it holds appointments.
    for (const services::CalendarItem& c : span.items) {
        const qint64 id = byRoom ? c.appointment.roomId : c.appointment.practitionerId;
        if (std::none_of(resources.cbegin(), resources.cend(), [id](const Resource& r) { return r.id == id; }))
            resources.append(
                {id, QString(), (byRoom ? span.names.rooms : span.names.practitioners).value(id), nullptr});
    }
    m_perDay = static_cast<int>(resources.size());
    int first = 24 * 60;
    int last = 0;
    for (int d = 0; d < span.days; ++d) {
        const QDate day = span.from.addDays(d);
        QString closed;
        if (setup.isClosed(day)) {
            closed = tr("Closed");
            for (const Closure& c : setup.closures)
                if (day >= c.from && day <= c.to && !c.reason.isEmpty())
                    closed = c.reason;
            for (const Holiday& h : setup.holidays)
                if (h.month == day.month() && h.day == day.day() && !h.name.isEmpty())
                    closed = h.name;
        }
        for (const Resource& r : resources) {
            Column column {day, r.code, r.name, {}, closed};
            if (closed.isEmpty())
                column.open = r.practitioner ? setup.workingOn(*r.practitioner, day) : setup.openingOn(day);
            for (const TimeRange& t : column.open) {
                first = std::min(first, minuteOfDay(t.start));
                last = std::max(last, t.end == QTime(0, 0) ? 24 * 60 : minuteOfDay(t.end));
            }
            m_columns.append(column);
        }
    }
    Texts texts(*this, setup.timeZone);
    QHash<qint64, int> resourceIndex;
    for (int i = 0; i < resources.size(); ++i)
        resourceIndex.insert(resources[i].id, i);
    for (const services::CalendarItem& c : span.items) {
        const storage::AppointmentRecord& a = c.appointment;
        const auto day = static_cast<int>(span.from.daysTo(a.localStart.date()));
        if (day < 0 || day >= span.days)
            continue;
        Item item = itemOf(c, day * m_perDay + resourceIndex.value(byRoom ? a.roomId : a.practitionerId), texts);
        if (item.calledOff() && !m_showCalledOff)
            continue;
        first = std::min(first, item.startMinute);
        last = std::max(last, item.endMinute);
        m_items.append(std::move(item));
    }
    if (first < last) {
        m_firstMinute = first / 60 * 60;
        m_lastMinute = std::min(24 * 60, (last + 59) / 60 * 60);
    }
    // Overlapping appointments in a column (a cancelled one and the one booked in its place) sit
    // side by side: each takes the first lane free, and a run of overlaps shares its lane count.
    QList<int> order(m_items.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [this](int x, int y) {
        const Item& a = m_items[x];
        const Item& b = m_items[y];
        return std::tie(a.column, a.startMinute, a.id) < std::tie(b.column, b.startMinute, b.id);
    });
    for (qsizetype i = 0; i < order.size();) {
        qsizetype j = i;
        int end = m_items[order[i]].endMinute;
        QList<int> laneEnds;
        for (; j < order.size() && m_items[order[j]].column == m_items[order[i]].column
             && (j == i || m_items[order[j]].startMinute < end);
             ++j) {
            Item& it = m_items[order[j]];
            end = std::max(end, it.endMinute);
            const auto free
                = std::find_if(laneEnds.begin(), laneEnds.end(), [&](int e) { return e <= it.startMinute; });
            it.lane = static_cast<int>(free - laneEnds.begin());
            if (free == laneEnds.end())
                laneEnds.append(it.endMinute);
            else
                *free = it.endMinute;
        }
        for (qsizetype k = i; k < j; ++k)
            m_items[order[k]].lanes = static_cast<int>(laneEnds.size());
        i = j;
    }
    endResetModel();
}

CalendarModel::Item CalendarModel::itemOf(const services::CalendarItem& c, int column, Texts& texts) const
{
    const storage::AppointmentRecord& a = c.appointment;
    const services::CalendarSpan& span = *m_span;
    Item item;
    item.id = a.id;
    item.version = a.version;
    item.patientId = a.patientId;
    item.column = column;
    item.localStart = a.localStart;
    item.startMinute = minuteOfDay(a.localStart.time());
    item.endMinute = item.startMinute + a.durationMinutes();
    item.patient = patientDisplayName(c.label.familyName, c.label.givenNames);
    item.modality = a.modality;
    item.sessionNumber = c.label.sessionNumber;
    item.colour = texts.colour(a.modality);
    item.status = a.status;
    item.statusReason = a.statusReason;
    QStringList areas;
    areas.reserve(a.areas.size());
    for (const QString& code : a.areas)
        areas << texts.areaName(m_catalogue, code);
    item.treatment = texts.modalityName(m_catalogue, a.modality);
    if (!areas.isEmpty())
        item.treatment = texts.treatmentAreas.arg(item.treatment, areas.join(u", "_s));
    QString session;
    if (c.label.sessionNumber > 0)
        session = texts.session.arg(c.label.sessionNumber).arg(c.label.sessionCount);
    // The end of the patient's time (the room's turnover after it is not theirs), as patientEnd().
    const qint64 turnover = std::max(span.clinic.setup.turnoverMinutes, 0);
    const QTime patientEnd = texts.wallClock.at(std::max(a.startMinute, a.endMinute - turnover)).time();
    item.stateText = appointmentStatusText(a.status);
    if (item.calledOff() && !a.statusReason.isEmpty())
        item.stateText = texts.stateReason.arg(item.stateText, a.statusReason);
    QStringList parts {
        texts.dayStartEnd.arg(texts.day(a.localStart.date()), texts.time(a.localStart.time()), texts.time(patientEnd)),
        span.names.rooms.value(a.roomId), span.names.practitioners.value(a.practitionerId), item.patient,
        item.treatment};
    if (!session.isEmpty())
        parts << session;
    parts << item.stateText;
    parts.removeAll(QString());
    item.description = parts.join(u", "_s);
    item.timeLine = a.status == storage::AppointmentStatus::Booked
        ? texts.time(a.localStart.time())
        : texts.timeState.arg(texts.time(a.localStart.time()), item.stateText);
    if (!session.isEmpty())
        item.treatment = texts.treatmentSession.arg(item.treatment, session);
    return item;
}

int CalendarModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_items.size(); ++i)
        if (m_items[i].id == id)
            return i;
    return -1;
}

int CalendarModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

QVariant CalendarModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Item& item = m_items[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole:
        return item.description;
    case Qt::BackgroundRole:
    case ColourRole:
        return item.colour;
    case IdRole:
        return item.id;
    case PatientIdRole:
        return item.patientId;
    case ColumnRole:
        return item.column;
    case StartRole:
        return item.localStart;
    case CalledOffRole:
        return item.calledOff();
    default:
        return {};
    }
}

} // namespace np::app
