// services::chartSheet, checkChart and completeWithChart: a session charted and completed together,
// depths checked against the catalogue's working range for the series' indication.
#include "SchedulingTestSupport.h"
#include "ServiceTestSupport.h"

#include "services/AppointmentService.h"
#include "services/ChangeUndo.h"
#include "services/ChartService.h"
#include "services/SeriesService.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;
using np::services::ServiceError;
using np::storage::AppointmentStatus;

namespace {

// José's first session of a three-session cheek series, checked in on its day.
struct ChartDesk {
    np::test::SchedulingFixture f;
    np::services::UseCaseContext booking = np::test::deskContext(f.db(), np::test::Today);
    qint64 id = 0;
    np::services::UseCaseContext ctx = booking;

    ChartDesk()
    {
        auto booked = np::services::bookSeries(booking, np::test::threeSessions(f.jose));
        REQUIRE(booked);
        REQUIRE(booked->stored);
        id = booked->stored->appointmentIds.front();
        ctx.today = booked->booking->sessions.front().slot.localStart.date();
        REQUIRE(f.appointments().setStatus(id, 1, AppointmentStatus::CheckedIn, {}, u"desk"_s));
    }

    np::DepthRange cheeks() const
    {
        const np::Catalogue& c = np::test::builtInCatalogue();
        return c.depthFor(*c.indication(u"acne_scars"), *c.area(u"cheeks"));
    }
};

} // namespace

TEST_CASE("services: the chart sheet gives the series session, the numbing time and each zone's depths")
{
    ChartDesk desk;
    auto sheet = np::services::chartSheet(desk.ctx, desk.id);
    REQUIRE(sheet.has_value());
    CHECK(sheet->sessionId != 0);
    CHECK(sheet->indication == u"acne_scars"_s);
    CHECK(sheet->numbingMinutes > 0);
    REQUIRE(sheet->zones.size() == 1);
    CHECK(sheet->zones.front().area == u"cheeks"_s);
    CHECK(sheet->zones.front().usual.maxMm == desk.cheeks().maxMm);
    CHECK(sheet->device == u"pen-1"_s);
}

TEST_CASE(
    "services: a chart completes its appointment in one transaction, a depth off the usual range only with a reason")
{
    ChartDesk desk;
    const double deep = desk.cheeks().maxMm + 0.25;
    np::storage::ChartRecord chart;
    chart.depths.insert(u"cheeks"_s, deep);
    chart.passes = 3;
    chart.reaction = u"Even erythema"_s;

    auto refused = np::services::completeWithChart(desk.ctx, {desk.id, std::nullopt}, chart);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().kind == ServiceError::Kind::Invalid);
    REQUIRE(refused.error().problems.size() == 1);
    CHECK(refused.error().problems.front().path == u"depths.cheeks"_s);
    CHECK(desk.f.appointments().get(desk.id)->status == AppointmentStatus::CheckedIn);

    // A stale version: nothing stored, the chart neither.
    chart.depthReason = u"Deep boxcar scars, tolerated well last time"_s;
    auto stale = np::services::completeWithChart(desk.ctx, {desk.id, 1}, chart);
    REQUIRE_FALSE(stale.has_value());
    CHECK(stale.error().isConflict());
    CHECK(desk.f.appointments().get(desk.id)->status == AppointmentStatus::CheckedIn);
    auto sheet = np::services::chartSheet(desk.ctx, desk.id);
    REQUIRE(sheet);
    CHECK_FALSE(np::storage::ChartRepository(desk.f.db(), np::test::builtInCatalogue())
                    .forSession(sheet->sessionId)
                    ->has_value());

    auto done = np::services::completeWithChart(desk.ctx, {desk.id, std::nullopt}, chart);
    INFO((done ? QString() : done.error().message).toStdString());
    REQUIRE(done.has_value());
    CHECK(done->appointment.status == AppointmentStatus::Completed);
    CHECK(done->chart.sessionId == sheet->sessionId);
    CHECK(done->chart.depths.value(u"cheeks"_s) == deep);
    CHECK(done->chart.device == u"pen-1"_s);
    CHECK(done->chart.recordedBy == u"desk"_s);
}

TEST_CASE("services: numbing shorter than the protocol's time is said, not refused")
{
    ChartDesk desk;
    auto sheet = np::services::chartSheet(desk.ctx, desk.id);
    REQUIRE(sheet);
    np::storage::ChartRecord chart;
    const QDateTime start = QDateTime(desk.ctx.today, QTime(10, 0), Qt::UTC);
    chart.numbingOn = start.addSecs(-60 * (sheet->numbingMinutes - 5));
    const auto check = np::services::checkChart(*sheet, chart, start);
    CHECK(check.needReason.isEmpty());
    REQUIRE(check.warnings.size() == 1);
    CHECK(check.warnings.front().contains(QString::number(sheet->numbingMinutes - 5) + u" minutes"_s));
    chart.numbingOn = start.addSecs(-60 * sheet->numbingMinutes);
    CHECK(np::services::checkChart(*sheet, chart, start).warnings.isEmpty());
}

