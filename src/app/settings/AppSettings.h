#pragma once

#include "print/PageSetup.h"

#include <QByteArray>
#include <QString>

class QLocale;
class QSettings;

namespace np::app {

// The app's settings, typed, over a QSettings (the user's, or a temporary file in tests). Every key
// and default is in AppSettings.cpp; nothing else reads QSettings.
class AppSettings {
public:
    static constexpr int DefaultBackupKeep = 14;
    static constexpr int MinBackupKeep = 1;
    static constexpr int MaxBackupKeep = 365;

    explicit AppSettings(QSettings& settings)
        : m_settings(settings)
    { }

    // "database/path": the database opened at start-up; storage::Database::defaultPath() (the CLI's
    // default too) when unset.
    [[nodiscard]] QString databasePath() const;
    void setDatabasePath(const QString& path);

    // "backup/folder": where the daily backups go; AppDataLocation/backups when unset.
    [[nodiscard]] QString backupFolder() const;
    void setBackupFolder(const QString& folder);
    [[nodiscard]] static QString defaultBackupFolder();

    // "backup/keep": how many daily backups are kept, MinBackupKeep..MaxBackupKeep.
    [[nodiscard]] int backupKeep() const;
    void setBackupKeep(int keep);

    // "print/templates": the clinic's templates folder, whose files replace the built-in templates
    // of the same name (docs/printing.md); empty (the default): the built-in templates only.
    [[nodiscard]] QString templatesFolder() const;
    void setTemplatesFolder(const QString& folder);

    // "protocols/file": the clinic's own protocol catalogue (docs/protocol-format.md) that this
    // computer plans with; empty (the default): the catalogue built into Needlepoint.
    [[nodiscard]] QString protocolsFile() const;
    void setProtocolsFile(const QString& path);

    // "print/paper": "a4" or "letter"; when unset, defaultPaperSize() of the system locale.
    [[nodiscard]] print::PaperSize paperSize() const;
    void setPaperSize(print::PaperSize paper);
    // "print/card": how appointment cards print unless chosen otherwise ("page", "wallet",
    // "sheet"); when unset, a full page.
    [[nodiscard]] print::CardFormat cardFormat() const;
    void setCardFormat(print::CardFormat format);
    // US Letter in the United States and Canada, A4 everywhere else.
    [[nodiscard]] static print::PaperSize defaultPaperSize(const QLocale& locale);

    // "desk/name": who works at this workstation, as the audit log and the documents-given log
    // record it (until user accounts exist); the operating system's login name when unset.
    [[nodiscard]] QString deskName() const;
    void setDeskName(const QString& name);
    [[nodiscard]] static QString loginName();

    // "window/geometry", "window/state": the main window as it was last closed.
    [[nodiscard]] QByteArray windowGeometry() const;
    [[nodiscard]] QByteArray windowState() const;
    void setWindowGeometry(const QByteArray& geometry);
    void setWindowState(const QByteArray& state);

private:
    QSettings& m_settings;
};

} // namespace np::app
