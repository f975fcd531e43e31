// clinic load FILE.json / clinic show: the clinic set-up (docs/clinic-format.md).
#include "ClinicAccess.h"
#include "Commands.h"
#include "SubCommands.h"

#include "core/ClinicLoader.h"
#include "core/WallClock.h"
#include "services/ClinicSetupService.h"

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
    auto file = services::readClinicFile(*catalogue, *bytes, name, QFileInfo(positional.first()).absoluteDir().path());
    if (!file) {
        ctx.printProblems(file.error().problems);
        return BadInput;
    }
    const auto useCases = ctx.useCases();
    if (!useCases)
        return useCases.error();
    // Stored whatever it breaks (the file is the clinic's word); what it breaks is listed, to move.
    auto update
        = services::updateClinic(*useCases, file->setup, file->logo, std::nullopt, services::BrokenAppointments::Keep);
    if (!update)
        return ctx.fail(update.error());
    const storage::StoredClinic& stored = *update->stored;
    QJsonObject out {{u"version"_s, stored.version}, {u"practitioners"_s, idsJson(stored.practitionerIds)},
        {u"rooms"_s, idsJson(stored.roomIds)}, {u"devices"_s, idsJson(stored.deviceIds)}};
    if (!update->broken.isEmpty()) {
        QJsonArray broken;
        for (const services::BrokenAppointment& b : update->broken)
            broken.append(QJsonObject {{u"id"_s, b.appointment.id},
                {u"start"_s, b.appointment.localStart.toString(u"yyyy-MM-ddTHH:mm"_s)},
                {u"patient_id"_s, b.appointment.patientId}, {u"patient"_s, b.patientName}, {u"reason"_s, b.reason}});
        out.insert(u"broken_appointments"_s, broken);
    }
    ctx.printJson(out);
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

std::expected<storage::StoredClinic, int> storedClinic(CommandContext& ctx)
{
    const auto useCases = ctx.useCases();
    if (!useCases)
        return std::unexpected(useCases.error());
    auto clinic = services::clinic(*useCases);
    if (!clinic)
        return std::unexpected(ctx.fail(clinic.error()));
    return std::move(*clinic);
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
