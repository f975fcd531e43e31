#pragma once

#include "DatabaseFiles.h"
#include "storage/PatientTestSupport.h"

#include "app/settings/AppSettings.h"
#include "app/startup/DatabasePrompts.h"
#include "app/startup/Translations.h"
#include "app/workspace/Workspace.h"

#include "storage/FindingRepository.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QLabel>
#include <QMainWindow>
#include <QMap>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSettings>
#include <QStringList>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTranslator>

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

// The one control of type T under `parent` with the accessible name `name` (as a screen reader or a
// test robot finds it).
template <typename T>
T* findByAccessibleName(const QWidget& parent, const QString& name)
{
    T* found = nullptr;
    for (T* w : parent.findChildren<T*>())
        if (w->accessibleName() == name) {
            REQUIRE(found == nullptr);
            found = w;
        }
    INFO(name.toStdString());
    REQUIRE(found);
    return found;
}

// The Alt+letter keys of `form` (its labels, buttons, tabs and menu bar) that reach more than one control ("&Save" and
// "Se&x" both on S).
inline QStringList mnemonicClashes(const QWidget& form)
{
    QMap<QChar, QString> seen;
    QStringList clashes;
    const QRegularExpression mnemonic(QStringLiteral("&([^&])"));
    QStringList texts;
    // Only what can be reached now: a label or button on a tab not shown takes no Alt key.
    for (const QLabel* label : form.findChildren<QLabel*>())
        if (label->isVisibleTo(&form))
            texts << label->text();
    for (const QAbstractButton* button : form.findChildren<QAbstractButton*>())
        if (button->isVisibleTo(&form))
            texts << button->text();
    for (const QTabBar* tabs : form.findChildren<QTabBar*>())
        for (int i = 0; tabs->isVisibleTo(&form) && i < tabs->count(); ++i)
            texts << tabs->tabText(i);
    if (const auto* window = qobject_cast<const QMainWindow*>(&form))
        for (const QAction* menu : window->menuBar()->actions())
            texts << menu->text();
    for (const QString& text : texts)
        if (const auto m = mnemonic.match(text); m.hasMatch()) {
            const QChar key = m.captured(1).at(0).toLower();
            if (seen.contains(key))
                clashes << seen.value(key) + QStringLiteral(" / ") + text;
            seen.insert(key, text);
        }
    return clashes;
}

// The app's Spanish translation installed for the scope, removed after (with Qt's own).
struct SpanishTranslation {
    SpanishTranslation()
    {
        REQUIRE(app::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::Spanish, QLocale::Spain)));
    }
    ~SpanishTranslation()
    {
        for (QTranslator* t : QCoreApplication::instance()->findChildren<QTranslator*>(Qt::FindDirectChildrenOnly)) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }
    SpanishTranslation(const SpanishTranslation&) = delete;
    SpanishTranslation& operator=(const SpanishTranslation&) = delete;
};

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
    QList<FailureChoice> failureAnswers; // answered in order before onFailure
    QStringList chosenPaths; // handed out in order by chooseDatabase; then "" (cancelled)
    QStringList backupPaths; // handed out in order by chooseBackup; then "" (cancelled)
    QStringList asked; // "missing: PATH", "failed: PATH: MESSAGE", "choose", "choose backup"

    MissingChoice missing(const QString& path) override
    {
        asked << QStringLiteral("missing: ") + path;
        return onMissing;
    }
    FailureChoice failed(const QString& path, const storage::StorageError& error) override
    {
        asked << QStringLiteral("failed: ") + path + QStringLiteral(": ") + error.message;
        remedies << error.remedy;
        return failureAnswers.isEmpty() ? onFailure : failureAnswers.takeFirst();
    }
    QString chooseBackup(const QString&) override
    {
        asked << QStringLiteral("choose backup");
        return backupPaths.isEmpty() ? QString() : backupPaths.takeFirst();
    }
    QList<storage::StorageError::Remedy> remedies; // of each failure asked about
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
