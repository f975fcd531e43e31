// The session chart: Complete on a series session opens its chart, which checks the depths and the
// numbing time as it is filled in, completes the session with its chart and offers the post-care.

#include "AppTestSupport.h"
#include "ClinicWindow.h"
#include "ScriptedPrintPrompts.h"
#include "services/ServiceTestSupport.h"
#include "storage/SchedulingTestSupport.h"

#include "app/print/PrintController.h"
#include "app/today/ChartDialog.h"
#include "app/today/TodayPage.h"
#include "app/workspace/ChangeHistory.h"
#include "services/ChartService.h"
#include "services/SeriesService.h"
#include "storage/ChartRepository.h"

#include <QAction>
#include <QDoubleSpinBox>
#include <QPushButton>
#include <QStatusBar>

using namespace np;
using namespace np::test;
using namespace Qt::StringLiterals;

namespace {

// José's first cheek session, checked in; the window open at 10:05 on its day.
struct ChartFixture {
    SchedulingFixture scheduling;
    qint64 appointment = 0;
    QDateTime start;
    std::unique_ptr<ClinicWindow> open;
    ScriptedPrintPrompts* prints = new ScriptedPrintPrompts;

    ChartFixture()
    {
        auto booked = services::bookSeries(deskContext(scheduling.db(), Today), threeSessions(scheduling.jose));
        REQUIRE(booked);
        REQUIRE(booked->stored);
        appointment = booked->stored->appointmentIds.front();
        start = booked->booking->sessions.front().slot.localStart;
        REQUIRE(
            scheduling.appointments().setStatus(appointment, 1, storage::AppointmentStatus::CheckedIn, {}, u"desk"_s));
        open = std::make_unique<ClinicWindow>(scheduling.db().path(), start.addSecs(5 * 60));
        open->window->printing()->setPrompts(std::unique_ptr<app::PrintPrompts>(prints));
        today().selectAppointment(appointment);
    }

    app::TodayPage& today() { return *open->window->todayPage(); }

    app::ChartDialog& chart()
    {
        REQUIRE(today().completeCurrent());
        app::ChartDialog* dialog = today().chartDialog();
        REQUIRE(dialog);
        return *dialog;
    }

    DepthRange cheeks() const
    {
        const Catalogue& c = builtInCatalogue();
        return c.depthFor(*c.indication(u"acne_scars"), *c.area(u"cheeks"));
    }
};

} // namespace

TEST_CASE("chart: Complete on a series session opens its chart, and a depth off the usual range waits for the reason")
{
    ChartFixture f;
    app::ChartDialog& dialog = f.chart();
    QDoubleSpinBox* cheeks = dialog.depthField(u"cheeks"_s);
    REQUIRE(cheeks);
    CHECK(cheeks->accessibleName() == u"Depth on the Cheeks"_s);
    CHECK(dialog.completeButton()->isEnabled());

    cheeks->setValue(f.cheeks().maxMm + 0.25);
    CHECK(dialog.checksText().contains(u"outside the usual"_s));
    CHECK_FALSE(dialog.completeButton()->isEnabled());
    CHECK_FALSE(dialog.complete());
    dialog.setText(u"depthReason"_s, u"Deep boxcar scars, tolerated well"_s);
    CHECK(dialog.completeButton()->isEnabled());
    cheeks->setValue(f.cheeks().maxMm);
    CHECK_FALSE(dialog.checksText().contains(u"outside the usual"_s));
}

TEST_CASE("chart: numbing for less than the protocol's time is said before completing")
{
    ChartFixture f;
    app::ChartDialog& dialog = f.chart();
    dialog.setText(u"numbingOn"_s, f.start.addSecs(-60).time().toString(u"HH:mm"_s)); // 6 minutes before now
    CHECK(dialog.checksText().contains(u"The numbing cream was on for 6 minutes"_s));
    CHECK(dialog.completeButton()->isEnabled()); // said, not refused
    dialog.setText(u"numbingOn"_s, u"25:99"_s);
    CHECK(dialog.checksText().startsWith(u"Applied at: "_s));
    CHECK_FALSE(dialog.completeButton()->isEnabled());
}

