// The demo clinic and its appointments: see DemoSchedule.h. Rows are written with one prepared
// statement through SQLite's C API; the no-double-booking trigger checks every one.
#include "DemoSchedule.h"

#include "Statement.h"

#include "core/BookingRules.h"
#include "core/ClinicLoader.h"
#include "core/WallClock.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <array>
#include <optional>

using namespace Qt::StringLiterals;

namespace np::storage {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(DemoSchedule)
};

constexpr int ClinicPractitioners = 10;
constexpr int LongestLookBackDays = 100 * 366; // extra appointments stop here, however few
constexpr int FailuresBeforeNextDay = 3;

const std::array MorePractitioners {u"Dr. Priya Shah"_s, u"Tom Okafor, RN"_s, u"Dr. Hannah Berg"_s,
    u"Inés Delgado, LE"_s, u"Dr. Oliver Grant"_s, u"Aoife Byrne, RN"_s, u"Dr. Marco Bellini"_s, u"Chloé Martin, LE"_s,
    u"Dr. Samuel Osei"_s, u"Yuki Tanaka, LE"_s};

QJsonArray ranges(std::initializer_list<QString> list)
{
    QJsonArray out;
    for (const QString& r : list)
        out.append(r);
    return out;
}

// One day of the clinic: what is open, who works when, and how far each resource is booked.
// Times are minutes from local midnight; every resource is booked in sequence, so a cursor per
// resource (free from this minute on) is all the state a day needs.
struct DayState {
    bool open = false;
    int origin = 0; // the slot grid starts here (the first opening time)
    QList<QList<std::pair<int, int>>> working; // per practitioner, in set-up order
    QList<int> practitionerFree;
    QList<int> roomFree;
    QList<int> deviceFree;
    QSet<qint64> patients; // who already has an appointment that day
    qint64 midnightUtcMinute = 0; // local midnight as if UTC
    std::optional<int> offsetMinutes; // the zone's offset all day; none on a day it changes
};

// Where a modality can take place: a room, with a device of its kind there (or mobile), or none
// when the clinic has no device of that kind.
struct Place {
    int room = 0;
    int device = -1;
};

struct ModalityPlan {
    const Modality* modality = nullptr;
    QList<int> practitioners;
    QList<Place> places;
};

struct Booking {
    int practitioner = 0;
    Place place;
    int start = 0;
    int minutes = 0;
};

int minuteOf(const QTime& t)
{
    return t == QTime(23, 59, 59, 999) ? 24 * 60 : t.msecsSinceStartOfDay() / 60000;
}

class DemoCalendar {
public:
    DemoCalendar(const StoredClinic& clinic, const Catalogue& catalogue)
        : m_clinic(clinic)
        , m_setup(clinic.setup)
    {
        for (const Modality& m : catalogue.modalities) {
            ModalityPlan plan;
            plan.modality = &m;
            for (qsizetype p = 0; p < m_setup.practitioners.size(); ++p)
                if (m_setup.practitioners[p].modalities.contains(m.code))
                    plan.practitioners << static_cast<int>(p);
            const bool hasKind
                = std::ranges::any_of(m_setup.devices, [&](const Device& d) { return d.kind == m.deviceKind; });
            for (qsizetype r = 0; r < m_setup.rooms.size(); ++r) {
                if (!hasKind) {
                    plan.places.append({static_cast<int>(r), -1});
                    continue;
                }
                for (qsizetype d = 0; d < m_setup.devices.size(); ++d) {
                    const Device& device = m_setup.devices[d];
                    if (device.kind == m.deviceKind
                        && (device.homeRoom.isEmpty() || device.homeRoom == m_setup.rooms[r].code))
                        plan.places.append({static_cast<int>(r), static_cast<int>(d)});
                }
            }
            if (!plan.practitioners.isEmpty() && !plan.places.isEmpty())
                m_plans.insert(m.code, plan);
        }
        for (const ClinicPractitioner& p : m_setup.practitioners)
            m_practitionerIndex.insert(
                clinic.practitionerIds.value(p.code), static_cast<int>(m_practitionerIndex.size()));
        for (const Room& r : m_setup.rooms)
            m_roomIndex.insert(clinic.roomIds.value(r.code), static_cast<int>(m_roomIndex.size()));
        for (const Device& d : m_setup.devices)
            m_deviceIndex.insert(clinic.deviceIds.value(d.code), static_cast<int>(m_deviceIndex.size()));
    }

