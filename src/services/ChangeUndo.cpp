#include "ChangeUndo.h"

#include "ClinicSchedule.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace np::services {
namespace {

bool sameAppointment(const storage::AppointmentRecord& a, const storage::AppointmentRecord& b)
{
    return a.localStart == b.localStart && a.practitionerId == b.practitionerId && a.roomId == b.roomId
        && a.deviceId == b.deviceId && a.status == b.status && a.statusReason == b.statusReason;
}

bool sameSession(const storage::PlannedSessionRecord& a, const storage::PlannedSessionRecord& b)
{
    return a.plannedDate == b.plannedDate && a.earliest == b.earliest && a.latest == b.latest && a.status == b.status;
}

template <typename Record>
const Record* find(const QList<Record>& list, qint64 id)
{
    const auto it = std::find_if(list.cbegin(), list.cend(), [id](const Record& r) { return r.id == id; });
    return it == list.cend() ? nullptr : &*it;
}

QList<qint64> idsOf(const AppointmentsState& state)
{
    QList<qint64> ids;
    for (const storage::AppointmentRecord& a : state.appointments)
        ids << a.id;
    return ids;
}

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ChangeUndo)
};

storage::Result<void> changedSince(const QString& what)
{
    return storage::fail(storage::StorageError::Kind::Conflict,
        Tr::tr("%1 was changed by someone else since, so it is left as they made it").arg(what));
}

const storage::ChartRecord* findSession(const QList<storage::ChartRecord>& charts, qint64 sessionId)
{
    const auto it = std::find_if(charts.cbegin(), charts.cend(),
        [sessionId](const storage::ChartRecord& c) { return c.sessionId == sessionId; });
    return it == charts.cend() ? nullptr : &*it;
}

int sessionNumber(const AppointmentsState& state, qint64 sessionId)
{
    const auto* s = find(state.sessions, sessionId);
    return s ? s->number : 0;
}

// Whether `to` puts a session on a later day than `from` has it: then sessions and appointments
// are put back from the last on, so that none passes another on the way.
bool goesLater(const AppointmentsState& from, const AppointmentsState& to)
{
    return std::any_of(to.sessions.cbegin(), to.sessions.cend(), [&](const storage::PlannedSessionRecord& s) {
        const auto* now = find(from.sessions, s.id);
        return now && s.plannedDate > now->plannedDate;
    });
}

storage::Result<void> restoreSessions(
    const UseCaseContext& ctx, const AppointmentsState& from, const AppointmentsState& to)
{
    // Each after the one before it: going back to earlier days from the first on, to later days
    // from the last on.
    QList<storage::PlannedSessionRecord> sessions = to.sessions;
    std::sort(sessions.begin(), sessions.end(),
        [](const auto& a, const auto& b) { return std::tie(a.seriesId, a.number) < std::tie(b.seriesId, b.number); });
    if (goesLater(from, to))
        std::reverse(sessions.begin(), sessions.end());
    auto series = repositoryFor<storage::SeriesRepository>(ctx);
    for (const storage::PlannedSessionRecord& s : sessions) {
        const auto* was = find(from.sessions, s.id);
        if (!was || sameSession(*was, s))
            continue;
        // As it stands: the same as `from` says (its version may have moved with a step undone
        // and redone since), or someone else has changed it.
        auto now = series.session(s.id);
        if (!now)
            return std::unexpected(now.error());
        if (!sameSession(*now, *was))
            return changedSince(Tr::tr("session %1").arg(s.number));
        if (auto r = series.restoreSession(s, now->version, ctx.actor.name); !r)
            return r;
    }
    return {};
}

} // namespace

