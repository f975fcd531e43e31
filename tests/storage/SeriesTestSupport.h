#pragma once

#include "DatabaseFiles.h"
#include "PatientTestSupport.h"

#include "storage/AuditLog.h"
#include "storage/ChartRepository.h"
#include "storage/SeriesRepository.h"

#include <QSqlQuery>

#include <array>

namespace np::test {

// A patient with series and chart repositories on the pinned clock (2026-03-01 09:30 UTC).
struct SeriesFixture : PatientFixture {
    storage::SeriesRepository series {*db, builtInCatalogue()};
    storage::ChartRepository charts {*db, builtInCatalogue()};
    qint64 patientId = 0;

    SeriesFixture()
    {
        series.setClock(pinnedNow);
        charts.setClock(pinnedNow);
        patientId = add(samplePatient());
    }

    // Pen treatment of cheeks, forehead and the skin around the eyes: three sessions four weeks apart.
    [[nodiscard]] storage::SeriesRecord sample() const
    {
        storage::SeriesRecord s;
        s.patientId = patientId;
        s.modality = QStringLiteral("automated_pen");
        s.indication = QStringLiteral("acne_scars");
        s.severity = QStringLiteral("moderate");
        s.areas = {QStringLiteral("cheeks"), QStringLiteral("forehead"), QStringLiteral("periorbital")};
        s.eventDate = QDate(2026, 6, 20);
        s.notes = QStringLiteral("Boda en Sevilla: «nada de rojeces» la semana antes. José");
        const QList<std::array<QDate, 3>> dates {
            {QDate(2026, 3, 10), QDate(2026, 3, 10), QDate()},
            {QDate(2026, 4, 7), QDate(2026, 3, 31), QDate(2026, 4, 21)},
            {QDate(2026, 5, 5), QDate(2026, 4, 28), QDate(2026, 5, 19)},
        };
        for (const auto& [date, earliest, latest] : dates) {
            storage::PlannedSessionRecord session;
            session.plannedDate = date;
            session.earliest = earliest;
            if (latest.isValid())
                session.latest = latest;
            s.sessions.append(session);
        }
        return s;
    }

    storage::SeriesRecord create(const storage::SeriesRecord& s)
    {
        auto stored = series.create(s, QStringLiteral("dr.ruiz"));
        if (!stored)
            FAIL(stored.error().message.toStdString());
        return *stored;
    }

    // Rows of a table, and of the audit log, to show that a refused write left nothing.
    qint64 count(const QString& table)
    {
        QSqlQuery q(db->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM ") + table));
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    }
};

// A copy of the schema-2 fixture (tests/data/db/schema-2.rows.sql) in `dir`, opened.
inline std::unique_ptr<storage::Database> openSchema2Copy(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("needlepoint.db"));
    copyFile(testDataPath(QStringLiteral("db/schema-2.db")), path);
    auto db = storage::Database::open(path);
    if (!db)
        FAIL(db.error().message.toStdString());
    return std::move(*db);
}

} // namespace np::test