    const ModalityPlan* plan(const QString& modality) const
    {
        const auto it = m_plans.constFind(modality);
        return it == m_plans.cend() ? nullptr : &*it;
    }
    QList<const ModalityPlan*> plans() const
    {
        QList<const ModalityPlan*> out;
        for (const ModalityPlan& p : m_plans)
            out << &p;
        std::ranges::sort(out, {}, [](const ModalityPlan* p) { return p->modality->code; });
        return out;
    }

    DayState& day(const QDate& date)
    {
        auto it = m_days.find(date.toJulianDay());
        if (it == m_days.end())
            it = m_days.insert(date.toJulianDay(), newDay(date));
        return *it;
    }
    void forget(const QDate& date) { m_days.remove(date.toJulianDay()); }

    // The earliest start for `plan` and `minutes` on `d`, or nullopt when the day is full.
    std::optional<Booking> place(const DayState& d, const ModalityPlan& plan, int minutes) const
    {
        std::optional<Booking> best;
        const int step = m_setup.slotStepMinutes;
        for (const int p : plan.practitioners)
            for (const Place& place : plan.places) {
                const int free = std::max({d.practitionerFree[p], d.roomFree[place.room],
                    place.device >= 0 ? d.deviceFree[place.device] : 0});
                for (const auto& [from, to] : d.working[p]) {
                    int start = std::max(free, from);
                    start = d.origin + (start - d.origin + step - 1) / step * step;
                    if (start + minutes > to)
                        continue;
                    if (!best || start < best->start)
                        best = Booking {p, place, start, minutes};
                    break;
                }
            }
        return best;
    }

    static void take(DayState& d, const Booking& b)
    {
        const int end = b.start + b.minutes;
        d.practitionerFree[b.practitioner] = end;
        d.roomFree[b.place.room] = end;
        if (b.place.device >= 0)
            d.deviceFree[b.place.device] = end;
    }

    // An appointment already in the database: nothing is placed before its end on its resources.
    void hold(const QDate& date, int start, int minutes, qint64 practitionerId, qint64 roomId,
        std::optional<qint64> deviceId, qint64 patientId)
    {
        DayState& d = day(date);
        const int end = start + minutes;
        const auto raise = [end](QList<int>& cursors, const QHash<qint64, int>& index, qint64 id) {
            const auto it = index.constFind(id);
            if (it != index.cend())
                cursors[*it] = std::max(cursors[*it], end);
        };
        if (d.open) {
            raise(d.practitionerFree, m_practitionerIndex, practitionerId);
            raise(d.roomFree, m_roomIndex, roomId);
            if (deviceId)
                raise(d.deviceFree, m_deviceIndex, *deviceId);
        }
        d.patients.insert(patientId);
    }

    qint64 utcMinute(const DayState& d, const QDate& date, int start) const
    {
        if (d.offsetMinutes)
            return d.midnightUtcMinute + start - *d.offsetMinutes;
        const auto utc = wallClockToUtc(QDateTime(date, QTime(start / 60, start % 60)), m_setup.timeZone);
        return utc ? epochMinutes(*utc) : d.midnightUtcMinute + start;
    }

    qint64 practitionerId(int index) const { return m_clinic.practitionerIds.value(m_setup.practitioners[index].code); }
    qint64 roomId(int index) const { return m_clinic.roomIds.value(m_setup.rooms[index].code); }
    qint64 deviceId(int index) const { return m_clinic.deviceIds.value(m_setup.devices[index].code); }

private:
    DayState newDay(const QDate& date) const
    {
        DayState d;
        const QList<TimeRange> opening = m_setup.openingOn(date);
        d.midnightUtcMinute = epochMinutes(QDateTime(date, QTime(0, 0), Qt::UTC));
        if (opening.isEmpty())
            return d;
        d.open = true;
        d.origin = minuteOf(opening.first().start);
        for (const ClinicPractitioner& p : m_setup.practitioners) {
            QList<std::pair<int, int>> hours;
            for (const TimeRange& r : m_setup.workingOn(p, date))
                hours.append({minuteOf(r.start), minuteOf(r.end)});
            d.working.append(hours);
        }
        d.practitionerFree.fill(0, m_setup.practitioners.size());
        d.roomFree.fill(0, m_setup.rooms.size());
        d.deviceFree.fill(0, m_setup.devices.size());
        const QTimeZone& zone = m_setup.timeZone;
        const int early = zone.offsetFromUtc(QDateTime(date, QTime(0, 0), zone));
        const int late = zone.offsetFromUtc(QDateTime(date, QTime(23, 59), zone));
        if (early == late)
            d.offsetMinutes = early / 60;
        return d;
    }

