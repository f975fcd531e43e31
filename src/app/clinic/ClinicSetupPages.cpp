#include "ClinicSetupPages.h"

#include "ui_ClinicDetailsPage.h"
#include "ui_OpeningHoursPage.h"

#include "app/FieldErrors.h"
#include "app/FormLabels.h"
#include "print/CareInstructions.h"

#include <QLineEdit>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace np::app {

QString ClinicSetupPage::atField(const QString& label, const QString& message)
{
    return message.isEmpty() ? message : tr("%1: %2").arg(label, message);
}

bool ClinicSetupPage::validatePage()
{
    return !m_check || !showProblems(m_check());
}

// ---- Clinic details

namespace {
// The set-up file's key under "clinic" of each field of the page.
struct DetailField {
    const char16_t* key;
    QLineEdit* Ui::ClinicDetailsPage::*edit;
};
constexpr DetailField DetailFields[] = {
    {u"name", &Ui::ClinicDetailsPage::name},
    {u"address", &Ui::ClinicDetailsPage::address},
    {u"phone", &Ui::ClinicDetailsPage::phone},
    {u"after_hours_phone", &Ui::ClinicDetailsPage::afterHoursPhone},
    {u"email", &Ui::ClinicDetailsPage::email},
    {u"website", &Ui::ClinicDetailsPage::website},
};
} // namespace

ClinicDetailsPage::ClinicDetailsPage(QWidget* parent)
    : ClinicSetupPage(parent)
    , m_ui(std::make_unique<Ui::ClinicDetailsPage>())
{
    m_ui->setupUi(this);
    setTitle(tr("The Clinic"));
    QStringList zones;
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds())
        if (id.contains('/')) // IANA zones, not the "UTC+01:00" offsets Qt also lists
            zones << QString::fromLatin1(id);
    m_ui->timeZone->addItems(zones);
    m_ui->timeZone->setInsertPolicy(QComboBox::NoInsert);
    // This computer's zone when it is a clinic's kind (not Etc/UTC, which a server has): else chosen.
    const QByteArray here = QTimeZone::systemTimeZoneId();
    m_ui->timeZone->setCurrentText(QTimeZone::isTimeZoneIdAvailable(here) ? QString::fromLatin1(here) : QString());
    m_ui->timeZone->lineEdit()->setPlaceholderText(tr("The clinic's zone, such as Europe/Madrid"));
    if (auto care = print::loadBuiltInCareInstructions())
        setLanguages(care->languages.keys());
    m_ui->paper->addItem(tr("A4"), int(print::PaperSize::A4));
    m_ui->paper->addItem(tr("US Letter"), int(print::PaperSize::Letter));
    const bool letter = QLocale().territory() == QLocale::UnitedStates || QLocale().territory() == QLocale::Canada;
    m_ui->paper->setCurrentIndex(letter ? 1 : 0);
    nameControlsByTheirLabels(*this);
    for (const DetailField& f : DetailFields) {
        const QString key = QString::fromUtf16(f.key);
        QLineEdit* edit = m_ui.get()->*f.edit;
        m_errors.insert(key, {edit, addErrorUnder(m_ui->form, edit, key + u"Error"_s)});
    }
    m_errors.insert(u"time_zone"_s, {m_ui->timeZone, addErrorUnder(m_ui->form, m_ui->timeZone, u"time_zoneError"_s)});
    m_errors.insert(u"language"_s, {m_ui->language, addErrorUnder(m_ui->form, m_ui->language, u"languageError"_s)});
}

ClinicDetailsPage::~ClinicDetailsPage() = default;

void ClinicDetailsPage::writeTo(ClinicDraft& draft) const
{
    draft.name = m_ui->name->text();
    draft.address = m_ui->address->text();
    draft.phone = m_ui->phone->text();
    draft.afterHoursPhone = m_ui->afterHoursPhone->text();
    draft.email = m_ui->email->text();
    draft.website = m_ui->website->text();
    draft.timeZone = m_ui->timeZone->currentText();
    // English is what a set-up without a language means: not written.
    const QString language = m_ui->language->currentData().toString();
    draft.language = language == u"en"_s ? QString() : language;
}

void ClinicDetailsPage::readFrom(const ClinicDraft& draft)
{
    m_ui->name->setText(draft.name);
    m_ui->address->setText(draft.address);
    m_ui->phone->setText(draft.phone);
    m_ui->afterHoursPhone->setText(draft.afterHoursPhone);
    m_ui->email->setText(draft.email);
    m_ui->website->setText(draft.website);
    m_ui->timeZone->setCurrentText(draft.timeZone);
    const QString language = draft.language.isEmpty() ? u"en"_s : draft.language;
    if (m_ui->language->findData(language) < 0) // one the documents do not have (yet): kept, shown as its code
        m_ui->language->addItem(language, language);
    m_ui->language->setCurrentIndex(m_ui->language->findData(language));
}

