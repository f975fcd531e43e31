#include "ChartService.h"

#include "ClinicSchedule.h"

#include "storage/AppointmentRepository.h"
#include "storage/SeriesRepository.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace np::services {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ChartService)
};

QString mm(double value)
{
    return QLocale().toString(value, 'g', 3);
}

} // namespace

Outcome<storage::ChartRecord> addChart(const UseCaseContext& ctx, const storage::ChartRecord& chart)
{
    return outcomeOf(repositoryFor<storage::ChartRepository>(ctx).add(chart, ctx.actor.name));
}

Outcome<storage::ChartRecord> correctChart(const UseCaseContext& ctx, const storage::ChartRecord& chart)
{
    return outcomeOf(repositoryFor<storage::ChartRepository>(ctx).update(chart, ctx.actor.name));
}

Outcome<storage::ChartRecord> chart(const UseCaseContext& ctx, qint64 id)
{
    return outcomeOf(repositoryFor<storage::ChartRepository>(ctx).get(id));
}

Outcome<ChartSheet> chartSheet(const UseCaseContext& ctx, qint64 appointmentId)
{
    auto clinic = storedClinic(ctx.db, ctx.catalogue);
    if (!clinic)
        return std::unexpected(clinic.error());
    auto appointment = storage::AppointmentRepository(ctx.db, clinic->setup.timeZone).get(appointmentId);
    if (!appointment)
        return std::unexpected(ServiceError::fromStorage(appointment.error()));
    if (!appointment->sessionId)
        return std::unexpected(ServiceError::invalid(
            Tr::tr("appointment %1 is no session of a series: only a series session is charted").arg(appointmentId)));
    auto series = repositoryFor<storage::SeriesRepository>(ctx);
    auto session = series.session(*appointment->sessionId);
    if (!session)
        return std::unexpected(ServiceError::fromStorage(session.error()));
    auto record = series.get(session->seriesId);
    if (!record)
        return std::unexpected(ServiceError::fromStorage(record.error()));

    ChartSheet sheet;
    sheet.appointmentId = appointment->id;
    sheet.appointmentVersion = appointment->version;
    sheet.sessionId = session->id;
    sheet.practitionerId = appointment->practitionerId;
    sheet.modality = appointment->modality;
    sheet.indication = record->indication;
    sheet.localStart = appointment->localStart;
    if (const Modality* m = ctx.catalogue.modality(sheet.modality)) {
        sheet.numbingMinutes = m->numbingMinutes;
        sheet.depthReviewAboveMm = m->depthReviewAboveMm;
    }
    if (appointment->deviceId)
        for (const Device& d : clinic->setup.devices)
            if (clinic->deviceIds.value(d.code) == *appointment->deviceId) {
                sheet.device = d.code;
                sheet.deviceSerial = d.serial;
            }
    const Indication* indication = ctx.catalogue.indication(sheet.indication);
    for (const Area& a : ctx.catalogue.areas)
        if (appointment->areas.contains(a.code))
            sheet.zones.append(
                {a.code, a.name, indication ? ctx.catalogue.depthFor(*indication, a) : a.depth, a.maxDepthMm});
    return sheet;
}

ChartCheck checkChart(const ChartSheet& sheet, const storage::ChartRecord& chart, const QDateTime& treatmentStart)
{
    ChartCheck out;
    for (const ChartZone& zone : sheet.zones) {
        const auto depth = chart.depths.find(zone.area);
        if (depth == chart.depths.end())
            continue;
        if (*depth < zone.usual.minMm || *depth > zone.usual.maxMm)
            out.needReason.append({{}, u"depths."_s + zone.area,
                Tr::tr("%1 mm on the %2 is outside the usual %3–%4 mm: give the reason")
                    .arg(mm(*depth), zone.name, mm(zone.usual.minMm), mm(zone.usual.maxMm))});
    }
    if (chart.numbingOn && sheet.numbingMinutes > 0 && treatmentStart.isValid()) {
        const qint64 minutes = chart.numbingOn->secsTo(treatmentStart) / 60;
        if (minutes < sheet.numbingMinutes)
            out.warnings << Tr::tr("The numbing cream was on for %1 minutes; the protocol asks for %2.")
                                .arg(minutes)
                                .arg(sheet.numbingMinutes);
    }
    return out;
}

Outcome<ChartedSession> completeWithChart(
    const UseCaseContext& ctx, const AppointmentTarget& target, storage::ChartRecord chart)
{
    auto sheet = chartSheet(ctx, target.id);
    if (!sheet)
        return std::unexpected(sheet.error());
    if (const ChartCheck check = checkChart(*sheet, chart, {});
        !check.needReason.isEmpty() && chart.depthReason.trimmed().isEmpty())
        return std::unexpected(ServiceError::invalid(check.needReason));
    chart.sessionId = sheet->sessionId;
    chart.chartedOn = ctx.today;
    chart.practitionerId = sheet->practitionerId;
    if (chart.device.isEmpty()) {
        chart.device = sheet->device;
        chart.deviceSerial = sheet->deviceSerial;
    }
    ChartedSession out;
    // Completed first, from the version the desk saw: charting a session touches its appointment.
    const auto done = inOneTransaction(ctx, [&]() -> Outcome<void> {
        auto completed = completeAppointment(ctx, {target.id, target.version.value_or(sheet->appointmentVersion)});
        if (!completed)
            return std::unexpected(completed.error());
        auto stored = addChart(ctx, chart);
        if (!stored)
            return std::unexpected(stored.error());
        out.chart = std::move(*stored);
        auto now = storage::AppointmentRepository(ctx.db, completed->clinic.setup.timeZone).get(target.id);
        if (!now)
            return std::unexpected(ServiceError::fromStorage(now.error()));
        out.appointment = std::move(*now);
        return {};
    });
    if (!done)
        return std::unexpected(done.error());
    return out;
}

} // namespace np::services