    const StoredClinic& m_clinic;
    const ClinicSetup& m_setup;
    QHash<QString, ModalityPlan> m_plans;
    QHash<qint64, int> m_practitionerIndex;
    QHash<qint64, int> m_roomIndex;
    QHash<qint64, int> m_deviceIndex;
    QHash<qint64, DayState> m_days;
};

// The appointment rows, one prepared statement.
class AppointmentWriter {
public:
    AppointmentWriter(DirectStatement insert, const DemoBookingOptions& options, QString zone)
        : m_insert(std::move(insert))
        , m_options(options)
        , m_zone(std::move(zone))
    { }

    Result<void> write(const DemoCalendar& calendar, const DayState& d, const QDate& date, const Booking& b,
        qint64 patientId, std::optional<qint64> sessionId, const QString& modality, const QString& areas,
        const QString& status, const QString& reason)
    {
        const QString local = u"%1T%2:%3"_s.arg(date.toString(Qt::ISODate))
                                  .arg(b.start / 60, 2, 10, QChar(u'0'))
                                  .arg(b.start % 60, 2, 10, QChar(u'0'));
        const qint64 start = calendar.utcMinute(d, date, b.start);
        const QString created = isoUtc(QDateTime(std::min(m_options.today, date.addDays(-14)), QTime(9, 0), Qt::UTC));
        const QString updated
            = date < m_options.today ? isoUtc(fromEpochMinutes(start + b.minutes)) : m_options.nowText;
        m_insert.bind(1, patientId);
        if (sessionId)
            m_insert.bind(2, *sessionId);
        else
            m_insert.bindNull(2);
        m_insert.bind(3, calendar.practitionerId(b.practitioner));
        m_insert.bind(4, calendar.roomId(b.place.room));
        if (b.place.device >= 0)
            m_insert.bind(5, calendar.deviceId(b.place.device));
        else
            m_insert.bindNull(5);
        m_insert.bind(6, local);
        m_insert.bind(7, m_zone);
        m_insert.bind(8, start);
        m_insert.bind(9, start + b.minutes);
        m_insert.bind(10, modality);
        m_insert.bind(11, areas);
        m_insert.bind(12, status);
        m_insert.bind(13, reason);
        m_insert.bind(14, m_options.actor);
        m_insert.bind(15, created);
        m_insert.bind(16, updated);
        return m_insert.step();
    }

private:
    DirectStatement m_insert;
    const DemoBookingOptions& m_options;
    QString m_zone;
};

// Appointments already written hold their time.
Result<void> holdExisting(const QSqlDatabase& db, DemoCalendar& calendar, const QString& what)
{
    auto q = DirectStatement::prepare(db,
        "SELECT local_start, end_minute - start_minute, practitioner_id, room_id, device_id, patient_id "
        "FROM appointments WHERE status IN ('booked', 'checked_in', 'completed')",
        what);
    if (!q)
        return std::unexpected(q.error());
    for (;;) {
        auto row = q->next();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            return {};
        const QDateTime local = QDateTime::fromString(q->textAt(0), u"yyyy-MM-ddTHH:mm"_s);
        const QString device = q->textAt(4);
        calendar.hold(local.date(), minuteOf(local.time()), static_cast<int>(q->integerAt(1)), q->integerAt(2),
            q->integerAt(3), device.isEmpty() ? std::nullopt : std::optional(q->integerAt(4)), q->integerAt(5));
    }
}

// "Automated pen 2": how a front desk names the demo clinic's devices on the day sheet.
QString deviceName(const QString& kind, const QString& number)
{
    static const QHash<QString, QString> names {
        {u"automated_pen"_s, u"Automated pen"_s}, {u"roller"_s, u"Roller"_s}, {u"rf_microneedling"_s, u"RF unit"_s}};
    return names.value(kind, kind) + u' ' + number;
}

} // namespace

