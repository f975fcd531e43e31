#pragma once

#include "ServiceError.h"
#include "UseCaseContext.h"

#include "core/Catalogue.h"
#include "storage/AppointmentRepository.h"
#include "storage/ConsentRepository.h"
#include "storage/DocumentLogRepository.h"
#include "storage/FindingRepository.h"
#include "storage/PatientRepository.h"
#include "storage/SeriesRepository.h"

#include <QDate>
#include <QList>
#include <QStringList>

#include <optional>

// A patient's record as the desk reads it: the details, each current finding with what it does to
// treatment, the next appointment, the series and their progress, consents and documents given.
namespace np::services {

// A current finding and its standing in the catalogue in use.
struct FindingStanding {
    storage::FindingRecord finding;
    QString name; // the catalogue's name; the code when the catalogue no longer knows it
    QStringList areaNames; // the catalogue's names of finding.areas, in order
    std::optional<Effect> effect; // its usual effect; none when the catalogue does not know the code
    bool variesByTreatment = false; // some modalities take it otherwise, or only some are concerned
    bool treatedAreasOnly = false; // it counts only when a treated area is among its areas
    std::optional<QDate> clearsOn; // the day it stops counting (its end plus any washout); none: ongoing
    std::optional<int> washoutDays; // the catalogue's washout after it ends
    bool inEffect = true; // on ctx.today
};

// A series and how far it has got.
struct SeriesProgress {
    storage::SeriesRecord series;
    int done = 0; // sessions done
    int total = 0; // sessions not cancelled
};

// An appointment with the names of who and where.
struct AppointmentView {
    storage::AppointmentRecord appointment;
    QString practitioner;
    QString room;
};

struct PatientRecordView {
    storage::PatientRecord patient;
    QList<FindingStanding> findings; // current, oldest first
    std::optional<AppointmentView> next; // the first booked or checked-in appointment from today on
    QList<SeriesProgress> series; // newest first (by their first session)
    QList<AppointmentView> appointments; // every one, latest first
    QList<storage::ConsentRecord> consents;
    QList<storage::DocumentGivenRecord> documents; // newest first
};

// The whole record of `patientId`, read on one snapshot of the database (one consistent picture), judged on
// ctx.today with ctx.catalogue.
[[nodiscard]] Outcome<PatientRecordView> patientRecord(const UseCaseContext& ctx, qint64 patientId);

// What the catalogue says about `finding` on `today` (FindingStanding without the record's reads).
[[nodiscard]] FindingStanding findingStanding(
    const Catalogue& catalogue, const storage::FindingRecord& finding, const QDate& today);

} // namespace np::services
