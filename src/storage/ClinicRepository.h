#pragma once

#include "Clock.h"
#include "Database.h"
#include "StorageError.h"

#include "core/Catalogue.h"
#include "core/ClinicSetup.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <optional>

namespace np::storage {

// The clinic set-up as the database holds it, with the database ids behind its codes.
struct StoredClinic {
    ClinicSetup setup;
    QByteArray logo; // the image's bytes; empty when the set-up names none
    int version = 0;
    QString updatedBy;
    QDateTime updatedAt;
    QHash<QString, qint64> practitionerIds; // by code
    QHash<QString, qint64> roomIds;
    QHash<QString, qint64> deviceIds;
};

// id -> code: the reverse of one of StoredClinic's maps.
[[nodiscard]] inline QHash<qint64, QString> codesById(const QHash<QString, qint64>& ids)
{
    QHash<qint64, QString> out;
    for (auto it = ids.cbegin(); it != ids.cend(); ++it)
        out.insert(it.value(), it.key());
    return out;
}

// The clinic set-up (docs/clinic-format.md): one document shared by every workstation, and the
// practitioner, room and device rows appointments point at, kept in step with it by code.
class ClinicRepository {
public:
    ClinicRepository(Database& db, const Catalogue& catalogue)
        : m_db(db)
        , m_catalogue(catalogue)
    { }

    // Replaces the set-up in one transaction. Rows follow the codes: a new code is added, a known
    // one updated, one no longer listed deactivated (never deleted: appointments keep it). A
    // practitioner recorded before the clinic was set up (no code) with the same name is adopted.
    // Audited. `expectedVersion`, when given, must be the stored version (Kind::Conflict if not).
    Result<StoredClinic> load(const ClinicSetup& setup, const QByteArray& logo, const QString& actor,
        std::optional<int> expectedVersion = std::nullopt);
    // The set-up, or nullopt before the first load. Kind::Invalid when the stored document no
    // longer reads with the current protocol catalogue (the message says how to fix it).
    Result<std::optional<StoredClinic>> current();

    void setClock(Clock clock) { m_clock = std::move(clock); }

private:
    Database& m_db;
    const Catalogue& m_catalogue;
    Clock m_clock = systemUtcNow;
};

} // namespace np::storage