Result<ClinicSetup> demoClinicSetup(const Catalogue& catalogue, const QStringList& names, const QDate& today)
{
    QStringList kinds;
    QJsonArray modalities;
    for (const Modality& m : catalogue.modalities) {
        modalities.append(m.code);
        if (!m.deviceKind.isEmpty() && !kinds.contains(m.deviceKind))
            kinds << m.deviceKind;
    }
    QStringList people = names.mid(0, ClinicPractitioners);
    for (const QString& name : MorePractitioners)
        if (people.size() < ClinicPractitioners && !people.contains(name))
            people << name;
    QJsonArray rooms;
    QJsonArray devices;
    QJsonArray practitioners;
    for (qsizetype i = 0; i < people.size(); ++i) {
        const QString n = QString::number(i + 1);
        const QString room = u"room-"_s + n;
        rooms.append(QJsonObject {{u"code"_s, room}, {u"name"_s, QString(u"Treatment room "_s + n)}});
        for (const QString& kind : kinds)
            devices.append(QJsonObject {{u"code"_s, QString(kind + u'-' + n)}, {u"name"_s, deviceName(kind, n)},
                {u"kind"_s, kind}, {u"serial"_s, u"DEMO-%1-%2"_s.arg(kind.toUpper(), n)}, {u"home_room"_s, room}});
        QJsonObject p {{u"code"_s, QString(u"p"_s + n)}, {u"name"_s, people[i]},
            {u"role"_s, people[i].startsWith(u"Dr."_s) ? u"physician"_s : u"aesthetician"_s},
            {u"modalities"_s, modalities}};
        if (i == 8) // part-time: early week, and late week
            p.insert(u"hours"_s,
                QJsonObject {{u"monday"_s, ranges({u"09:00-13:00"_s, u"14:00-19:00"_s})},
                    {u"tuesday"_s, ranges({u"09:00-13:00"_s})}, {u"wednesday"_s, ranges({u"14:00-19:00"_s})}});
        if (i == 9)
            p.insert(u"hours"_s,
                QJsonObject {{u"thursday"_s, ranges({u"14:00-19:00"_s})},
                    {u"friday"_s, ranges({u"09:00-13:00"_s, u"14:00-19:00"_s})},
                    {u"saturday"_s, ranges({u"09:00-14:00"_s})}});
        if (i == 2)
            p.insert(u"time_off"_s,
                QJsonArray {QJsonObject {{u"from"_s, today.addDays(-60).toString(Qt::ISODate)},
                    {u"to"_s, today.addDays(-54).toString(Qt::ISODate)}, {u"reason"_s, u"Holiday"_s}}});
        practitioners.append(p);
    }
    const QJsonArray weekday = ranges({u"09:00-13:00"_s, u"14:00-19:00"_s});
    const QJsonObject file {{u"format"_s, 1},
        {u"clinic"_s,
            QJsonObject {{u"name"_s, u"Needlepoint Demo Clinic"_s}, {u"address"_s, u"1 Example Street, London"_s},
                {u"phone"_s, u"+44 20 7946 0100"_s}, {u"time_zone"_s, u"Europe/London"_s}}},
        {u"opening_hours"_s,
            QJsonObject {{u"monday"_s, weekday}, {u"tuesday"_s, weekday}, {u"wednesday"_s, weekday},
                {u"thursday"_s, weekday}, {u"friday"_s, weekday}, {u"saturday"_s, ranges({u"09:00-14:00"_s})}}},
        {u"holidays"_s,
            QJsonArray {QJsonObject {{u"date"_s, u"12-25"_s}, {u"name"_s, u"Christmas Day"_s}},
                QJsonObject {{u"date"_s, u"01-01"_s}, {u"name"_s, u"New Year's Day"_s}}}},
        {u"rooms"_s, rooms}, {u"devices"_s, devices}, {u"practitioners"_s, practitioners},
        {u"scheduling"_s, QJsonObject {{u"turnover_minutes"_s, 15}, {u"slot_step_minutes"_s, 15}}}};
    auto setup = parseClinicSetup(QJsonDocument(file).toJson(), Tr::tr("the demo clinic"), catalogue);
    if (!setup)
        return fail(StorageError::Kind::Invalid, joinProblems(setup.error()));
    return *setup;
}

