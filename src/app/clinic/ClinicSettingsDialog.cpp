#include "ClinicSettingsDialog.h"

#include "ClinicSetupPages.h"
#include "SetupListPage.h"
#include "ui_ClinicSettingsDialog.h"

#include "app/FormLabels.h"
#include "app/Messages.h"
#include "app/StorageText.h"
#include "app/patients/PatientText.h"
#include "app/settings/AppSettings.h"
#include "app/workspace/Workspace.h"
#include "core/AtomicFile.h"
#include "core/Catalogue.h"
#include "core/ClinicLoader.h"
#include "core/FileBytes.h"
#include "core/JsonLines.h"
#include "print/DocumentBuilders.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonDocument>
#include <QMessageBox>
#include <QPushButton>
#include <QTabBar>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace np::app {

namespace {

// Larger than any clinic's set-up file: a file this big is something else.
constexpr qint64 MaxSetupFileBytes = 4 * 1024 * 1024;
// The broken appointments named in the question itself; the rest are in its details.
constexpr int BrokenShown = 8;

} // namespace

ClinicSettingsDialog::ClinicSettingsDialog(const Workspace& workspace, AppSettings& settings, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_settings(settings)
    , m_ui(std::make_unique<Ui::ClinicSettingsDialog>())
    , m_details(new ClinicDetailsPage)
{
    m_ui->setupUi(this);
    const Catalogue& catalogue = workspace.catalogue();
    m_pages = {m_details, new OpeningHoursPage, makeTeamPage(catalogue), makeRoomsPage(catalogue), makeClosuresPage()};
    for (ClinicSetupPage* page : m_pages)
        m_ui->pages->addTab(page, page->title());
    readPagesBeforeButtons();
    // The languages of this computer's documents, the clinic's own care texts included.
    if (auto resources = print::loadDocumentResources(settings.templatesFolder()))
        m_details->setLanguages(resources->care.languages.keys());
    for (QPushButton* b : {m_ui->importFile, m_ui->exportFile, m_ui->discard})
        b->setAccessibleName(plainLabelText(b->text()));
    QPushButton* saveButton = m_ui->buttonBox->button(QDialogButtonBox::Save);
    saveButton->setShortcut(QKeySequence::Save);
    saveButton->setToolTip(tr("Save the set-up for every workstation (%1)")
                               .arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    saveButton->setAccessibleName(tr("Save"));
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    m_ui->status->setAccessibleName(tr("Set-up status"));
    connect(m_ui->importFile, &QPushButton::clicked, this, &ClinicSettingsDialog::chooseImport);
    connect(m_ui->exportFile, &QPushButton::clicked, this, &ClinicSettingsDialog::chooseExport);
    connect(m_ui->discard, &QPushButton::clicked, this, &ClinicSettingsDialog::reload);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ClinicSettingsDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ClinicSettingsDialog::reject);
    setWindowModality(Qt::WindowModal);
    reload();
}

ClinicSettingsDialog::~ClinicSettingsDialog() = default;

void ClinicSettingsDialog::readPagesBeforeButtons()
{
    // The pages joined the focus chain at its end, after the buttons under them: bring their
    // controls up behind the tab bar, so Tab reads tabs, page, buttons. One by one: Qt moves no
    // widget that takes no focus itself (a page, the button box).
    QList<QWidget*> controls;
    for (QWidget* w = nextInFocusChain(); w != this; w = w->nextInFocusChain())
        if ((w->focusPolicy() & Qt::TabFocus)
            && std::ranges::any_of(m_pages, [w](const QWidget* page) { return page->isAncestorOf(w); }))
            controls.append(w);
    QWidget* last = m_ui->pages->tabBar();
    for (QWidget* w : controls) {
        setTabOrder(last, w);
        last = w;
    }
}

QTabWidget* ClinicSettingsDialog::pages() const
{
    return m_ui->pages;
}

QString ClinicSettingsDialog::status() const
{
    return m_ui->status->text();
}

void ClinicSettingsDialog::setStatus(const QString& text)
{
    m_ui->status->setText(text);
}

ClinicDraft ClinicSettingsDialog::draft() const
{
    ClinicDraft out;
    out.base = m_base;
    for (const ClinicSetupPage* page : m_pages)
        page->writeTo(out);
    return out;
}

QJsonObject ClinicSettingsDialog::draftJson() const
{
    return clinicDraftToJson(draft(), modalityCodes(m_workspace.catalogue()));
}

void ClinicSettingsDialog::showDraft(const ClinicDraft& shown, bool asSaved)
{
    m_base = shown.base;
    for (ClinicSetupPage* page : m_pages) {
        page->readFrom(shown);
        page->showProblems({});
    }
    if (asSaved)
        m_saved = draftJson();
}

void ClinicSettingsDialog::reload()
{
    auto stored = services::clinic(m_workspace.context());
    if (!stored) {
        m_version.reset();
        m_logo.clear();
        m_base = {};
        m_saved = draftJson();
        setStatus(stored.error().kind == services::ServiceError::Kind::NotSetUp
                ? tr("This database has no clinic set-up yet: fill in the pages, or import the clinic's file, "
                     "and save.")
                : tr("The saved set-up cannot be shown: %1")
                      .arg(
                          stored.error().storage ? storageErrorText(*stored.error().storage) : stored.error().message));
        return;
    }
    m_version = stored->version;
    m_logo = stored->logo;
    m_details->setPaper(m_settings.paperSize());
    showDraft(clinicDraftFromJson(clinicSetupToJson(stored->setup), modalityCodes(m_workspace.catalogue())), true);
    const QDateTime saved = stored->updatedAt.toLocalTime();
    setStatus(
        tr("Saved by %1 on %2 at %3.").arg(stored->updatedBy, displayDate(saved.date()), displayTime(saved.time())));
}

std::optional<ClinicSetup> ClinicSettingsDialog::checkedSetup()
{
    auto setup = parseClinicDraft(draft(), m_workspace.catalogue());
    const Problems problems = setup ? Problems {} : setup.error();
    ClinicSetupPage* first = nullptr;
    for (ClinicSetupPage* page : m_pages)
        if (page->showProblems(problems) && !first)
            first = page;
    if (first)
        m_ui->pages->setCurrentWidget(first);
    if (setup)
        return std::move(*setup);
    QStringList pageKeys;
    for (const ClinicSetupPage* page : m_pages)
        pageKeys << page->keys();
    QStringList elsewhere; // from what no page edits (kept from the file the pages were read from)
    for (const Problem& p : problems)
        if (problemsUnder({p}, pageKeys).isEmpty())
            elsewhere << p.toString();
    setStatus(tr("Not saved: %n problem(s) to correct, shown where they are.", "", int(problems.size()))
        + (elsewhere.isEmpty() ? QString() : u"\n"_s + elsewhere.join(u'\n')));
    return std::nullopt;
}

void ClinicSettingsDialog::save()
{
    if (const auto setup = checkedSetup())
        store(*setup, services::BrokenAppointments::Refuse);
}

void ClinicSettingsDialog::store(const ClinicSetup& setup, services::BrokenAppointments policy)
{
    auto outcome = services::updateClinic(m_workspace.context(), setup, m_logo, m_version, policy);
    if (!outcome) {
        const QString text = outcome.error().isConflict()
            ? tr("Not saved: the clinic's set-up was changed on another workstation while this window was open. "
                 "Choose Discard Changes to see it as it is now, then make the change again.")
            : tr("Not saved: %1").arg(outcome.error().message);
        setStatus(text);
        showWarning(this, tr("Clinic Set-up"), text);
        return;
    }
    if (!outcome->stored) {
        ask(setup, outcome->broken);
        return;
    }
    m_settings.setPaperSize(m_details->paper());
    m_version = outcome->stored->version;
    m_logo = outcome->stored->logo;
    showDraft(
        clinicDraftFromJson(clinicSetupToJson(outcome->stored->setup), modalityCodes(m_workspace.catalogue())), true);
    const int broken = int(outcome->broken.size());
    const QString text = broken == 0
        ? tr("Clinic set-up saved: every workstation uses it now.")
        : tr("Clinic set-up saved. %n booked appointment(s) outside it stay booked: move or cancel them.", "", broken);
    setStatus(text);
    emit saved(text);
}

void ClinicSettingsDialog::ask(const ClinicSetup& setup, const QList<services::BrokenAppointment>& broken)
{
    QStringList lines;
    for (const services::BrokenAppointment& b : broken)
        lines << tr("%1 %2, %3: %4")
                     .arg(displayDate(b.appointment.localStart.date()), displayTime(b.appointment.localStart.time()),
                         b.patientName, b.reason);
    const int count = int(lines.size());
    QString text = tr("%n booked appointment(s) would no longer fit the clinic's set-up:", "", count) + u"\n\n"_s
        + lines.mid(0, BrokenShown).join(u'\n');
    if (count > BrokenShown)
        text += u'\n' + tr("and %n more (Show Details).", "", count - BrokenShown);
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Clinic Set-up"), text, QMessageBox::NoButton, this);
    box->setObjectName(u"brokenAppointments"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(tr("Save anyway to keep them booked, then move or cancel each one; or go back and "
                               "change the set-up so that they fit."));
    if (count > BrokenShown)
        box->setDetailedText(lines.join(u'\n'));
    QPushButton* anyway = box->addButton(tr("Save Anyway"), QMessageBox::AcceptRole);
    box->setDefaultButton(box->addButton(tr("Go Back"), QMessageBox::RejectRole)); // Enter saves nothing
    connect(box, &QMessageBox::buttonClicked, this, [this, setup, anyway](QAbstractButton* clicked) {
        if (clicked == anyway)
            store(setup, services::BrokenAppointments::Keep);
        else
            setStatus(tr("Not saved."));
    });
    m_question = box;
    setStatus(tr("Not saved yet: %n booked appointment(s) would no longer fit.", "", count));
    box->open();
}

bool ClinicSettingsDialog::importFile(const QString& path)
{
    const QString name = QDir::toNativeSeparators(path);
    const auto fail = [&](const QString& text) {
        setStatus(text);
        showWarning(this, tr("Import Clinic File"), text);
        return false;
    };
    const auto bytes = readFileBytes(path, MaxSetupFileBytes);
    if (!bytes)
        return fail(tr("%1 cannot be read: %2").arg(name, bytes.error()));
    auto file = services::readClinicFile(
        m_workspace.catalogue(), *bytes, QFileInfo(path).fileName(), QFileInfo(path).absolutePath());
    if (!file) // each problem with the line of the file to open
        return fail(tr("%1 was not imported; nothing changed. Correct the file and import it again:\n%2")
                        .arg(name, joinProblems(withJsonLines(file.error().problems, *bytes))));
    m_logo = file->logo;
    showDraft(clinicDraftFromJson(clinicSetupToJson(file->setup), modalityCodes(m_workspace.catalogue())), false);
    setStatus(tr("The pages show %1. Check them, then Save to use it on every workstation.").arg(name));
    return true;
}

bool ClinicSettingsDialog::exportFile(const QString& path)
{
    const auto setup = checkedSetup();
    if (!setup)
        return false;
    const QJsonObject json = clinicSetupToJson(*setup);
    if (auto written = writeFileAtomically(path, QJsonDocument(json).toJson(QJsonDocument::Indented)); !written) {
        const QString text = tr("%1 was not written: %2").arg(QDir::toNativeSeparators(path), written.error());
        setStatus(text);
        showWarning(this, tr("Export Clinic File"), text);
        return false;
    }
    // The logo goes beside the file, under the name the file gives it, as `clinic load` reads it.
    if (!setup->logo.isEmpty() && !m_logo.isEmpty()) {
        const QString logoPath = QFileInfo(path).absoluteDir().filePath(setup->logo);
        if (auto written = writeFileAtomically(logoPath, m_logo); !written) {
            const QString text
                = tr("%1 was written, but its logo %2 was not: %3")
                      .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(logoPath), written.error());
            setStatus(text);
            showWarning(this, tr("Export Clinic File"), text);
            return false;
        }
    }
    setStatus(tr("Exported to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void ClinicSettingsDialog::chooseImport()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import Clinic File"), QDir::homePath(), tr("Clinic set-up files (*.json);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

void ClinicSettingsDialog::chooseExport()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Clinic File"),
        QDir::home().filePath(u"clinic.json"_s), tr("Clinic set-up files (*.json);;All files (*)"));
    if (!path.isEmpty())
        exportFile(path);
}

void ClinicSettingsDialog::reject()
{
    if (m_question || draftJson() == m_saved) {
        QDialog::reject();
        return;
    }
    auto* box = new QMessageBox(QMessageBox::Question, tr("Clinic Set-up"),
        tr("The changes made to the clinic's set-up here are not saved."), QMessageBox::NoButton, this);
    box->setObjectName(u"unsavedChanges"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* discard = box->addButton(tr("Close Without Saving"), QMessageBox::DestructiveRole);
    box->setDefaultButton(box->addButton(tr("Keep Editing"), QMessageBox::RejectRole)); // Enter drops nothing
    connect(box, &QMessageBox::buttonClicked, this, [this, discard](QAbstractButton* clicked) {
        if (clicked == discard)
            QDialog::reject();
    });
    m_question = box;
    box->open();
}

} // namespace np::app
