// The calendar page: a week by practitioner or room on one ruler, appointments read out whole to
// screen readers, selected and moved from the keyboard, dragged with the place checked as it passes.

#include "AppTestSupport.h"
#include "ClinicWindow.h"
#include "services/ServiceTestSupport.h"
#include "storage/SchedulingTestSupport.h"

#include "app/MainWindow.h"
#include "app/calendar/BookAppointmentDialog.h"
#include "app/calendar/CalendarModel.h"
#include "app/calendar/CalendarPage.h"
#include "app/calendar/CalendarView.h"
#include "app/today/TodayPage.h"
#include "app/workspace/ChangeHistory.h"
#include "services/AppointmentService.h"
#include "services/SeriesService.h"

#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QListWidget>
#include <QMap>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPointer>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QUndoStack>

using namespace np;
using namespace np::test;
using namespace Qt::StringLiterals;

namespace {

// Tuesday 24 November 2026, 09:30, the week of Monday 23rd: Siobhán at 10:00 and a cancelled 12:00
// with Ana, José at 16:00 with Ana and at 10:00 on Wednesday with Li. The calendar shown.
struct CalendarFixture {
    SchedulingFixture scheduling;
    std::unique_ptr<ClinicWindow> open;
    app::MainWindow* window = nullptr;
    qint64 siobhanAt10 = 0;
    qint64 cancelled = 0;
    qint64 joseAt16 = 0;
    qint64 joseWednesday = 0;

    CalendarFixture()
    {
        const auto ctx = deskContext(scheduling.db(), QDate(2026, 11, 20));
        const auto book = [&](qint64 patient, const char* day, int hour, const QString& who) {
            auto booked = services::bookAppointment(ctx,
                {patient, std::nullopt, who, u"room-1"_s, u"pen-1"_s, u"automated_pen"_s, {u"cheeks"_s},
                    at(day, hour)});
            REQUIRE(booked);
            return booked->appointment.id;
        };
        siobhanAt10 = book(scheduling.siobhan, "2026-11-24", 10, u"ana"_s);
        cancelled = book(scheduling.siobhan, "2026-11-24", 12, u"ana"_s);
        REQUIRE(services::cancelAppointment(ctx, {cancelled, 1}, u"Called in sick"_s));
        joseAt16 = book(scheduling.jose, "2026-11-24", 16, u"ana"_s);
        joseWednesday = book(scheduling.jose, "2026-11-25", 15, u"li"_s);
        open = std::make_unique<ClinicWindow>(scheduling.db().path(), QDateTime(QDate(2026, 11, 24), QTime(9, 30)));
        window = open->window.get();
        QTest::keyClick(window, Qt::Key_4, Qt::ControlModifier);
    }

    app::CalendarPage& page() { return *window->calendarPage(); }
    app::CalendarView& view() { return *page().view(); }
    app::CalendarModel& model() { return *page().model(); }
    const app::CalendarModel::Item& item(qint64 id)
    {
        const int row = model().rowOf(id);
        REQUIRE(row >= 0);
        return model().items()[row];
    }
    storage::AppointmentRecord stored(qint64 id)
    {
        auto a = scheduling.appointments().get(id);
        REQUIRE(a);
        return *a;
    }
    int column(const char* day, const QString& code)
    {
        const auto& columns = model().columns();
        for (int c = 0; c < columns.size(); ++c)
            if (columns[c].day == date(day) && columns[c].code == code)
                return c;
        FAIL("no column");
        return -1;
    }
};

void sendMouse(QWidget* to, QEvent::Type type, QPoint pos, Qt::MouseButtons buttons)
{
    const Qt::MouseButton button = type == QEvent::MouseMove ? Qt::NoButton : Qt::LeftButton;
    QMouseEvent event(type, QPointF(pos), QPointF(to->mapToGlobal(pos)), button, buttons, Qt::NoModifier);
    QApplication::sendEvent(to, &event);
}

} // namespace

