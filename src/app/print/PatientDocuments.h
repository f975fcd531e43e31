#pragma once

#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QDateTime>

#include <optional>

namespace np {
class Catalogue;
}

namespace np::app {

// What can be printed for one patient: the appointment or series each patient document of the
// Print menu is about (none: that document does not apply).
struct PatientDocuments {
    std::optional<qint64> lastVisit; // post-care: the latest appointment completed or checked in
    std::optional<qint64> nextBooked; // pre-care: the first booked appointment not yet started
    // appointment card: the series of the next booked appointment, else the latest series
    std::optional<qint64> cardSeries;
    std::optional<qint64> latestSeries; // consent: the latest series
};

// Reads them through the storage repositories (clinic, appointments, series): a few small queries,
// fast enough for the GUI thread. `now` decides what is "next". Without a clinic set-up the
// appointments are read in the system's time zone (only their order matters here).
[[nodiscard]] storage::Result<PatientDocuments> findPatientDocuments(
    storage::Database& db, const Catalogue& catalogue, qint64 patientId, const QDateTime& now);

} // namespace np::app
