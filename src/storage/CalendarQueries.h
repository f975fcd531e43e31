#pragma once

#include "Database.h"
#include "StorageError.h"

#include <QDate>
#include <QHash>
#include <QString>

namespace np::storage {

// What the calendar writes on an appointment beside its AppointmentRecord: whose it is and where
// it stands in its series.
struct CalendarLabel {
    QString familyName;
    QString givenNames;
    int sessionNumber = 0; // 0: not a series session
    int sessionCount = 0; // sessions planned in that series
};

// The labels of every appointment starting in [from, to) (clinic wall-clock days), by appointment
// id. One statement on the start index, whatever the number of appointments.
[[nodiscard]] Result<QHash<qint64, CalendarLabel>> readCalendarLabels(Database& db, const QDate& from, const QDate& to);

} // namespace np::storage
