#include "SettingsDialog.h"

#include "AppSettings.h"
#include "ui_SettingsDialog.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QPalette>
#include <QPushButton>

namespace np::app {

SettingsDialog::SettingsDialog(AppSettings& settings, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_settings(settings)
{
    m_ui->setupUi(this);
    m_ui->backupKeep->setRange(AppSettings::MinBackupKeep, AppSettings::MaxBackupKeep);
    QPalette errorPalette = m_ui->errorLabel->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    m_ui->errorLabel->setPalette(errorPalette);
    m_ui->errorLabel->hide();
    m_ui->paperSize->addItem(tr("A4"), static_cast<int>(print::PaperSize::A4));
    m_ui->paperSize->addItem(tr("US Letter"), static_cast<int>(print::PaperSize::Letter));
    m_ui->cardFormat->addItem(tr("Full page with the letterhead"), static_cast<int>(print::CardFormat::Page));
    m_ui->cardFormat->addItem(
        tr("Wallet cards, one per page (card stock)"), static_cast<int>(print::CardFormat::Wallet));
    m_ui->cardFormat->addItem(
        tr("Wallet cards, several per sheet with cut marks"), static_cast<int>(print::CardFormat::Sheet));
    connect(m_ui->browseDatabase, &QPushButton::clicked, this, &SettingsDialog::browseDatabase);
    connect(m_ui->browseBackupFolder, &QPushButton::clicked, this, &SettingsDialog::browseBackupFolder);
    connect(m_ui->browseTemplatesFolder, &QPushButton::clicked, this, &SettingsDialog::browseTemplatesFolder);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    m_ui->deskName->setPlaceholderText(AppSettings::loginName());
    setValues({m_settings.databasePath(), m_settings.backupFolder(), m_settings.backupKeep(),
        m_settings.templatesFolder(), m_settings.paperSize(), m_settings.cardFormat(), m_settings.deskName()});
}

SettingsDialog::~SettingsDialog() = default;

SettingsValues SettingsDialog::values() const
{
    return {QDir::fromNativeSeparators(m_ui->databasePath->text().trimmed()),
        QDir::fromNativeSeparators(m_ui->backupFolder->text().trimmed()), m_ui->backupKeep->value(),
        QDir::fromNativeSeparators(m_ui->templatesFolder->text().trimmed()),
        static_cast<print::PaperSize>(m_ui->paperSize->currentData().toInt()),
        static_cast<print::CardFormat>(m_ui->cardFormat->currentData().toInt()), m_ui->deskName->text().simplified()};
}

void SettingsDialog::setValues(const SettingsValues& values)
{
    m_ui->databasePath->setText(QDir::toNativeSeparators(values.databasePath));
    m_ui->backupFolder->setText(QDir::toNativeSeparators(values.backupFolder));
    m_ui->backupKeep->setValue(values.backupKeep);
    m_ui->templatesFolder->setText(QDir::toNativeSeparators(values.templatesFolder));
    m_ui->paperSize->setCurrentIndex(m_ui->paperSize->findData(static_cast<int>(values.paper)));
    m_ui->cardFormat->setCurrentIndex(m_ui->cardFormat->findData(static_cast<int>(values.cards)));
    m_ui->deskName->setText(values.deskName == AppSettings::loginName() ? QString() : values.deskName);
}

QString SettingsDialog::error() const
{
    return m_ui->errorLabel->isHidden() ? QString() : m_ui->errorLabel->text();
}

void SettingsDialog::accept()
{
    const SettingsValues v = values();
    if (const QString problem = validateSettings(v); !problem.isEmpty()) {
        m_ui->errorLabel->setText(problem);
        m_ui->errorLabel->show();
        return;
    }
    m_ui->errorLabel->hide();
    m_settings.setDatabasePath(v.databasePath);
    m_settings.setBackupFolder(v.backupFolder);
    m_settings.setBackupKeep(v.backupKeep);
    m_settings.setTemplatesFolder(v.templatesFolder);
    m_settings.setPaperSize(v.paper);
    m_settings.setCardFormat(v.cards);
    m_settings.setDeskName(v.deskName);
    QDialog::accept();
}

void SettingsDialog::browseDatabase()
{
    const QString current = values().databasePath;
    const QString path = QFileDialog::getSaveFileName(this, tr("Choose the Database"), current,
        tr("Needlepoint databases (*.db);;All files (*)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        m_ui->databasePath->setText(QDir::toNativeSeparators(path));
}

void SettingsDialog::browseBackupFolder()
{
    const QString folder
        = QFileDialog::getExistingDirectory(this, tr("Choose the Backup Folder"), values().backupFolder);
    if (!folder.isEmpty())
        m_ui->backupFolder->setText(QDir::toNativeSeparators(folder));
}

void SettingsDialog::browseTemplatesFolder()
{
    const QString folder
        = QFileDialog::getExistingDirectory(this, tr("Choose the Clinic Templates Folder"), values().templatesFolder);
    if (!folder.isEmpty())
        m_ui->templatesFolder->setText(QDir::toNativeSeparators(folder));
}

} // namespace np::app
