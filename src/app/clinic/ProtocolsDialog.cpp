#include "ProtocolsDialog.h"

#include "CatalogueText.h"
#include "ProtocolFile.h"
#include "ui_ProtocolsDialog.h"

#include "app/FormLabels.h"
#include "app/Messages.h"
#include "app/settings/AppSettings.h"
#include "app/workspace/Workspace.h"
#include "core/CatalogueLoader.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QPushButton>

namespace np::app {

ProtocolsDialog::ProtocolsDialog(const Workspace& workspace, const AppSettings& settings, Apply apply, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_settings(settings)
    , m_apply(std::move(apply))
    , m_ui(std::make_unique<Ui::ProtocolsDialog>())
{
    m_ui->setupUi(this);
    for (QPushButton* b : {m_ui->useFile, m_ui->useBuiltIn})
        b->setAccessibleName(plainLabelText(b->text()));
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    m_ui->source->setAccessibleName(tr("Catalogue in use"));
    connect(m_ui->useFile, &QPushButton::clicked, this, &ProtocolsDialog::chooseFile);
    connect(m_ui->useBuiltIn, &QPushButton::clicked, this, &ProtocolsDialog::useBuiltIn);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ProtocolsDialog::reject);
    setWindowModality(Qt::WindowModal);
    showCatalogue();
}

ProtocolsDialog::~ProtocolsDialog() = default;

QString ProtocolsDialog::source() const
{
    return m_ui->source->text();
}

QString ProtocolsDialog::status() const
{
    return m_ui->status->text();
}

QTextBrowser* ProtocolsDialog::catalogueText() const
{
    return m_ui->catalogueText;
}

void ProtocolsDialog::showCatalogue()
{
    const Catalogue& catalogue = m_workspace.catalogue();
    const QString file = m_settings.protocolsFile();
    m_ui->source->setText(file.isEmpty()
            ? tr("This computer plans with the catalogue built into Needlepoint (%1, version %2).")
                  .arg(catalogue.name, catalogue.version)
            : tr("This computer plans with the clinic's own catalogue from %1 (%2, version %3).")
                  .arg(QDir::toNativeSeparators(file), catalogue.name, catalogue.version));
    m_ui->useBuiltIn->setEnabled(!file.isEmpty());
    m_ui->catalogueText->setHtml(catalogueHtml(catalogue));
}

bool ProtocolsDialog::apply(std::unique_ptr<const Catalogue> catalogue, const QString& file)
{
    const QString name = catalogue->name;
    if (auto applied = m_apply(std::move(catalogue), file); !applied) {
        m_ui->status->setText(applied.error());
        showWarning(this, tr("Protocols"), applied.error());
        return false;
    }
    showCatalogue();
    m_ui->status->setText(tr("Needlepoint now plans with %1 on this computer.").arg(name));
    return true;
}

bool ProtocolsDialog::useFile(const QString& path)
{
    auto catalogue = readProtocolFile(path);
    if (!catalogue) {
        m_ui->status->setText(catalogue.error());
        showWarning(this, tr("Protocols"), catalogue.error());
        return false;
    }
    return apply(std::move(*catalogue), QFileInfo(path).absoluteFilePath());
}

bool ProtocolsDialog::useBuiltIn()
{
    auto catalogue = loadBuiltInCatalogue();
    if (!catalogue) { // never in a sound build: the file is compiled in
        m_ui->status->setText(joinProblems(catalogue.error()));
        return false;
    }
    return apply(std::make_unique<const Catalogue>(std::move(*catalogue)), QString());
}

void ProtocolsDialog::chooseFile()
{
    const QString current = m_settings.protocolsFile();
    const QString path = QFileDialog::getOpenFileName(this, tr("Use the Clinic's Protocol File"),
        current.isEmpty() ? QDir::homePath() : QFileInfo(current).absolutePath(),
        tr("Protocol catalogues (*.json);;All files (*)"));
    if (!path.isEmpty())
        useFile(path);
}

} // namespace np::app
