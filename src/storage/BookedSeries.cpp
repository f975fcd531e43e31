#include "BookedSeries.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace np::storage {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(BookedSeries)
};

} // namespace

Result<BookedSeries> storeBookedSeries(Database& db, const Catalogue& catalogue, const QTimeZone& zone,
    SeriesRecord series, QList<BookingRequest> appointments, const QString& actor, const Clock& clock)
{
    if (appointments.size() != series.sessions.size())
        return fail(StorageError::Kind::Invalid,
            Tr::tr("%1 appointments for a series of %2 sessions").arg(appointments.size()).arg(series.sessions.size()));
    for (PlannedSessionRecord& s : series.sessions)
        s.status = u"booked"_s;
    BookedSeries out;
    auto work = [&]() -> Result<void> {
        SeriesRepository seriesRepo(db, catalogue);
        seriesRepo.setClock(clock);
        auto stored = seriesRepo.create(series, actor);
        if (!stored)
            return std::unexpected(stored.error());
        for (qsizetype i = 0; i < appointments.size(); ++i)
            appointments[i].sessionId = stored->sessions[i].id;
        AppointmentRepository appointmentRepo(db, zone);
        appointmentRepo.setClock(clock);
        auto ids = appointmentRepo.bookAll(appointments, actor);
        if (!ids)
            return std::unexpected(ids.error());
        out = {std::move(*stored), std::move(*ids)};
        return {};
    };
    if (auto done = db.transaction(work); !done)
        return std::unexpected(done.error());
    return out;
}

} // namespace np::storage
