#include "CheckinDialog.h"

#include "ui_CheckinDialog.h"

#include "app/FormTeardown.h"
#include "app/patients/PatientText.h"
#include "app/workspace/ChangeHistory.h"
#include "app/workspace/Workspace.h"
#include "core/Catalogue.h"
#include "services/ScreeningService.h"

#include <QCheckBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace np::app {

namespace {

QString namesIn(const QJsonArray& findings)
{
    QStringList names;
    for (const QJsonValue& f : findings)
        names << f.toObject().value(u"name"_s).toString();
    return names.join(u"; "_s);
}

} // namespace

CheckinDialog::CheckinDialog(const Workspace& workspace, services::DayEntry entry, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_entry(std::move(entry))
    , m_ui(std::make_unique<Ui::CheckinDialog>())
{
    // The questions are made before the form, so that Tab reaches them before its note and buttons,
    // in reading order; they go into the form's layouts once it is set up.
    const Catalogue& catalogue = workspace.catalogue();
    QList<QCheckBox*> boxes;
    for (const QString& code : catalogue.preSessionScreen.contraindications) {
        const Contraindication* c = catalogue.contraindication(code);
        auto* box = new QCheckBox(c ? c->name : code, this);
        box->setObjectName(code);
        box->setToolTip(c ? c->message : QString());
        box->setAccessibleName(box->text());
        boxes << box;
        m_yes.insert(code, box);
    }
    QList<std::pair<QLabel*, QLineEdit*>> texts;
    for (const ScreenQuestion& q : catalogue.preSessionScreen.questions) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(q.code);
        edit->setPlaceholderText(tr("Empty for none"));
        edit->setAccessibleName(q.text);
        auto* label = new QLabel(q.text, this);
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->setBuddy(edit);
        texts.append({label, edit});
        m_texts.insert(q.code, edit);
    }
    m_ui->setupUi(this);
    for (QCheckBox* box : boxes) {
        m_ui->questions->addWidget(box);
        connect(box, &QCheckBox::toggled, this, &CheckinDialog::update);
    }
    for (const auto& [label, edit] : texts)
        m_ui->textQuestions->addRow(label, edit);
    const print::AppointmentLine& a = m_entry.row.appointment;
    const print::PatientHeader& p = m_entry.row.patient;
    m_ui->appointment->setText(tr("%1, %2 %3: %4 with %5")
                                   .arg(patientDisplayName(p.familyName, p.givenNames), displayDate(a.date),
                                       displayTime(a.start), a.modalityName, a.practitioner));
    QFont bold = m_ui->status->font();
    bold.setBold(true);
    m_ui->status->setFont(bold);
    m_ui->appointment->setAccessibleName(tr("Appointment"));
    m_ui->status->setAccessibleName(tr("Check-in result"));
    m_ui->reasons->setAccessibleName(tr("Reasons"));
    m_ui->note->setAccessibleName(tr("Clinician's note"));

    m_checkIn = m_ui->buttonBox->addButton(tr("Check In"), QDialogButtonBox::AcceptRole);
    m_checkIn->setAccessibleName(tr("Check in"));
    m_checkIn->setDefault(true);
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(m_ui->note, &QPlainTextEdit::textChanged, this, &CheckinDialog::update);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &CheckinDialog::checkIn);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(480);
    setWindowModality(Qt::WindowModal);
    update();
}

CheckinDialog::~CheckinDialog()
{
    disconnectChildren(*this);
}

void CheckinDialog::setAnswer(const QString& code, bool yes)
{
    if (QCheckBox* box = m_yes.value(code))
        box->setChecked(yes);
}

QLineEdit* CheckinDialog::textAnswer(const QString& questionCode) const
{
    return m_texts.value(questionCode);
}

void CheckinDialog::setNote(const QString& note)
{
    m_ui->note->setPlainText(note);
}

QString CheckinDialog::statusText() const
{
    return m_ui->status->text();
}

QString CheckinDialog::reasonsText() const
{
    return m_ui->reasons->text();
}

