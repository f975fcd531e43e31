#include "ScreeningTab.h"

#include "DateInput.h"
#include "PatientText.h"
#include "ui_ScreeningTab.h"

#include "app/CodeList.h"

#include "app/FormLabels.h"
#include "app/FormTeardown.h"
#include "app/workspace/Workspace.h"
#include "core/Catalogue.h"
#include "services/ScreeningService.h"

#include <QJsonArray>
#include <QListWidget>

using namespace Qt::StringLiterals;

namespace np::app {
namespace {

// An answer's dates, as typed, and its name, kept on its item.
constexpr int SinceRole = Qt::UserRole + 1;
constexpr int UntilRole = Qt::UserRole + 2;
constexpr int NameRole = Qt::UserRole + 3;

void addCheckable(QListWidget* list, const QString& text, const QString& code, const QString& toolTip = {})
{
    addCodeItem(*list, text, code, toolTip)->setData(NameRole, text);
}

// "Isotretinoin (oral): since 02/01/2026, ended 15/03/2026" for a ticked answer with dates.
void showAnswerText(QListWidgetItem* item)
{
    const QString since = item->data(SinceRole).toString().trimmed();
    const QString until = item->data(UntilRole).toString().trimmed();
    QStringList dates;
    if (!since.isEmpty())
        dates << ScreeningTab::tr("since %1").arg(since);
    if (!until.isEmpty())
        dates << ScreeningTab::tr("ended %1").arg(until);
    const QString name = item->data(NameRole).toString();
    item->setText(dates.isEmpty() || item->checkState() != Qt::Checked
            ? name
            : ScreeningTab::tr("%1: %2", "answer: its dates").arg(name, dates.join(u", "_s)));
}

} // namespace

ScreeningTab::ScreeningTab(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ScreeningTab>())
{
    m_ui->setupUi(this);
    m_ui->screenedOn->setPlaceholderText(dateInputHint());
    m_ui->answerSince->setPlaceholderText(dateInputHint());
    m_ui->answerUntil->setPlaceholderText(dateInputHint());
    for (QLabel* label : {m_ui->status, m_ui->reasons, m_ui->saved})
        label->setTextFormat(Qt::PlainText);
    QFont bold = m_ui->status->font();
    bold.setBold(true);
    m_ui->status->setFont(bold);
    nameControlsByTheirLabels(*this);
    m_ui->note->setAccessibleName(tr("Clinician's note"));
    m_ui->answerSince->setAccessibleName(tr("Selected answer started"));
    m_ui->answerUntil->setAccessibleName(tr("Selected answer ended"));
    m_ui->status->setAccessibleName(tr("Screening result"));
    m_ui->reasons->setAccessibleName(tr("Reasons"));
    m_ui->saved->setAccessibleName(tr("Recorded screening"));
    m_ui->save->setAccessibleName(tr("Record Screening"));
    // Ctrl+Enter records too, as it sends a form elsewhere.
    m_ui->save->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_ui->save->setToolTip(tr("Keep this screening, its answers and its result in the patient's record (%1)")
                               .arg(QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText)));
    connect(m_ui->modality, &QComboBox::currentIndexChanged, this, &ScreeningTab::update);
    connect(m_ui->indication, &QComboBox::currentIndexChanged, this, &ScreeningTab::update);
    connect(m_ui->areas, &QListWidget::itemChanged, this, &ScreeningTab::update);
    connect(m_ui->presentToday, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        {
            const QSignalBlocker block(m_ui->presentToday);
            showAnswerText(item);
        }
        showAnswerDates();
        update();
    });
    connect(m_ui->presentToday, &QListWidget::currentItemChanged, this, &ScreeningTab::showAnswerDates);
    connect(m_ui->answerSince, &QLineEdit::textEdited, this, &ScreeningTab::keepAnswerDates);
    connect(m_ui->answerUntil, &QLineEdit::textEdited, this, &ScreeningTab::keepAnswerDates);
    connect(m_ui->screenedOn, &QLineEdit::textChanged, this, &ScreeningTab::update);
    // The note only decides whether a review may be recorded: no need to screen again per keystroke.
    connect(m_ui->note, &QPlainTextEdit::textChanged, this, &ScreeningTab::updateSaveButton);
    connect(m_ui->save, &QPushButton::clicked, this, &ScreeningTab::record);
}

