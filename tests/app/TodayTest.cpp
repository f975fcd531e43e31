// The Today page: the window opens on the day's appointments; the days around it, the cancelled
// ones, and the patient of an appointment are a key away.

#include "AppTestSupport.h"
#include "ClinicWindow.h"
#include "MainWindowFixture.h"
#include "ScriptedPrintPrompts.h"
#include "print/PdfText.h"
#include "services/ServiceTestSupport.h"
#include "storage/SchedulingTestSupport.h"

#include "app/MainWindow.h"
#include "app/backup/BackupService.h"
#include "app/calendar/BookAppointmentDialog.h"
#include "app/calendar/CalendarPage.h"
#include "app/calendar/CalendarView.h"
#include "app/patients/PatientDetailPane.h"
#include "app/patients/RecordTable.h"
#include "app/patients/TextTableModel.h"
#include "app/print/PrintController.h"
#include "app/today/CheckinDialog.h"
#include "app/today/TodayPage.h"
#include "app/workspace/ChangeHistory.h"
#include "app/workspace/ChangeWatcher.h"
#include "services/AppointmentService.h"
#include "services/ClinicalRecordService.h"
#include "services/ScreeningService.h"
#include "services/SeriesService.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QDateTimeEdit>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>

using namespace np;
using namespace np::test;
using namespace Qt::StringLiterals;

namespace {

enum Column { Time, Patient, Treatment, Practitioner, Room, State, Notes };

// Tuesday 24 November 2026, 09:30: Siobhán at 10:00 (first visit), her 12:00 cancelled, José at
// 16:00; José again the next day. The main window open on it.
struct TodayFixture {
    SchedulingFixture scheduling;
    std::unique_ptr<ClinicWindow> open;
    app::MainWindow* window = nullptr;

    TodayFixture()
    {
        const auto ctx = deskContext(scheduling.db(), QDate(2026, 11, 20));
        const auto book = [&](qint64 patient, const char* day, int hour) {
            auto booked = services::bookAppointment(ctx,
                {patient, std::nullopt, u"ana"_s, u"room-1"_s, u"pen-1"_s, u"automated_pen"_s, {u"cheeks"_s},
                    at(day, hour)});
            REQUIRE(booked);
            return booked->appointment.id;
        };
        book(scheduling.siobhan, "2026-11-24", 10);
        const qint64 cancelled = book(scheduling.siobhan, "2026-11-24", 12);
        REQUIRE(services::cancelAppointment(ctx, {cancelled, 1}, u"Called in sick"_s));
        book(scheduling.jose, "2026-11-24", 16);
        book(scheduling.jose, "2026-11-25", 10);
        open = std::make_unique<ClinicWindow>(scheduling.db().path(), QDateTime(QDate(2026, 11, 24), QTime(9, 30)));
        window = open->window.get();
    }

    app::TodayPage& today() { return *window->todayPage(); }
    app::TextTableModel& rows() { return *today().table()->model(); }
};

} // namespace