std::expected<services::CheckinAnswers, QString> CheckinDialog::answers() const
{
    // The form's answers in the check-in file's shape, read by the same rules: a "yes" is new since
    // the last visit, from today, where the treatment goes.
    const print::AppointmentLine& a = m_entry.row.appointment;
    QJsonObject answers;
    for (auto it = m_yes.cbegin(); it != m_yes.cend(); ++it)
        answers.insert(it.key(),
            it.value()->isChecked() ? QJsonValue(QJsonObject {
                {u"since"_s, a.date.toString(Qt::ISODate)}, {u"areas"_s, QJsonArray::fromStringList(a.areas)}})
                                    : QJsonValue(false));
    QJsonObject other;
    for (auto it = m_texts.cbegin(); it != m_texts.cend(); ++it)
        other.insert(it.key(), it.value()->text().trimmed());
    QJsonObject form {{u"answers"_s, answers}};
    if (!m_texts.isEmpty())
        form.insert(u"other"_s, other);
    auto read = services::readCheckinAnswers(
        QJsonDocument(form).toJson(QJsonDocument::Compact), tr("the check-in form"), m_workspace.catalogue());
    if (!read)
        return std::unexpected(read.error().message);
    return std::move(*read);
}

void CheckinDialog::update()
{
    m_result = {};
    m_ui->reasons->clear();
    const auto given = answers();
    if (!given) {
        m_ui->status->setText(given.error());
        m_checkIn->setEnabled(false);
        return;
    }
    auto result = services::checkinResult(m_workspace.context(), m_entry.row.appointment.id, *given);
    if (!result) {
        m_ui->status->setText(result.error().message);
        m_checkIn->setEnabled(false);
        return;
    }
    m_result = *result;
    const Catalogue& catalogue = m_workspace.catalogue();
    const QString status = m_result.value(u"status").toString();
    const QJsonArray blocking = services::checkinFindings(catalogue, m_result, u"blocks"_s);
    const QJsonArray review = services::checkinFindings(catalogue, m_result, u"review"_s);
    const QJsonArray advice = services::checkinFindings(catalogue, m_result, u"advice"_s);
    QStringList reasons;
    if (!blocking.isEmpty())
        reasons << tr("Stops treatment: %1").arg(namesIn(blocking));
    if (!review.isEmpty())
        reasons << tr("Needs a review: %1").arg(namesIn(review));
    if (!advice.isEmpty())
        reasons << tr("Advice: %1").arg(namesIn(advice));
    m_ui->reasons->setText(reasons.join(u'\n'));
    const bool noteMissing = status == u"review" && m_ui->note->toPlainText().trimmed().isEmpty();
    if (status == u"blocked") {
        m_ui->status->setText(tr("No treatment today. Check In keeps the answers and cancels the appointment "
                                 "with the reason; book again once it has cleared."));
        m_checkIn->setText(tr("Stop the Session"));
    } else {
        m_ui->status->setText(status == u"review"
                ? tr("Needs a clinician's review: check in with a note saying why it may go ahead.")
                : status == u"advice" ? tr("May go ahead, with the advice below.")
                                      : tr("Nothing new stands in the way."));
        m_checkIn->setText(tr("Check In"));
    }
    m_checkIn->setEnabled(!noteMissing);
}

bool CheckinDialog::checkIn()
{
    update();
    if (!m_checkIn->isEnabled())
        return false;
    const auto given = answers();
    if (!given)
        return false;
    const services::UseCaseContext ctx = m_workspace.context();
    const auto before = m_history ? m_history->before({m_entry.row.appointment.id}) : std::nullopt;
    auto done = services::checkIn(ctx, {m_entry.row.appointment.id, m_entry.version}, *given);
    if (!done) {
        m_ui->status->setText(done.error().message);
        m_checkIn->setEnabled(false);
        return false;
    }
    const print::PatientHeader& p = m_entry.row.patient;
    const QString name = patientDisplayName(p.familyName, p.givenNames);
    if (m_history) // the screening stays on the record: taken back, only the appointment changes
        m_history->record(done->blocked ? tr("Stop %1's session").arg(name) : tr("Check %1 in").arg(name), before);
    QString message;
    if (done->blocked) {
        message = tr("%1 is not treated today (%2); the appointment is cancelled with that reason.")
                      .arg(name, namesIn(done->blocking));
    } else {
        if (!done->review.isEmpty())
            if (auto noted = services::overrideScreening(
                    ctx, done->screening.id, done->screening.version, m_ui->note->toPlainText().trimmed());
                !noted) {
                m_ui->status->setText(
                    tr("%1 is checked in, but the note was not kept: %2").arg(name, noted.error().message));
                emit checkedIn(m_ui->status->text());
                return false;
            }
        message = tr("%1 checked in.").arg(name);
    }
    emit checkedIn(message);
    if (done->blocked)
        emit stopped(m_entry.row.appointment.id, namesIn(done->blocking));
    accept();
    return true;
}

} // namespace np::app
