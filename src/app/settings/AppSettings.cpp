#include "AppSettings.h"

#include "storage/Database.h"

#include <QLocale>
#include <QSettings>
#include <QStandardPaths>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace np::app {

namespace {

namespace Key {
const QString DatabasePath = u"database/path"_s;
const QString BackupFolder = u"backup/folder"_s;
const QString BackupKeep = u"backup/keep"_s;
const QString TemplatesFolder = u"print/templates"_s;
const QString ProtocolsFile = u"protocols/file"_s;
const QString PaperSize = u"print/paper"_s;
const QString CardFormat = u"print/card"_s;
const QString DeskName = u"desk/name"_s;
const QString WindowGeometry = u"window/geometry"_s;
const QString WindowState = u"window/state"_s;
} // namespace Key

} // namespace

QString AppSettings::databasePath() const
{
    const QString path = m_settings.value(Key::DatabasePath).toString();
    return path.isEmpty() ? storage::Database::defaultPath() : path;
}

void AppSettings::setDatabasePath(const QString& path)
{
    m_settings.setValue(Key::DatabasePath, path);
}

QString AppSettings::backupFolder() const
{
    const QString folder = m_settings.value(Key::BackupFolder).toString();
    return folder.isEmpty() ? defaultBackupFolder() : folder;
}

void AppSettings::setBackupFolder(const QString& folder)
{
    m_settings.setValue(Key::BackupFolder, folder);
}

QString AppSettings::defaultBackupFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/backups"_s;
}

int AppSettings::backupKeep() const
{
    bool ok = false;
    const int keep = m_settings.value(Key::BackupKeep, DefaultBackupKeep).toInt(&ok);
    return ok ? std::clamp(keep, MinBackupKeep, MaxBackupKeep) : DefaultBackupKeep;
}

void AppSettings::setBackupKeep(int keep)
{
    m_settings.setValue(Key::BackupKeep, std::clamp(keep, MinBackupKeep, MaxBackupKeep));
}

QString AppSettings::protocolsFile() const
{
    return m_settings.value(Key::ProtocolsFile).toString();
}

void AppSettings::setProtocolsFile(const QString& path)
{
    if (path.isEmpty())
        m_settings.remove(Key::ProtocolsFile);
    else
        m_settings.setValue(Key::ProtocolsFile, path);
}

QString AppSettings::templatesFolder() const
{
    return m_settings.value(Key::TemplatesFolder).toString();
}

void AppSettings::setTemplatesFolder(const QString& folder)
{
    m_settings.setValue(Key::TemplatesFolder, folder);
}

print::PaperSize AppSettings::paperSize() const
{
    return print::paperSizeFromCode(m_settings.value(Key::PaperSize).toString())
        .value_or(defaultPaperSize(QLocale::system()));
}

void AppSettings::setPaperSize(print::PaperSize paper)
{
    m_settings.setValue(Key::PaperSize, print::paperSizeCode(paper));
}

print::CardFormat AppSettings::cardFormat() const
{
    return print::cardFormatFromCode(m_settings.value(Key::CardFormat).toString()).value_or(print::CardFormat::Page);
}

void AppSettings::setCardFormat(print::CardFormat format)
{
    m_settings.setValue(Key::CardFormat, print::cardFormatCode(format));
}

print::PaperSize AppSettings::defaultPaperSize(const QLocale& locale)
{
    const QLocale::Territory territory = locale.territory();
    return territory == QLocale::UnitedStates || territory == QLocale::Canada ? print::PaperSize::Letter
                                                                              : print::PaperSize::A4;
}

QString AppSettings::deskName() const
{
    const QString name = m_settings.value(Key::DeskName).toString().simplified();
    return name.isEmpty() ? loginName() : name;
}

void AppSettings::setDeskName(const QString& name)
{
    m_settings.setValue(Key::DeskName, name.simplified());
}

QString AppSettings::loginName()
{
    const QString login = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return login.isEmpty() ? u"unknown"_s : login;
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings.value(Key::WindowGeometry).toByteArray();
}

QByteArray AppSettings::windowState() const
{
    return m_settings.value(Key::WindowState).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray& geometry)
{
    m_settings.setValue(Key::WindowGeometry, geometry);
}

void AppSettings::setWindowState(const QByteArray& state)
{
    m_settings.setValue(Key::WindowState, state);
}

} // namespace np::app