bool ClinicDetailsPage::showProblems(const Problems& problems)
{
    QHash<QString, QString> messages;
    QStringList other;
    for (const Problem& p : problemsUnder(problems, keys())) {
        const QString key = p.path.section(u'.', 1, 1);
        if (m_errors.contains(key) && !messages.contains(key))
            messages.insert(key, p.message);
        else if (!m_errors.contains(key))
            other << p.toString();
    }
    for (auto [key, error] : m_errors.asKeyValueRange())
        showError(error.label, atField(error.field->accessibleName(), messages.value(key)));
    if (!other.isEmpty()) // a key no field of the page holds: never silently dropped
        showError(m_errors.value(u"name"_s).label, other.join(u'\n'));
    for (const DetailField& f : DetailFields)
        if (messages.contains(QString::fromUtf16(f.key))) {
            (m_ui.get()->*f.edit)->setFocus();
            break;
        }
    return !messages.isEmpty() || !other.isEmpty();
}

print::PaperSize ClinicDetailsPage::paper() const
{
    return static_cast<print::PaperSize>(m_ui->paper->currentData().toInt());
}

void ClinicDetailsPage::setLanguages(const QStringList& codes)
{
    const QString current = m_ui->language->currentData().toString();
    m_ui->language->clear();
    for (const QString& code : codes) {
        QString name = QLocale(code).nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name[0].toUpper(); // "español" on its own in a list: "Español"
        m_ui->language->addItem(name.isEmpty() ? code : name, code);
    }
    // This computer's language when documents have it, else English (every file has English).
    const QString wanted = current.isEmpty() ? QLocale().name().section(u'_', 0, 0) : current;
    const int index = m_ui->language->findData(wanted);
    m_ui->language->setCurrentIndex(index >= 0 ? index : std::max(0, m_ui->language->findData(u"en"_s)));
}

void ClinicDetailsPage::setPaper(print::PaperSize paper)
{
    m_ui->paper->setCurrentIndex(std::max(0, m_ui->paper->findData(int(paper))));
}

// ---- Opening hours

OpeningHoursPage::OpeningHoursPage(QWidget* parent)
    : ClinicSetupPage(parent)
    , m_ui(std::make_unique<Ui::OpeningHoursPage>())
{
    m_ui->setupUi(this);
    setTitle(tr("Opening Hours"));
    nameControlsByTheirLabels(*this);
    const QStringList days = weekdayKeys();
    m_days = {m_ui->monday, m_ui->tuesday, m_ui->wednesday, m_ui->thursday, m_ui->friday, m_ui->saturday, m_ui->sunday};
    for (int d = 0; d < days.size(); ++d) {
        m_days[d]->setText(d < 5 ? u"09:00-13:00, 14:00-19:00"_s : d == 5 ? u"10:00-14:00"_s : QString());
        m_errors << addErrorUnder(m_ui->form, m_days[d], days[d] + u"Error"_s);
    }
    m_pageError = makeErrorLabel(this, u"hoursError"_s);
    m_ui->mainLayout->insertWidget(m_ui->mainLayout->indexOf(m_ui->form) + 1, m_pageError);
}

OpeningHoursPage::~OpeningHoursPage() = default;

void OpeningHoursPage::writeTo(ClinicDraft& draft) const
{
    for (int d = 0; d < m_days.size(); ++d)
        draft.hours[std::size_t(d)] = m_days[d]->text();
}

void OpeningHoursPage::readFrom(const ClinicDraft& draft)
{
    for (int d = 0; d < m_days.size(); ++d)
        m_days[d]->setText(draft.hours[std::size_t(d)]);
}

bool OpeningHoursPage::showProblems(const Problems& problems)
{
    const Problems mine = problemsUnder(problems, keys());
    const QStringList days = weekdayKeys();
    QStringList other;
    std::array<QString, 7> messages;
    for (const Problem& p : mine) {
        const int day = int(days.indexOf(p.path.section(u'.', 1, 1).section(u'[', 0, 0)));
        if (day >= 0 && messages[std::size_t(day)].isEmpty())
            messages[std::size_t(day)] = p.message;
        else if (day < 0)
            other << p.message;
    }
    for (int d = 0; d < days.size(); ++d)
        showError(m_errors[d], atField(m_days[d]->accessibleName(), messages[std::size_t(d)]));
    showError(m_pageError, other.join(u'\n'));
    return !mine.isEmpty();
}

} // namespace np::app
