#pragma once

#include "Clock.h"
#include "Database.h"
#include "StorageError.h"

#include "core/Catalogue.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace np::storage {

// A product put on the skin during or after the session, with its lot.
struct ChartProduct {
    QString name;
    QString lot;
    friend bool operator==(const ChartProduct&, const ChartProduct&) = default;
};

// What was done at one planned session: device, cartridge, depth per zone, numbing, endpoint,
// products, reaction. One chart per session; corrections update it (versioned, audited).
struct ChartRecord {
    qint64 id = 0; // 0 until stored
    int version = 1; // optimistic lock
    qint64 sessionId = 0;
    QDate chartedOn;
    std::optional<qint64> practitionerId;
    QString device;
    QString deviceSerial;
    QString cartridgeLot;
    std::optional<QDate> cartridgeExpiry;
    std::optional<int> needleCount;
    QMap<QString, double> depths; // mm by area code (the zone)
    std::optional<int> passes;
    QString numbingAgent;
    std::optional<QDateTime> numbingOn;
    std::optional<QDateTime> numbingOff;
    QString endpoint;
    QList<ChartProduct> products;
    QString reaction;
    QString adverseEvents;
    QString notes;
    QString depthReason; // the clinician's reason for a depth above the modality's review depth
    QString recordedBy; // set by the repository: the actor who charted it
    QDateTime createdAt; // set by the repository: UTC now
    QDateTime updatedAt;
};

// Session charts, checked against the protocol catalogue and the series the session belongs to.
// Every write is one transaction with its audit rows (table "session_charts").
//
// Checks, all from the catalogue: every depth zone is a catalogue area and one of the series'
// areas (a zone outside the series is refused, not warned about: the planner spaces sessions by
// the series' areas, so an unplanned zone would escape its interval rules); no depth above the
// area's max_depth_mm; a depth above the modality's depth_review_above_mm needs a depth_reason;
// the cartridge not expired on the charted date; numbing off after numbing on; needle count and
// passes from 1; a practitioner that exists.
class ChartRepository {
public:
    ChartRepository(Database& db, const Catalogue& catalogue)
        : m_db(db)
        , m_catalogue(catalogue)
    { }

    // Charts session chart.sessionId (Kind::NotFound without it). A session that already has a
    // chart is Kind::Conflict naming the session and that chart; a cancelled session is
    // Kind::Invalid. Returns the chart as stored.
    Result<ChartRecord> add(const ChartRecord& chart, const QString& actor);
    // Corrects chart.id, read at chart.version (Kind::Conflict when it changed since): every field
    // is replaced but the session, who charted it and when. Returns the chart as stored.
    Result<ChartRecord> update(const ChartRecord& chart, const QString& actor);
    // Takes chart.id back, read at chart.version (Kind::Conflict when it was corrected since): the
    // completion it was saved with is being undone at the desk. The row goes; the audit log keeps
    // the chart whole ("retract"). Its session and appointment are the caller's to put back.
    Result<void> retract(const ChartRecord& chart, const QString& actor);

    Result<ChartRecord> get(qint64 id);
    // The session's chart, if it has one.
    Result<std::optional<ChartRecord>> forSession(qint64 sessionId);
    // Every chart of a patient (through their series), by charted date.
    Result<QList<ChartRecord>> forPatient(qint64 patientId);

    void setClock(Clock clock) { m_clock = std::move(clock); }

private:
    Result<ChartRecord> readForChange(const ChartRecord& chart);
    Result<void> sessionCharted(const ChartRecord& chart, const QString& actor);
    Result<void> validate(const QSqlDatabase& db, const ChartRecord& chart) const;

    Database& m_db;
    const Catalogue& m_catalogue;
    Clock m_clock = systemUtcNow;
};

} // namespace np::storage
