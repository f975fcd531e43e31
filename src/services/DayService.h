#pragma once

#include "ServiceError.h"
#include "UseCaseContext.h"

#include "print/DocumentData.h"

#include <QDate>
#include <QList>

// The front desk's day: what the Today screen shows.
namespace np::services {

// One appointment of the day with its patient, names and flags (as the day sheet has them), and
// the version it was read at, so a change made from the list is refused if someone else changed
// the appointment since.
struct DayEntry {
    print::DaySheetRow row;
    int version = 0;
};

// Every appointment of `day` (the clinic's wall-clock day), cancelled and no-show ones too, by
// start time, read on one snapshot. Kind::NotSetUp before the clinic is set up.
[[nodiscard]] Outcome<QList<DayEntry>> dayList(const UseCaseContext& ctx, const QDate& day);

} // namespace np::services