TEST_CASE("chart: Complete saves the chart, completes the session and offers the post-care sheet")
{
    ChartFixture f;
    QTemporaryDir out;
    f.prints->printTo = out.filePath(u"post-care.pdf"_s);
    app::ChartDialog& dialog = f.chart();
    dialog.setText(u"cartridge"_s, u"LOT-2291"_s);
    dialog.depthField(u"cheeks"_s)->setValue(f.cheeks().maxMm);
    dialog.setPasses(3);
    dialog.setText(u"endpoint"_s, u"Pinpoint bleeding"_s);
    dialog.setText(u"reaction"_s, u"Even erythema"_s);
    REQUIRE(dialog.complete());
    CHECK(f.scheduling.appointments().get(f.appointment)->status == storage::AppointmentStatus::Completed);
    CHECK(f.open->window->statusBar()->currentMessage().contains(u"completed and charted"_s));
    auto sheet = services::chartSheet(deskContext(f.scheduling.db(), f.start.date()), f.appointment);
    REQUIRE(sheet);
    auto chart = storage::ChartRepository(f.scheduling.db(), builtInCatalogue()).forSession(sheet->sessionId);
    REQUIRE(chart);
    REQUIRE(chart->has_value());
    CHECK((*chart)->cartridgeLot == u"LOT-2291"_s);
    CHECK((*chart)->passes == 3);
    CHECK((*chart)->depths.value(u"cheeks"_s) == f.cheeks().maxMm);
    CHECK((*chart)->recordedBy == f.open->settings.settings.deskName());

    REQUIRE(dialog.printButton());
    CHECK(dialog.focusWidget() == dialog.printButton());
    CHECK_FALSE(dialog.completeButton()->isVisible());
    QTest::mouseClick(dialog.printButton(), Qt::LeftButton);
    CHECK(f.prints->errors.isEmpty());
    CHECK(f.prints->previews == 1);
    CHECK(QFileInfo::exists(f.prints->printTo));
}

TEST_CASE("chart: Edit > Undo takes a completion back with its chart, and Redo charts it again")
{
    ChartFixture f;
    app::ChartDialog& dialog = f.chart();
    dialog.setText(u"cartridge"_s, u"LOT-2291"_s);
    dialog.setPasses(2);
    REQUIRE(dialog.complete());
    dialog.accept();
    storage::ChartRepository charts(f.scheduling.db(), builtInCatalogue());
    const qint64 session = *f.scheduling.appointments().get(f.appointment)->sessionId;
    REQUIRE(charts.forSession(session)->has_value());

    QAction* undo = f.open->window->history()->undoAction();
    CHECK(undo->text() == u"&Undo Complete García, José Luis's session"_s);
    undo->trigger();
    CHECK(f.open->window->statusBar()->currentMessage().startsWith(u"Undone: "_s));
    CHECK(f.scheduling.appointments().get(f.appointment)->status == storage::AppointmentStatus::CheckedIn);
    CHECK_FALSE(charts.forSession(session)->has_value());

    f.open->window->history()->redoAction()->trigger();
    CHECK(f.scheduling.appointments().get(f.appointment)->status == storage::AppointmentStatus::Completed);
    auto again = charts.forSession(session);
    REQUIRE(again->has_value());
    CHECK((*again)->cartridgeLot == u"LOT-2291"_s);
    CHECK((*again)->passes == 2);
}

TEST_CASE("chart: every field is named, no two Alt keys clash, in English and in Spanish")
{
    for (const bool spanish : {false, true}) {
        std::optional<SpanishTranslation> translation;
        if (spanish)
            translation.emplace();
        ChartFixture f;
        app::ChartDialog& dialog = f.chart();
        CHECK(mnemonicClashes(dialog).join(u", "_s).toStdString() == "");
        for (QWidget* w : dialog.findChildren<QWidget*>())
            if (w->focusPolicy() & Qt::TabFocus && !qobject_cast<QAbstractSpinBox*>(w->parentWidget())) {
                INFO(w->metaObject()->className() << " " << w->objectName().toStdString());
                CHECK_FALSE(w->accessibleName().isEmpty());
            }
        if (spanish)
            CHECK(dialog.windowTitle() != u"Chart and Complete"_s);
    }
}
