#pragma once

#include "ServiceError.h"
#include "UseCaseContext.h"

#include "core/ClinicSetup.h"
#include "core/Problem.h"
#include "storage/AppointmentRepository.h"
#include "storage/ClinicRepository.h"
#include "storage/PractitionerRepository.h"

#include <QByteArray>
#include <QList>

#include <optional>

// The clinic's set-up (hours, closures, practitioners, rooms, devices) and its staff records.
namespace np::services {

// A clinic's set-up file as `clinic load` and Settings > Clinic > Import Clinic File read it.
struct ClinicFile {
    ClinicSetup setup;
    QByteArray logo; // the image the set-up names, read from beside the file; empty when it names none
};
// `bytes`, read from the file `name` in `folder`, checked against `catalogue` as `clinic load`
// checks it, and the logo it names read from `folder`. Invalid otherwise, with every problem at its
// JSON path ("clinic.logo" for a logo that cannot be read); nothing is stored.
[[nodiscard]] Outcome<ClinicFile> readClinicFile(
    const Catalogue& catalogue, const QByteArray& bytes, const QString& name, const QString& folder);

// Stores `setup` (already read and checked with ctx.catalogue) with its logo's bytes as the
// clinic's set-up; `expectedVersion`, when given, must be the one stored (else a Conflict). The
// set-up as stored, with the ids of its codes.
[[nodiscard]] Outcome<storage::StoredClinic> loadClinic(const UseCaseContext& ctx, const ClinicSetup& setup,
    const QByteArray& logo, std::optional<int> expectedVersion = std::nullopt);

// A booked appointment that a change of the set-up would leave outside the clinic's rules.
struct BrokenAppointment {
    storage::AppointmentRecord appointment;
    QString patientName; // "Family, Given"
    QString reason; // why the changed set-up refuses it (core's bookingRefusal)
};
// The appointments still to come (from today on, booked or arrived) that `setup` refuses and the
// stored set-up allows: a room, practitioner or device removed, hours shortened, a closure added,
// a practitioner no longer giving the treatment. By start. Empty before the first set-up.
[[nodiscard]] Outcome<QList<BrokenAppointment>> appointmentsBrokenBy(
    const UseCaseContext& ctx, const ClinicSetup& setup);

// What to do with the appointments a change of the set-up breaks.
enum class BrokenAppointments {
    Refuse, // save nothing when there is any
    Keep, // save; they stay booked, to be moved or cancelled
};
struct ClinicUpdate {
    std::optional<storage::StoredClinic> stored; // nullopt: not saved (Refuse, and `broken` has some)
    QList<BrokenAppointment> broken;
};
// loadClinic() for a set-up that is already in use, in one transaction with the check of the
// appointments it would break (appointmentsBrokenBy), which are returned either way.
[[nodiscard]] Outcome<ClinicUpdate> updateClinic(const UseCaseContext& ctx, const ClinicSetup& setup,
    const QByteArray& logo, std::optional<int> expectedVersion, BrokenAppointments broken);

// The set-up as stored; Kind::NotSetUp before the first load.
[[nodiscard]] Outcome<storage::StoredClinic> clinic(const UseCaseContext& ctx);

// What the stored set-up names that `catalogue` lacks (treatments, device kinds), as `clinic load`
// would report it: a catalogue is put in use only when this is empty. Empty before the first set-up.
[[nodiscard]] Outcome<Problems> setupProblemsWith(const UseCaseContext& ctx, const Catalogue& catalogue);

[[nodiscard]] Outcome<qint64> addPractitioner(const UseCaseContext& ctx, const storage::PractitionerRecord& p);
// Updates p.id from p.version.
[[nodiscard]] Outcome<void> updatePractitioner(const UseCaseContext& ctx, const storage::PractitionerRecord& p);
[[nodiscard]] Outcome<void> setPractitionerActive(const UseCaseContext& ctx, qint64 id, int version, bool active);
[[nodiscard]] Outcome<QList<storage::PractitionerRecord>> practitioners(
    const UseCaseContext& ctx, bool includeInactive = false);

} // namespace np::services
