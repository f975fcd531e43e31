#pragma once

// A fresh database with one patient, and needlepoint-cli run against it: what the screenings,
// consents and practitioners command tests share.

#include "CliTestSupport.h"
#include "TestSupport.h"

#include <QTemporaryDir>

namespace np::test {

struct ClinicalCli {
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("needlepoint.db"));
    QString patientId;

    ClinicalCli()
    {
        REQUIRE(dir.isValid());
        REQUIRE(run({QStringLiteral("init")}).exitCode == 0);
        const CliOutcome added = run({QStringLiteral("patients"), QStringLiteral("add")},
            R"({"family_name": "García", "given_names": "José", "birth_date": "1985-03-02", "fitzpatrick": 3})");
        INFO(added.err.toStdString());
        REQUIRE(added.exitCode == 0);
        patientId = QString::number(added.json().value(QStringLiteral("id")).toInteger());
    }

    [[nodiscard]] CliOutcome run(const QStringList& args, const QByteArray& input = {}) const
    {
        return runCli(QStringList {QStringLiteral("--database"), path, QStringLiteral("--user"),
                          QStringLiteral("Dr. Núñez"), QStringLiteral("--today"), QStringLiteral("2026-11-22")}
                + args,
            input);
    }
};

} // namespace np::test