ScreeningTab::~ScreeningTab()
{
    disconnectChildren(*this);
}

void ScreeningTab::setWorkspace(const Workspace* workspace)
{
    m_workspace = workspace;
    const QSignalBlocker blockModality(m_ui->modality);
    const QSignalBlocker blockIndication(m_ui->indication);
    const QSignalBlocker blockAreas(m_ui->areas);
    const QSignalBlocker blockPresent(m_ui->presentToday);
    m_ui->modality->clear();
    m_ui->indication->clear();
    m_ui->areas->clear();
    m_ui->presentToday->clear();
    if (workspace) {
        const Catalogue& catalogue = workspace->catalogue();
        for (const Modality& m : catalogue.modalities)
            m_ui->modality->addItem(m.name, m.code);
        for (const Indication& i : catalogue.indications)
            m_ui->indication->addItem(i.name, i.code);
        for (const Area& a : catalogue.areas)
            addCheckable(m_ui->areas, a.name, a.code);
        for (const Contraindication& c : catalogue.contraindications)
            addCheckable(m_ui->presentToday, c.name, c.code, c.message);
    }
    showPatient(0);
}

void ScreeningTab::showPatient(qint64 id)
{
    m_patientId = m_workspace ? id : 0;
    {
        const QSignalBlocker block(m_ui->presentToday);
        for (int i = 0; i < m_ui->presentToday->count(); ++i) {
            QListWidgetItem* item = m_ui->presentToday->item(i);
            item->setCheckState(Qt::Unchecked);
            item->setData(SinceRole, QString());
            item->setData(UntilRole, QString());
            showAnswerText(item);
        }
    }
    showAnswerDates();
    m_ui->note->clear();
    m_ui->saved->clear();
    if (m_workspace)
        m_ui->screenedOn->setText(formatDateInput(m_workspace->today()));
    update();
}

Treatment ScreeningTab::treatment() const
{
    Treatment t;
    t.modality = m_ui->modality->currentData().toString();
    t.indication = m_ui->indication->currentData().toString();
    t.areas = checkedCodes(*m_ui->areas);
    return t;
}

void ScreeningTab::setTreatment(const QString& modality, const QString& indication, const QStringList& areas)
{
    m_ui->modality->setCurrentIndex(m_ui->modality->findData(modality));
    m_ui->indication->setCurrentIndex(m_ui->indication->findData(indication));
    setCheckedCodes(*m_ui->areas, areas);
}

void ScreeningTab::setPresentToday(const QString& code, bool present)
{
    for (int i = 0; i < m_ui->presentToday->count(); ++i)
        if (m_ui->presentToday->item(i)->data(Qt::UserRole).toString() == code)
            m_ui->presentToday->item(i)->setCheckState(present ? Qt::Checked : Qt::Unchecked);
}

void ScreeningTab::selectAnswer(const QString& code)
{
    for (int i = 0; i < m_ui->presentToday->count(); ++i)
        if (m_ui->presentToday->item(i)->data(Qt::UserRole).toString() == code)
            m_ui->presentToday->setCurrentRow(i);
}

void ScreeningTab::showAnswerDates()
{
    const QListWidgetItem* item = m_ui->presentToday->currentItem();
    const bool ticked = item && item->checkState() == Qt::Checked;
    m_ui->answerSince->setEnabled(ticked);
    m_ui->answerUntil->setEnabled(ticked);
    m_ui->answerSince->setText(ticked ? item->data(SinceRole).toString() : QString());
    m_ui->answerUntil->setText(ticked ? item->data(UntilRole).toString() : QString());
}

