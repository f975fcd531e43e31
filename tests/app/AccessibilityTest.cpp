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
#include "app/clinic/ClinicSettingsDialog.h"
#include "app/clinic/ClinicSetupWizard.h"
#include "app/clinic/ProtocolsDialog.h"
#include "app/help/UserGuide.h"
#include "app/patients/FindingDialog.h"
#include "app/patients/PatientController.h"
#include "app/patients/PatientDialog.h"
#include "app/patients/PatientImportDialog.h"
#include "app/patients/PatientSearchPanel.h"
#include "app/recalls/RecallsPage.h"
#include "app/series/NewSeriesDialog.h"
#include "app/settings/SettingsDialog.h"
#include "app/today/ChartDialog.h"
#include "app/today/CheckinDialog.h"
#include "app/today/TodayPage.h"
#include "app/workspace/WorkspaceTasks.h"
#include "services/AppointmentService.h"
#include "services/SeriesService.h"

#include <QAction>
#include <QTabWidget>
#include <QTemporaryDir>

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

// Runs `check` with the app in English, then in Spanish, given the language to say ("en: ").
template <typename Check>
void inEnglishAndSpanish(Check check)
{
    check(u"en: "_s);
    SpanishTranslation spanish;
    check(u"es: "_s);
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
    inEnglishAndSpanish([&](const QString& language) {
        ReaderFixture f;
        app::MainWindow& w = f.window();
        for (int page = 0; page < w.pages()->count(); ++page) {
            w.pages()->setCurrentIndex(page);
            checkHeard(w, language + w.pages()->tabText(page));
        }
    });
}

TEST_CASE("screen reader: the day's dialogs name each control, and Tab reaches them all in reading order")
{
    inEnglishAndSpanish([&](const QString& language) {
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
    });
}

TEST_CASE(
    "screen reader: this computer's settings, the clinic's set-up, the protocols and the set-up wizard, Tab in order")
{
    inEnglishAndSpanish([&](const QString& language) {
        SchedulingFixture scheduling;
        TempSettings settings;
        const auto workspace = workspaceOn(scheduling.db().path(), QDate(2026, 11, 24));

        app::SettingsDialog computer(settings.settings);
        computer.show();
        checkHeard(computer, language + u"This Computer"_s);

        app::ClinicSettingsDialog clinic(*workspace, settings.settings);
        clinic.show();
        auto* tabs = clinic.findChild<QTabWidget*>();
        for (int i = 0; tabs && i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            checkHeard(clinic, language + u"Clinic: "_s + tabs->tabText(i));
        }

        app::ProtocolsDialog protocols(*workspace, settings.settings,
            [](std::unique_ptr<const Catalogue>, const QString&) -> std::expected<void, QString> { return {}; });
        protocols.show();
        checkHeard(protocols, language + u"Protocols"_s);

        // Each page of the set-up wizard, as the wizard shows it (started there: Next checks first).
        QTemporaryDir dir;
        for (const int page : {app::ClinicSetupWizard::StartId, app::ClinicSetupWizard::DetailsId,
                 app::ClinicSetupWizard::HoursId, app::ClinicSetupWizard::TeamId, app::ClinicSetupWizard::RoomsId,
                 app::ClinicSetupWizard::ClosuresId, app::ClinicSetupWizard::ReadyId}) {
            app::ClinicSetupWizard wizard(builtInCatalogue(), dir.filePath(u"clinic.db"_s), dir.filePath(u"demo.db"_s));
            wizard.setStartId(page);
            wizard.show();
            REQUIRE(wizard.currentId() == page);
            checkHeard(wizard, language + u"Set-up wizard: "_s + wizard.currentPage()->title());
        }
    });
}

TEST_CASE("screen reader: the finding form, the patient import and the user guide name each control, Tab in order")
{
    inEnglishAndSpanish([&](const QString& language) {
        SchedulingFixture scheduling;
        const auto workspace = workspaceOn(scheduling.db().path(), QDate(2026, 11, 24));

        app::FindingDialog finding(*workspace, scheduling.jose, app::FindingDialog::Purpose::Add);
        finding.show();
        checkHeard(finding, language + u"Add Finding"_s);

        app::WorkspaceTasks tasks;
        app::PatientImportDialog import(*workspace, tasks);
        import.show();
        checkHeard(import, language + u"Import Patients"_s);

        app::UserGuideWindow guide(app::findUserGuide());
        guide.show();
        checkHeard(guide, language + u"User Guide"_s);
    });
}