TEST_CASE("today: the window opens on the day's appointments by time, the cancelled one struck through with why")
{
    TodayFixture f;
    CHECK(f.window->pages()->currentWidget() == &f.today());
    CHECK(f.today().day() == QDate(2026, 11, 24));
    QAbstractItemModelTester tester(&f.rows(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(f.rows().rowCount() == 3);
    CHECK(f.rows().text(0, Patient) == u"O'Brien, Siobhán"_s);
    CHECK(f.rows().text(0, State) == u"booked"_s);
    CHECK(f.rows().text(0, Notes).contains(u"First visit"_s));
    CHECK(f.rows().text(0, Practitioner) == u"Dr Ana Núñez"_s);
    CHECK(f.rows().text(1, State) == u"cancelled"_s);
    const QModelIndex cancelled = f.rows().index(1, Patient);
    CHECK(cancelled.data(Qt::FontRole).value<QFont>().strikeOut());
    CHECK(cancelled.data(Qt::ToolTipRole).toString().contains(u"cancelled: Called in sick"_s));
    CHECK_FALSE(f.rows().index(0, Patient).data(Qt::FontRole).value<QFont>().strikeOut());
    CHECK(f.rows().text(2, Patient) == u"García, José Luis"_s);
    CHECK(f.today().table()->summary() == u"Appointments: 2. Cancelled or missed: 1."_s);

    auto* showCancelled = findByAccessibleName<QCheckBox>(f.today(), u"Show cancelled and no-shows"_s);
    showCancelled->click();
    REQUIRE(f.rows().rowCount() == 2);
    CHECK(f.rows().text(1, Patient) == u"García, José Luis"_s);
    CHECK(mnemonicClashes(*f.window).isEmpty());
}

TEST_CASE("today: Alt+Right and Alt+Left move through the days, and Go to Today comes back")
{
    TodayFixture f;
    f.window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(f.window));
    QTest::keyClick(f.window, Qt::Key_Right, Qt::AltModifier);
    CHECK(f.today().day() == QDate(2026, 11, 25));
    REQUIRE(f.rows().rowCount() == 1);
    CHECK(f.rows().text(0, Patient) == u"García, José Luis"_s);
    QTest::keyClick(f.window, Qt::Key_Right, Qt::AltModifier);
    CHECK(f.rows().rowCount() == 0);
    CHECK(f.today().table()->summary() == u"No appointments on this day."_s);
    QTest::keyClick(f.window, Qt::Key_Left, Qt::AltModifier);
    CHECK(f.today().day() == QDate(2026, 11, 25));
    f.today().goToToday->trigger();
    CHECK(f.today().day() == QDate(2026, 11, 24));
}

TEST_CASE("today: Enter on an appointment opens its patient's record on the Patients page")
{
    TodayFixture f;
    QTableView* view = f.today().table()->view();
    view->setFocus();
    view->setCurrentIndex(f.rows().index(2, Patient));
    QTest::keyClick(view, Qt::Key_Return);
    CHECK(f.window->pages()->currentIndex() == 1);
    CHECK(f.window->detailPane()->patientId() == f.scheduling.jose);
    f.window->showToday();
    CHECK(f.window->pages()->currentWidget() == &f.today());
}

TEST_CASE("today: before the clinic is set up the page says where to set it up")
{
    MainWindowFixture f;
    f.window.showToday();
    CHECK(f.window.todayPage()->table()->model()->rowCount() == 0);
    CHECK(f.window.todayPage()->table()->summary().contains(u"Settings > Clinic"_s));
}

TEST_CASE("today: in Spanish the page reads in Spanish and every Alt key reaches one control")
{
    SpanishTranslation spanish;
    TodayFixture f;
    CHECK(f.window->pages()->tabText(0) == u"Hoy"_s);
    CHECK(f.rows().headerData(State, Qt::Horizontal, Qt::DisplayRole).toString() == u"Estado"_s);
    CHECK(f.rows().text(1, State) == u"anulado"_s);
    CHECK(f.today().table()->summary() == u"Citas: 2. Anuladas o ausencias: 1."_s);
    CHECK(mnemonicClashes(*f.window).isEmpty());
}

TEST_CASE(
    "today: Check In asks what is new; nothing new checks the patient in, then Complete allows the post-care sheet")
{
    TodayFixture f;
    f.today().selectAppointment(f.rows().idAt(0)); // Siobhán at 10:00, booked
    f.today().checkInCurrent();
    app::CheckinDialog* dialog = f.today().checkinDialog();
    REQUIRE(dialog != nullptr);
    REQUIRE(dialog->isVisible());
    CHECK(dialog->statusText() == u"Nothing new stands in the way."_s);
    CHECK(mnemonicClashes(*dialog).isEmpty());
    QLineEdit* medication = dialog->textAnswer(u"new_medication"_s);
    REQUIRE(medication != nullptr);
    QTest::keyClicks(medication, u"Vitamin D"_s);
    QTest::mouseClick(dialog->checkInButton(), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return f.today().checkinDialog() == nullptr; }, 2000));
    CHECK(f.rows().text(0, State) == u"arrived"_s);
    CHECK(f.window->statusBar()->currentMessage() == u"O'Brien, Siobhán checked in."_s);

    f.today().selectAppointment(f.rows().idAt(0));
    auto* printPostCare = findByAccessibleName<QPushButton>(f.today(), u"Print post-care"_s);
    CHECK_FALSE(printPostCare->isEnabled());
    REQUIRE(f.today().completeCurrent());
    CHECK(f.rows().text(0, State) == u"completed"_s);
    CHECK(printPostCare->isEnabled());
}

TEST_CASE("today: active acne where the treatment goes stops the session at check-in, with the reason kept")
{
    TodayFixture f;
    f.today().selectAppointment(f.rows().idAt(0));
    f.today().checkInCurrent();
    app::CheckinDialog* dialog = f.today().checkinDialog();
    REQUIRE(dialog != nullptr);
    dialog->setAnswer(u"active_acne"_s, true);
    CHECK(dialog->statusText().startsWith(u"No treatment today."_s));
    CHECK(dialog->reasonsText().contains(u"Active acne"_s));
    CHECK(dialog->checkInButton()->text() == u"Stop the Session"_s);
    QTest::mouseClick(dialog->checkInButton(), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return f.today().checkinDialog() == nullptr; }, 2000));
    CHECK(f.rows().text(0, State) == u"cancelled"_s);
    CHECK(f.rows().index(0, Patient).data(Qt::ToolTipRole).toString().contains(u"Active acne"_s));
}

