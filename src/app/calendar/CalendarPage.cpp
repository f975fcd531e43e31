#include "CalendarPage.h"

#include "BookAppointmentDialog.h"
#include "CalendarView.h"
#include "ui_CalendarPage.h"

#include "app/Actions.h"
#include "app/FormTeardown.h"
#include "app/Messages.h"
#include "app/patients/PatientText.h"
#include "app/today/AppointmentChanges.h"
#include "app/workspace/ChangeHistory.h"
#include "app/workspace/Workspace.h"
#include "services/AppointmentService.h"
#include "services/CalendarService.h"

#include <QInputDialog>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>

using namespace Qt::StringLiterals;

namespace np::app {
namespace {

// How far ahead of the days shown a keyboard move may look for a free day.
constexpr int MoveLookAheadDays = 56;

QString dayAndTime(const QDateTime& t)
{
    return CalendarPage::tr("%1 at %2", "day at time")
        .arg(QLocale().toString(t.date(), QLocale::LongFormat), displayTime(t.time()));
}

} // namespace

CalendarPage::CalendarPage(QWidget* parent)
    : QWidget(parent)
    , previous(makeAction(this, tr("P&revious Week"), QKeySequence(), tr("The days before")))
    , next(makeAction(this, tr("&Next Week"), QKeySequence(), tr("The days after")))
    , goToToday(makeAction(this, tr("&Go to Today"), QKeySequence(), tr("The days around today")))
    , openPatient(makeAction(this, tr("&Open Patient"), QKeySequence(), tr("Show the patient's record")))
    , checkIn(makeAction(this, tr("&Check In…"), QKeySequence(), tr("The patient has arrived")))
    , cancel(makeAction(this, tr("Cance&l Appointment…"), QKeySequence(), tr("Cancel it, with the reason")))
    , noShow(makeAction(this, tr("No-&Show"), QKeySequence(), tr("The patient did not come")))
    , printPreCare(makeAction(this, tr("Print &Pre-Care Sheet"), QKeySequence(), tr("What to do before it")))
    , printCard(makeAction(this, tr("Print &Appointment Card"), QKeySequence(), tr("The series' dates to take home")))
    , bookAppointment(makeAction(this, tr("&Book Appointment…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K),
          tr("Book one appointment for a patient at a free time")))
    , m_ui(std::make_unique<Ui::CalendarPage>())
    , m_model(new CalendarModel(this))
{
    m_ui->setupUi(this);
    // Made after the bar's controls, so that Tab reaches it after them, in reading order.
    m_view = new CalendarView(m_model, this);
    m_ui->mainLayout->insertWidget(1, m_view, 1);
    m_ui->previous->setDefaultAction(previous);
    m_ui->today->setDefaultAction(goToToday);
    m_ui->next->setDefaultAction(next);
    previous->setIconText(tr("◀ Previous"));
    goToToday->setIconText(tr("Today"));
    next->setIconText(tr("Next ▶"));
    m_ui->span->addItem(tr("Week"));
    m_ui->span->addItem(tr("Day"));
    m_ui->grouping->addItem(tr("By practitioner"));
    m_ui->grouping->addItem(tr("By room"));
    m_ui->previous->setAccessibleName(tr("Previous"));
    m_ui->today->setAccessibleName(tr("Today"));
    m_ui->next->setAccessibleName(tr("Next"));
    m_ui->rangeLabel->setAccessibleName(tr("Days shown"));
    m_ui->span->setAccessibleName(tr("Show"));
    m_ui->grouping->setAccessibleName(tr("Columns"));
    m_ui->practitioner->setAccessibleName(tr("Whose appointments"));
    m_ui->practitioner->addItem(tr("Everyone"), QString());
    m_ui->showCancelled->setAccessibleName(tr("Show cancelled and no-shows"));
    m_ui->legend->setAccessibleName(tr("Colours"));
    m_ui->feedback->setAccessibleName(tr("What a move would do"));
    // A line kept for what a drag or a move says, so the calendar does not jump when it speaks.
    m_ui->feedback->setMinimumHeight(m_ui->feedback->fontMetrics().height());
    QFont bold = m_ui->rangeLabel->font();
    bold.setBold(true);
    m_ui->rangeLabel->setFont(bold);
    m_view->setMoveCheck([this](qint64 id, const services::MoveDestination& to) { return refusal(id, to); });

    connect(previous, &QAction::triggered, this, [this] { showDate(m_from.addDays(-m_days)); });
    connect(next, &QAction::triggered, this, [this] { showDate(m_from.addDays(m_days)); });
    connect(goToToday, &QAction::triggered, this, [this] {
        if (m_workspace)
            showDate(m_workspace->today());
    });
    connect(m_ui->span, &QComboBox::currentIndexChanged, this, [this](int index) { setWeekView(index == 0); });
    connect(m_ui->grouping, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_model->setGrouping(index == 1 ? CalendarModel::Grouping::Room : CalendarModel::Grouping::Practitioner);
        m_view->scrollToCurrent();
    });
    connect(m_ui->practitioner, &QComboBox::currentIndexChanged, this, [this] {
        refresh();
        m_view->scrollToCurrent();
    });
    connect(m_ui->showCancelled, &QCheckBox::toggled, m_model, &CalendarModel::setShowCalledOff);
    connect(m_view, &CalendarView::currentChanged, this, &CalendarPage::updateActions);
    connect(m_view, &CalendarView::activated, this, [this] { openPatient->trigger(); });
    connect(m_view, &CalendarView::contextMenuRequested, this, &CalendarPage::showMenu);
    connect(m_view, &CalendarView::moveRequested, this, &CalendarPage::moveAppointment);
    connect(m_view, &CalendarView::refused, this,
        [this](const QString& reason) { showFeedback(tr("Not moved: %1").arg(reason)); });
    connect(m_view, &CalendarView::dragFeedback, this, &CalendarPage::showFeedback);
    connect(m_view, &CalendarView::freeTimeActivated, this, &CalendarPage::openBooking);
    connect(m_view, &CalendarView::freeTimeMenuRequested, this,
        [this](int column, const QDateTime& start, const QPoint& globalPos) {
            auto* menu = new QMenu(this);
            menu->setAttribute(Qt::WA_DeleteOnClose);
            menu->setAccessibleName(tr("Free time"));
            QAction* here = menu->addAction(tr("&Book Appointment Here…"));
            connect(here, &QAction::triggered, this, [this, column, start] { openBooking(column, start); });
            menu->popup(globalPos);
        });
    connect(bookAppointment, &QAction::triggered, this, [this] {
        // After the selected appointment in its column, else the first open time of the first day.
        if (const CalendarModel::Item* item = current()) {
            const int step = m_model->slotMinutes();
            const int minute = (item->endMinute + step - 1) / step * step;
            openBooking(item->column, QDateTime(item->localStart.date(), QTime(minute / 60 % 24, minute % 60)));
            return;
        }
        const auto& columns = m_model->columns();
        for (int c = 0; c < columns.size(); ++c)
            if (!columns[c].open.isEmpty()) {
                openBooking(c, QDateTime(columns[c].day, columns[c].open.first().start));
                return;
            }
        showFeedback(tr("No one works on the days shown: go to other days to book."));
    });
    connect(openPatient, &QAction::triggered, this, [this] {
        if (const CalendarModel::Item* item = current()) {
            // The search finds them by "Family Given".
            QString name = item->patient;
            emit openPatientRequested(item->patientId, name.remove(u','));
        }
    });
    connect(checkIn, &QAction::triggered, this, [this] {
        if (const CalendarModel::Item* item = current(); item && checkIn->isEnabled())
            emit checkInRequested(item->id, item->localStart.date());
    });
    connect(cancel, &QAction::triggered, this, &CalendarPage::cancelCurrent);
    connect(noShow, &QAction::triggered, this, &CalendarPage::noShowCurrent);
    connect(printPreCare, &QAction::triggered, this, [this] {
        if (const CalendarModel::Item* item = current(); item && printPreCare->isEnabled())
            emit printPreCareRequested(item->patientId, item->id);
    });
    connect(printCard, &QAction::triggered, this, [this] {
        if (const CalendarModel::Item* item = current())
            emit printCardRequested(item->patientId);
    });
    setWorkspace(nullptr);
}

CalendarPage::~CalendarPage()
{
    disconnectChildren(*this);
}

void CalendarPage::setWorkspace(const Workspace* workspace)
{
    closeForOtherDatabase(m_offer, m_booking);
    m_workspace = workspace;
    m_preview.reset();
    m_model->setCatalogue(workspace ? &workspace->catalogue() : nullptr);
    for (QWidget* w :
        std::initializer_list<QWidget*> {m_ui->span, m_ui->grouping, m_ui->practitioner, m_ui->showCancelled})
        w->setEnabled(workspace != nullptr);
    bookAppointment->setEnabled(workspace != nullptr);
    QStringList swatches;
    for (const CalendarModel::LegendEntry& e : m_model->legend())
        swatches << u"<span style=\"background-color:%1\">\u00a0\u00a0\u00a0\u00a0</span>\u00a0%2"_s.arg(
            e.colour.name(), e.name.toHtmlEscaped());
    // No-break spaces as characters: an ampersand in the label would read as an Alt key.
    m_ui->legend->setText(swatches.isEmpty() ? QString() : swatches.join(u"\u00a0\u00a0 "_s));
    QStringList names;
    for (const CalendarModel::LegendEntry& e : m_model->legend())
        names << e.name;
    m_ui->legend->setAccessibleDescription(tr("Each treatment's colour: %1").arg(names.join(u", "_s)));
    showDate(workspace ? workspace->today() : QDate());
}

void CalendarPage::setWeekView(bool week)
{
    m_days = week ? 7 : 1;
    if (m_ui->span->currentIndex() != (week ? 0 : 1))
        m_ui->span->setCurrentIndex(week ? 0 : 1);
    previous->setText(week ? tr("P&revious Week") : tr("P&revious Day"));
    next->setText(week ? tr("&Next Week") : tr("&Next Day"));
    const CalendarModel::Item* item = current();
    const QDate current = item ? item->localStart.date() : (m_workspace ? m_workspace->today() : m_from);
    showDate(current);
}

void CalendarPage::showDate(QDate day)
{
    if (day.isValid() && m_days == 7) {
        const int offset = (day.dayOfWeek() - QLocale().firstDayOfWeek() + 7) % 7;
        day = day.addDays(-offset);
    }
    const bool moved = day != m_from;
    m_from = day;
    refresh();
    if (moved)
        m_view->scrollToCurrent();
}

QString CalendarPage::rangeText() const
{
    if (!m_from.isValid())
        return {};
    if (m_days == 1)
        return QLocale().toString(m_from, QLocale::LongFormat);
    return tr("%1 – %2", "first day – last day")
        .arg(QLocale().toString(m_from, u"d MMMM"_s),
            QLocale().toString(m_from.addDays(m_days - 1), QLocale::LongFormat));
}

void CalendarPage::refresh()
{
    m_preview.reset();
    const qint64 selected = m_view->currentId();
    m_ui->rangeLabel->setText(rangeText());
    for (QAction* a : {previous, next, goToToday})
        a->setEnabled(m_workspace != nullptr);
    if (!m_workspace || !m_from.isValid()) {
        m_model->setSpan(std::nullopt, QDate());
        showFeedback(m_workspace ? QString() : tr("No database is open."));
        updateActions();
        return;
    }
    auto span
        = services::calendarSpan(m_workspace->context(), m_from, m_days, m_ui->practitioner->currentData().toString());
    if (!span && span.error().kind == services::ServiceError::Kind::Invalid && m_ui->practitioner->currentIndex() > 0) {
        // Someone no longer in the set-up: everyone's appointments instead.
        m_ui->practitioner->setCurrentIndex(0); // reads again
        return;
    }
    if (span)
        listPractitioners(span->clinic.setup);
    if (!span) {
        m_model->setSpan(std::nullopt, m_workspace->today());
        showFeedback(span.error().kind == services::ServiceError::Kind::NotSetUp
                ? tr("The clinic is not set up yet: its hours, practitioners and rooms are entered in Settings > "
                     "Clinic…, then the calendar fills.")
                : span.error().message);
        updateActions();
        return;
    }
    m_model->setSpan(std::move(*span), m_workspace->today());
    m_view->setCurrentId(selected);
    showFeedback(m_model->items().isEmpty()
            ? (m_days == 1 ? tr("No appointments on this day.") : tr("No appointments in this week."))
            : QString());
    updateActions();
}

void CalendarPage::listPractitioners(const ClinicSetup& setup)
{
    QStringList codes {QString()};
    for (const ClinicPractitioner& p : setup.practitioners)
        codes << p.code;
    QStringList listed;
    for (int i = 0; i < m_ui->practitioner->count(); ++i)
        listed << m_ui->practitioner->itemData(i).toString();
    if (codes == listed)
        return;
    const QSignalBlocker quiet(m_ui->practitioner);
    const QString chosen = m_ui->practitioner->currentData().toString();
    while (m_ui->practitioner->count() > 1)
        m_ui->practitioner->removeItem(1);
    for (const ClinicPractitioner& p : setup.practitioners)
        m_ui->practitioner->addItem(p.name, p.code);
    m_ui->practitioner->setCurrentIndex(std::max(0, m_ui->practitioner->findData(chosen)));
}

const CalendarModel::Item* CalendarPage::current() const
{
    const int row = m_model->rowOf(m_view->currentId());
    return row >= 0 ? &m_model->items()[row] : nullptr;
}

void CalendarPage::updateActions()
{
    const CalendarModel::Item* item = current();
    using S = storage::AppointmentStatus;
    const QDate today = m_workspace ? m_workspace->today() : QDate();
    const bool booked = item && item->status == S::Booked;
    openPatient->setEnabled(item != nullptr);
    checkIn->setEnabled(booked && item->localStart.date() == today);
    cancel->setEnabled(item && (item->status == S::Booked || item->status == S::CheckedIn));
    noShow->setEnabled(booked && item->localStart.date() <= today);
    printPreCare->setEnabled(booked);
    printCard->setEnabled(item != nullptr && item->sessionNumber > 0);
}

QList<QAction*> CalendarPage::appointmentActions() const
{
    return {openPatient, checkIn, cancel, noShow, printPreCare, printCard};
}

void CalendarPage::showMenu(qint64 id, const QPoint& globalPos)
{
    m_view->setCurrentId(id);
    updateActions();
    auto* menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->setAccessibleName(tr("Appointment"));
    menu->addActions({openPatient, checkIn});
    menu->addSeparator();
    menu->addActions({cancel, noShow});
    menu->addSeparator();
    menu->addActions({printPreCare, printCard});
    menu->addSeparator();
    menu->addAction(bookAppointment);
    menu->popup(globalPos);
}

QString CalendarPage::feedback() const
{
    return m_ui->feedback->text();
}

void CalendarPage::showFeedback(const QString& text)
{
    m_ui->feedback->setText(text);
}

std::optional<QString> CalendarPage::refusal(qint64 id, const services::MoveDestination& to)
{
    if (!m_workspace)
        return tr("no database is open");
    if (!m_preview || m_preview->appointment().id != id) {
        m_preview.reset();
        auto prepared = services::MovePreview::prepare(
            m_workspace->context(), id, m_from, m_from.addDays(m_days + MoveLookAheadDays));
        if (!prepared)
            return prepared.error().message;
        m_preview.emplace(std::move(*prepared));
    }
    return m_preview->refusal(to);
}

bool CalendarPage::moveAppointment(qint64 id, const services::MoveDestination& to)
{
    const int row = m_model->rowOf(id);
    if (!m_workspace || row < 0)
        return false;
    const CalendarModel::Item item = m_model->items()[row];
    const services::AppointmentTarget target {id, item.version};
    const auto before = m_history ? m_history->before({id}) : std::nullopt;
    auto moved = services::moveAppointment(m_workspace->context(), target, to, false);
    if (moved && moved->refusal == services::MoveRefusal::LaterOutOfWindow && moved->change.series
        && moved->change.series->later) {
        offerLaterSessions(item, to, *moved);
        return false;
    }
    if (!moved || moved->refusal != services::MoveRefusal::None) {
        notMoved(item.patient, moved ? moved->reason : moved.error().message);
        return false;
    }
    if (m_history)
        m_history->record(tr("Move %1's appointment").arg(item.patient), before);
    QString text = tr("%1's appointment is moved to %2.").arg(item.patient, dayAndTime(to.start));
    if (const auto& series = moved->change.series) {
        if (series->laterApplied)
            text += u' ' + tr("The later sessions of the series moved with it.");
        for (const QString& w : series->warnings)
            text += u' ' + w;
    }
    changed(id, text);
    return true;
}

void CalendarPage::offerLaterSessions(
    const CalendarModel::Item& item, const services::MoveDestination& to, const services::AppointmentMove& refused)
{
    // The later sessions would fall out of their windows: where they would go, then the question.
    QStringList dates;
    for (const BookedSession& s : refused.change.series->later->sessions)
        dates << tr("Session %1: %2").arg(s.number).arg(dayAndTime(s.slot.localStart));
    const QString reason = refused.reason;
    const qint64 id = item.id;
    const services::AppointmentTarget target {item.id, item.version};
    const QString patient = item.patient;
    m_offer = askQuestion(
        window(), tr("Move Appointment"),
        tr("Moving %1's session to %2 leaves the later sessions out of their windows (%3). Move them as well?\n\n%4")
            .arg(item.patient, dayAndTime(to.start), refused.reason, dates.join(u'\n')),
        tr("Move All"), tr("Leave It"), false,
        [=, this] {
            if (!m_workspace)
                return;
            const auto before = m_history ? m_history->before({id}) : std::nullopt;
            auto moved = services::moveAppointment(m_workspace->context(), target, to, true);
            if (!moved || moved->refusal != services::MoveRefusal::None) {
                notMoved(patient, moved ? moved->reason : moved.error().message);
                return;
            }
            if (m_history)
                m_history->record(tr("Move %1's session and the later ones").arg(patient), before);
            changed(id,
                tr("%1's session and the later ones are moved; it is now on %2.").arg(patient, dayAndTime(to.start)));
        },
        [this, reason] { showFeedback(tr("Not moved: %1").arg(reason)); });
}

void CalendarPage::notMoved(const QString& patient, const QString& why)
{
    refresh();
    showFeedback(tr("Not moved: %1").arg(why));
    showWarning(this, tr("Move Appointment"), tr("%1's appointment was not moved: %2").arg(patient, why));
}

QMessageBox* CalendarPage::laterSessionsOffer() const
{
    return m_offer;
}

void CalendarPage::openBooking(int column, const QDateTime& start)
{
    const auto& span = m_model->span();
    if (!m_workspace || !span || column < 0 || column >= m_model->columns().size())
        return;
    const CalendarModel::Column& c = m_model->columns()[column];
    const bool byRoom = m_model->grouping() == CalendarModel::Grouping::Room;
    auto* dialog = new BookAppointmentDialog(*m_workspace, span->clinic.setup, byRoom ? QString() : c.code,
        byRoom ? c.code : QString(), start, m_history, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(
        dialog, &BookAppointmentDialog::booked, this, [this](qint64 id, const QString& text) { changed(id, text); });
    m_booking = dialog;
    dialog->open();
}

BookAppointmentDialog* CalendarPage::bookingDialog() const
{
    return m_booking;
}

void CalendarPage::changed(qint64 id, const QString& text)
{
    refresh();
    m_view->setCurrentId(id);
    m_view->scrollToCurrent();
    showFeedback(text);
    emit message(text);
}

void CalendarPage::cancelCurrent()
{
    const CalendarModel::Item* item = current();
    if (!item || !cancel->isEnabled())
        return;
    const AppointmentRef ref {item->id, item->version, item->patient, item->localStart.time()};
    QInputDialog* ask = cancelReasonDialog(window(), ref);
    connect(ask, &QInputDialog::textValueSelected, this, [this, ref](const QString& reason) {
        if (!m_workspace)
            return;
        if (const auto done = cancelAppointment(this, *m_workspace, ref, reason, m_history))
            changed(ref.id, *done);
        else
            refresh();
    });
    ask->open();
}

void CalendarPage::noShowCurrent()
{
    const CalendarModel::Item* item = current();
    if (!m_workspace || !item || !noShow->isEnabled())
        return;
    const AppointmentRef ref {item->id, item->version, item->patient, item->localStart.time()};
    if (const auto done = markNoShow(this, *m_workspace, ref, m_history))
        changed(ref.id, *done);
    else
        refresh();
}

std::optional<print::DocumentRequest> CalendarPage::documentShown() const
{
    if (!m_workspace || !m_from.isValid())
        return std::nullopt;
    print::DocumentRequest r;
    r.kind = print::DocumentKind::DaySheet;
    r.today = m_workspace->today();
    if (const CalendarModel::Item* item = current())
        r.date = item->localStart.date();
    else if (r.today >= m_from && r.today < m_from.addDays(m_days))
        r.date = r.today;
    else
        r.date = m_from;
    return r;
}

} // namespace np::app
