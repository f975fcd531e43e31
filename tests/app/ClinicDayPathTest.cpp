// The whole path through the main window, as a clinic lives it over a few months: plans refused by
// the record, a series booked before an event, the calendar's moves (one allowed, one refused by
// the spacing) taken back and made again, a session cancelled and booked again from the recall
// list, the day itself (check in, chart, complete, post-care printed), and the results review on
// the recall list once the series is over.

#include "AppTestSupport.h"
#include "ClinicWindow.h"
#include "ScriptedPrintPrompts.h"
#include "services/ServiceTestSupport.h"
#include "storage/SchedulingTestSupport.h"

#include "app/MainWindow.h"
#include "app/calendar/BookAppointmentDialog.h"
#include "app/calendar/CalendarModel.h"
#include "app/calendar/CalendarPage.h"
#include "app/calendar/CalendarView.h"
#include "app/patients/PatientController.h"
#include "app/patients/PatientSearchPanel.h"
#include "app/patients/TextTableModel.h"
#include "app/print/PrintController.h"
#include "app/recalls/RecallsPage.h"
#include "app/series/NewSeriesDialog.h"
#include "app/today/ChartDialog.h"
#include "app/today/CheckinDialog.h"
#include "app/today/TodayPage.h"
#include "app/workspace/ChangeHistory.h"
#include "services/ClinicalRecordService.h"

#include <QAction>
#include <QFileInfo>
#include <QLineEdit>
#include <QStatusBar>
#include <QTemporaryDir>

using namespace np;
using namespace np::test;
using namespace Qt::StringLiterals;

namespace {

struct ClinicPath {
    SchedulingFixture scheduling;
    QDateTime now {QDate(2026, 11, 20), QTime(9, 0)};
    std::unique_ptr<ClinicWindow> open;
    ScriptedPrintPrompts* prints = new ScriptedPrintPrompts;

    ClinicPath()
    {
        open = std::make_unique<ClinicWindow>(scheduling.db().path(), now);
        window().setClock([this] { return now; }); // the days go by as the test moves `now`
        window().printing()->setPrompts(std::unique_ptr<app::PrintPrompts>(prints));
        window().activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window()));
    }

    app::MainWindow& window() { return *open->window; }
    services::UseCaseContext context() { return deskContext(scheduling.db(), now.date()); }

    app::NewSeriesDialog& planFor(qint64 patient, const QString& name)
    {
        // The dialog closed before goes once the event loop has run.
        REQUIRE(QTest::qWaitFor([this] { return window().patients()->seriesDialog() == nullptr; }));
        window().showPatients();
        window().searchPanel()->showPatient(patient, name);
        window().patients()->newSeries->trigger();
        app::NewSeriesDialog* dialog = window().patients()->seriesDialog();
        REQUIRE(dialog);
        return *dialog;
    }

    storage::AppointmentRecord stored(qint64 id)
    {
        auto a = scheduling.appointments().get(id);
        REQUIRE(a);
        return *a;
    }
};

} // namespace

