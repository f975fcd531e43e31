#include "PatientDialog.h"

#include "DateInput.h"
#include "PatientText.h"
#include "ui_PatientDialog.h"

#include "app/FieldErrors.h"
#include "app/FormLabels.h"
#include "app/FormTeardown.h"
#include "app/workspace/Workspace.h"
#include "services/PatientService.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace np::app {
namespace {

// Each column validatePatient names, and the control that holds it.
struct Field {
    const char16_t* column;
    const char16_t* control;
};
constexpr Field Fields[] {{u"family_name", u"familyName"}, {u"given_names", u"givenNames"},
    {u"preferred_name", u"preferredName"}, {u"birth_date", u"birthDate"}, {u"sex", u"sex"},
    {u"fitzpatrick", u"fitzpatrick"}, {u"external_ref", u"externalRef"}, {u"phone", u"phone"}, {u"email", u"email"},
    {u"preferred_language", u"preferredLanguage"}, {u"address", u"address"}, {u"town", u"town"}, {u"region", u"region"},
    {u"postcode", u"postcode"}, {u"country", u"country"}, {u"notes", u"notes"}};

// The languages offered for printed documents; a patient's other language is kept and shown too.
struct Language {
    const char16_t* code;
    const char* name;
};
constexpr Language OfferedLanguages[] {{u"en", QT_TRANSLATE_NOOP("np::app::PatientDialog", "English")},
    {u"es", QT_TRANSLATE_NOOP("np::app::PatientDialog", "Spanish")},
    {u"ca", QT_TRANSLATE_NOOP("np::app::PatientDialog", "Catalan")},
    {u"de", QT_TRANSLATE_NOOP("np::app::PatientDialog", "German")},
    {u"fr", QT_TRANSLATE_NOOP("np::app::PatientDialog", "French")},
    {u"it", QT_TRANSLATE_NOOP("np::app::PatientDialog", "Italian")},
    {u"nl", QT_TRANSLATE_NOOP("np::app::PatientDialog", "Dutch")},
    {u"pt", QT_TRANSLATE_NOOP("np::app::PatientDialog", "Portuguese")}};

// The item whose data is `code`, added (as the code itself) when the list does not have it.
void selectCode(QComboBox* combo, const QString& code)
{
    int index = combo->findData(code);
    if (index < 0) {
        combo->addItem(code, code);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
}

QString codeOf(const QComboBox* combo)
{
    return combo->currentData().toString();
}

} // namespace

PatientDialog::PatientDialog(
    const Workspace& workspace, std::optional<storage::PatientRecord> existing, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PatientDialog>())
    , m_workspace(workspace)
    , m_existing(std::move(existing))
{
    m_ui->setupUi(this);
    setWindowTitle(m_existing ? tr("Edit Patient") : tr("New Patient"));
    m_ui->birthDate->setPlaceholderText(dateInputHint());

    m_ui->sex->addItem(tr("Not recorded"), QString());
    m_ui->sex->addItem(tr("Female (F)"), u"F"_s);
    m_ui->sex->addItem(tr("Male (M)"), u"M"_s);
    m_ui->sex->addItem(tr("Another (X)"), u"X"_s);
    m_ui->fitzpatrick->addItem(tr("Not recorded"), QString());
    for (int type = 1; type <= 6; ++type)
        m_ui->fitzpatrick->addItem(fitzpatrickText(type), QString::number(type));
    for (const Language& language : OfferedLanguages) {
        const QString code = QString::fromUtf16(language.code);
        m_ui->preferredLanguage->addItem(tr("%1 (%2)", "language name (code)").arg(tr(language.name), code), code);
    }
    // Wide enough for a date and an email address without scrolling.
    m_ui->birthDate->setMinimumWidth(fontMetrics().horizontalAdvance(u"00/00/00000"_s) + 16);
    m_ui->birthDateRow->setStretch(0, 1);
    m_ui->birthDateRow->setStretch(1, 0);
    setMinimumWidth(fontMetrics().averageCharWidth() * 125);
    auto* icon = new QLabel(m_ui->duplicateBox);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(32, 32));
    icon->setAccessibleName(tr("Warning"));
    m_ui->duplicateLayout->insertWidget(0, icon);

