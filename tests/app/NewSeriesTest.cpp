// New Series: a treatment series planned from the patient's record and booked from the main window,
// the result shown as it will act (blocked, held by a washout, review, ready for an event), each
// proposed session movable within the series' rules, and the papers printed in one go.

#include "AppTestSupport.h"
#include "ClinicWindow.h"
#include "ScriptedPrintPrompts.h"
#include "print/PdfText.h"
#include "services/ServiceTestSupport.h"
#include "storage/SchedulingTestSupport.h"

#include "app/MainWindow.h"
#include "app/backup/BackupService.h"
#include "app/patients/PatientController.h"
#include "app/patients/PatientSearchPanel.h"
#include "app/patients/TextTableModel.h"
#include "app/print/PrintController.h"
#include "app/series/NewSeriesDialog.h"
#include "app/workspace/ChangeHistory.h"
#include "services/ClinicalRecordService.h"
#include "services/SeriesService.h"
#include "storage/DocumentLogRepository.h"

#include <QAbstractItemModelTester>
#include <QAbstractSpinBox>
#include <QAction>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QUndoStack>

using namespace np;
using namespace np::test;
using namespace Qt::StringLiterals;

namespace {

// Friday 20 November 2026, 09:00, the example clinic: José selected on the Patients page.
struct NewSeriesFixture {
    SchedulingFixture scheduling;
    ClinicWindow open {scheduling.db().path(), QDateTime(QDate(2026, 11, 20), QTime(9, 0))};
    app::MainWindow* window = open.window.get();
    ScriptedPrintPrompts* prints = new ScriptedPrintPrompts;

    NewSeriesFixture()
    {
        window->printing()->setPrompts(std::unique_ptr<app::PrintPrompts>(prints));
        window->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(window));
        window->showPatients();
        window->searchPanel()->showPatient(scheduling.jose, u"García"_s);
    }

    services::UseCaseContext context() { return deskContext(scheduling.db(), QDate(2026, 11, 20)); }

    void addFinding(const QString& code, QStringList areas, QDate since, std::optional<QDate> until = {})
    {
        storage::FindingRecord f;
        f.patientId = scheduling.jose;
        f.code = code;
        f.areas = std::move(areas);
        f.since = since;
        f.until = until;
        REQUIRE(services::addFinding(context(), f));
    }

    app::NewSeriesDialog& openDialog()
    {
        window->patients()->newSeries->trigger();
        app::NewSeriesDialog* dialog = window->patients()->seriesDialog();
        REQUIRE(dialog);
        dialog->activateWindow();
        REQUIRE(QTest::qWaitFor([dialog] { return QApplication::activeWindow() == dialog; }));
        return *dialog;
    }

    QList<storage::SeriesRecord> series()
    {
        auto all = services::seriesOf(context(), scheduling.jose);
        REQUIRE(all);
        return *all;
    }
};

} // namespace

