// The Today page: the window opens on the day's appointments; the days around it, the cancelled
// ones, and the patient of an appointment are a key away.

#include "AppTestSupport.h"
#include "MainWindowFixture.h"
#include "services/ServiceTestSupport.h"
#include "storage/SchedulingTestSupport.h"

#include "app/MainWindow.h"
#include "app/backup/BackupService.h"
#include "app/patients/PatientDetailPane.h"
#include "app/patients/RecordTable.h"
#include "app/patients/TextTableModel.h"
#include "app/today/TodayPage.h"
#include "services/AppointmentService.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
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
    TempSettings settings;
    QTemporaryDir backups;
    app::BackupService backup {[] { return QDateTime(QDate(2026, 11, 24), QTime(9, 30)); }};
    std::unique_ptr<app::MainWindow> window;

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

        settings.settings.setBackupFolder(backups.path());
        window = std::make_unique<app::MainWindow>(settings.settings, builtInCatalogue(), backup);
        window->setClock([] { return QDateTime(QDate(2026, 11, 24), QTime(9, 30)); });
        auto opened = storage::Database::open(scheduling.db().path());
        REQUIRE(opened);
        QSignalSpy backedUp(&backup, &app::BackupService::finished);
        window->setDatabase(std::move(*opened));
        REQUIRE(backedUp.wait(10000));
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
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
    REQUIRE(QTest::qWaitForWindowActive(f.window.get()));
    QTest::keyClick(f.window.get(), Qt::Key_Right, Qt::AltModifier);
    CHECK(f.today().day() == QDate(2026, 11, 25));
    REQUIRE(f.rows().rowCount() == 1);
    CHECK(f.rows().text(0, Patient) == u"García, José Luis"_s);
    QTest::keyClick(f.window.get(), Qt::Key_Right, Qt::AltModifier);
    CHECK(f.rows().rowCount() == 0);
    CHECK(f.today().table()->summary() == u"No appointments on this day."_s);
    QTest::keyClick(f.window.get(), Qt::Key_Left, Qt::AltModifier);
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