    m_ui->duplicateBox->hide();
    m_ui->formError->hide();
    for (QLabel* label : {m_ui->formError, m_ui->duplicateLabel}) {
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    addErrorLabels();
    nameControls();
    storage::PatientRecord blank;
    // A new patient's documents print in the desk's language when it is one offered.
    const QString deskLanguage = QLocale().name().section(u'_', 0, 0);
    for (const Language& language : OfferedLanguages)
        if (deskLanguage == QStringView(language.code))
            blank.preferredLanguage = deskLanguage;
    fill(m_existing.value_or(blank));
    connectChecks();
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &PatientDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &PatientDialog::reject);
    connect(m_ui->openDuplicate, &QPushButton::clicked, this, [this] {
        emit openExistingRequested(m_duplicateShown);
        reject();
    });
    m_ui->familyName->setFocus();
}

PatientDialog::~PatientDialog()
{
    disconnectChildren(*this);
}

QWidget* PatientDialog::field(const QString& column) const
{
    for (const Field& f : Fields)
        if (column == QStringView(f.column))
            return findChild<QWidget*>(QString::fromUtf16(f.control));
    return nullptr;
}

QString PatientDialog::fieldName(const QString& column) const
{
    const QWidget* control = field(column);
    const auto* label = control ? findChild<QLabel*>(control->objectName() + u"Label"_s) : nullptr;
    return label ? plainLabelText(label->text()) : column;
}

void PatientDialog::addErrorLabels()
{
    for (const Field& f : Fields) {
        const QString column = QString::fromUtf16(f.column);
        QWidget* control = field(column);
        QLabel* error = makeErrorLabel(this, column + u"Error"_s);
        m_errors.insert(column, error);
        // Under the field: the next row of its form, or the next item of the dialog's layout.
        bool placed = false;
        for (QFormLayout* form : {m_ui->personForm, m_ui->contactForm}) {
            int row = -1;
            QFormLayout::ItemRole role {};
            form->getWidgetPosition(control, &row, &role);
            if (row < 0 && column == u"birth_date"_s)
                form->getLayoutPosition(m_ui->birthDateRow, &row, &role);
            if (row >= 0) {
                form->insertRow(row + 1, static_cast<QWidget*>(nullptr), error);
                placed = true;
                break;
            }
        }
        if (!placed)
            m_ui->mainLayout->insertWidget(m_ui->mainLayout->indexOf(control) + 1, error);
    }
}

