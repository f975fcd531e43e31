#include "ClinicSchedule.h"

#include "core/WallClock.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace np::services {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ClinicSchedule)
};

} // namespace

storage::AppointmentRepository appointmentRepository(const UseCaseContext& ctx, const storage::StoredClinic& clinic)
{
    storage::AppointmentRepository appointments(ctx.db, clinic.setup.timeZone);
    appointments.setClock(ctx.clock);
    return appointments;
}

Outcome<storage::StoredClinic> storedClinic(storage::Database& db, const Catalogue& catalogue)
{
    auto clinic = storage::ClinicRepository(db, catalogue).current();
    if (!clinic)
        return std::unexpected(ServiceError::fromStorage(clinic.error()));
    if (!*clinic) {
        ServiceError e;
        e.kind = ServiceError::Kind::NotSetUp;
        e.message = Tr::tr("the clinic is not set up yet: its hours, practitioners and rooms are needed first");
        return std::unexpected(e);
    }
    return std::move(**clinic);
}

QList<BusySpan> busySpans(
    const QList<storage::BusyInterval>& busy, const storage::StoredClinic& clinic, qint64 patientId)
{
    const QHash<qint64, QString> practitioners = storage::codesById(clinic.practitionerIds);
    const QHash<qint64, QString> rooms = storage::codesById(clinic.roomIds);
    const QHash<qint64, QString> devices = storage::codesById(clinic.deviceIds);
    WallClockCache wallClock(clinic.setup.timeZone);
    QList<BusySpan> out;
    out.reserve(busy.size());
    for (const storage::BusyInterval& b : busy)
        out.append({practitioners.value(b.practitionerId), rooms.value(b.roomId),
            b.deviceId ? devices.value(*b.deviceId) : QString(), b.patientId == patientId, wallClock.at(b.startMinute),
            wallClock.at(b.endMinute)});
    return out;
}

storage::Result<QList<BusySpan>> busyDuring(storage::Database& db, const storage::StoredClinic& clinic,
    const QDate& from, const QDate& to, qint64 patientId, const QSet<qint64>& leaveOut)
{
    // A day either side covers every zone's offset from UTC.
    const qint64 fromMinute = epochMinutes(QDateTime(from.addDays(-1), QTime(0, 0), Qt::UTC));
    const qint64 toMinute = epochMinutes(QDateTime(to.addDays(2), QTime(0, 0), Qt::UTC));
    auto busy = storage::AppointmentRepository(db, clinic.setup.timeZone).busy(fromMinute, toMinute);
    if (!busy)
        return std::unexpected(busy.error());
    if (!leaveOut.isEmpty())
        busy->removeIf([&](const storage::BusyInterval& b) { return leaveOut.contains(b.appointmentId); });
    return busySpans(*busy, clinic, patientId);
}

BusyLookup busyLookup(storage::Database& db, const storage::StoredClinic& clinic, qint64 patientId,
    QSet<qint64> leaveOut, std::optional<storage::StorageError>& failure)
{
    return [&db, &clinic, patientId, leaveOut = std::move(leaveOut), &failure](const QDate& from, const QDate& to) {
        if (failure)
            return QList<BusySpan>();
        auto busy = busyDuring(db, clinic, from, to, patientId, leaveOut);
        if (!busy) {
            failure = busy.error();
            return QList<BusySpan>();
        }
        return std::move(*busy);
    };
}

} // namespace np::services