void ScreeningTab::keepAnswerDates()
{
    QListWidgetItem* item = m_ui->presentToday->currentItem();
    if (!item || item->checkState() != Qt::Checked)
        return;
    {
        const QSignalBlocker block(m_ui->presentToday);
        item->setData(SinceRole, m_ui->answerSince->text());
        item->setData(UntilRole, m_ui->answerUntil->text());
        showAnswerText(item);
    }
    update();
}

void ScreeningTab::setNote(const QString& note)
{
    m_ui->note->setPlainText(note);
}

QDate ScreeningTab::day() const
{
    return dateInField(m_ui->screenedOn->text()).value_or(QDate());
}

std::expected<QList<Finding>, QString> ScreeningTab::presentToday() const
{
    // Each ticked answer in the areas to be treated, from the day it started (the day screened when
    // not given) to the day it ended (none: it goes on).
    QList<Finding> yes;
    for (int i = 0; i < m_ui->presentToday->count(); ++i) {
        const QListWidgetItem* item = m_ui->presentToday->item(i);
        if (item->checkState() != Qt::Checked)
            continue;
        const QString name = item->data(NameRole).toString();
        const QString sinceText = item->data(SinceRole).toString().trimmed();
        const QString untilText = item->data(UntilRole).toString().trimmed();
        const auto since = parseDateInput(sinceText);
        if (!sinceText.isEmpty() && !since)
            return std::unexpected(tr("%1: started: %2").arg(name, since.error()));
        const auto until = parseDateInput(untilText);
        if (!untilText.isEmpty() && !until)
            return std::unexpected(tr("%1: ended: %2").arg(name, until.error()));
        Finding f {item->data(Qt::UserRole).toString(), treatment().areas, day(), std::nullopt};
        if (!untilText.isEmpty()) {
            if (*until > day())
                return std::unexpected(tr("%1: ended: %2 is after the day screened; leave it blank while it goes on")
                                           .arg(name, displayDate(*until)));
            f.until = *until;
            f.since = *until;
        }
        if (!sinceText.isEmpty()) {
            if (*since > day())
                return std::unexpected(tr("%1: started: %2 is after the day screened").arg(name, displayDate(*since)));
            if (f.until && *since > *f.until)
                return std::unexpected(tr("%1: it ended before it started").arg(name));
            f.since = *since;
        }
        yes << f;
    }
    return yes;
}

QJsonObject ScreeningTab::answers(const QList<Finding>& yes) const
{
    // Every question of the catalogue answered: a tick is a "yes" with its dates, the rest "no".
    QJsonObject out;
    for (int i = 0; i < m_ui->presentToday->count(); ++i)
        out.insert(m_ui->presentToday->item(i)->data(Qt::UserRole).toString(), false);
    for (const Finding& f : yes) {
        QJsonObject answer {{u"since"_s, f.since.value_or(day()).toString(Qt::ISODate)},
            {u"areas"_s, QJsonArray::fromStringList(f.areas)}};
        if (f.until)
            answer.insert(u"until"_s, f.until->toString(Qt::ISODate));
        out.insert(f.code, answer);
    }
    return out;
}