Result<DemoBookingCounts> writeDemoAppointments(const QSqlDatabase& db, const StoredClinic& clinic,
    const Catalogue& catalogue, const QList<DemoSession>& sessions, const QList<qint64>& patients,
    const DemoBookingOptions& options, DemoRandom& random)
{
    const QString what = Tr::tr("the demo appointments");
    DemoCalendar calendar(clinic, catalogue);
    if (auto held = holdExisting(db, calendar, what); !held)
        return std::unexpected(held.error());
    auto insert = DirectStatement::prepare(db,
        "INSERT INTO appointments (patient_id, session_id, practitioner_id, room_id, device_id, local_start, "
        "time_zone, start_minute, end_minute, modality, areas, status, status_reason, notes, created_by, created_at, "
        "updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?, ?, 1)",
        what);
    if (!insert)
        return std::unexpected(insert.error());
    AppointmentWriter writer(std::move(*insert), options, QString::fromUtf8(clinic.setup.timeZone.id()));
    const int turnover = clinic.setup.turnoverMinutes;
    const QString completed = u"completed"_s;
    const QString booked = u"booked"_s;
    const QString noShow = u"no_show"_s;
    const QString cancelled = u"cancelled"_s;
    DemoBookingCounts counts;

    // The sessions, day by day.
    QList<const DemoSession*> byDay;
    byDay.reserve(sessions.size());
    for (const DemoSession& s : sessions)
        byDay << &s;
    std::ranges::stable_sort(byDay, {}, [](const DemoSession* s) { return s->planned; });
    for (const DemoSession* s : byDay) {
        const ModalityPlan* plan = calendar.plan(s->modality);
        DayState& d = calendar.day(s->planned);
        if (!plan || !d.open || d.patients.contains(s->patientId))
            continue;
        const auto b = calendar.place(
            d, *plan, appointmentMinutes(*plan->modality, static_cast<int>(s->areas.size()), turnover));
        if (!b)
            continue;
        const bool past = s->planned < options.today;
        if (auto r = writer.write(calendar, d, s->planned, *b, s->patientId, s->id, s->modality, s->areas.join(u','),
                past ? (s->missed ? noShow : completed) : booked, QString());
            !r)
            return std::unexpected(r.error());
        DemoCalendar::take(d, *b);
        d.patients.insert(s->patientId);
        ++counts.appointments;
        ++counts.sessionAppointments;
    }

    // Then other patients' appointments, from yesterday back, until the target.
    const QList<const ModalityPlan*> plans = calendar.plans();
    if (plans.isEmpty() || patients.isEmpty())
        return counts;
    const QString cancelReason = u"Patient cancelled"_s;
    for (int back = 1; counts.appointments < options.target && back <= LongestLookBackDays; ++back) {
        const QDate date = options.today.addDays(-back);
        DayState& d = calendar.day(date);
        for (int failures = 0; d.open && failures < FailuresBeforeNextDay && counts.appointments < options.target;) {
            const qint64 patient = random.pick(patients);
            const ModalityPlan* plan = random.pick(plans);
            QStringList areas;
            for (int a = random.between(1, 2); a > 0; --a)
                if (const QString& code = random.pick(catalogue.areas).code; !areas.contains(code))
                    areas << code;
            if (d.patients.contains(patient)) {
                ++failures;
                continue;
            }
            const auto b = calendar.place(
                d, *plan, appointmentMinutes(*plan->modality, static_cast<int>(areas.size()), turnover));
            if (!b) {
                ++failures;
                continue;
            }
            const int outcome = random.below(100);
            const QString& status = outcome < 5 ? cancelled : (outcome < 9 ? noShow : completed);
            if (auto r = writer.write(calendar, d, date, *b, patient, std::nullopt, plan->modality->code,
                    areas.join(u','), status, outcome < 5 ? cancelReason : QString());
                !r)
                return std::unexpected(r.error());
            DemoCalendar::take(d, *b);
            d.patients.insert(patient);
            ++counts.appointments;
        }
        calendar.forget(date);
    }
    return counts;
}

} // namespace np::storage
