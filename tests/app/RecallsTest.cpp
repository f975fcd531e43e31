// The Recalls page: who to call back, by list and period, and the patient a key away.

#include "AppTestSupport.h"
#include "ClinicWindow.h"
#include "services/ServiceTestSupport.h"
#include "storage/SchedulingTestSupport.h"

#include "app/calendar/BookAppointmentDialog.h"
#include "app/patients/PatientDetailPane.h"
#include "app/patients/PatientText.h"
#include "app/patients/RecordTable.h"
#include "app/patients/TextTableModel.h"
#include "app/recalls/RecallsPage.h"
#include "services/SeriesService.h"

#include <QAbstractItemModelTester>
#include <QDateTimeEdit>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>

using namespace np;
using namespace np::test;
using namespace Qt::StringLiterals;

namespace {

// José has a three-session cheek series planned from 1 December and nothing booked; it is 20
// November 2026.
struct RecallsFixture {
    SchedulingFixture scheduling;
    std::unique_ptr<ClinicWindow> open;

    RecallsFixture()
    {
        PlanRequest request = threeSessions(scheduling.jose).plan;
        auto created = services::createSeries(deskContext(scheduling.db(), Today), scheduling.jose, request);
        REQUIRE(created);
        REQUIRE(created->stored);
        open = std::make_unique<ClinicWindow>(scheduling.db().path(), QDateTime(Today, QTime(9, 0)));
    }

    app::MainWindow& window() { return *open->window; }
    app::RecallsPage& recalls() { return *window().recallsPage(); }
};

} // namespace

TEST_CASE("recalls: Ctrl+3 lists the sessions planned but not booked, with the phone to call")
{
    RecallsFixture f;
    QAbstractItemModelTester tester(
        f.recalls().table()->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    f.window().activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&f.window()));
    // Out of sight the lists are not read (they read every patient's series): the window starts fast.
    CHECK(f.recalls().table()->model()->rowCount() == 0);
    QTest::keyClick(&f.window(), Qt::Key_3, Qt::ControlModifier);
    CHECK(f.window().pages()->currentWidget() == &f.recalls());
    CHECK(f.recalls().table()->model()->rowCount() > 0); // read when shown, with the default period
    f.recalls().setFilter({}, 60);
    const app::TextTableModel& rows = *f.recalls().table()->model();
    REQUIRE(rows.rowCount() >= 2);
    CHECK(rows.text(0, 1) == u"Not booked"_s);
    CHECK(rows.text(0, 2).contains(u"José"_s));
    CHECK_FALSE(rows.text(0, 3).isEmpty());
    CHECK(rows.text(0, 5).startsWith(u"Session 1 of "_s));
    CHECK(f.recalls().table()->summary().contains(u"to make"_s));
}

TEST_CASE("recalls: a list and a period narrow it, and an empty one says nobody is to be called")
{
    RecallsFixture f;
    f.recalls().setFilter(u"unbooked"_s, 60);
    const int unbooked = f.recalls().table()->model()->rowCount();
    CHECK(unbooked >= 2);
    f.recalls().setFilter(u"unbooked"_s, 5); // the first session is on 1 December, 11 days away
    CHECK(f.recalls().table()->model()->rowCount() < unbooked);
    f.recalls().setFilter(u"overdue"_s, 60);
    CHECK(f.recalls().table()->model()->rowCount() == 0);
    CHECK(f.recalls().table()->summary().startsWith(u"Nobody to call"_s));
}

TEST_CASE("recalls: Enter on a row opens the patient's record")
{
    RecallsFixture f;
    f.recalls().setFilter({}, 60);
    QTableView* view = f.recalls().table()->view();
    view->setCurrentIndex(view->model()->index(0, 0));
    emit view->activated(view->currentIndex());
    CHECK(f.window().pages()->currentIndex() == 1);
    CHECK(f.window().detailPane()->patientId() == f.scheduling.jose);
}

TEST_CASE("recalls: every control is named and its Alt keys are distinct, in English and in Spanish")
{
    for (const bool spanish : {false, true}) {
        std::optional<SpanishTranslation> translation;
        if (spanish)
            translation.emplace();
        RecallsFixture f;
        f.window().pages()->setCurrentWidget(&f.recalls());
        CHECK(mnemonicClashes(f.window()).join(u", "_s).toStdString() == "");
        for (QWidget* w : f.recalls().findChildren<QWidget*>())
            if (w->focusPolicy() & Qt::TabFocus && !qobject_cast<QAbstractSpinBox*>(w->parentWidget())
                && !qobject_cast<QTableView*>(w->parentWidget())) {
                INFO(w->metaObject()->className() << " " << w->objectName().toStdString());
                CHECK_FALSE(w->accessibleName().isEmpty());
            }
    }
}

