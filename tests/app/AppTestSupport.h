#pragma once

#include "DatabaseFiles.h"
#include "storage/PatientTestSupport.h"

#include "app/settings/AppSettings.h"
#include "app/startup/DatabasePrompts.h"
#include "app/workspace/Workspace.h"

#include "storage/FindingRepository.h"

#include <QSettings>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace np::test {

// A workspace on its own connection to the database at `path`, acting as "desk" at 09:30 on `today`.
inline std::unique_ptr<app::Workspace> workspaceOn(const QString& path, QDate today = QDate(2026, 3, 1))
{
    auto opened = storage::Database::open(path);
    REQUIRE(opened);
    return std::make_unique<app::Workspace>(std::move(*opened), builtInCatalogue(), QStringLiteral("desk"),
        [today] { return QDateTime(today, QTime(9, 30)); });
}

// Settings in a temporary INI file, never the user's.
struct TempSettings {
    QTemporaryDir dir;
    QSettings qsettings {dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat};
    app::AppSettings settings {qsettings};
};

// DatabasePrompts with answers given in advance; records what was asked.
class ScriptedPrompts : public app::DatabasePrompts {
public:
    MissingChoice onMissing = MissingChoice::GiveUp;
    FailureChoice onFailure = FailureChoice::GiveUp;
    QStringList chosenPaths; // handed out in order by chooseDatabase; then "" (cancelled)
    QStringList asked; // "missing: PATH", "failed: PATH: MESSAGE", "choose"

    MissingChoice missing(const QString& path) override
    {
        asked << QStringLiteral("missing: ") + path;
        return onMissing;
    }
    FailureChoice failed(const QString& path, const storage::StorageError& error) override
    {
        asked << QStringLiteral("failed: ") + path + QStringLiteral(": ") + error.message;
        return onFailure;
    }
    QString chooseDatabase(const QString&) override
    {
        asked << QStringLiteral("choose");
        return chosenPaths.isEmpty() ? QString() : chosenPaths.takeFirst();
    }
};

// José García (with a finding of active acne on the cheeks) and an archived Josefa Garrido.
struct ClinicFixture : PatientFixture {
    qint64 jose = 0;
    qint64 josefa = 0;

    ClinicFixture()
    {
        jose = add(samplePatient());
        storage::PatientRecord archived = patient(QStringLiteral("Garrido"), QStringLiteral("Josefa"));
        josefa = add(archived);
        auto read = patients.get(josefa);
        REQUIRE(read);
        REQUIRE(patients.setArchived(josefa, read->version, true, QStringLiteral("tester")));
    }
};

} // namespace np::test
