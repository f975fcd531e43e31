#pragma once

#include "Clock.h"
#include "Database.h"
#include "StorageError.h"

#include "core/Catalogue.h"
#include "core/Patient.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace np::storage {

// One revision of a health finding. A correction adds a new revision with the same findingKey and
// marks the one it corrects superseded; every revision stays readable.
struct FindingRecord {
    qint64 id = 0; // this revision's row; 0 until stored
    qint64 findingKey = 0; // shared by every revision of one finding: the id of its first revision
    int revision = 1;
    int version = 1; // optimistic lock
    qint64 patientId = 0;
    QString code; // a contraindication code of the catalogue
    QStringList areas; // area codes of the catalogue; empty: not tied to an area
    std::optional<QDate> since;
    std::optional<QDate> until;
    QString note;
    QString recordedBy; // set by the repository: the actor
    QDateTime recordedAt; // set by the repository: UTC now
    bool superseded = false;
    // Read, not stored: superseded with no later revision, i.e. withdrawn by retract().
    bool retracted = false;

    // What the planner reads (np::PatientProfile::findings).
    [[nodiscard]] Finding toFinding() const { return {code, areas, since, until}; }
};

// Health findings, checked against the protocol catalogue. Every write is one transaction with
// its audit rows.
class FindingRepository {
public:
    FindingRepository(Database& db, const Catalogue& catalogue)
        : m_db(db)
        , m_catalogue(catalogue)
    { }

    // Records a new finding for finding.patientId (Kind::NotFound if there is no such patient).
    // Unknown codes or areas and until before since are refused with Kind::Invalid naming the field.
    // Returns the new row's id, which is also its findingKey.
    Result<qint64> add(const FindingRecord& finding, const QString& actor);
    // Corrects revision `corrected.id`, read at `corrected.version`: its fields become a new
    // revision of the same finding, and the old one is marked superseded. Kind::Conflict when the
    // old revision changed (or was already corrected or retracted) since it was read. Returns the new row's id.
    Result<qint64> correct(const FindingRecord& corrected, const QString& actor);
    // Withdraws a finding entered in error: revision `id`, read at `version`, is marked superseded
    // with no successor, so it no longer reaches the planner and stays in its history (retracted).
    // Audited as "retract" with the reason in the after JSON. An empty reason is Kind::Invalid;
    // Kind::Conflict when the revision changed since it was read or is already corrected or retracted.
    Result<void> retract(qint64 id, int version, const QString& reason, const QString& actor);

    Result<FindingRecord> get(qint64 id);
    // The patient's findings as they stand now (no superseded revisions), oldest first.
    Result<QList<FindingRecord>> current(qint64 patientId);
    // The same, as the engine's type, for the planner.
    Result<QList<Finding>> currentFindings(qint64 patientId);
    // Every revision of one finding, first revision first.
    Result<QList<FindingRecord>> history(qint64 findingKey);
    // Every revision of every finding of a patient, by finding then revision.
    Result<QList<FindingRecord>> allRevisions(qint64 patientId);

    void setClock(Clock clock) { m_clock = std::move(clock); }

private:
    Result<void> validate(const FindingRecord& finding) const;

    Database& m_db;
    const Catalogue& m_catalogue;
    Clock m_clock = systemUtcNow;
};

} // namespace np::storage
