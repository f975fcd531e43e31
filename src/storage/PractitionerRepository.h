#pragma once

#include "Clock.h"
#include "Database.h"
#include "StorageError.h"

#include "core/Catalogue.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace np::storage {

// Someone who treats patients. Deactivated, never deleted (charts point to them).
struct PractitionerRecord {
    qint64 id = 0; // 0 until stored
    int version = 1; // optimistic lock
    QString displayName;
    QString role; // free text as the clinic calls it ("physician", "nurse", "aesthetician")
    QStringList modalities; // modality codes of the catalogue this practitioner performs
    bool active = true;
    QDateTime createdAt; // set by the repository: UTC
    QDateTime updatedAt;
};

// Practitioners, their modalities checked against the catalogue. Every write is one transaction
// with its audit rows.
class PractitionerRepository {
public:
    PractitionerRepository(Database& db, const Catalogue& catalogue)
        : m_db(db)
        , m_catalogue(catalogue)
    { }

    // Kind::Invalid naming the field (display_name, modalities[i]).
    Result<qint64> add(const PractitionerRecord& practitioner, const QString& actor);
    // Stores every field but `active` (setActive() does that), checking practitioner.version:
    // Kind::Conflict naming the practitioner when it moved on.
    Result<void> update(const PractitionerRecord& practitioner, const QString& actor);
    // Deactivates (false) or reactivates (true), audited as "deactivate" / "activate". Kind::Invalid
    // when it already is so; Kind::Conflict when it changed since it was read at `version`.
    Result<void> setActive(qint64 id, int version, bool active, const QString& actor);

    Result<PractitionerRecord> get(qint64 id);
    // By display name (case-insensitive), then id; the inactive ones only with `includeInactive`.
    Result<QList<PractitionerRecord>> all(bool includeInactive = false);

    void setClock(Clock clock) { m_clock = std::move(clock); }

private:
    Result<void> validate(const PractitionerRecord& practitioner) const;

    Database& m_db;
    const Catalogue& m_catalogue;
    Clock m_clock = systemUtcNow;
};

} // namespace np::storage