TEST_CASE("services: an appointment that is no series session has no chart")
{
    np::test::SchedulingFixture f;
    const qint64 single = *f.appointments().book(f.request(f.jose, np::test::at("2026-11-24", 10)), u"desk"_s);
    auto sheet = np::services::chartSheet(np::test::deskContext(f.db(), np::test::Today), single);
    REQUIRE_FALSE(sheet.has_value());
    CHECK(sheet.error().message.contains(u"only a series session is charted"_s));
}

TEST_CASE("services: a completion with its chart is undone whole, the chart kept in the audit log, and redone")
{
    ChartDesk desk;
    auto& ctx = desk.ctx;
    auto series = np::storage::SeriesRepository(desk.f.db(), np::test::builtInCatalogue());
    auto charts = np::storage::ChartRepository(desk.f.db(), np::test::builtInCatalogue());
    const auto ids = desk.f.appointments().forPatient(desk.f.jose);
    REQUIRE(ids);
    REQUIRE(ids->size() == 3);
    np::storage::ChartRecord chart;
    chart.depths.insert(u"cheeks"_s, desk.cheeks().minMm);
    chart.passes = 3;

    // Sessions 1 and 2 done with their charts; the last one is the step taken back.
    for (int i = 0; i < 2; ++i) {
        const np::storage::AppointmentRecord a = ids->at(i);
        ctx.today = a.localStart.date();
        if (i > 0)
            REQUIRE(desk.f.appointments().setStatus(a.id, a.version, AppointmentStatus::CheckedIn, {}, u"desk"_s));
        REQUIRE(np::services::completeWithChart(ctx, {a.id, std::nullopt}, chart));
    }
    const np::storage::AppointmentRecord last = ids->at(2);
    ctx.today = last.localStart.date();
    REQUIRE(desk.f.appointments().setStatus(last.id, last.version, AppointmentStatus::CheckedIn, {}, u"desk"_s));
    auto before = np::services::appointmentsState(ctx, {last.id});
    REQUIRE(before);
    CHECK(before->charts.size() == 2);
    REQUIRE(before->series.size() == 1);
    CHECK(before->series.front().status == u"active"_s);
    auto done = np::services::completeWithChart(ctx, {last.id, std::nullopt}, chart);
    REQUIRE(done);
    auto after = np::services::appointmentsState(ctx, {last.id});
    REQUIRE(after);
    CHECK(after->charts.size() == 3);
    CHECK(after->series.front().status == u"completed"_s);

    // Undone: no chart on the session, which is booked again; the appointment checked in; the
    // series active; the chart whole in the audit log.
    auto undone = np::services::restoreAppointments(ctx, *after, *before);
    INFO((undone ? QString() : undone.error().message).toStdString());
    REQUIRE(undone);
    CHECK_FALSE(charts.forSession(*last.sessionId)->has_value());
    CHECK(series.session(*last.sessionId)->status == u"booked"_s);
    CHECK(desk.f.appointments().get(last.id)->status == AppointmentStatus::CheckedIn);
    CHECK(series.get(series.session(*last.sessionId)->seriesId)->status == u"active"_s);
    CHECK(undone->charts.size() == 2);
    QSqlQuery q(desk.f.db().connection());
    REQUIRE(q.exec(u"SELECT before_json FROM audit_log WHERE table_name = 'session_charts' AND action = 'retract'"_s));
    REQUIRE(q.next());
    CHECK(q.value(0).toString().contains(u"\"passes\":3"_s));

    // Redone: charted and completed again, the series completed.
    auto redone = np::services::restoreAppointments(ctx, *undone, *after);
    INFO((redone ? QString() : redone.error().message).toStdString());
    REQUIRE(redone);
    auto again = charts.forSession(*last.sessionId);
    REQUIRE(again->has_value());
    CHECK((*again)->passes == 3);
    CHECK(desk.f.appointments().get(last.id)->status == AppointmentStatus::Completed);
    CHECK(series.get(series.session(*last.sessionId)->seriesId)->status == u"completed"_s);

    // A chart corrected since cannot be taken back: nothing changes.
    np::storage::ChartRecord corrected = **again;
    corrected.reaction = u"Mild erythema"_s;
    REQUIRE(np::services::correctChart(ctx, corrected));
    auto stale = np::services::restoreAppointments(ctx, *redone, *before);
    REQUIRE_FALSE(stale);
    CHECK(stale.error().message.contains(u"the chart of session 3"_s));
    CHECK(charts.forSession(*last.sessionId)->has_value());
    CHECK(desk.f.appointments().get(last.id)->status == AppointmentStatus::Completed);
}
