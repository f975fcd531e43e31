// The app as a screen reader meets it (Qt's accessibility interface, what AT-SPI carries): on every
// main page and the dialogs of the day's work, each control Tab reaches has a name and a role, and
// Tab reaches every one of them in reading order. In English and in Spanish.

#include "AppTestSupport.h"
#include "ClinicWindow.h"
#include "ScreenReader.h"
#include "services/ServiceTestSupport.h"
#include "storage/SchedulingTestSupport.h"

#include "app/MainWindow.h"
#include "app/calendar/BookAppointmentDialog.h"
#include "app/calendar/CalendarPage.h"
#include "app/patients/PatientController.h"
#include "app/patients/PatientDialog.h"
#include "app/patients/PatientSearchPanel.h"
#include "app/recalls/RecallsPage.h"
#include "app/series/NewSeriesDialog.h"
#include "app/today/ChartDialog.h"
#include "app/today/CheckinDialog.h"
#include "app/today/TodayPage.h"
#include "services/AppointmentService.h"
#include "services/SeriesService.h"

#include <QAction>
#include <QTabWidget>

using namespace np;
using namespace np::test;
using namespace Qt::StringLiterals;

namespace {

// The first control Tab stops on in `root`, following the focus chain from it.
QWidget* firstStop(QWidget& root)
{
    const QList<QWidget*> stops = tabStops(root);
    QWidget* w = &root;
    for (int i = 0; i < 10000 && w; ++i, w = w->nextInFocusChain())
        if (stops.contains(w))
            return w;
    return nullptr;
}

void checkHeard(QWidget& root, const QString& what)
{
    INFO(what.toStdString());
    CHECK(screenReaderProblems(root, firstStop(root)).join(u'\n').toStdString() == "");
}

// José's first series session booked today (24 November 2026); Siobhán booked at 16:00. The window open at 09:30.
struct ReaderFixture {
    SchedulingFixture scheduling;
    std::unique_ptr<ClinicWindow> open;
    qint64 joseFirst = 0;
    qint64 siobhan = 0;

    ReaderFixture()
    {
        const QDate day(2026, 11, 24);
        const auto ctx = deskContext(scheduling.db(), day);
        auto in = threeSessions(scheduling.jose);
        in.plan.earliestStart = day;
        auto booked = services::bookSeries(ctx, in);
        REQUIRE(booked);
        REQUIRE(booked->stored);
        joseFirst = booked->stored->appointmentIds.front();
        auto single = services::bookAppointment(ctx,
            {scheduling.siobhan, std::nullopt, u"ana"_s, u"room-1"_s, u"pen-1"_s, u"automated_pen"_s, {u"cheeks"_s},
                at("2026-11-24", 16)});
        INFO((single ? QString() : single.error().message).toStdString());
        REQUIRE(single);
        siobhan = single->appointment.id;
        open = std::make_unique<ClinicWindow>(scheduling.db().path(), QDateTime(day, QTime(9, 30)));
    }
    app::MainWindow& window() { return *open->window; }
};

} // namespace

TEST_CASE("screen reader: every main page names each control, and Tab reaches them all in reading order")
{
    for (const bool spanish : {false, true}) {
        std::optional<SpanishTranslation> translation;
        if (spanish)
            translation.emplace();
        ReaderFixture f;
        app::MainWindow& w = f.window();
        for (int page = 0; page < w.pages()->count(); ++page) {
            w.pages()->setCurrentIndex(page);
            checkHeard(w, (spanish ? u"es: "_s : u"en: "_s) + w.pages()->tabText(page));
        }
    }
}

TEST_CASE("screen reader: the day's dialogs name each control, and Tab reaches them all in reading order")
{
    for (const bool spanish : {false, true}) {
        std::optional<SpanishTranslation> translation;
        if (spanish)
            translation.emplace();
        const QString language = spanish ? u"es: "_s : u"en: "_s;
        ReaderFixture f;
        app::MainWindow& w = f.window();
        w.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&w));

        // Check In, then the chart of the session checked in.
        app::TodayPage& today = *w.todayPage();
        today.selectAppointment(f.joseFirst);
        today.checkInCurrent();
        app::CheckinDialog* checkin = today.checkinDialog();
        REQUIRE(checkin);
        checkHeard(*checkin, language + u"Check In"_s);
        REQUIRE(checkin->checkIn());
        today.selectAppointment(f.joseFirst);
        REQUIRE(today.completeCurrent());
        app::ChartDialog* chart = today.chartDialog();
        REQUIRE(chart);
        checkHeard(*chart, language + u"Chart"_s);
        chart->reject();

        // Book Appointment, from the calendar.
        QTest::keyClick(&w, Qt::Key_4, Qt::ControlModifier);
        w.calendarPage()->bookAppointment->trigger();
        app::BookAppointmentDialog* booking = w.calendarPage()->bookingDialog();
        REQUIRE(booking);
        checkHeard(*booking, language + u"Book Appointment"_s);
        booking->reject();

        // New Series and the patient's form, from the Patients page.
        w.showPatients();
        w.searchPanel()->showPatient(f.scheduling.siobhan, u"O'Brien"_s);
        w.patients()->newSeries->trigger();
        app::NewSeriesDialog* series = w.patients()->seriesDialog();
        REQUIRE(series);
        checkHeard(*series, language + u"New Series"_s);
        series->reject();
        REQUIRE(QTest::qWaitFor([&w] { return w.patients()->seriesDialog() == nullptr; }));
        w.patients()->editPatient->trigger();
        app::PatientDialog* patient = w.patients()->dialog();
        REQUIRE(patient);
        checkHeard(*patient, language + u"Edit Patient"_s);
        patient->reject();
    }
}
