#include "SlotFinder.h"

#include "BookingRules.h"
#include "WallClock.h"

#include <QHash>

#include <algorithm>
#include <vector>

namespace np {
namespace {

constexpr qint64 MinutesPerDay = 24 * 60;
constexpr int Noon = 12 * 60;

int minuteOfDay(const QTime& time)
{
    return time.msecsSinceStartOfDay() / 60000;
}

// Wall-clock minutes on one scale across days, so spans past midnight compare correctly.
qint64 localMinute(const QDateTime& t)
{
    return t.date().toJulianDay() * MinutesPerDay + minuteOfDay(t.time());
}

struct Span {
    qint64 start = 0;
    qint64 end = 0;
};

// One resource's busy time, sorted and merged so that starts and ends both ascend: whether a
// stretch is free is one binary search.
class Timeline {
public:
    void add(qint64 start, qint64 end)
    {
        if (start < end)
            m_spans.push_back({start, end});
    }

    void seal()
    {
        std::sort(m_spans.begin(), m_spans.end(), [](const Span& a, const Span& b) { return a.start < b.start; });
        std::vector<Span> merged;
        for (const Span& s : m_spans) {
            if (!merged.empty() && s.start <= merged.back().end)
                merged.back().end = std::max(merged.back().end, s.end);
            else
                merged.push_back(s);
        }
        m_spans = std::move(merged);
    }

    [[nodiscard]] bool isFree(qint64 start, qint64 end) const
    {
        const auto it = std::upper_bound(
            m_spans.begin(), m_spans.end(), start, [](qint64 value, const Span& s) { return value < s.end; });
        return it == m_spans.end() || it->start >= end;
    }

private:
    std::vector<Span> m_spans;
};

template <typename T>
int indexOf(const QList<T>& list, const QString& code)
{
    for (qsizetype i = 0; i < list.size(); ++i)
        if (list[i].code == code)
            return static_cast<int>(i);
    return -1;
}

// Each code's index in `list`.
template <typename T>
QHash<QString, int> indexes(const QList<T>& list)
{
    QHash<QString, int> out;
    for (qsizetype i = 0; i < list.size(); ++i)
        out.insert(list[i].code, static_cast<int>(i));
    return out;
}

// Busy time per practitioner, room and device (indexes of the set-up's lists) and the patient's.
struct BusyIndex {
    std::vector<Timeline> practitioners;
    std::vector<Timeline> rooms;
    std::vector<Timeline> devices;
    Timeline patient;

    BusyIndex(const ClinicSetup& clinic, const QList<BusySpan>& busy)
        : practitioners(static_cast<std::size_t>(clinic.practitioners.size()))
        , rooms(static_cast<std::size_t>(clinic.rooms.size()))
        , devices(static_cast<std::size_t>(clinic.devices.size()))
    {
        const auto add = [](std::vector<Timeline>& timelines, int index, qint64 start, qint64 end) {
            if (index >= 0)
                timelines[static_cast<std::size_t>(index)].add(start, end);
        };
        const QHash<QString, int> practitionerIndex = indexes(clinic.practitioners);
        const QHash<QString, int> roomIndex = indexes(clinic.rooms);
        const QHash<QString, int> deviceIndex = indexes(clinic.devices);
        for (const BusySpan& b : busy) {
            const qint64 start = localMinute(b.localStart);
            const qint64 end = localMinute(b.localEnd);
            add(practitioners, practitionerIndex.value(b.practitioner, -1), start, end);
            add(rooms, roomIndex.value(b.room, -1), start, end);
            if (!b.device.isEmpty())
                add(devices, deviceIndex.value(b.device, -1), start, end);
            if (b.patient)
                patient.add(start, end);
        }
        for (auto* list : {&practitioners, &rooms, &devices})
            for (Timeline& t : *list)
                t.seal();
        patient.seal();
    }
};

// A room with the device used in it (-1: none).
struct Place {
    int room = 0;
    int device = -1;
};

// Where the modality can be done: devices kept in a room there, then mobile devices in every room;
// every room without a device when the clinic has none of the kind.
QList<Place> placesFor(const ClinicSetup& clinic, const QString& deviceKind)
{
    QList<Place> homed;
    QList<Place> mobile;
    for (int d = 0; d < clinic.devices.size(); ++d) {
        const Device& device = clinic.devices[d];
        if (device.kind != deviceKind)
            continue;
        if (!device.homeRoom.isEmpty()) {
            if (const int room = indexOf(clinic.rooms, device.homeRoom); room >= 0)
                homed.append({room, d});
        } else {
            for (int r = 0; r < clinic.rooms.size(); ++r)
                mobile.append({r, d});
        }
    }
    const bool anyDevice = std::any_of(
        clinic.devices.begin(), clinic.devices.end(), [&](const Device& d) { return d.kind == deviceKind; });
    if (!anyDevice)
        for (int r = 0; r < clinic.rooms.size(); ++r)
            homed.append({r, -1});
    return homed + mobile;
}

// The days of the window the patient accepts, nearest the target first, the earlier on ties.
QList<QDate> rankedDays(const SlotQuery& query)
{
    QList<QDate> days;
    for (QDate day = query.from; day.isValid() && day <= query.to; day = day.addDays(1))
        if (query.weekdays.isEmpty() || query.weekdays.contains(day.dayOfWeek()))
            days.append(day);
    const QDate target = query.target.isValid() ? query.target : query.from;
    std::stable_sort(days.begin(), days.end(),
        [&](const QDate& a, const QDate& b) { return std::abs(target.daysTo(a)) < std::abs(target.daysTo(b)); });
    return days;
}

bool wantedPart(PartOfDay part, int startMinute)
{
    switch (part) {
    case PartOfDay::Morning:
        return startMinute < Noon;
    case PartOfDay::Afternoon:
        return startMinute >= Noon;
    case PartOfDay::Any:
        break;
    }
    return true;
}

bool fitsIn(const QList<TimeRange>& ranges, int start, int end)
{
    return std::any_of(ranges.begin(), ranges.end(),
        [&](const TimeRange& r) { return minuteOfDay(r.start) <= start && end <= minuteOfDay(r.end); });
}

// Everything one search needs, so that each day is a plain loop over the grid.
struct Search {
    const ClinicSetup& clinic;
    const Catalogue& catalogue;
    const SlotQuery& query;
    BusyIndex busy;
    QList<Place> places;
    QList<int> practitioners; // indexes of those who perform the modality (and were asked for)
    int duration = 0;

