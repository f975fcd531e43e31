// A stored series re-planned from where it stands: moved and missed sessions.
#include "SeriesContext.h"

#include "SeriesRequest.h"

#include "core/Codes.h"
#include "core/JsonReader.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace np::cli {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(SeriesContext)
};

const QString LocalFormat = u"yyyy-MM-ddTHH:mm"_s;
constexpr int CalendarYears = 3;

// The plan request the series was made from, as JSON without "patient".
QJsonObject requestJson(const storage::SeriesRecord& s)
{
    QJsonObject treatment {{u"modality"_s, s.modality}, {u"indication"_s, s.indication}, {u"severity"_s, s.severity},
        {u"areas"_s, QJsonArray::fromStringList(s.areas)}, {u"sessions"_s, static_cast<int>(s.sessions.size())}};
    QJsonObject root {{u"treatment"_s, treatment}};
    if (s.eventDate)
        root.insert(u"event_date"_s, isoDate(*s.eventDate));
    return root;
}

} // namespace

qsizetype SeriesContext::indexOfSession(qint64 sessionId) const
{
    for (qsizetype i = 0; i < series.sessions.size(); ++i)
        if (series.sessions[i].id == sessionId)
            return i;
    return -1;
}

std::expected<SeriesContext, int> seriesContext(
    CommandContext& ctx, const Catalogue& catalogue, const storage::StoredClinic& clinic, qint64 sessionId)
{
    storage::Database& db = *ctx.database();
    storage::SeriesRepository seriesRepo(db, catalogue);
    auto session = seriesRepo.session(sessionId);
    if (!session)
        return std::unexpected(ctx.fail(session.error()));
    auto series = seriesRepo.get(session->seriesId);
    if (!series)
        return std::unexpected(ctx.fail(series.error()));
    auto appointments = storage::AppointmentRepository(db, clinic.setup.timeZone).forSeries(series->id);
    if (!appointments)
        return std::unexpected(ctx.fail(appointments.error()));
    SeriesContext out;
    for (const storage::AppointmentRecord& a : *appointments)
        if (a.sessionId && storage::holdsTime(a.status))
            out.held.insert(*a.sessionId, a);
    auto request = seriesPlanRequest(
        ctx, catalogue, series->patientId, requestJson(*series), Tr::tr("series %1").arg(series->id), series->id);
    if (!request)
        return std::unexpected(request.error());
    out.request = std::move(*request);
    out.request.booked = true;
    const QDate first = series->sessions.isEmpty() ? ctx.today : series->sessions.first().plannedDate;
    out.request.clinic
        = clinic.setup.calendar(std::min(first, ctx.today).addYears(-1), ctx.today.addYears(CalendarYears));
    for (const storage::PlannedSessionRecord& s : series->sessions) {
        const auto held = out.held.constFind(s.id);
        out.days.append(held != out.held.cend() ? held->localStart.date() : s.plannedDate);
    }
    out.series = std::move(*series);
    return out;
}

storage::Result<void> applyLaterSessions(storage::Database& db, const Catalogue& catalogue,
    const storage::StoredClinic& clinic, const SeriesContext& context, const SeriesBooking& booking, bool shiftingLater,
    const QString& actor)
{
    storage::SeriesRepository seriesRepo(db, catalogue);
    storage::AppointmentRepository appointments(db, clinic.setup.timeZone);
    QList<BookedSession> order = booking.sessions;
    if (shiftingLater)
        std::reverse(order.begin(), order.end());
    for (const BookedSession& b : order) {
        storage::PlannedSessionRecord session = context.series.sessions.value(b.number - 1);
        if (session.id == 0)
            return storage::fail(storage::StorageError::Kind::NotFound,
                Tr::tr("series %1 has no session %2").arg(context.series.id).arg(b.number));
        if (const auto held = context.held.constFind(session.id); held != context.held.cend()) {
            const storage::AppointmentRepository::Resources to {clinic.practitionerIds.value(b.slot.practitioner),
                clinic.roomIds.value(b.slot.room),
                b.slot.device.isEmpty() ? std::nullopt : std::optional(clinic.deviceIds.value(b.slot.device))};
            if (auto moved = appointments.reschedule(held->id, held->version, b.slot.localStart, to, actor); !moved)
                return moved;
        } else
            session.status = u"planned"_s; // re-planned without an appointment (a missed one)
        session.plannedDate = b.slot.localStart.date();
        session.earliest = b.earliest;
        session.latest = b.latest;
        if (auto updated = seriesRepo.updateSession(session, actor); !updated)
            return std::unexpected(updated.error());
    }
    return {};
}

QJsonArray laterSessionsJson(const SeriesBooking& booking)
{
    QJsonArray out;
    for (const BookedSession& s : booking.sessions)
        out.append(QJsonObject {{u"session"_s, s.number}, {u"start"_s, s.slot.localStart.toString(LocalFormat)},
            {u"end"_s, s.slot.localEnd.toString(LocalFormat)}, {u"practitioner"_s, s.slot.practitioner},
            {u"room"_s, s.slot.room},
            {u"device"_s, s.slot.device.isEmpty() ? QJsonValue() : QJsonValue(s.slot.device)}});
    return out;
}

} // namespace np::cli