TEST_CASE("clinic path: plan, book, move, undo, cancel and rebook, check in, chart, post-care, results review")
{
    ClinicPath f;

    // Siobhán has active acne on her cheeks: a cheek series is blocked, with the reason.
    storage::FindingRecord acne;
    acne.patientId = f.scheduling.siobhan;
    acne.code = u"active_acne"_s;
    acne.areas = {u"cheeks"_s};
    acne.since = QDate(2026, 11, 1);
    REQUIRE(services::addFinding(f.context(), acne));
    {
        app::NewSeriesDialog& dialog = f.planFor(f.scheduling.siobhan, u"O'Brien"_s);
        dialog.setTreatment(u"acne_scars"_s, u"automated_pen"_s, {u"cheeks"_s});
        CHECK(dialog.statusText().startsWith(u"Blocked"_s));
        CHECK_FALSE(dialog.book());
        // Her isotretinoin, stopped in September, holds a forehead series back until its washout ends.
        storage::FindingRecord isotretinoin;
        isotretinoin.patientId = f.scheduling.siobhan;
        isotretinoin.code = u"isotretinoin"_s;
        isotretinoin.since = QDate(2026, 1, 10);
        isotretinoin.until = QDate(2026, 9, 30);
        REQUIRE(services::addFinding(f.context(), isotretinoin));
        dialog.setTreatment(u"acne_scars"_s, u"automated_pen"_s, {u"forehead"_s});
        CHECK(dialog.statusText().startsWith(u"Held back"_s));
        REQUIRE(!dialog.proposedSessions().isEmpty());
        CHECK(dialog.proposedSessions().front().slot.localStart.date() >= QDate(2026, 9, 30).addDays(182));
        dialog.reject();
    }

    // José's series before his wedding on 10 April, booked.
    QList<qint64> ids;
    {
        app::NewSeriesDialog& dialog = f.planFor(f.scheduling.jose, u"García"_s);
        dialog.setTreatment(u"acne_scars"_s, u"automated_pen"_s, {u"cheeks"_s});
        dialog.setEventDate(QDate(2027, 4, 10));
        INFO(dialog.statusText().toStdString() << " | " << dialog.reasonsText().toStdString());
        REQUIRE(dialog.book());
        ids = dialog.booked()->appointmentIds;
        dialog.reject();
    }
    REQUIRE(ids.size() == 4);
    CHECK(f.stored(ids.back()).localStart.date() < QDate(2027, 4, 10));

    // The calendar: session 2 a slot later is allowed; a week after session 1 is refused by the spacing.
    app::CalendarPage& calendar = *f.window().calendarPage();
    f.window().showCalendar();
    const storage::AppointmentRecord second = f.stored(ids[1]);
    calendar.showDate(second.localStart.date());
    calendar.view()->setCurrentId(second.id);
    QTest::keyClick(calendar.view(), Qt::Key_Down, Qt::ControlModifier);
    const QDateTime movedTo = f.stored(second.id).localStart;
    CHECK(movedTo > second.localStart);
    CHECK(movedTo.date() == second.localStart.date());
    QDate soon = f.stored(ids[0]).localStart.date().addDays(7);
    while (exampleClinic().isClosed(soon) || soon.dayOfWeek() == Qt::Saturday)
        soon = soon.addDays(1);
    CHECK_FALSE(calendar.moveAppointment(second.id, {QDateTime(soon, QTime(10, 0)), {}, {}}));
    CHECK(calendar.feedback().contains(u"21"_s));
    CHECK(f.stored(second.id).localStart == movedTo);

    // Undo takes the move back, Redo makes it again; undoing the booking and redoing it keeps it.
    f.window().history()->undoAction()->trigger();
    CHECK(f.stored(second.id).localStart == second.localStart);
    f.window().history()->redoAction()->trigger();
    CHECK(f.stored(second.id).localStart == movedTo);

    // Session 3 is cancelled; the recall list offers it again and books it as the session.
    f.window().showToday();
    app::TodayPage& today = *f.window().todayPage();
    const storage::AppointmentRecord third = f.stored(ids[2]);
    today.showDay(third.localStart.date());
    today.selectAppointment(third.id);
    REQUIRE(today.cancelCurrentWith(u"Away that week"_s));
    app::RecallsPage& recalls = *f.window().recallsPage();
    recalls.setFilter(u"unbooked"_s, 365);
    int row = -1;
    for (int i = 0; i < recalls.recalls().size(); ++i)
        if (recalls.recalls()[i].patientId == f.scheduling.jose && recalls.recalls()[i].sessionNumber == 3)
            row = i;
    REQUIRE(row >= 0);
    recalls.bookRow(row);
    REQUIRE(recalls.bookingDialog());
    REQUIRE(recalls.bookingDialog()->book());
    auto all = f.scheduling.appointments().forPatient(f.scheduling.jose);
    REQUIRE(all);
    CHECK(std::count_if(all->cbegin(), all->cend(), [&](const storage::AppointmentRecord& a) {
        return a.sessionId == third.sessionId && a.status == storage::AppointmentStatus::Booked;
    }) == 1);

    // The first session's day: checked in (a new medicine reported), charted, completed, post-care printed.
    const storage::AppointmentRecord first = f.stored(ids[0]);
    f.now = first.localStart.addSecs(-10 * 60);
    f.window().showToday();
    today.goToToday->trigger();
    today.selectAppointment(first.id);
    today.checkInCurrent();
    app::CheckinDialog* checkin = today.checkinDialog();
    REQUIRE(checkin);
    QTest::keyClicks(checkin->textAnswer(u"new_medication"_s), u"Vitamin D"_s);
    REQUIRE(checkin->checkIn());
    today.selectAppointment(first.id);
    REQUIRE(today.completeCurrent());
    app::ChartDialog* chart = today.chartDialog();
    REQUIRE(chart);
    chart->setText(u"cartridge"_s, u"LOT-7"_s);
    chart->setPasses(2);
    REQUIRE(chart->complete());
    CHECK(f.stored(first.id).status == storage::AppointmentStatus::Completed);
    QTemporaryDir out;
    f.prints->printTo = out.filePath(u"post-care.pdf"_s);
    QTest::mouseClick(chart->printButton(), Qt::LeftButton);
    CHECK(f.prints->errors.isEmpty());
    CHECK(QFileInfo::exists(f.prints->printTo));

    // The other sessions done, the series is over: its results review is on the recall list.
    auto sessions = f.scheduling.appointments().forPatient(f.scheduling.jose);
    REQUIRE(sessions);
    for (const storage::AppointmentRecord& a : *sessions) {
        if (a.status != storage::AppointmentStatus::Booked)
            continue;
        REQUIRE(f.scheduling.appointments().setStatus(
            a.id, a.version, storage::AppointmentStatus::CheckedIn, {}, u"desk"_s));
        REQUIRE(f.scheduling.appointments().setStatus(
            a.id, a.version + 1, storage::AppointmentStatus::Completed, {}, u"desk"_s));
        f.now = std::max(f.now, a.localStart.addSecs(3600));
    }
    f.window().showToday();
    recalls.setFilter(u"results_review"_s, 365);
    CHECK(std::any_of(recalls.recalls().cbegin(), recalls.recalls().cend(),
        [&](const storage::Recall& r) { return r.patientId == f.scheduling.jose && r.kind == u"results_review"_s; }));
}
