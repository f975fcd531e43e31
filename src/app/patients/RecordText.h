#pragma once

#include "TextTableModel.h"

#include "services/PatientRecordService.h"

#include <QString>

namespace np {
class Catalogue;
}

namespace np::app {

// How the parts of a patient's record read on screen: a finding's effect in words, the next
// appointment and a series in one line, and the rows of the record's tables.

// "blocks treatment of these areas until 31/03/2027 (washout included)", "needs review", "advice".
[[nodiscard]] QString findingEffectText(const services::FindingStanding& finding);
// "Active acne in the treated area (Cheeks), since 01/10/2026: blocks treatment of these areas".
[[nodiscard]] QString findingLine(const services::FindingStanding& finding);
// "Tue 01/12/2026 10:00, Treatment room 1, Dr Ana Núñez".
[[nodiscard]] QString appointmentLine(const services::AppointmentView& appointment);
// "Acne scars, Cheeks, Automated pen: 1 of 3 sessions done (active)".
[[nodiscard]] QString seriesLine(const Catalogue& catalogue, const services::SeriesProgress& series);
// "booked", "arrived", ... as the desk says it.
[[nodiscard]] QString appointmentStatusText(storage::AppointmentStatus status);

// Finding, Effect, Areas, Since, Until (who recorded it and when: the row's tooltip, and History).
[[nodiscard]] QStringList findingHeaders();
[[nodiscard]] QList<TextTableModel::Row> findingRows(const QList<services::FindingStanding>& findings);
[[nodiscard]] QStringList historyHeaders();
[[nodiscard]] QList<TextTableModel::Row> historyRows(
    const Catalogue& catalogue, const QList<storage::FindingRecord>& revisions);
[[nodiscard]] QStringList sessionHeaders();
[[nodiscard]] QList<TextTableModel::Row> sessionRows(
    const Catalogue& catalogue, const services::PatientRecordView& record);
[[nodiscard]] QStringList consentHeaders();
[[nodiscard]] QList<TextTableModel::Row> consentRows(
    const Catalogue& catalogue, const QList<storage::ConsentRecord>& consents);
[[nodiscard]] QStringList documentHeaders();
[[nodiscard]] QList<TextTableModel::Row> documentRows(const QList<storage::DocumentGivenRecord>& documents);

} // namespace np::app
