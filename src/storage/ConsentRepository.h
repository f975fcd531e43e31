#pragma once

#include "Clock.h"
#include "Database.h"
#include "StorageError.h"

#include "core/Catalogue.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace np::storage {

// A signed consent form. Withdrawn, never deleted.
struct ConsentRecord {
    qint64 id = 0; // 0 until stored
    int version = 1; // optimistic lock
    qint64 patientId = 0;
    std::optional<qint64> seriesId;
    QString modality; // a modality code of the catalogue; empty: a general form covering every modality
    QString formVersion; // which text was signed, e.g. "microneedling-2025.1"
    QDateTime signedAt; // UTC
    QString witnessedBy;
    QString recordedBy; // set by the repository: the actor
    QDateTime createdAt; // set by the repository: UTC now
    std::optional<QDateTime> withdrawnAt;
    QString withdrawnReason;

    [[nodiscard]] bool withdrawn() const { return withdrawnAt.has_value(); }
};

// validFor()'s rule as an SQL condition over SQL expressions: the consents row `consent` (a table
// name or alias) covers `modality` for `patient` on `day` (ISO date text). For queries that check
// many appointments at once (the day sheet).
[[nodiscard]] QString consentCoversSql(QStringView consent, QStringView patient, QStringView modality, QStringView day);

// Consents, their modality checked against the catalogue. Every write is one transaction with its
// audit rows.
class ConsentRepository {
public:
    ConsentRepository(Database& db, const Catalogue& catalogue)
        : m_db(db)
        , m_catalogue(catalogue)
    { }

    // Kind::Invalid naming the field (modality, form_version, signed_at, series_id: a series of
    // another patient or of another modality); Kind::NotFound when the patient or series is missing.
    // A consent for a series covers the series' modality: an empty modality becomes the series' one.
    Result<qint64> add(const ConsentRecord& consent, const QString& actor);
    // Marks the consent withdrawn now, with the reason (required, Kind::Invalid). Kind::Conflict
    // when it is already withdrawn or changed since it was read at `version`.
    Result<void> withdraw(qint64 id, int version, const QString& reason, const QString& actor);

    Result<ConsentRecord> get(qint64 id);
    // Newest first (by signed_at, then by id), withdrawn ones included.
    Result<QList<ConsentRecord>> forPatient(qint64 patientId);
    // The newest consent covering `modality` on `onDate`: one for that modality or a general one,
    // signed on or before that day (UTC) and not withdrawn by then. None when there is no such consent.
    Result<std::optional<ConsentRecord>> validFor(qint64 patientId, const QString& modality, const QDate& onDate);

    void setClock(Clock clock) { m_clock = std::move(clock); }

private:
    Result<void> validate(const ConsentRecord& consent) const;

    Database& m_db;
    const Catalogue& m_catalogue;
    Clock m_clock = systemUtcNow;
};

} // namespace np::storage
