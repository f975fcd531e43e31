// services::checkIn and readCheckinAnswers: the pre-session re-screen stored, then the appointment
// checked in, or cancelled with the reason when a blocking finding is in effect on its day.
#include "CheckinAnswers.h"
#include "SchedulingTestSupport.h"
#include "ServiceTestSupport.h"

#include "services/CheckinService.h"
#include "storage/ScreeningRepository.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;
using np::services::ServiceError;
using np::storage::AppointmentStatus;

namespace {

np::services::Outcome<np::services::CheckinAnswers> read(const QJsonObject& input)
{
    return np::services::readCheckinAnswers(
        QJsonDocument(input).toJson(), u"checkin.json"_s, np::test::builtInCatalogue());
}

struct Desk {
    np::test::SchedulingFixture f;
    qint64 id = *f.appointments().book(f.request(f.jose, np::test::at("2026-11-24", 10)), u"desk"_s);
    np::services::UseCaseContext ctx = np::test::deskContext(f.db(), QDate(2026, 11, 24));

    np::storage::AppointmentRecord appointment() { return *f.appointments().get(id); }
};

} // namespace

TEST_CASE("services: a clear pre-session screen checks the patient in and is stored as the actor's")
{
    Desk desk;
    auto answers = read(np::test::allClear());
    REQUIRE(answers.has_value());
    auto done = np::services::checkIn(desk.ctx, {desk.id, std::nullopt}, *answers);
    REQUIRE(done.has_value());
    CHECK_FALSE(done->blocked);
    CHECK(done->appointment.status == AppointmentStatus::CheckedIn);
    CHECK(done->screening.status() == u"clear"_s);
    CHECK(done->otherTexts.isEmpty());
    auto stored = np::storage::ScreeningRepository(desk.f.db(), np::test::builtInCatalogue()).get(done->screening.id);
    REQUIRE(stored.has_value());
    CHECK(stored->kind == np::storage::ScreeningKind::PreSession);
    CHECK(stored->recordedBy == u"desk"_s);

    // Checked in already: a second check-in is refused, and no second screening is stored.
    auto again = np::services::checkIn(desk.ctx, {desk.id, std::nullopt}, *answers);
    REQUIRE_FALSE(again.has_value());
    CHECK(again.error().kind == ServiceError::Kind::Invalid);
    CHECK(again.error().message.contains(u"only a booked appointment can be checked in"_s));
    auto all = np::storage::ScreeningRepository(desk.f.db(), np::test::builtInCatalogue()).forPatient(desk.f.jose);
    REQUIRE(all.has_value());
    CHECK(all->size() == 1);
}

TEST_CASE("services: a sunburn on the day stops the session, cancelled with the reason")
{
    Desk desk;
    auto answers = read(
        np::test::withAnswer(np::test::allClear(), u"sunburn_or_tan"_s, QJsonObject {{u"since"_s, u"2026-11-23"_s}}));
    REQUIRE(answers.has_value());
    auto done = np::services::checkIn(desk.ctx, {desk.id, std::nullopt}, *answers);
    REQUIRE(done.has_value());
    CHECK(done->blocked);
    REQUIRE(done->blocking.size() == 1);
    const np::Contraindication* sunburn = np::test::builtInCatalogue().contraindication(u"sunburn_or_tan"_s);
    CHECK(done->blocking[0].toObject().value(u"name"_s).toString() == sunburn->name);
    CHECK(desk.appointment().status == AppointmentStatus::Cancelled);
    CHECK(desk.appointment().statusReason == u"stopped at check-in: "_s + sunburn->name);
}

TEST_CASE("services: a check-in on a stale appointment keeps the screening and says the appointment did not change")
{
    Desk desk;
    auto answers = read(np::test::allClear());
    REQUIRE(answers.has_value());
    auto done = np::services::checkIn(desk.ctx, {desk.id, 7}, *answers);
    REQUIRE_FALSE(done.has_value());
    REQUIRE(done.error().storage.has_value());
    CHECK(done.error().storage->kind == np::storage::StorageError::Kind::Conflict);
    CHECK(done.error().message.contains(u"is stored, but appointment"_s));
    CHECK(desk.appointment().status == AppointmentStatus::Booked);
}

TEST_CASE("services: pre-session answers missing an item or a question are refused at each path")
{
    QJsonObject input = np::test::allClear();
    QJsonObject answers = input.value(u"answers"_s).toObject();
    answers.remove(u"pregnancy"_s);
    input.insert(u"answers"_s, answers);
    input.insert(u"other"_s, QJsonObject {});
    auto refused = read(input);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().kind == ServiceError::Kind::Invalid);
    QStringList paths;
    for (const np::Problem& p : refused.error().problems)
        paths << p.path;
    CHECK(paths.contains(u"answers.pregnancy"_s));
    CHECK(paths.contains(u"other.new_medication"_s));
}
