#include "ClinicSetupWizard.h"

#include "ClinicSetupPages.h"
#include "SetupListPage.h"
#include "ui_SetupStartPage.h"

#include "app/FieldErrors.h"
#include "app/FormLabels.h"
#include "core/Catalogue.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace np::app {

SetupStartPage::SetupStartPage(const QString& newPath, const QString& demoPath, QWidget* parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::SetupStartPage>())
    , m_newPath(newPath)
    , m_demoPath(demoPath)
{
    m_ui->setupUi(this);
    setTitle(tr("Welcome to Needlepoint"));
    m_ui->intro->setText(tr("There is no patient database at %1 yet. What would you like to do?")
                             .arg(QDir::toNativeSeparators(newPath)));
    nameControlsByTheirLabels(*this);
    for (QAbstractButton* b :
        std::initializer_list<QAbstractButton*> {m_ui->create, m_ui->open, m_ui->demo, m_ui->choose})
        b->setAccessibleName(plainLabelText(b->text()));
    m_ui->create->setAccessibleDescription(m_ui->createHint->text());
    m_ui->open->setAccessibleDescription(m_ui->openHint->text());
    m_ui->demo->setAccessibleDescription(m_ui->demoHint->text());
    m_error = makeErrorLabel(this, u"pathError"_s);
    m_ui->mainLayout->insertWidget(m_ui->mainLayout->indexOf(m_ui->bottomSpacer), m_error);
    for (QRadioButton* b : {m_ui->create, m_ui->open, m_ui->demo})
        connect(b, &QRadioButton::toggled, this, &SetupStartPage::choiceChanged);
    connect(m_ui->choose, &QPushButton::clicked, this, &SetupStartPage::choose);
    choiceChanged();
}

SetupStartPage::~SetupStartPage() = default;

SetupStartPage::Choice SetupStartPage::choice() const
{
    return m_ui->open->isChecked() ? Choice::Open : m_ui->demo->isChecked() ? Choice::Demo : Choice::Create;
}

void SetupStartPage::setChoice(Choice choice)
{
    (choice == Choice::Open ? m_ui->open : choice == Choice::Demo ? m_ui->demo : m_ui->create)->setChecked(true);
}

QString SetupStartPage::path() const
{
    switch (choice()) {
    case Choice::Create:
        return m_newPath;
    case Choice::Open:
        return m_openPath;
    case Choice::Demo:
        return m_demoPath;
    }
    return {};
}

void SetupStartPage::setPath(const QString& path)
{
    (choice() == Choice::Open ? m_openPath : m_newPath) = path;
    choiceChanged();
}

void SetupStartPage::setIntro(const QString& text)
{
    m_ui->intro->setText(text);
}

void SetupStartPage::choiceChanged()
{
    m_ui->path->setText(QDir::toNativeSeparators(path()));
    m_ui->path->setPlaceholderText(choice() == Choice::Open ? tr("Choose the database file") : QString());
    m_ui->choose->setEnabled(choice() != Choice::Demo);
    showError(m_error, {});
    emit completeChanged();
}

void SetupStartPage::choose()
{
    const QString filter = tr("Needlepoint databases (*.db *.sqlite);;All files (*)");
    const QString folder = QFileInfo(path().isEmpty() ? m_newPath : path()).absolutePath();
    const QString chosen = choice() == Choice::Open
        ? QFileDialog::getOpenFileName(this, tr("Open Database"), folder, filter)
        : QFileDialog::getSaveFileName(
            this, tr("New Database"), m_newPath, filter, nullptr, QFileDialog::DontConfirmOverwrite);
    if (!chosen.isEmpty())
        setPath(chosen);
}

bool SetupStartPage::isComplete() const
{
    return !path().isEmpty();
}

bool SetupStartPage::validatePage()
{
    // A new clinic never takes the place of a file already there; an existing one must be there.
    // (The demo is opened when it is there, and made when not.)
    const bool exists = QFileInfo::exists(path());
    if (choice() == Choice::Create && exists) {
        showError(m_error,
            tr("%1 already exists: choose another name for the new database, or open this one.")
                .arg(QDir::toNativeSeparators(path())));
        return false;
    }
    if (choice() == Choice::Open && !exists) {
        showError(m_error, tr("There is no file at %1.").arg(QDir::toNativeSeparators(path())));
        return false;
    }
    showError(m_error, {});
    return true;
}

ClinicSetupWizard::ClinicSetupWizard(
    const Catalogue& catalogue, const QString& newPath, const QString& demoPath, QWidget* parent)
    : QWizard(parent)
    , m_catalogue(catalogue)
    , m_start(new SetupStartPage(newPath, demoPath))
    , m_details(new ClinicDetailsPage)
    , m_hours(new OpeningHoursPage)
    , m_team(makeTeamPage(catalogue))
    , m_rooms(makeRoomsPage(catalogue))
    , m_closures(makeClosuresPage())
    , m_ready(new QWizardPage)
{
    setObjectName(u"ClinicSetupWizard"_s);
    setWindowTitle(tr("Set Up Needlepoint"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setPage(StartId, m_start);
    setPage(DetailsId, m_details);
    setPage(HoursId, m_hours);
    setPage(TeamId, m_team);
    setPage(RoomsId, m_rooms);
    setPage(ClosuresId, m_closures);
    setPage(ReadyId, m_ready);
    m_ready->setTitle(tr("Ready"));
    auto* readyText = new QLabel;
    readyText->setObjectName(u"readyText"_s);
    readyText->setWordWrap(true);
    (new QVBoxLayout(m_ready))->addWidget(readyText);
    connect(this, &QWizard::currentIdChanged, this, [this, readyText](int id) {
        if (id != ReadyId)
            return;
        const QString path = QDir::toNativeSeparators(databasePath());
        readyText->setText(choice() == SetupStartPage::Choice::Demo
                ? tr("Finish makes the demo clinic at %1 (or opens it, when it was made before) and opens it. "
                     "Its patients and appointments are invented; the clinic's own database is not touched.")
                      .arg(path)
                : tr("Finish opens %1.").arg(path));
    });
    for (ClinicSetupPage* page :
        std::initializer_list<ClinicSetupPage*> {m_details, m_hours, m_team, m_rooms, m_closures})
        page->setCheck([this] { return problems(); });
    for (WizardButton b : {BackButton, NextButton, FinishButton, CancelButton})
        button(b)->setAccessibleName(plainLabelText(buttonText(b)));
    resize(720, 560);
}

ClinicSetupWizard::~ClinicSetupWizard() = default;

int ClinicSetupWizard::nextId() const
{
    switch (currentId()) {
    case StartId:
        return m_start->choice() == SetupStartPage::Choice::Create ? DetailsId : ReadyId;
    case ClosuresId:
    case ReadyId:
        return -1;
    default:
        return QWizard::nextId();
    }
}

SetupStartPage::Choice ClinicSetupWizard::choice() const
{
    return m_start->choice();
}

QString ClinicSetupWizard::databasePath() const
{
    return m_start->path();
}

ClinicDraft ClinicSetupWizard::draft() const
{
    ClinicDraft draft;
    for (const ClinicSetupPage* page :
        std::initializer_list<const ClinicSetupPage*> {m_details, m_hours, m_team, m_rooms, m_closures})
        page->writeTo(draft);
    return draft;
}

Problems ClinicSetupWizard::problems() const
{
    auto setup = parseClinicDraft(draft(), m_catalogue);
    return setup ? Problems {} : setup.error();
}

print::PaperSize ClinicSetupWizard::paper() const
{
    return m_details->paper();
}

} // namespace np::app