TEST_CASE("today: a finding that needs review lets the patient be checked in only with the clinician's note")
{
    TodayFixture f;
    storage::FindingRecord anticoagulants;
    anticoagulants.patientId = f.scheduling.siobhan;
    anticoagulants.code = u"anticoagulants"_s;
    anticoagulants.since = QDate(2026, 1, 10);
    REQUIRE(services::addFinding(deskContext(f.scheduling.db(), QDate(2026, 11, 24)), anticoagulants));
    f.today().refresh();
    f.today().selectAppointment(f.rows().idAt(0));
    f.today().checkInCurrent();
    app::CheckinDialog* dialog = f.today().checkinDialog();
    REQUIRE(dialog != nullptr);
    CHECK(dialog->statusText().startsWith(u"Needs a clinician's review"_s));
    CHECK_FALSE(dialog->checkInButton()->isEnabled());
    CHECK_FALSE(dialog->checkIn());
    dialog->setNote(u"INR stable, cleared by Dr Núñez"_s);
    REQUIRE(dialog->checkInButton()->isEnabled());
    REQUIRE(dialog->checkIn());
    CHECK(f.rows().text(0, State) == u"arrived"_s);
    auto kept = services::screeningsOf(deskContext(f.scheduling.db(), QDate(2026, 11, 24)), f.scheduling.siobhan);
    REQUIRE(kept);
    REQUIRE(kept->size() == 1);
    CHECK(kept->front().overrideReason == u"INR stable, cleared by Dr Núñez"_s);
}

TEST_CASE("today: a booking made elsewhere shows within two seconds, and the window's own changes do not count as one")
{
    TodayFixture f;
    app::ChangeWatcher* watcher = f.window->changeWatcher();
    QSignalSpy changed(watcher, &app::ChangeWatcher::changedElsewhere);
    // The window's own write: nothing changed elsewhere.
    f.today().selectAppointment(f.rows().idAt(0));
    f.today().checkInCurrent();
    REQUIRE(f.today().checkinDialog());
    REQUIRE(f.today().checkinDialog()->checkIn());
    watcher->check();
    CHECK(changed.isEmpty());

    // Another workstation (its own connection) books José at 14:00.
    REQUIRE(services::bookAppointment(deskContext(f.scheduling.db(), QDate(2026, 11, 24)),
        {f.scheduling.jose, std::nullopt, u"ana"_s, u"room-1"_s, u"pen-1"_s, u"automated_pen"_s, {u"forehead"_s},
            at("2026-11-24", 14)}));
    REQUIRE(changed.wait(3000));
    REQUIRE(f.rows().rowCount() == 4);
    CHECK(f.rows().text(2, Time).startsWith(u"14:00"_s));
}

TEST_CASE("today: Cancel asks the reason and keeps it, and No-Show marks a patient who did not come")
{
    TodayFixture f;
    const qint64 jose = f.rows().idAt(2); // 16:00
    f.today().selectAppointment(jose);
    f.today().cancelCurrent();
    auto* ask = f.window->findChild<QInputDialog*>();
    REQUIRE(ask != nullptr);
    CHECK(ask->labelText().contains(u"García, José Luis"_s));
    ask->setTextValue(u"Moved abroad"_s);
    ask->accept();
    REQUIRE(f.rows().rowCount() == 3);
    CHECK(f.rows().text(2, State) == u"cancelled"_s);
    CHECK(f.rows().index(2, Patient).data(Qt::ToolTipRole).toString().contains(u"Moved abroad"_s));
    CHECK(f.today().table()->summary() == u"Appointments: 1. Cancelled or missed: 2."_s);

    f.today().selectAppointment(f.rows().idAt(0)); // Siobhán at 10:00
    REQUIRE(f.today().noShowCurrent());
    CHECK(f.rows().text(0, State) == u"no-show"_s);
    CHECK(f.rows().index(0, Patient).data(Qt::FontRole).value<QFont>().strikeOut());

    // Tomorrow's appointment cannot be a no-show yet.
    f.today().nextDay->trigger();
    f.today().selectAppointment(f.rows().idAt(0));
    CHECK_FALSE(f.today().noShowCurrent());
    CHECK(f.rows().text(0, State) == u"booked"_s);
}

