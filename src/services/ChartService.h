#pragma once

#include "AppointmentService.h"
#include "ServiceError.h"
#include "UseCaseContext.h"

#include "core/Catalogue.h"
#include "storage/ChartRepository.h"

#include <QDateTime>

// Session charts: what was done in a session (device, depths per zone, passes, reaction), checked
// against the catalogue; a correction is a new version, the old one kept in the audit log.
namespace np::services {

// Charts chart.sessionId (which becomes "charted"); the chart as stored, with its id and version.
[[nodiscard]] Outcome<storage::ChartRecord> addChart(const UseCaseContext& ctx, const storage::ChartRecord& chart);
// Corrects chart.id from chart.version; the chart as stored.
[[nodiscard]] Outcome<storage::ChartRecord> correctChart(const UseCaseContext& ctx, const storage::ChartRecord& chart);
[[nodiscard]] Outcome<storage::ChartRecord> chart(const UseCaseContext& ctx, qint64 id);

// A zone treated in the session, with the catalogue's depths for it under the series' indication.
struct ChartZone {
    QString area; // catalogue code
    QString name;
    DepthRange usual; // the working range: outside it needs the clinician's reason
    double maxMm = 0; // never deeper
};

// What the chart form of one appointment stands on: the series session it charts, the protocol's
// numbing time and depths, and the device booked.
struct ChartSheet {
    qint64 appointmentId = 0;
    int appointmentVersion = 0;
    qint64 sessionId = 0;
    qint64 practitionerId = 0;
    QString modality; // catalogue codes
    QString indication;
    QDateTime localStart; // clinic wall-clock time
    int numbingMinutes = 0;
    std::optional<double> depthReviewAboveMm;
    QString device; // the device booked (set-up code) and its serial; empty: none
    QString deviceSerial;
    QList<ChartZone> zones; // the appointment's areas, in catalogue order
};

// The sheet for appointment `appointmentId`; an appointment that is no series session has no chart
// (Kind::Invalid saying so).
[[nodiscard]] Outcome<ChartSheet> chartSheet(const UseCaseContext& ctx, qint64 appointmentId);

// What a chart says before it is saved, from the catalogue: the depths outside a zone's working
// range (each at "depths.AREA"; saved only with the clinician's reason), and what is worth saying
// but allowed (numbing shorter than the protocol's time before `treatmentStart`).
struct ChartCheck {
    Problems needReason;
    QStringList warnings;
};
[[nodiscard]] ChartCheck checkChart(
    const ChartSheet& sheet, const storage::ChartRecord& chart, const QDateTime& treatmentStart);

struct ChartedSession {
    storage::ChartRecord chart;
    storage::AppointmentRecord appointment;
};

// Completes the appointment with its session's chart, in one transaction: the chart stored (for
// the sheet's session, practitioner and device, charted today) and the appointment completed from
// `target`'s version, or neither. A depth outside its working range without chart.depthReason is
// Kind::Invalid at "depths.AREA"; the repository's own checks (maximum depths, cartridge, times)
// apply; an appointment changed meanwhile is a storage Conflict.
[[nodiscard]] Outcome<ChartedSession> completeWithChart(
    const UseCaseContext& ctx, const AppointmentTarget& target, storage::ChartRecord chart);

} // namespace np::services
