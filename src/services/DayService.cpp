#include "DayService.h"

#include "ClinicSchedule.h"

#include "print/DocumentSources.h"
#include "storage/AppointmentRepository.h"

#include <QHash>

#include <algorithm>
#include <optional>

namespace np::services {

Outcome<QList<DayEntry>> dayList(const UseCaseContext& ctx, const QDate& day)
{
    std::optional<ServiceError> failed;
    QList<DayEntry> out;
    const auto done = ctx.db.readSnapshot([&]() -> storage::Result<void> {
        auto clinic = storedClinic(ctx.db, ctx.catalogue);
        if (!clinic) {
            failed = clinic.error();
            return {};
        }
        auto sheet = print::daySheetData(ctx.db, ctx.catalogue, day);
        if (!sheet)
            return std::unexpected(sheet.error());
        storage::AppointmentRepository appointments(ctx.db, clinic->setup.timeZone);
        auto records = appointments.between(QDateTime(day, QTime(0, 0)), QDateTime(day.addDays(1), QTime(0, 0)));
        if (!records)
            return std::unexpected(records.error());
        QHash<qint64, int> versions;
        for (const storage::AppointmentRecord& a : *records)
            versions.insert(a.id, a.version);
        for (QList<print::DaySheetRow>* rows : {&sheet->rows, &sheet->notComing})
            for (print::DaySheetRow& row : *rows) {
                const int version = versions.value(row.appointment.id);
                out.append({std::move(row), version});
            }
        std::ranges::stable_sort(out, {}, [](const DayEntry& e) { return e.row.appointment.start; });
        return {};
    });
    if (failed)
        return std::unexpected(*failed);
    if (!done)
        return std::unexpected(ServiceError::fromStorage(done.error()));
    return out;
}

} // namespace np::services
