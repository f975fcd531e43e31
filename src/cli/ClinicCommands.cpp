// clinic load FILE.json / clinic show: the clinic set-up (docs/clinic-format.md).
#include "ClinicAccess.h"
#include "Commands.h"
#include "SubCommands.h"

#include "core/ClinicLoader.h"
#include "core/WallClock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace np::cli {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ClinicCommands)
};

QJsonObject idsJson(const QHash<QString, qint64>& ids)
{
    QJsonObject out;
    for (auto it = ids.cbegin(); it != ids.cend(); ++it)
        out.insert(it.key(), it.value());
    return out;
}

int runLoad(CommandContext& ctx, const QStringList& positional)
{
    if (positional.size() != 1) {
        ctx.printError(Tr::tr("clinic load needs the set-up FILE"));
        return Failure;
    }
    const Catalogue* catalogue = ctx.catalogue();
    if (!catalogue)
        return BadInput;
    QString name;
    const auto bytes = ctx.readInput(positional.first(), &name);
    if (!bytes)
        return BadInput;
    auto setup = parseClinicSetup(*bytes, name, *catalogue);
    if (!setup) {
        ctx.printProblems(setup.error());
        return BadInput;
    }
    QByteArray logo;
    if (!setup->logo.isEmpty()) {
        const QString path = QFileInfo(positional.first()).absoluteDir().filePath(setup->logo);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            ctx.printError(Tr::tr("%1: clinic.logo: cannot read %2: %3").arg(name, path, file.errorString()));
            return BadInput;
        }
        logo = file.readAll();
    }
    storage::Database* db = ctx.database();
    if (!db)
        return DatabaseProblem;
    auto stored = storage::ClinicRepository(*db, *catalogue).load(*setup, logo, ctx.actor());
    if (!stored)
        return ctx.fail(stored.error());
    ctx.printJson({{u"version"_s, stored->version}, {u"practitioners"_s, idsJson(stored->practitionerIds)},
        {u"rooms"_s, idsJson(stored->roomIds)}, {u"devices"_s, idsJson(stored->deviceIds)}});
    return Success;
}

int runShow(CommandContext& ctx, const QStringList& positional)
{
    if (!positional.isEmpty()) {
        ctx.printError(Tr::tr("clinic show takes no arguments"));
        return Failure;
    }
    auto clinic = storedClinic(ctx);
    if (!clinic)
        return clinic.error();
    ctx.printJson(clinicSetupToJson(clinic->setup));
    return Success;
}

} // namespace

QList<BusySpan> busySpans(
    const QList<storage::BusyInterval>& busy, const storage::StoredClinic& clinic, qint64 patientId)
{
    const QHash<qint64, QString> practitioners = np::storage::codesById(clinic.practitionerIds);
    const QHash<qint64, QString> rooms = np::storage::codesById(clinic.roomIds);
    const QHash<qint64, QString> devices = np::storage::codesById(clinic.deviceIds);
    WallClockCache wallClock(clinic.setup.timeZone);
    QList<BusySpan> out;
    out.reserve(busy.size());
    for (const storage::BusyInterval& b : busy)
        out.append({practitioners.value(b.practitionerId), rooms.value(b.roomId),
            b.deviceId ? devices.value(*b.deviceId) : QString(), b.patientId == patientId, wallClock.at(b.startMinute),
            wallClock.at(b.endMinute)});
    return out;
}

std::expected<QList<BusySpan>, int> busyDuring(CommandContext& ctx, const storage::StoredClinic& clinic,
    const QDate& from, const QDate& to, qint64 patientId, const QSet<qint64>& leaveOut)
{
    // A day either side covers every zone's offset from UTC.
    const qint64 fromMinute = epochMinutes(QDateTime(from.addDays(-1), QTime(0, 0), Qt::UTC));
    const qint64 toMinute = epochMinutes(QDateTime(to.addDays(2), QTime(0, 0), Qt::UTC));
    auto busy = storage::AppointmentRepository(*ctx.database(), clinic.setup.timeZone).busy(fromMinute, toMinute);
    if (!busy)
        return std::unexpected(ctx.fail(busy.error()));
    if (!leaveOut.isEmpty())
        busy->removeIf([&](const storage::BusyInterval& b) { return leaveOut.contains(b.appointmentId); });
    return busySpans(*busy, clinic, patientId);
}

BusyLookup busyLookup(CommandContext& ctx, const storage::StoredClinic& clinic, qint64 patientId, QSet<qint64> leaveOut,
    std::optional<int>& failure)
{
    return [&ctx, &clinic, patientId, leaveOut = std::move(leaveOut), &failure](const QDate& from, const QDate& to) {
        if (failure)
            return QList<BusySpan>();
        auto busy = busyDuring(ctx, clinic, from, to, patientId, leaveOut);
        if (!busy) {
            failure = busy.error();
            return QList<BusySpan>();
        }
        return std::move(*busy);
    };
}

std::expected<storage::StoredClinic, int> storedClinic(CommandContext& ctx)
{
    const Catalogue* catalogue = ctx.catalogue();
    if (!catalogue)
        return std::unexpected(BadInput);
    storage::Database* db = ctx.database();
    if (!db)
        return std::unexpected(DatabaseProblem);
    auto clinic = storage::ClinicRepository(*db, *catalogue).current();
    if (!clinic)
        return std::unexpected(ctx.fail(clinic.error()));
    if (!*clinic) {
        ctx.printError(Tr::tr("%1 has no clinic set-up yet: load one with \"needlepoint-cli clinic load FILE\"")
                           .arg(ctx.databasePath()));
        return std::unexpected(DatabaseProblem);
    }
    return std::move(**clinic);
}

const QList<SubCommand>& clinicCommands()
{
    static const QList<SubCommand> table {
        {u"load"_s, u"FILE"_s, &noOptions, &runLoad},
        {u"show"_s, QString(), &noOptions, &runShow},
    };
    return table;
}

} // namespace np::cli