TEST_CASE("recalls: Mark Contacted keeps the day and what came of it on that recall only")
{
    RecallsFixture f;
    f.recalls().setFilter({}, 60);
    REQUIRE(f.recalls().table()->model()->rowCount() >= 2);
    REQUIRE(f.recalls().markContacted(0, u"Left a message"_s));
    const app::TextTableModel& rows = *f.recalls().table()->model();
    CHECK(rows.text(0, 6) == app::displayDate(Today) + u": Left a message"_s);
    CHECK(rows.text(1, 6).isEmpty());
    // A newer call replaces what the list shows; both are kept.
    REQUIRE(f.recalls().markContacted(0, u"Will call back to book"_s));
    CHECK(rows.text(0, 6).endsWith(u"Will call back to book"_s));
    f.recalls().refresh();
    CHECK(rows.text(0, 6).endsWith(u"Will call back to book"_s));
}

TEST_CASE("recalls: Book on a session not booked books that session at the first free time near its day")
{
    RecallsFixture f;
    f.window().showPatients();
    QTest::keyClick(&f.window(), Qt::Key_3, Qt::ControlModifier);
    f.recalls().setFilter(u"unbooked"_s, 60);
    REQUIRE(!f.recalls().recalls().isEmpty());
    const storage::Recall first = f.recalls().recalls().front();
    REQUIRE(first.sessionNumber == 1);
    const int before = f.recalls().table()->model()->rowCount();

    f.recalls().bookRow(0);
    app::BookAppointmentDialog* dialog = f.recalls().bookingDialog();
    REQUIRE(dialog);
    CHECK(dialog->windowTitle() == u"Book the Session"_s);
    CHECK(findByAccessibleName<QLineEdit>(*dialog, u"Patient"_s)->isReadOnly());
    const QDateTime start = findByAccessibleName<QDateTimeEdit>(*dialog, u"When"_s)->dateTime();
    CHECK(start.date() == first.plannedDate); // the day is free: the session's own day
    REQUIRE(dialog->bookButton()->isEnabled());
    REQUIRE(dialog->book());

    // The session is booked: off the list, its appointment on the calendar.
    CHECK(f.recalls().table()->model()->rowCount() == before - 1);
    auto series = services::seriesRecord(deskContext(f.scheduling.db(), Today), first.seriesId);
    REQUIRE(series);
    CHECK(series->sessions.front().status == u"booked"_s);
    auto booked = f.scheduling.appointments().forPatient(f.scheduling.jose);
    REQUIRE(booked);
    REQUIRE(booked->size() == 1);
    CHECK(booked->front().sessionId == series->sessions.front().id);
    CHECK(booked->front().localStart == start);
}

TEST_CASE("recalls: a session booked too close to the one before is refused in the dialog, nothing booked")
{
    RecallsFixture f;
    f.recalls().setFilter(u"unbooked"_s, 90);
    REQUIRE(f.recalls().recalls().size() >= 2);
    // Book the first session, then try the second a week after it.
    f.recalls().bookRow(0);
    REQUIRE(f.recalls().bookingDialog());
    REQUIRE(f.recalls().bookingDialog()->book());
    f.recalls().setFilter(u"unbooked"_s, 90);
    int second = -1;
    for (int i = 0; i < f.recalls().recalls().size(); ++i)
        if (f.recalls().recalls()[i].sessionNumber == 2)
            second = i;
    REQUIRE(second >= 0);
    f.recalls().bookRow(second);
    app::BookAppointmentDialog* dialog = f.recalls().bookingDialog();
    REQUIRE(dialog);
    auto booked = f.scheduling.appointments().forPatient(f.scheduling.jose);
    REQUIRE(booked);
    QDate soon = booked->front().localStart.date().addDays(7);
    while (exampleClinic().isClosed(soon) || soon.dayOfWeek() == Qt::Saturday)
        soon = soon.addDays(1);
    findByAccessibleName<QDateTimeEdit>(*dialog, u"When"_s)->setDateTime(QDateTime(soon, QTime(10, 0)));
    CHECK_FALSE(dialog->book());
    CHECK(dialog->statusText().contains(u"21"_s));
    CHECK(f.scheduling.appointments().forPatient(f.scheduling.jose)->size() == 1);
}