TEST_CASE("calendar: Ctrl+4 shows the week by practitioner, called-off appointments kept and filterable")
{
    CalendarFixture f;
    CHECK(f.window->pages()->currentWidget() == &f.page());
    QAbstractItemModelTester tester(&f.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(f.page().from() == QDate(2026, 11, 23));
    // Seven days, Ana and Li each: 14 columns; Sunday closed, Li off on Monday.
    REQUIRE(f.model().columns().size() == 14);
    CHECK(f.model().columns()[f.column("2026-11-29", u"ana"_s)].closedReason == u"Closed"_s);
    CHECK(f.model().columns()[f.column("2026-11-23", u"li"_s)].open.isEmpty());
    CHECK(f.model().columns()[f.column("2026-11-24", u"ana"_s)].open.size() == 2);
    CHECK(f.model().today() == QDate(2026, 11, 24));
    REQUIRE(f.model().items().size() == 4);
    CHECK(f.item(f.joseWednesday).column == f.column("2026-11-25", u"li"_s));
    CHECK(f.item(f.cancelled).calledOff());
    CHECK(f.item(f.cancelled).stateText == u"cancelled: Called in sick"_s);
    CHECK_FALSE(f.model().legend().isEmpty());
    // The cancelled 12:00 and nothing else overlap: one lane each.
    CHECK(f.item(f.siobhanAt10).lanes == 1);

    auto* showCancelled = findByAccessibleName<QCheckBox>(f.page(), u"Show cancelled and no-shows"_s);
    REQUIRE(showCancelled);
    showCancelled->setChecked(false);
    CHECK(f.model().items().size() == 3);
    CHECK(f.model().rowOf(f.cancelled) < 0);
    showCancelled->setChecked(true);

    auto* grouping = findByAccessibleName<QComboBox>(f.page(), u"Columns"_s);
    REQUIRE(grouping);
    grouping->setCurrentIndex(1);
    CHECK(f.model().columns()[0].name == u"Treatment room 1"_s);
    CHECK(f.item(f.joseWednesday).column == f.column("2026-11-25", u"room-1"_s));

    auto* span = findByAccessibleName<QComboBox>(f.page(), u"Show"_s);
    REQUIRE(span);
    span->setCurrentIndex(1);
    CHECK(f.page().days() == 1);
    CHECK(f.model().columns().size() == 2);
    f.page().next->trigger();
    CHECK(f.page().from() == QDate(2026, 11, 25));
    CHECK(f.model().items().size() == 1);
}

TEST_CASE("calendar: Whose shows one practitioner's week, in their columns or the rooms, then everyone's again")
{
    CalendarFixture f;
    auto* whose = findByAccessibleName<QComboBox>(f.page(), u"Whose appointments"_s);
    REQUIRE(whose);
    REQUIRE(whose->count() == 3); // everyone, Ana, Li
    CHECK(whose->itemText(0) == u"Everyone"_s);
    QTest::keyClick(&f.page(), Qt::Key_O, Qt::AltModifier);
    CHECK(QApplication::focusWidget() == whose);

    whose->setCurrentIndex(whose->findData(u"li"_s));
    REQUIRE(f.model().columns().size() == 7); // Li's days only
    CHECK(f.model().columns()[0].code == u"li"_s);
    REQUIRE(f.model().items().size() == 1);
    CHECK(f.model().items()[0].id == f.joseWednesday);

    auto* grouping = findByAccessibleName<QComboBox>(f.page(), u"Columns"_s);
    grouping->setCurrentIndex(1); // every room, Li's appointments in them
    CHECK(f.model().columns()[0].code == u"room-1"_s);
    CHECK(f.model().items().size() == 1);
    f.page().next->trigger(); // kept from week to week
    CHECK(whose->currentData().toString() == u"li"_s);
    f.page().previous->trigger();

    whose->setCurrentIndex(0);
    CHECK(f.model().items().size() == 4);
}

TEST_CASE("calendar: a screen reader hears each appointment whole, the selected one focused")
{
    CalendarFixture f;
    QAccessibleInterface* calendar = QAccessible::queryAccessibleInterface(&f.view());
    REQUIRE(calendar);
    CHECK(calendar->role() == QAccessible::List);
    CHECK(calendar->text(QAccessible::Name) == u"Calendar"_s);
    REQUIRE(calendar->childCount() == 4);
    QAccessibleInterface* first = calendar->child(f.model().rowOf(f.siobhanAt10));
    REQUIRE(first);
    CHECK(first->role() == QAccessible::ListItem);
    const QString name = first->text(QAccessible::Name);
    CHECK(name.contains(u"10:00"_s));
    CHECK(name.contains(u"10:30"_s)); // the patient's end: the room's turnover is not theirs
    CHECK(name.contains(u"Treatment room 1"_s));
    CHECK(name.contains(u"Dr Ana Núñez"_s));
    CHECK(name.contains(u"O'Brien, Siobhán"_s));
    CHECK(name.endsWith(u"booked"_s));
    CHECK(calendar->child(f.model().rowOf(f.cancelled))
              ->text(QAccessible::Name)
              .endsWith(u"cancelled: Called in sick"_s));
    CHECK(calendar->indexOfChild(first) == f.model().rowOf(f.siobhanAt10));
    CHECK(first->parent() == calendar);

    f.view().setFocus();
    f.view().setCurrentId(f.siobhanAt10);
    CHECK(first->state().selected);
    CHECK(first->state().focused);
    CHECK(calendar->focusChild() == first);
}

TEST_CASE("calendar: arrows select, Ctrl+arrows move the appointment to the nearest place allowed")
{
    CalendarFixture f;
    f.view().setFocus();
    f.view().setCurrentId(f.siobhanAt10);
    QTest::keyClick(&f.view(), Qt::Key_Down);
    CHECK(f.view().currentId() == f.cancelled);
    QTest::keyClick(&f.view(), Qt::Key_Down);
    CHECK(f.view().currentId() == f.joseAt16);
    QTest::keyClick(&f.view(), Qt::Key_Right); // the next column with appointments: Li's Wednesday
    CHECK(f.view().currentId() == f.joseWednesday);
    QTest::keyClick(&f.view(), Qt::Key_Up);
    CHECK(f.view().currentId() == f.joseWednesday); // nothing earlier in Li's Wednesday

    // Ctrl+Up: a slot earlier, 14:45, is inside Li's Wednesday hours (from 14:00) and free.
    QTest::keyClick(&f.view(), Qt::Key_Up, Qt::ControlModifier);
    CHECK(f.stored(f.joseWednesday).localStart == at("2026-11-25", 14, 45));
    CHECK(f.view().currentId() == f.joseWednesday);
    CHECK(f.page().feedback().contains(u"moved"_s));

    // Ctrl+Right: the next day Li works at 14:45 is the next Wednesday (Tuesdays she stops at 13:00,
    // Saturdays at 14:00).
    QTest::keyClick(&f.view(), Qt::Key_Right, Qt::ControlModifier);
    CHECK(f.stored(f.joseWednesday).localStart == at("2026-12-02", 14, 45));
    CHECK(f.view().currentId() == 0); // next week's: not in the week shown
    f.page().next->trigger();
    f.view().setCurrentId(f.joseWednesday);
    CHECK(f.view().currentId() == f.joseWednesday);

    // Siobhán's 10:00 one step earlier with Ana: 09:45 is free.
    f.page().previous->trigger();
    f.view().setCurrentId(f.siobhanAt10);
    QTest::keyClick(&f.view(), Qt::Key_Up, Qt::ControlModifier);
    CHECK(f.stored(f.siobhanAt10).localStart == at("2026-11-24", 9, 45));
    // Ctrl+Shift+Right: to Li's column the same day and time (she works Tuesday mornings).
    QTest::keyClick(&f.view(), Qt::Key_Right, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(f.stored(f.siobhanAt10).practitionerId == f.scheduling.clinic.practitionerIds.value(u"li"_s));
    CHECK(f.stored(f.siobhanAt10).localStart == at("2026-11-24", 9, 45));
    // No column beyond Li's: nothing moves, and the footer says why.
    QTest::keyClick(&f.view(), Qt::Key_Right, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(f.page().feedback().startsWith(u"Not moved"_s));

    // A cancelled appointment stays where it is.
    f.view().setCurrentId(f.cancelled);
    const int version = f.stored(f.cancelled).version;
    QTest::keyClick(&f.view(), Qt::Key_Down, Qt::ControlModifier);
    CHECK(f.stored(f.cancelled).version == version);
    CHECK(f.page().feedback() == u"Not moved: Only a booked appointment can be moved."_s);
}

TEST_CASE("calendar: a drag shows allowed or refused as it passes, and a refused drop writes nothing")
{
    CalendarFixture f;
    QWidget* viewport = f.view().viewport();
    const int row = f.model().rowOf(f.joseAt16);
    const QPoint grab = f.view().itemRect(row).topLeft() + QPoint(10, 4);
    sendMouse(viewport, QEvent::MouseButtonPress, grab, Qt::LeftButton);
    CHECK(f.view().currentId() == f.joseAt16);

    // Over Sunday: refused, the pointer forbidden, the reason in the footer.
    const QPoint sunday = f.view().pointAt(f.column("2026-11-29", u"ana"_s), QTime(16, 0)) + QPoint(0, 4);
    sendMouse(viewport, QEvent::MouseMove, sunday, Qt::LeftButton);
    CHECK(viewport->cursor().shape() == Qt::ForbiddenCursor);
    CHECK(f.page().feedback() == u"Cannot move here: the clinic is closed on 2026-11-29"_s);
    // Over Ana's Tuesday at 10:00: Siobhán is there.
    const QPoint taken = f.view().pointAt(f.column("2026-11-24", u"ana"_s), QTime(10, 0)) + QPoint(0, 4);
    sendMouse(viewport, QEvent::MouseMove, taken, Qt::LeftButton);
    CHECK(f.page().feedback() == u"Cannot move here: Dr Ana Núñez has another appointment then"_s);
    sendMouse(viewport, QEvent::MouseButtonRelease, taken, Qt::NoButton);
    CHECK(f.stored(f.joseAt16).localStart == at("2026-11-24", 16));
    CHECK(f.stored(f.joseAt16).version == 1);
    CHECK(f.page().feedback().isEmpty());

    // Thursday at 11:00 with Ana: allowed, and written once, on release.
    sendMouse(viewport, QEvent::MouseButtonPress, grab, Qt::LeftButton);
    const QPoint thursday = f.view().pointAt(f.column("2026-11-26", u"ana"_s), QTime(11, 0)) + QPoint(0, 4);
    sendMouse(viewport, QEvent::MouseMove, thursday, Qt::LeftButton);
    CHECK(viewport->cursor().shape() == Qt::DragMoveCursor);
    CHECK(f.page().feedback().startsWith(u"Release to move it to"_s));
    CHECK(f.stored(f.joseAt16).version == 1);
    sendMouse(viewport, QEvent::MouseButtonRelease, thursday, Qt::NoButton);
    CHECK(f.stored(f.joseAt16).localStart == at("2026-11-26", 11));
    CHECK(f.stored(f.joseAt16).version == 2);
    CHECK(f.item(f.joseAt16).column == f.column("2026-11-26", u"ana"_s));
}

TEST_CASE("calendar: a series session keeps its spacing, and one moved near the next offers the later sessions")
{
    SchedulingFixture scheduling;
    const auto ctx = deskContext(scheduling.db(), Today);
    REQUIRE(services::bookSeries(ctx, threeSessions(scheduling.jose)));
    auto sessions = scheduling.appointments().forPatient(scheduling.jose);
    REQUIRE(sessions);
    REQUIRE(sessions->size() == 3);
    const storage::AppointmentRecord first = sessions->at(0);
    const storage::AppointmentRecord second = sessions->at(1);
    const storage::AppointmentRecord third = sessions->at(2);
    ClinicWindow open(scheduling.db().path(), QDateTime(Today, QTime(9, 0)));
    app::CalendarPage& page = *open.window->calendarPage();
    open.window->showCalendar();
    page.showDate(second.localStart.date());
    REQUIRE(page.model()->rowOf(second.id) >= 0);

    // A week after the first session: under the protocol's minimum, refused before anything is written.
    QDate soon = first.localStart.date().addDays(7);
    const ClinicSetup clinic = exampleClinic();
    while (clinic.isClosed(soon) || soon.dayOfWeek() == Qt::Saturday)
        soon = soon.addDays(1);
    CHECK_FALSE(page.moveAppointment(second.id, {QDateTime(soon, QTime(10, 0)), {}, {}}));
    CHECK(page.feedback().contains(u"21"_s));

    // As late as the protocol lets it follow the first: the third would then come too soon after it,
    // so it is offered further on.
    QDate late = first.localStart.date().addDays(42);
    while (clinic.isClosed(late))
        late = late.addDays(-1);
    REQUIRE(late.daysTo(third.localStart.date()) < 21);
    CHECK_FALSE(page.moveAppointment(second.id, {QDateTime(late, QTime(10, 0)), {}, {}}));
    QMessageBox* offer = page.laterSessionsOffer();
    REQUIRE(offer);
    CHECK(offer->text().contains(u"Session 3"_s));
    CHECK(scheduling.appointments().get(second.id)->localStart == second.localStart); // nothing yet
    QPushButton* moveAll = nullptr;
    for (QAbstractButton* b : offer->buttons())
        if (b->text() == u"Move All"_s)
            moveAll = qobject_cast<QPushButton*>(b);
    REQUIRE(moveAll);
    moveAll->click();
    CHECK(scheduling.appointments().get(second.id)->localStart == QDateTime(late, QTime(10, 0)));
    CHECK(late.daysTo(scheduling.appointments().get(third.id)->localStart.date()) >= 21);
    CHECK(page.feedback().contains(u"later ones are moved"_s));
}

TEST_CASE("calendar: in Spanish the page, its appointments and a refused move read in Spanish")
{
    SpanishTranslation spanish;
    CalendarFixture f;
    CHECK(f.window->pages()->tabText(3) == u"Calendario"_s);
    CHECK(mnemonicClashes(*f.window).join(u", "_s).toStdString() == "");
    CHECK(f.item(f.cancelled).stateText == u"anulado: Called in sick"_s);
    CHECK(f.model().columns()[f.column("2026-11-29", u"ana"_s)].closedReason == u"Cerrado"_s);
    f.view().setFocus();
    f.view().setCurrentId(f.joseAt16);
    const QPoint grab = f.view().itemRect(f.model().rowOf(f.joseAt16)).topLeft() + QPoint(10, 4);
    sendMouse(f.view().viewport(), QEvent::MouseButtonPress, grab, Qt::LeftButton);
    const QPoint taken = f.view().pointAt(f.column("2026-11-24", u"ana"_s), QTime(10, 0)) + QPoint(0, 4);
    sendMouse(f.view().viewport(), QEvent::MouseMove, taken, Qt::LeftButton);
    CHECK(f.page().feedback() == u"No se puede mover aquí: Dr Ana Núñez tiene otra cita a esa hora"_s);
    sendMouse(f.view().viewport(), QEvent::MouseButtonRelease, taken, Qt::NoButton);
}

TEST_CASE("calendar: Ctrl+Z takes a move back and Ctrl+Shift+Z makes it again, unless someone changed it since")
{
    CalendarFixture f;
    f.view().setFocus();
    f.view().setCurrentId(f.joseAt16);
    QTest::keyClick(&f.view(), Qt::Key_Down, Qt::ControlModifier);
    CHECK(f.stored(f.joseAt16).localStart == at("2026-11-24", 16, 15));
    QAction* undo = f.window->history()->undoAction();
    QAction* redo = f.window->history()->redoAction();
    CHECK(undo->text() == u"&Undo Move García, José Luis's appointment"_s);

    QTest::keyClick(&f.view(), Qt::Key_Z, Qt::ControlModifier);
    CHECK(f.stored(f.joseAt16).localStart == at("2026-11-24", 16));
    CHECK(f.item(f.joseAt16).startMinute == 16 * 60); // the calendar read again
    CHECK(redo->isEnabled());
    QTest::keyClick(&f.view(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(f.stored(f.joseAt16).localStart == at("2026-11-24", 16, 15));

    // A cancellation on Today is a step too.
    f.window->showToday();
    f.window->todayPage()->selectAppointment(f.siobhanAt10);
    REQUIRE(f.window->todayPage()->cancelCurrentWith(u"Flu"_s));
    CHECK(f.stored(f.siobhanAt10).status == storage::AppointmentStatus::Cancelled);
    undo->trigger();
    CHECK(f.stored(f.siobhanAt10).status == storage::AppointmentStatus::Booked);
    CHECK(f.stored(f.siobhanAt10).statusReason.isEmpty());

    // Another desk moves José's appointment: taking the move back would undo their change, so it is
    // refused, said, and leaves the history.
    undo->trigger(); // back to 16:00 first
    redo->trigger(); // and to 16:15 again
    const auto ctx = deskContext(f.scheduling.db(), QDate(2026, 11, 24));
    REQUIRE(services::moveAppointment(ctx, {f.joseAt16, std::nullopt}, at("2026-11-24", 17), false));
    const int steps = f.window->history()->stack()->count();
    undo->trigger();
    CHECK(f.stored(f.joseAt16).localStart == at("2026-11-24", 17));
    CHECK(f.window->statusBar()->currentMessage().contains(u"can no longer be taken back"_s));
    CHECK(f.window->history()->stack()->count() == steps - 1);
}

TEST_CASE("calendar: a double click on free time books one appointment for a patient found by name")
{
    CalendarFixture f;
    QWidget* viewport = f.view().viewport();
    // Li's Tuesday at 11:00 is free.
    const QPoint free = f.view().pointAt(f.column("2026-11-24", u"li"_s), QTime(11, 0)) + QPoint(0, 4);
    QMouseEvent click(QEvent::MouseButtonDblClick, QPointF(free), QPointF(viewport->mapToGlobal(free)), Qt::LeftButton,
        Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &click);
    app::BookAppointmentDialog* dialog = f.page().bookingDialog();
    REQUIRE(dialog);
    dialog->activateWindow();
    REQUIRE(QTest::qWaitFor([dialog] { return QApplication::activeWindow() == dialog; }));
    CHECK(dialog->focusWidget()->accessibleName() == u"Patient"_s);
    CHECK(findByAccessibleName<QComboBox>(*dialog, u"Practitioner"_s)->currentText() == u"Li Wei"_s);
    CHECK(findByAccessibleName<QDateTimeEdit>(*dialog, u"When"_s)->dateTime() == at("2026-11-24", 11));
    CHECK_FALSE(dialog->bookButton()->isEnabled());
    CHECK(dialog->statusText().startsWith(u"Find the patient"_s));

    QTest::keyClicks(dialog->focusWidget(), u"obrien"_s);
    auto* found = findByAccessibleName<QListWidget>(*dialog, u"Patients found"_s);
    REQUIRE(found);
    REQUIRE(found->count() == 1);
    CHECK(found->currentItem()->text().startsWith(u"O'Brien, Siobhán"_s));
    CHECK(dialog->statusText() == u"Tick the areas to treat."_s);
    auto* areas = findByAccessibleName<QListWidget>(*dialog, u"Areas"_s);
    REQUIRE(areas);
    areas->item(0)->setCheckState(Qt::Checked);
    REQUIRE(dialog->bookButton()->isEnabled());

    // 12:30 runs past Li's morning: refused, said in the dialog, nothing booked.
    findByAccessibleName<QDateTimeEdit>(*dialog, u"When"_s)->setDateTime(at("2026-11-24", 12, 30));
    CHECK_FALSE(dialog->book());
    CHECK(dialog->statusText().startsWith(u"Not booked: "_s));
    CHECK(dialog->statusText().contains(u"Li Wei"_s));
    CHECK(f.model().items().size() == 4);

    findByAccessibleName<QDateTimeEdit>(*dialog, u"When"_s)->setDateTime(at("2026-11-24", 11));
    CHECK(dialog->statusText().isEmpty());
    QTest::keyClick(dialog->focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(QTest::qWaitFor([&] { return f.model().items().size() == 5; }));
    const app::CalendarModel::Item& booked = f.model().items()[f.model().rowOf(f.view().currentId())];
    CHECK(booked.patient == u"O'Brien, Siobhán"_s);
    CHECK(booked.column == f.column("2026-11-24", u"li"_s));
    CHECK(booked.startMinute == 11 * 60);
    CHECK(f.page().feedback().contains(u"is booked on"_s));

    // One step of Edit > Undo: the booking taken back leaves it cancelled, struck through.
    f.window->history()->undoAction()->trigger();
    CHECK(f.stored(booked.id).status == storage::AppointmentStatus::Cancelled);
    CHECK(f.stored(booked.id).statusReason == u"Booking undone"_s);
}

TEST_CASE("calendar: Book Appointment closes unanswered when another database is opened under it")
{
    CalendarFixture f;
    f.page().bookAppointment->trigger();
    QPointer<app::BookAppointmentDialog> dialog = f.page().bookingDialog();
    REQUIRE(dialog);
    REQUIRE(dialog->isVisible());
    SchedulingFixture other;
    auto database = storage::Database::open(other.db().path());
    REQUIRE(database);
    f.window->setDatabase(std::move(*database));
    CHECK((!dialog || !dialog->isVisible()));
    CHECK(f.model().items().isEmpty()); // the other clinic's week, empty
}

TEST_CASE("calendar: the appointment's menu and Book Appointment have an Alt key each, in English and Spanish")
{
    for (const bool spanish : {false, true}) {
        std::optional<SpanishTranslation> translation;
        if (spanish)
            translation.emplace();
        CalendarFixture f;
        QList<QAction*> entries = f.page().appointmentActions();
        entries << f.page().bookAppointment;
        QMap<QChar, QString> keys;
        for (const QAction* a : entries) {
            const QString text = a->text();
            const qsizetype amp = text.indexOf(u'&');
            REQUIRE(amp >= 0);
            const QChar key = text.at(amp + 1).toLower();
            INFO(text.toStdString() << " / " << keys.value(key).toStdString());
            CHECK_FALSE(keys.contains(key));
            keys.insert(key, text);
        }
        f.page().openBooking(f.column("2026-11-24", u"li"_s), at("2026-11-24", 11));
        REQUIRE(f.page().bookingDialog());
        CHECK(mnemonicClashes(*f.page().bookingDialog()).join(u", "_s).toStdString() == "");
        f.page().bookingDialog()->reject();
    }
}
