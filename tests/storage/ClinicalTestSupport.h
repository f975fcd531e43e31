#pragma once

// What the screening, consent and practitioner repository tests share: a patient and a series to
// point at, a way to make the audit write fail, and a migrated copy of the schema-2 fixture.

#include "DatabaseFiles.h"
#include "PatientTestSupport.h"

#include "storage/AuditLog.h"

#include <QSqlQuery>
#include <QTemporaryDir>

namespace np::test {

struct ClinicalFixture : PatientFixture {
    qint64 patientId = 0;

    ClinicalFixture() { patientId = add(samplePatient()); }

    // A series of `modality` for `patient`, written straight into the table (the series
    // repository is not under test here). Returns its id.
    qint64 addSeries(qint64 patient, const QString& modality = QStringLiteral("automated_pen"))
    {
        QSqlQuery q(db->connection());
        REQUIRE(q.prepare(QStringLiteral(
            "INSERT INTO series (patient_id, modality, indication, severity, areas, status, created_by, created_at, "
            "updated_at) VALUES (?, ?, 'acne_scars', 'moderate', 'cheeks', 'planned', 'tester', "
            "'2026-03-01T09:00:00.000Z', '2026-03-01T09:00:00.000Z')")));
        q.addBindValue(patient);
        q.addBindValue(modality);
        REQUIRE(q.exec());
        return q.lastInsertId().toLongLong();
    }

    // From now on every audit row is refused, so the write that wants one fails as a whole.
    void refuseAuditRows()
    {
        QSqlQuery q(db->connection());
        REQUIRE(q.exec(QStringLiteral("CREATE TEMP TRIGGER refuse_audit BEFORE INSERT ON audit_log "
                                      "BEGIN SELECT RAISE(ABORT, 'audit refused'); END")));
    }

    QList<storage::AuditEntry> trail(const QString& table, qint64 id)
    {
        auto entries = storage::auditTrail(*db, table, id);
        REQUIRE(entries.has_value());
        return *entries;
    }
};

// The schema-2 fixture (tests/data/db/schema-2.db), copied and opened with the current code.
struct Schema2Copy {
    QTemporaryDir dir;
    std::unique_ptr<storage::Database> db;

    Schema2Copy()
    {
        REQUIRE(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("needlepoint.db"));
        copyFile(testDataPath(QStringLiteral("db/schema-2.db")), path);
        auto opened = storage::Database::open(path);
        if (!opened)
            FAIL(opened.error().message.toStdString());
        db = std::move(*opened);
    }
};

// "2025-02-03T11:20:00Z" as the UTC time it stands for.
inline QDateTime utc(const char* iso)
{
    QDateTime t = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    REQUIRE(t.isValid());
    return t.toUTC();
}

} // namespace np::test
