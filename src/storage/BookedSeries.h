#pragma once

#include "AppointmentRepository.h"
#include "Clock.h"
#include "Database.h"
#include "SeriesRepository.h"
#include "StorageError.h"

#include <QList>
#include <QTimeZone>

namespace np::storage {

struct BookedSeries {
    SeriesRecord series; // as stored, sessions "booked"
    QList<qint64> appointmentIds; // one per session, in session order
};

// Stores `series` and books `appointments[i]` for its session i + 1, in one transaction: every
// session booked or nothing stored (the first clash is Kind::Conflict naming what is taken).
// `appointments` has one request per session; their sessionId is set here.
[[nodiscard]] Result<BookedSeries> storeBookedSeries(Database& db, const Catalogue& catalogue, const QTimeZone& zone,
    SeriesRecord series, QList<BookingRequest> appointments, const QString& actor, const Clock& clock = systemUtcNow);

} // namespace np::storage
