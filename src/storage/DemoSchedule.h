#pragma once

#include "ClinicRepository.h"
#include "DemoRandom.h"
#include "StorageError.h"

#include "core/Catalogue.h"
#include "core/ClinicSetup.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace np::storage {

// The demo clinic (needlepoint-cli demo): ten practitioners who perform every modality, each with
// their own room holding one device of every kind the catalogue's modalities use; Europe/London,
// open Monday to Saturday with a lunch break, two practitioners part-time, one a week away.
// The first practitioners take `names` (ClinicRepository adopts a practitioner of that name
// already recorded); `today` places the time off.
[[nodiscard]] Result<ClinicSetup> demoClinicSetup(
    const Catalogue& catalogue, const QStringList& names, const QDate& today);

// A planned session of a demo series, to be given an appointment on its planned day.
struct DemoSession {
    qint64 id = 0;
    qint64 patientId = 0;
    QDate planned;
    QString modality;
    QStringList areas;
    bool missed = false; // a past session that did not take place: its appointment was a no-show
};

struct DemoBookingOptions {
    qint64 target = 0; // extra appointments are added, going back in time, until there are this many
    QDate today;
    QString actor;
    QString nowText; // created_at / updated_at of every row
};

struct DemoBookingCounts {
    qint64 appointments = 0; // written, sessions' and extra
    qint64 sessionAppointments = 0;
};

// Books the sessions, then fills earlier days with appointments of random `patients` until
// `options.target` (written directly, inside the caller's transaction). Each day is filled in
// sequence on the clinic's slot grid: an appointment takes the practitioner, room and device free
// soonest, inside working hours; a session whose day is closed or full gets none; a patient has
// at most one appointment a day. Appointments already in the database hold their time. Nothing
// overlaps by construction (the database's trigger would refuse it). Past appointments are
// completed (some cancelled or no-shows), today's and later ones booked.
[[nodiscard]] Result<DemoBookingCounts> writeDemoAppointments(const QSqlDatabase& db, const StoredClinic& clinic,
    const Catalogue& catalogue, const QList<DemoSession>& sessions, const QList<qint64>& patients,
    const DemoBookingOptions& options, DemoRandom& random);

} // namespace np::storage