void PatientDialog::nameControls()
{
    for (const Field& f : Fields) {
        const QString column = QString::fromUtf16(f.column);
        const QString name = fieldName(column);
        field(column)->setAccessibleName(name);
        m_errors.value(column)->setAccessibleName(tr("%1: problem", "field name: problem").arg(name));
    }
    m_ui->ageLabel->setAccessibleName(tr("Age"));
    m_ui->duplicateLabel->setAccessibleName(tr("Possible duplicate"));
    m_ui->openDuplicate->setAccessibleName(plainLabelText(m_ui->openDuplicate->text()));
    m_ui->formError->setAccessibleName(tr("Problem saving"));
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setAccessibleName(tr("Save"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
}

void PatientDialog::fill(const storage::PatientRecord& p)
{
    m_ui->familyName->setText(p.familyName);
    m_ui->givenNames->setText(p.givenNames);
    m_ui->preferredName->setText(p.preferredName);
    m_ui->birthDate->setText(formatDateInput(p.birthDate));
    selectCode(m_ui->sex, p.sex);
    selectCode(m_ui->fitzpatrick, p.fitzpatrick ? QString::number(*p.fitzpatrick) : QString());
    m_ui->externalRef->setText(p.externalRef);
    m_ui->phone->setText(p.phone);
    m_ui->email->setText(p.email);
    selectCode(m_ui->preferredLanguage, p.preferredLanguage);
    m_ui->address->setPlainText(p.address);
    m_ui->town->setText(p.town);
    m_ui->region->setText(p.region);
    m_ui->postcode->setText(p.postcode);
    m_ui->country->setText(p.country);
    m_ui->notes->setPlainText(p.notes);
    showAge();
}

storage::PatientRecord PatientDialog::record() const
{
    storage::PatientRecord p = m_existing.value_or(storage::PatientRecord {});
    p.familyName = m_ui->familyName->text();
    p.givenNames = m_ui->givenNames->text();
    p.preferredName = m_ui->preferredName->text();
    p.birthDate = parseDateInput(m_ui->birthDate->text()).value_or(QDate());
    p.sex = codeOf(m_ui->sex);
    const QString fitzpatrick = codeOf(m_ui->fitzpatrick);
    p.fitzpatrick = fitzpatrick.isEmpty() ? std::nullopt : std::optional(fitzpatrick.toInt());
    p.externalRef = m_ui->externalRef->text();
    p.phone = m_ui->phone->text();
    p.email = m_ui->email->text();
    p.preferredLanguage = codeOf(m_ui->preferredLanguage);
    p.address = m_ui->address->toPlainText();
    p.town = m_ui->town->text();
    p.region = m_ui->region->text();
    p.postcode = m_ui->postcode->text();
    p.country = m_ui->country->text();
    p.notes = m_ui->notes->toPlainText();
    return p;
}

void PatientDialog::connectChecks()
{
    for (const Field& f : Fields) {
        const QString column = QString::fromUtf16(f.column);
        if (auto* edit = qobject_cast<QLineEdit*>(field(column)))
            connect(edit, &QLineEdit::editingFinished, this, [this, column] { fieldLeft(column); });
        else if (auto* combo = qobject_cast<QComboBox*>(field(column)))
            connect(combo, &QComboBox::currentIndexChanged, this, [this, column] { fieldLeft(column); });
    }
    connect(m_ui->birthDate, &QLineEdit::textChanged, this, &PatientDialog::showAge);
}

void PatientDialog::fieldLeft(const QString& column)
{
    m_touched.insert(column);
    check(false);
    static const QSet<QString> identity {u"family_name"_s, u"given_names"_s, u"birth_date"_s, u"phone"_s, u"email"_s};
    if (identity.contains(column) && identityChanged())
        checkDuplicate();
}

void PatientDialog::showAge()
{
    const auto date = parseDateInput(m_ui->birthDate->text());
    const auto age = date ? ageOn(*date, m_workspace.today()) : std::nullopt;
    m_ui->ageLabel->setText(age ? tr("%n years", nullptr, *age) : QString());
}

void PatientDialog::showFieldError(const QString& column, const QString& text)
{
    if (QLabel* label = m_errors.value(column))
        showError(label, text);
}

bool PatientDialog::check(bool all)
{
    const storage::PatientRecord p = record();
    QHash<QString, QString> messages;
    for (const Problem& problem : services::checkPatient(m_workspace.context(), p))
        if (!messages.contains(problem.path))
            messages.insert(
                problem.path, tr("%1 %2", "field name, what is wrong").arg(fieldName(problem.path), problem.message));
    // What the rules cannot say about a date they never got: why the text is not one.
    if (const auto date = parseDateInput(m_ui->birthDate->text()); !date)
        messages.insert(u"birth_date"_s, date.error());
    QWidget* first = nullptr;
    for (const Field& f : Fields) {
        const QString column = QString::fromUtf16(f.column);
        const bool shown = all || m_touched.contains(column);
        showFieldError(column, shown ? messages.value(column) : QString());
        if (all && !first && messages.contains(column))
            first = field(column);
    }
    if (first)
        first->setFocus(Qt::OtherFocusReason);
    return messages.isEmpty();
}

bool PatientDialog::identityChanged() const
{
    if (!m_existing)
        return true;
    const storage::PatientRecord p = record();
    return p.familyName.trimmed() != m_existing->familyName || p.givenNames.trimmed() != m_existing->givenNames
        || p.birthDate != m_existing->birthDate || p.phone.trimmed() != m_existing->phone
        || p.email.trimmed() != m_existing->email;
}

bool PatientDialog::checkDuplicate()
{
    auto found = services::likelyDuplicate(m_workspace.context(), record());
    QPushButton* saveButton = m_ui->buttonBox->button(QDialogButtonBox::Save);
    if (!found || !*found) {
        m_ui->duplicateBox->hide();
        m_duplicateShown = 0;
        saveButton->setText(tr("&Save"));
        return false;
    }
    const services::DuplicatePatient& duplicate = **found;
    const storage::PatientRecord& other = duplicate.patient;
    using Reason = services::DuplicatePatient::Reason;
    const QString why = duplicate.reason == Reason::NameAndBirthDate ? tr("the same name and birth date")
        : duplicate.reason == Reason::Email                          ? tr("the same email address")
                                                                     : tr("the same phone number");
    QStringList who {
        patientDisplayName(other.familyName, other.givenNames), tr("born %1").arg(displayDate(other.birthDate))};
    if (!other.phone.isEmpty())
        who << other.phone;
    if (!other.email.isEmpty())
        who << other.email;
    if (other.archived)
        who << tr("archived");
    m_ui->duplicateLabel->setText(
        tr("This may be a patient already recorded, with %1: %2. Open the one already recorded, or save this "
           "patient as another person.")
            .arg(why, who.join(u", "_s)));
    m_ui->duplicateBox->show();
    m_duplicateShown = other.id;
    saveButton->setText(m_duplicateConfirmed == other.id ? tr("&Save Anyway") : tr("&Save"));
    return true;
}

void PatientDialog::accept()
{
    m_ui->formError->hide();
    if (!check(true))
        return;
    // Save stops once at a likely duplicate, even one shown as a field was left (clicking Save
    // leaves the field too), and becomes Save Anyway.
    if (identityChanged() && checkDuplicate() && m_duplicateConfirmed != m_duplicateShown) {
        m_duplicateConfirmed = m_duplicateShown;
        m_ui->buttonBox->button(QDialogButtonBox::Save)->setText(tr("&Save Anyway"));
        return;
    }
    if (save())
        QDialog::accept();
}

bool PatientDialog::save()
{
    const services::UseCaseContext ctx = m_workspace.context();
    const storage::PatientRecord p = record();
    if (!m_existing) {
        auto id = services::addPatient(ctx, p);
        if (!id) {
            showSaveError(id.error().message);
            return false;
        }
        m_savedId = *id;
        return true;
    }
    auto saved = services::updatePatient(ctx, p);
    if (!saved) {
        if (saved.error().isConflict())
            showSaveError(tr("Someone else saved changes to this patient while this form was open, so yours were not "
                             "saved. Cancel, select the patient again to see what changed, and make your changes "
                             "again."));
        else
            showSaveError(saved.error().message);
        return false;
    }
    m_savedId = p.id;
    return true;
}

void PatientDialog::showSaveError(const QString& text)
{
    // "column: what is wrong; column: ..." goes to the fields it names; anything else above the form.
    QStringList unplaced;
    for (const QString& part : text.split(u"; "_s)) {
        const qsizetype colon = part.indexOf(u": "_s);
        const QString column = colon > 0 ? part.left(colon) : QString();
        if (m_errors.contains(column))
            showFieldError(
                column, tr("%1 %2", "field name, what is wrong").arg(fieldName(column), part.mid(colon + 2)));
        else
            unplaced << part;
    }
    if (!unplaced.isEmpty()) {
        m_ui->formError->setText(unplaced.join(u'\n'));
        m_ui->formError->show();
    }
}

QString PatientDialog::message(const QString& where) const
{
    const QLabel* label = where == u"form"_s ? m_ui->formError
        : where == u"duplicate"_s            ? m_ui->duplicateLabel
                                             : m_errors.value(where);
    return label && !label->isHidden() ? label->text() : QString();
}

} // namespace np::app
