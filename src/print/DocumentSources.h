#pragma once

#include "DocumentData.h"

#include "core/Catalogue.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QDate>
#include <QList>
#include <QString>

// Each document's data read from the database (through the storage repositories: no SQL here).
// Names, not ids: practitioners, rooms and devices as the clinic set-up names them, modalities and
// areas as the catalogue does. Every function needs the clinic set-up (the letterhead and the time
// zone): without one it fails with Kind::Missing (the CLI's exit 5, as for every command that needs
// the set-up). A missing record fails naming it ("no
// appointment 12").
namespace np::print {

// The code the document log stores for a kind: "post_care", "pre_care", ... (storage::documentKindCodes()).
[[nodiscard]] QString documentKindCode(DocumentKind kind);

// The session just done, and the patient's next booked appointment after it.
[[nodiscard]] storage::Result<PostCareData> postCareData(
    storage::Database& db, const Catalogue& catalogue, qint64 appointmentId);
// The appointment, and the patient's current finding codes.
[[nodiscard]] storage::Result<PreCareData> preCareData(
    storage::Database& db, const Catalogue& catalogue, qint64 appointmentId);
// The series' modality and areas, and the answers of the patient's latest full screening: each
// contraindication asked, by its catalogue name, in the catalogue's order, then free-text answers
// by the pre-session question's text.
[[nodiscard]] storage::Result<ConsentData> consentData(
    storage::Database& db, const Catalogue& catalogue, qint64 seriesId);
// The sessions of the series still to come, from `today` on, by date: booked ones (an appointment
// that holds its time) with date, time and practitioner; unbooked ones with their planned date and
// no start time (id 0, status empty). Sessions done, missed or cancelled, and any before `today`,
// are left out: the card is what the patient has yet to come to. An invalid `today`: every session.
[[nodiscard]] storage::Result<AppointmentCardData> appointmentCardData(
    storage::Database& db, const Catalogue& catalogue, qint64 seriesId, const QDate& today);
// The day's appointments that hold their time (booked, checked in, completed), by start, with
// their flags (storage::readDaySheet); the cancelled and no-show ones apart, with their reasons.
[[nodiscard]] storage::Result<DaySheetData> daySheetData(
    storage::Database& db, const Catalogue& catalogue, const QDate& date);
// The recall lists for today and the `withinDays` after it (storage::readRecalls).
[[nodiscard]] storage::Result<RecallListData> recallListData(
    storage::Database& db, const Catalogue& catalogue, const QDate& today, int withinDays);
// The post-care data of every appointment completed on `date`, by start.
[[nodiscard]] storage::Result<QList<PostCareData>> postCareBatch(
    storage::Database& db, const Catalogue& catalogue, const QDate& date);

} // namespace np::print