TEST_CASE("today: a series session stopped at check-in offers to book the session again")
{
    SchedulingFixture scheduling;
    REQUIRE(services::bookSeries(deskContext(scheduling.db(), Today), threeSessions(scheduling.jose)));
    auto sessions = scheduling.appointments().forPatient(scheduling.jose);
    REQUIRE(sessions);
    const storage::AppointmentRecord first = sessions->front();
    ClinicWindow open(scheduling.db().path(), QDateTime(first.localStart.date(), QTime(8, 30)));
    app::TodayPage& today = *open.window->todayPage();
    today.selectAppointment(first.id);
    today.checkInCurrent();
    app::CheckinDialog* dialog = today.checkinDialog();
    REQUIRE(dialog);
    dialog->setAnswer(u"active_acne"_s, true);
    REQUIRE(dialog->checkIn());

    QMessageBox* offer = today.rebookOffer();
    REQUIRE(offer);
    CHECK(offer->text().contains(u"Active acne"_s));
    QAbstractButton* again = nullptr;
    for (QAbstractButton* b : offer->buttons())
        if (b->text() == u"Book Again…"_s)
            again = b;
    REQUIRE(again);
    again->click();
    app::BookAppointmentDialog* booking = today.bookingDialog();
    REQUIRE(booking);
    CHECK(booking->windowTitle() == u"Book the Session"_s);
    CHECK(findByAccessibleName<QLineEdit>(*booking, u"Patient"_s)->text() == u"García, José Luis"_s);
    // Three weeks on, once the acne has cleared: the session itself is booked again.
    findByAccessibleName<QDateTimeEdit>(*booking, u"When"_s)
        ->setDateTime(QDateTime(first.localStart.date().addDays(21), QTime(10, 0)));
    REQUIRE(booking->book());
    auto after = scheduling.appointments().forPatient(scheduling.jose);
    REQUIRE(after);
    CHECK(std::count_if(after->cbegin(), after->cend(), [&](const storage::AppointmentRecord& a) {
        return a.sessionId == first.sessionId && a.status == storage::AppointmentStatus::Booked;
    }) == 1);
}

TEST_CASE("today: a check-in and a completion are steps of Edit > Undo")
{
    TodayFixture f;
    const qint64 id = f.rows().idAt(0); // Siobhán at 10:00, booked
    f.today().selectAppointment(id);
    f.today().checkInCurrent();
    app::CheckinDialog* dialog = f.today().checkinDialog();
    REQUIRE(dialog);
    QTest::keyClicks(dialog->textAnswer(u"new_medication"_s), u"Vitamin D"_s);
    REQUIRE(dialog->checkIn());
    QAction* undo = f.window->history()->undoAction();
    CHECK(undo->text() == u"&Undo Check O'Brien, Siobhán in"_s);
    f.today().selectAppointment(id);
    REQUIRE(f.today().completeCurrent());
    CHECK(f.rows().text(0, State) == u"completed"_s);

    undo->trigger();
    CHECK(f.rows().text(0, State) == u"arrived"_s);
    undo->trigger();
    CHECK(f.rows().text(0, State) == u"booked"_s);
    f.window->history()->redoAction()->trigger();
    CHECK(f.rows().text(0, State) == u"arrived"_s);
}

TEST_CASE("today: Ctrl+P prints the page shown: the day sheet here, the calendar's selected day there")
{
    TodayFixture f;
    auto* prints = new ScriptedPrintPrompts;
    f.window->printing()->setPrompts(std::unique_ptr<app::PrintPrompts>(prints));
    QTemporaryDir out;
    prints->printTo = out.filePath(u"today.pdf"_s);
    f.today().nextDay->trigger(); // Wednesday 25th: José at 10:00 alone
    QTest::keyClick(f.window, Qt::Key_P, Qt::ControlModifier);
    REQUIRE(prints->printDialogs == 1);
    CHECK(prints->choiceTitles.isEmpty());
    QString text = pdfText(prints->printTo);
    CHECK(text.contains(u"García"_s));
    CHECK_FALSE(text.contains(u"O'Brien"_s));

    // The calendar, Siobhán's Tuesday appointment selected: Tuesday's sheet.
    QTest::keyClick(f.window, Qt::Key_4, Qt::ControlModifier);
    app::CalendarPage& calendar = *f.window->calendarPage();
    auto tuesday = f.scheduling.appointments().forPatient(f.scheduling.siobhan);
    REQUIRE(tuesday);
    calendar.view()->setCurrentId(tuesday->front().id);
    prints->printTo = out.filePath(u"calendar.pdf"_s);
    QTest::keyClick(f.window, Qt::Key_P, Qt::ControlModifier);
    REQUIRE(prints->printDialogs == 2);
    text = pdfText(prints->printTo);
    CHECK(text.contains(u"O'Brien"_s));
}
