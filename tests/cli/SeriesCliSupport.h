#pragma once

// A database with one patient, run through needlepoint-cli in-process on a pinned day
// (2026-11-22): shared by the series and charts command tests.

#include "CliTestSupport.h"
#include "TestSupport.h"

#include <QTemporaryDir>

namespace np::test {

// Cheeks and forehead with a pen, four sessions from 2026-12-01, Sundays closed.
inline const QByteArray SeriesRequest = R"({
    "treatment": {"modality": "automated_pen", "indication": "acne_scars", "severity": "moderate",
                  "areas": ["cheeks", "forehead"], "sessions": 4},
    "earliest_start": "2026-12-01",
    "clinic": {"closed_weekdays": ["sunday"], "closures": ["2026-12-25"]}})";

struct ClinicDesk {
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("needlepoint.db"));
    QString patient;

    ClinicDesk()
    {
        REQUIRE(run({QStringLiteral("init")}).exitCode == 0);
        const CliOutcome o = run({QStringLiteral("patients"), QStringLiteral("add")},
            R"({"family_name": "Núñez", "given_names": "Begoña", "birth_date": "1988-05-14", "fitzpatrick": 3})");
        INFO(o.err.toStdString());
        REQUIRE(o.exitCode == 0);
        patient = QString::number(o.json().value(QStringLiteral("id")).toInteger());
    }

    CliOutcome run(const QStringList& args, const QByteArray& input = {}) const
    {
        return runCli(QStringList {QStringLiteral("--database"), path, QStringLiteral("--user"), QStringLiteral("desk"),
                          QStringLiteral("--today"), QStringLiteral("2026-11-22")}
                + args,
            input);
    }

    // Creates the series of SeriesRequest; returns `series create`'s output.
    QJsonObject createSeries() const
    {
        const CliOutcome o = run({QStringLiteral("series"), QStringLiteral("create"), patient}, SeriesRequest);
        INFO(o.err.toStdString());
        REQUIRE(o.exitCode == 0);
        return o.json();
    }
};

} // namespace np::test
