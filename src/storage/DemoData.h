#pragma once

#include "Database.h"
#include "StorageError.h"

#include "core/Catalogue.h"

#include <QDate>
#include <QString>

namespace np::storage {

// Realistic synthetic data for demos and benchmarks (needlepoint-cli demo, bench/StorageBench).
// Deterministic: the same seed, today and starting database give the same rows.
struct DemoOptions {
    int patients = 1000;
    quint64 seed = 1;
    QDate today = QDate::currentDate(); // birth dates, series and charts are placed around this day
    // Appointments: the series' sessions get one each (where their day has room), then earlier days
    // are filled with other appointments until there are at least this many. Negative: ten per
    // patient. Zero: no appointments (and no clinic set-up).
    qint64 appointments = -1;
    QString actor = QStringLiteral("demo");
};

struct DemoCounts {
    qint64 practitioners = 0;
    qint64 patients = 0;
    qint64 archived = 0;
    qint64 findings = 0;
    qint64 series = 0;
    qint64 plannedSessions = 0;
    qint64 sessionCharts = 0;
    qint64 consents = 0;
    bool clinicLoaded = false; // the demo clinic set-up was loaded (none was there yet)
    qint64 appointments = 0;
    qint64 sessionAppointments = 0; // of which for series sessions
};

// Adds `options.patients` patients (through PatientRepository::addMany: the same rows, search
// index and audit rows as any other patient), their findings (catalogue codes), treatment series
// with planned sessions (about ten per patient), charts for the sessions before today, consents and
// a few practitioners; then, unless the database has one, the demo clinic set-up (DemoSchedule.h,
// through ClinicRepository), and appointments for the sessions and more (DemoSchedule.h). Only
// the patients and the clinic set-up are audited; the rest is written directly, in large
// transactions with prepared statements re-used across rows.
[[nodiscard]] Result<DemoCounts> generateDemoData(Database& db, const Catalogue& catalogue, const DemoOptions& options);

} // namespace np::storage