TEST_CASE("new series: from the keyboard alone, Ctrl+L, two Tabs, Space and Ctrl+Enter book a whole series")
{
    NewSeriesFixture f;
    CHECK(f.window->patients()->newSeries->shortcut() == QKeySequence(u"Ctrl+L"_s));
    QTest::keyClick(f.window, Qt::Key_L, Qt::ControlModifier);
    app::NewSeriesDialog* dialog = f.window->patients()->seriesDialog();
    REQUIRE(dialog);
    // A dialog shares activation with its parent: wait for the dialog itself to be the active one.
    dialog->activateWindow();
    REQUIRE(QTest::qWaitFor([dialog] { return QApplication::activeWindow() == dialog; }));
    QAbstractItemModelTester tester(
        const_cast<app::TextTableModel*>(&dialog->proposal()), QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(dialog->statusText().contains(u"Tick the areas"_s));
    CHECK_FALSE(dialog->bookButton()->isEnabled());

    QWidget* focused = dialog->focusWidget();
    REQUIRE(focused);
    CHECK(focused->accessibleName() == u"Indication"_s);
    QTest::keyClick(focused, Qt::Key_Tab);
    QTest::keyClick(dialog->focusWidget(), Qt::Key_Tab);
    auto* areas = qobject_cast<QListWidget*>(dialog->focusWidget());
    REQUIRE(areas);
    QTest::keyClick(areas, Qt::Key_Space); // ticks the first area: the forehead
    CHECK(dialog->statusText().contains(u"Ready to book"_s));
    const QList<BookedSession> proposed = dialog->proposedSessions();
    REQUIRE(proposed.size() == 4); // acne scars, moderate: the protocol's four sessions
    CHECK(dialog->proposal().rowCount() == 4);
    CHECK(proposed.front().slot.localStart.date() >= QDate(2026, 11, 20));
    for (qsizetype i = 1; i < proposed.size(); ++i)
        CHECK(proposed[i - 1].slot.localStart.daysTo(proposed[i].slot.localStart) >= 21);
    REQUIRE(dialog->bookButton()->isEnabled());

    QTest::keyClick(dialog->focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    // A button's shortcut clicks it as a click animates: the booking follows the key at once.
    REQUIRE(QTest::qWaitFor([dialog] { return dialog->booked().has_value(); }));
    const auto stored = f.series();
    REQUIRE(stored.size() == 1);
    CHECK(stored.front().areas == QStringList {u"forehead"_s});
    CHECK(dialog->booked()->appointmentIds.size() == 4);
    CHECK(dialog->statusText().startsWith(u"Booked: 4 session"_s));
    CHECK(f.window->statusBar()->currentMessage().contains(u"Booked: 4 session"_s));
    CHECK_FALSE(dialog->bookButton()->isVisible());
    REQUIRE(dialog->printButton()->isVisible());
    CHECK(dialog->printButton()->hasFocus());
}

TEST_CASE("new series: the consent form, pre-care sheet and card of a new series print in one go")
{
    NewSeriesFixture f;
    QTemporaryDir out;
    f.prints->printTo = out.filePath(u"papers.pdf"_s);
    app::NewSeriesDialog& dialog = f.openDialog();
    dialog.setTreatment(u"acne_scars"_s, u"automated_pen"_s, {u"cheeks"_s});
    REQUIRE(dialog.book());
    QTest::mouseClick(dialog.printButton(), Qt::LeftButton);
    CHECK(f.prints->previews == 1);
    CHECK(f.prints->errors.isEmpty());
    // One job of three pages, in José's language: the consent form, the pre-care sheet, the card.
    CHECK(pdfPages(f.prints->printTo) == 3);
    CHECK(pdfText(f.prints->printTo, 1, 1).contains(u"Consentimiento informado"_s));
    CHECK(pdfText(f.prints->printTo, 2, 2).contains(u"Antes de su tratamiento"_s));
    CHECK(pdfText(f.prints->printTo, 3, 3).contains(u"Sus citas"_s));
    auto given = storage::DocumentLogRepository(f.scheduling.db()).forPatient(f.scheduling.jose);
    REQUIRE(given);
    CHECK(given->size() == 3);
}

TEST_CASE("new series: active acne on the cheeks blocks a cheek series with the reason, not a forehead one")
{
    NewSeriesFixture f;
    f.addFinding(u"active_acne"_s, {u"cheeks"_s}, QDate(2026, 11, 1));
    app::NewSeriesDialog& dialog = f.openDialog();
    dialog.setTreatment(u"acne_scars"_s, u"automated_pen"_s, {u"cheeks"_s});
    CHECK(dialog.statusText().startsWith(u"Blocked"_s));
    CHECK(dialog.reasonsText().contains(u"Blocks"_s));
    CHECK(dialog.proposal().rowCount() == 0);
    CHECK_FALSE(dialog.bookButton()->isEnabled());
    CHECK_FALSE(dialog.book());

    dialog.setTreatment(u"acne_scars"_s, u"automated_pen"_s, {u"forehead"_s});
    CHECK(dialog.statusText().startsWith(u"Ready to book"_s));
    CHECK(dialog.proposal().rowCount() == 4);
    CHECK(dialog.bookButton()->isEnabled());
    CHECK(f.series().isEmpty());
}

TEST_CASE("new series: an isotretinoin washout holds the series back, and says until when")
{
    NewSeriesFixture f;
    f.addFinding(u"isotretinoin"_s, {}, QDate(2026, 1, 10), QDate(2026, 9, 30)); // 182-day washout
    app::NewSeriesDialog& dialog = f.openDialog();
    dialog.setTreatment(u"acne_scars"_s, u"automated_pen"_s, {u"cheeks"_s});
    const QDate clears = QDate(2026, 9, 30).addDays(182);
    CHECK(dialog.statusText().startsWith(u"Held back"_s));
    CHECK(dialog.reasonsText().contains(app::displayDate(clears.addDays(-1))));
    REQUIRE(dialog.proposal().rowCount() == 4);
    CHECK(dialog.proposedSessions().front().slot.localStart.date() >= clears);
}

TEST_CASE("new series: before an event the last session falls in its window, or the dialog says it comes too soon")
{
    NewSeriesFixture f;
    app::NewSeriesDialog& dialog = f.openDialog();
    dialog.setTreatment(u"acne_scars"_s, u"automated_pen"_s, {u"cheeks"_s});
    dialog.setEventDate(QDate(2027, 4, 10));
    CHECK(dialog.reasonsText().contains(u"Ready for the event on "_s + app::displayDate(QDate(2027, 4, 10))));
    const QList<BookedSession> sessions = dialog.proposedSessions();
    REQUIRE(sessions.size() == 4);
    CHECK(sessions.back().slot.localStart.date() < QDate(2027, 4, 10));

    dialog.setEventDate(QDate(2026, 12, 20));
    CHECK(dialog.reasonsText().contains(u"comes too soon"_s));

    QLineEdit* event = findByAccessibleName<QLineEdit>(dialog, u"Event date"_s);
    REQUIRE(event);
    event->setText(u"31/31/2027"_s);
    CHECK(dialog.statusText().startsWith(u"Event date: "_s));
    CHECK_FALSE(dialog.bookButton()->isEnabled());
}

TEST_CASE("new series: a session moved closer than the protocol allows is refused with why, a later day is taken")
{
    NewSeriesFixture f;
    app::NewSeriesDialog& dialog = f.openDialog();
    dialog.setTreatment(u"acne_scars"_s, u"automated_pen"_s, {u"cheeks"_s});
    const QList<BookedSession> before = dialog.proposedSessions();
    REQUIRE(before.size() == 4);

    CHECK_FALSE(dialog.changeSession(2, before[0].slot.localStart.addDays(10)));
    CHECK(dialog.changeProblemText().startsWith(u"Not moved: "_s));
    CHECK(dialog.changeProblemText().contains(u"21 days"_s));
    CHECK(dialog.proposedSessions()[1].slot.localStart == before[1].slot.localStart);

    const QDateTime later = before[1].slot.localStart.addDays(4);
    INFO(dialog.changeProblemText().toStdString());
    REQUIRE(dialog.changeSession(2, later));
    CHECK(dialog.changeProblemText().isEmpty());
    const QList<BookedSession> after = dialog.proposedSessions();
    CHECK(after[1].slot.localStart == later);
    CHECK(after[1].adjusted);
    CHECK(after[1].slot.localStart.daysTo(after[2].slot.localStart) >= 21); // the third follows from it
    REQUIRE(dialog.book());
    const auto stored = f.series();
    REQUIRE(stored.size() == 1);
    CHECK(stored.front().sessions[1].plannedDate == later.date());
}

TEST_CASE("new series: a plan that needs review is booked only with the clinician's note, kept with the series")
{
    NewSeriesFixture f;
    f.addFinding(u"anticoagulants"_s, {}, QDate(2026, 6, 1));
    app::NewSeriesDialog& dialog = f.openDialog();
    dialog.setTreatment(u"acne_scars"_s, u"automated_pen"_s, {u"cheeks"_s});
    CHECK(dialog.statusText().startsWith(u"Needs a clinician's review"_s));
    CHECK(dialog.proposal().rowCount() == 4);
    CHECK_FALSE(dialog.bookButton()->isEnabled());
    dialog.setNote(u"INR stable, cleared by Dr Núñez"_s);
    REQUIRE(dialog.bookButton()->isEnabled());
    REQUIRE(dialog.book());
    const auto stored = f.series();
    REQUIRE(stored.size() == 1);
    CHECK(stored.front().notes == u"INR stable, cleared by Dr Núñez"_s);
}

TEST_CASE("new series: every control is named, a table is one Tab stop, and no two Alt keys clash")
{
    NewSeriesFixture f;
    app::NewSeriesDialog& dialog = f.openDialog();
    CHECK(mnemonicClashes(dialog).join(u", "_s).toStdString() == "");
    for (QWidget* w : dialog.findChildren<QWidget*>())
        if (w->focusPolicy() & Qt::TabFocus && !qobject_cast<QTableView*>(w->parentWidget())
            && !qobject_cast<QAbstractSpinBox*>(w->parentWidget())) {
            INFO(w->metaObject()->className() << " " << w->objectName().toStdString());
            CHECK_FALSE(w->accessibleName().isEmpty());
        }
    auto* table = dialog.findChild<QTableView*>();
    REQUIRE(table);
    CHECK_FALSE(table->tabKeyNavigation());
}

TEST_CASE("new series: with no patient selected there is nothing to plan for")
{
    NewSeriesFixture f;
    CHECK(f.window->patients()->newSeries->isEnabled());
    f.window->patients()->setPatient(0);
    CHECK_FALSE(f.window->patients()->newSeries->isEnabled());
}

TEST_CASE("new series: in Spanish the dialog reads in Spanish, before and after booking, its Alt keys distinct")
{
    SpanishTranslation spanish;
    NewSeriesFixture f;
    app::NewSeriesDialog& dialog = f.openDialog();
    CHECK(dialog.windowTitle() == u"Nueva serie"_s);
    CHECK(mnemonicClashes(dialog).join(u", "_s).toStdString() == "");
    dialog.setTreatment(u"acne_scars"_s, u"automated_pen"_s, {u"cheeks"_s});
    CHECK(dialog.statusText().startsWith(u"Lista para reservar"_s));
    CHECK(dialog.proposal().headerData(0, Qt::Horizontal, Qt::DisplayRole).toString() == u"Sesión"_s);
    CHECK_FALSE(dialog.changeSession(2, dialog.proposedSessions()[0].slot.localStart.addDays(10)));
    CHECK(dialog.changeProblemText().startsWith(u"No se movió: "_s));
    CHECK(dialog.changeProblemText().contains(u"necesita al menos 21 días"_s)); // the planner's words too
    REQUIRE(dialog.book());
    CHECK(dialog.statusText().startsWith(u"Reservada: 4 sesiones"_s));
    CHECK(mnemonicClashes(dialog).join(u", "_s).toStdString() == "");
}

TEST_CASE("new series: booking a series is one step of Edit > Undo, and Redo books it again")
{
    NewSeriesFixture f;
    app::NewSeriesDialog& dialog = f.openDialog();
    dialog.setTreatment(u"acne_scars"_s, u"automated_pen"_s, {u"cheeks"_s});
    REQUIRE(dialog.book());
    const QList<qint64> ids = dialog.booked()->appointmentIds;
    REQUIRE(ids.size() == 4);
    dialog.reject();
    QAction* undo = f.window->history()->undoAction();
    CHECK(undo->text() == u"&Undo Book García, José Luis's series"_s);
    CHECK(f.window->history()->stack()->count() == 1);

    undo->trigger();
    for (const qint64 id : ids) {
        auto a = f.scheduling.appointments().get(id);
        REQUIRE(a);
        CHECK(a->status == storage::AppointmentStatus::Cancelled);
        CHECK(a->statusReason == u"Booking undone"_s);
    }
    auto planned = f.series();
    REQUIRE(planned.size() == 1);
    for (const storage::PlannedSessionRecord& s : planned.front().sessions)
        CHECK(s.status == u"planned"_s); // the plan stays, its sessions unbooked

    f.window->history()->redoAction()->trigger();
    for (const qint64 id : ids)
        CHECK(f.scheduling.appointments().get(id)->status == storage::AppointmentStatus::Booked);
    const auto rebooked = f.series();
    for (const storage::PlannedSessionRecord& s : rebooked.front().sessions)
        CHECK(s.status == u"booked"_s);
}