void ScreeningTab::update()
{
    m_result = {};
    m_ui->status->clear();
    m_ui->reasons->clear();
    const bool ready = m_workspace && m_patientId != 0;
    const Treatment t = treatment();
    QString problem;
    const auto yes = presentToday();
    if (!ready)
        problem = tr("Select a patient to screen them.");
    else if (t.areas.isEmpty())
        problem = tr("Tick the areas to treat to see the result.");
    else if (!day().isValid()) {
        const auto parsed = parseDateInput(m_ui->screenedOn->text());
        problem = tr("When: %1").arg(parsed ? tr("the day is required") : parsed.error());
    } else if (!yes)
        problem = yes.error();
    if (!problem.isEmpty()) {
        m_ui->status->setText(problem);
        m_ui->save->setEnabled(false);
        return;
    }
    auto result = services::screeningResult(m_workspace->context(), m_patientId, t, *yes, day());
    if (!result) {
        m_ui->status->setText(result.error().message);
        m_ui->save->setEnabled(false);
        return;
    }
    m_result = *result;
    const Catalogue& catalogue = m_workspace->catalogue();
    const QString status = this->status();
    const auto clearsOn = QDate::fromString(m_result.value(u"clears_on").toString(), Qt::ISODate);
    if (status == u"blocked")
        m_ui->status->setText(clearsOn.isValid()
                ? tr("Blocked: not on this day. Treatment may start from %1.").arg(displayDate(clearsOn))
                : tr("Blocked: no treatment while this lasts."));
    else if (status == u"review")
        m_ui->status->setText(tr("Needs a clinician's review: record it with a note saying why it may go ahead."));
    else if (status == u"advice")
        m_ui->status->setText(tr("May go ahead, with the advice below."));
    else
        m_ui->status->setText(tr("Clear: nothing in the record stands in the way."));
    QStringList reasons;
    for (const QJsonValue& v : m_result.value(u"findings").toArray()) {
        const QJsonObject f = v.toObject();
        const Contraindication* rule = catalogue.contraindication(f.value(u"code").toString());
        const QString effect = f.value(u"effect").toString();
        const QString what = effect == u"blocks" ? tr("Blocks") : effect == u"review" ? tr("Review") : tr("Advice");
        QString line = tr("%1: %2", "effect: message").arg(what, f.value(u"message").toString());
        if (const QDate until = QDate::fromString(f.value(u"clears_on").toString(), Qt::ISODate); until.isValid())
            line = tr("%1 (until %2)").arg(line, displayDate(until.addDays(-1)));
        if (rule && f.value(u"message").toString().isEmpty())
            line = tr("%1: %2", "effect: message").arg(what, rule->name);
        reasons << u"• "_s + line;
    }
    m_ui->reasons->setText(reasons.join(u'\n'));
    updateSaveButton();
}

void ScreeningTab::updateSaveButton()
{
    const bool noteMissing = status() == u"review" && m_ui->note->toPlainText().trimmed().isEmpty();
    m_ui->save->setEnabled(!m_result.isEmpty() && !noteMissing);
}

bool ScreeningTab::record()
{
    update();
    if (m_result.isEmpty() || !m_ui->save->isEnabled())
        return false;
    services::ScreeningInput input;
    input.record.kind = storage::ScreeningKind::Full;
    input.record.screenedOn = day();
    const auto yes = presentToday();
    if (!yes)
        return false;
    input.record.answers = answers(*yes);
    input.treatment = treatment();
    input.yes = *yes;
    const services::UseCaseContext ctx = m_workspace->context();
    auto saved = services::addScreening(ctx, m_patientId, input);
    if (!saved) {
        m_ui->saved->setText(saved.error().message);
        return false;
    }
    const QString note = m_ui->note->toPlainText().trimmed();
    if (status() == u"review")
        if (auto overridden = services::overrideScreening(ctx, saved->id, 1, note); !overridden) {
            m_ui->saved->setText(overridden.error().message);
            return false;
        }
    m_ui->saved->setText(tr("Recorded by %1 (%2).").arg(ctx.actor.name, m_ui->status->text()));
    emit message(tr("Screening recorded."));
    emit recorded();
    return true;
}

QString ScreeningTab::statusText() const
{
    return m_ui->status->text();
}

QString ScreeningTab::reasonsText() const
{
    return m_ui->reasons->text();
}

QString ScreeningTab::savedText() const
{
    return m_ui->saved->text();
}

} // namespace np::app