    // The first free practitioner, room and device at `minute` of `day` that the clinic's rules allow.
    std::optional<Slot> slotAt(const QDate& day, int minute, const std::vector<QList<TimeRange>>& working) const
    {
        const qint64 from = day.toJulianDay() * MinutesPerDay + minute;
        const qint64 to = from + duration;
        if (!busy.patient.isFree(from, to))
            return std::nullopt;
        const auto freeOnes = [&](const std::vector<Timeline>& timelines) {
            std::vector<bool> out;
            for (const Timeline& t : timelines)
                out.push_back(t.isFree(from, to));
            return out;
        };
        const std::vector<bool> roomFree = freeOnes(busy.rooms);
        const std::vector<bool> deviceFree = freeOnes(busy.devices);
        QList<Place> free;
        for (const Place& place : places)
            if (roomFree[static_cast<std::size_t>(place.room)]
                && (place.device < 0 || deviceFree[static_cast<std::size_t>(place.device)]))
                free.append(place);
        if (free.isEmpty())
            return std::nullopt;
        for (qsizetype i = 0; i < practitioners.size(); ++i) {
            const auto p = static_cast<std::size_t>(practitioners[i]);
            if (!fitsIn(working[static_cast<std::size_t>(i)], minute, minute + duration)
                || !busy.practitioners[p].isFree(from, to))
                continue;
            const QDateTime start(day, QTime(0, 0).addSecs(60LL * minute));
            if (!wallClockToUtc(start, clinic.timeZone))
                return std::nullopt; // the clocks skip it
            for (const Place& place : free) {
                const QString device = place.device >= 0 ? clinic.devices[place.device].code : QString();
                const BookingChoice choice {clinic.practitioners[practitioners[i]].code, clinic.rooms[place.room].code,
                    device, query.modality, query.areaCount, start};
                if (!bookingRefusal(clinic, catalogue, choice))
                    return Slot {start, wallClockAfter(start, duration, clinic.timeZone), choice.practitioner,
                        choice.room, device};
            }
        }
        return std::nullopt;
    }

    void searchDay(const QDate& day, QList<Slot>& out) const
    {
        const QList<TimeRange> opening = clinic.openingOn(day);
        if (opening.isEmpty())
            return;
        std::vector<QList<TimeRange>> working;
        for (const int p : practitioners)
            working.push_back(clinic.workingOn(clinic.practitioners[p], day));
        const int origin = minuteOfDay(opening.first().start);
        const int step = std::max(1, clinic.slotStepMinutes);
        for (const TimeRange& range : opening) {
            const int offset = minuteOfDay(range.start) - origin;
            for (int minute = origin + (offset + step - 1) / step * step; minute + duration <= minuteOfDay(range.end);
                 minute += step) {
                if (!wantedPart(query.part, minute))
                    continue;
                if (auto slot = slotAt(day, minute, working)) {
                    out.append(*slot);
                    if (out.size() >= query.limit)
                        return;
                }
            }
        }
    }
};

} // namespace

QList<Slot> findSlots(
    const ClinicSetup& clinic, const Catalogue& catalogue, const SlotQuery& query, const QList<BusySpan>& busy)
{
    const Modality* modality = catalogue.modality(query.modality);
    if (!modality || query.limit <= 0)
        return {};
    Search search {clinic, catalogue, query, BusyIndex(clinic, busy), placesFor(clinic, modality->deviceKind), {},
        appointmentMinutes(*modality, query.areaCount, clinic.turnoverMinutes)};
    for (int p = 0; p < clinic.practitioners.size(); ++p) {
        const ClinicPractitioner& practitioner = clinic.practitioners[p];
        if (practitioner.modalities.contains(query.modality)
            && (query.practitioner.isEmpty() || practitioner.code == query.practitioner))
            search.practitioners.append(p);
    }
    QList<Slot> found;
    for (const QDate& day : rankedDays(query)) {
        search.searchDay(day, found);
        if (found.size() >= query.limit)
            break;
    }
    return found;
}

} // namespace np