Outcome<AppointmentsState> appointmentsState(const UseCaseContext& ctx, const QList<qint64>& ids)
{
    auto clinic = storedClinic(ctx.db, ctx.catalogue);
    if (!clinic)
        return std::unexpected(clinic.error());
    storage::AppointmentRepository appointments(ctx.db, clinic->setup.timeZone);
    storage::SeriesRepository series(ctx.db, ctx.catalogue);
    storage::ChartRepository charts(ctx.db, ctx.catalogue);
    AppointmentsState out;
    QSet<qint64> seen;
    QSet<qint64> seriesSeen;
    const auto add = [&](const storage::AppointmentRecord& a) {
        if (!seen.contains(a.id)) {
            seen.insert(a.id);
            out.appointments.append(a);
        }
    };
    for (const qint64 id : ids) {
        auto a = appointments.get(id);
        if (!a)
            return std::unexpected(ServiceError::fromStorage(a.error()));
        add(*a);
        if (!a->sessionId)
            continue;
        auto session = series.session(*a->sessionId);
        if (!session)
            return std::unexpected(ServiceError::fromStorage(session.error()));
        if (seriesSeen.contains(session->seriesId))
            continue;
        seriesSeen.insert(session->seriesId);
        auto whole = series.get(session->seriesId);
        if (!whole)
            return std::unexpected(ServiceError::fromStorage(whole.error()));
        out.sessions.append(whole->sessions);
        for (const storage::PlannedSessionRecord& s : std::as_const(whole->sessions)) {
            if (s.status != u"done")
                continue;
            auto chart = charts.forSession(s.id);
            if (!chart)
                return std::unexpected(ServiceError::fromStorage(chart.error()));
            if (*chart)
                out.charts.append(**chart);
        }
        whole->sessions.clear();
        out.series.append(*whole);
        auto its = appointments.forSeries(session->seriesId);
        if (!its)
            return std::unexpected(ServiceError::fromStorage(its.error()));
        for (const storage::AppointmentRecord& other : *its)
            add(other);
    }
    return out;
}

AppointmentsState unbooked(AppointmentsState booked, const QList<qint64>& ids, const QString& reason)
{
    QSet<qint64> sessions;
    for (storage::AppointmentRecord& a : booked.appointments) {
        if (!ids.contains(a.id))
            continue;
        a.status = storage::AppointmentStatus::Cancelled;
        a.statusReason = reason;
        if (a.sessionId)
            sessions.insert(*a.sessionId);
    }
    for (storage::PlannedSessionRecord& s : booked.sessions)
        if (sessions.contains(s.id))
            s.status = QStringLiteral("planned");
    return booked;
}

Outcome<AppointmentsState> restoreAppointments(
    const UseCaseContext& ctx, const AppointmentsState& from, const AppointmentsState& to)
{
    auto clinic = storedClinic(ctx.db, ctx.catalogue);
    if (!clinic)
        return std::unexpected(clinic.error());
    const auto done = ctx.db.transaction([&]() -> storage::Result<void> {
        auto charts = repositoryFor<storage::ChartRepository>(ctx);
        // Charts `to` has not go first (a completion undone), before their sessions are reopened.
        for (const storage::ChartRecord& c : from.charts) {
            if (findSession(to.charts, c.sessionId))
                continue;
            auto now = charts.forSession(c.sessionId);
            if (!now)
                return std::unexpected(now.error());
            if (!*now || (*now)->id != c.id || (*now)->version != c.version)
                return changedSince(Tr::tr("the chart of session %1").arg(sessionNumber(from, c.sessionId)));
            if (auto r = charts.retract(**now, ctx.actor.name); !r)
                return r;
        }
        if (auto r = restoreSessions(ctx, from, to); !r)
            return r;
        auto appointments = appointmentRepository(ctx, *clinic);
        QList<storage::AppointmentRecord> list = to.appointments;
        if (goesLater(from, to))
            std::reverse(list.begin(), list.end());
        for (const storage::AppointmentRecord& a : list) {
            const auto* was = find(from.appointments, a.id);
            if (!was || sameAppointment(*was, a))
                continue;
            auto now = appointments.get(a.id);
            if (!now)
                return std::unexpected(now.error());
            if (!sameAppointment(*now, *was))
                return changedSince(Tr::tr("appointment %1").arg(a.id));
            if (auto r = appointments.restore(a, now->version, ctx.actor.name); !r)
                return r;
        }
        auto series = repositoryFor<storage::SeriesRepository>(ctx);
        for (const storage::SeriesRecord& s : to.series) {
            const auto* was = find(from.series, s.id);
            if (!was || was->status == s.status)
                continue;
            auto now = series.get(s.id);
            if (!now)
                return std::unexpected(now.error());
            if (now->status != was->status)
                return changedSince(Tr::tr("series %1").arg(s.id));
            if (auto r = series.restoreStatus(s.id, now->version, s.status, ctx.actor.name); !r)
                return r;
        }
        // Charts `from` has not come last (a completion redone), on sessions done again.
        for (storage::ChartRecord c : to.charts) {
            if (findSession(from.charts, c.sessionId))
                continue;
            c.id = 0;
            if (auto r = charts.add(c, ctx.actor.name); !r)
                return std::unexpected(r.error());
        }
        return {};
    });
    if (!done)
        return std::unexpected(ServiceError::fromStorage(done.error()));
    return appointmentsState(ctx, idsOf(to));
}

} // namespace np::services
