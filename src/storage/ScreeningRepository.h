#pragma once

#include "Clock.h"
#include "Database.h"
#include "StorageError.h"

#include "core/Catalogue.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace np::storage {

// A full screening before a series, or the short re-screen at check-in before a session.
enum class ScreeningKind { Full, PreSession };

[[nodiscard]] QString screeningKindCode(ScreeningKind kind); // "full", "pre_session"
[[nodiscard]] std::optional<ScreeningKind> screeningKindFromCode(QStringView code);

// One screening: the answers as given and the engine's result as computed when it was taken
// (core/ScreeningAnswers.h). A "review" result may be overridden once, with a recorded reason.
struct ScreeningRecord {
    qint64 id = 0; // 0 until stored
    int version = 1; // optimistic lock
    qint64 patientId = 0;
    std::optional<qint64> seriesId;
    ScreeningKind kind = ScreeningKind::Full;
    QDate screenedOn;
    QJsonObject answers; // {"CODE": false | {since, until, areas, note}, "other": {...}}
    QJsonObject result; // {"status": "clear" | "advice" | "review" | "blocked", "findings": [...], ...}
    std::optional<QString> overrideReason;
    std::optional<QString> overrideBy;
    std::optional<QDateTime> overrideAt;
    QString recordedBy; // set by the repository: the actor
    QDateTime createdAt; // set by the repository: UTC now
    QDateTime updatedAt;

    [[nodiscard]] QString status() const { return result.value(QStringLiteral("status")).toString(); }
};

// Screenings, their answers checked against the catalogue. Stored as given: the result is the
// caller's (computed with np::resultOf). Every write is one transaction with its audit rows.
class ScreeningRepository {
public:
    ScreeningRepository(Database& db, const Catalogue& catalogue)
        : m_db(db)
        , m_catalogue(catalogue)
    { }

    // Stores a new screening. Kind::Invalid naming the field (answers.CODE.until, result.status,
    // screened_on, series_id) for bad input; Kind::NotFound when the patient or series is missing.
    Result<qint64> add(const ScreeningRecord& screening, const QString& actor);
    // A clinician goes on despite a "review" result: records why, who and when. An empty reason,
    // or a result other than "review" (a "blocked" one means no session), is Kind::Invalid; an
    // override of an overridden screening, or from a stale version, is Kind::Conflict.
    Result<void> override(qint64 id, int version, const QString& reason, const QString& actor);

    Result<ScreeningRecord> get(qint64 id);
    // Newest first (by screened_on, then by id).
    Result<QList<ScreeningRecord>> forPatient(qint64 patientId);
    // The newest screening of this kind, if any.
    Result<std::optional<ScreeningRecord>> latestFor(qint64 patientId, ScreeningKind kind);

    void setClock(Clock clock) { m_clock = std::move(clock); }

private:
    Result<void> validate(const ScreeningRecord& screening) const;

    Database& m_db;
    const Catalogue& m_catalogue;
    Clock m_clock = systemUtcNow;
};

} // namespace np::storage
