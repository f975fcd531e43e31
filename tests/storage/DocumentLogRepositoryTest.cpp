// DocumentLogRepository: each document given is one row with its audit row, listed for its
// patient newest first and shown in the patient file; the day sheet and recall list name no
// patient; bad input names the field and writes nothing.
#include "SchedulingTestSupport.h"

#include "storage/AuditLog.h"
#include "storage/DocumentLogRepository.h"
#include "storage/PatientFile.h"

#include <QJsonArray>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using np::storage::DocumentGivenRecord;
using np::storage::DocumentLogRepository;
using Kind = np::storage::StorageError::Kind;

namespace {

struct DocumentFixture : np::test::SchedulingFixture {
    DocumentLogRepository log {db()};
    qint64 appointment = 0; // José's, 2026-03-10 10:00

    DocumentFixture()
    {
        log.setClock(np::test::pinnedNow);
        auto booked = appointments().book(request(jose, np::test::at("2026-03-10", 10)), u"ana"_s);
        REQUIRE(booked.has_value());
        appointment = *booked;
    }

    [[nodiscard]] DocumentGivenRecord postCare(qint64 patientId) const
    {
        DocumentGivenRecord d;
        d.patientId = patientId;
        d.kind = u"post_care"_s;
        d.appointmentId = appointment;
        d.templateName = u"post_care.es.html"_s;
        d.templateVersion = u"2026.1"_s;
        d.language = u"es"_s;
        d.output = u"pdf:/tmp/post-care García.pdf"_s;
        return d;
    }

    qint64 rows()
    {
        QSqlQuery q(db().connection());
        REQUIRE(q.exec(u"SELECT count(*) FROM documents_given"_s));
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    }
};

} // namespace

TEST_CASE("a document given is recorded with its audit row and listed for its patient newest first")
{
    DocumentFixture f;
    auto first = f.log.record(f.postCare(f.jose), u"li"_s);
    REQUIRE(first.has_value());
    f.log.setClock([] { return np::test::pinnedNow().addSecs(3600); });
    DocumentGivenRecord card = f.postCare(f.jose);
    card.kind = u"appointment_card"_s;
    card.appointmentId.reset();
    card.output = u"printer:Front desk"_s;
    auto second = f.log.record(card, u"ana"_s);
    REQUIRE(second.has_value());

    auto list = f.log.forPatient(f.jose);
    REQUIRE(list.has_value());
    REQUIRE(list->size() == 2);
    CHECK(list->at(0).id == *second);
    CHECK(list->at(0).kind == u"appointment_card");
    CHECK(list->at(0).givenBy == u"ana");
    CHECK(list->at(0).givenAt == np::test::pinnedNow().addSecs(3600));
    CHECK(list->at(1).id == *first);
    CHECK(list->at(1).appointmentId == f.appointment);
    CHECK(list->at(1).templateName == u"post_care.es.html");
    CHECK(list->at(1).templateVersion == u"2026.1");
    CHECK(list->at(1).language == u"es");
    CHECK(list->at(1).output == u"pdf:/tmp/post-care García.pdf");
    CHECK(list->at(1).givenAt == np::test::pinnedNow());
    auto other = f.log.forPatient(f.siobhan);
    REQUIRE(other.has_value());
    CHECK(other->isEmpty());

    auto trail = np::storage::auditTrail(f.db(), u"documents_given"_s, *first);
    REQUIRE(trail.has_value());
    REQUIRE(trail->size() == 1);
    CHECK(trail->at(0).action == u"insert");
    CHECK(trail->at(0).actor == u"li");
    REQUIRE(trail->at(0).after.has_value());
    CHECK(trail->at(0).after->value(u"template_version"_s).toString() == u"2026.1");
    CHECK(trail->at(0).after->value(u"output"_s).toString() == u"pdf:/tmp/post-care García.pdf");
}

TEST_CASE("the day sheet and the recall list are logged without a patient and a patient document needs one")
{
    DocumentFixture f;
    DocumentGivenRecord sheet = f.postCare(f.jose);
    sheet.kind = u"day_sheet"_s;
    sheet.patientId.reset();
    sheet.appointmentId.reset();
    auto logged = f.log.record(sheet, u"ana"_s);
    REQUIRE(logged.has_value());
    auto read = f.log.get(*logged);
    REQUIRE(read.has_value());
    CHECK_FALSE(read->patientId.has_value());
    CHECK(read->kind == u"day_sheet");

    sheet.kind = u"recall_list"_s;
    sheet.patientId = f.jose;
    auto named = f.log.record(sheet, u"ana"_s);
    REQUIRE_FALSE(named.has_value());
    CHECK(named.error().kind == Kind::Invalid);
    CHECK(named.error().message.contains(u"patient_id"_s));

    DocumentGivenRecord anonymous = f.postCare(f.jose);
    anonymous.patientId.reset();
    auto refused = f.log.record(anonymous, u"ana"_s);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().message.contains(u"patient_id: is required for a post_care document"_s));
    CHECK(f.rows() == 1);
}

TEST_CASE("a document with an unknown kind, no template or a bad output is refused naming each field")
{
    DocumentFixture f;
    DocumentGivenRecord d = f.postCare(f.jose);
    d.kind = u"flyer"_s;
    d.templateName = u"  "_s;
    d.templateVersion.clear();
    d.language.clear();
    d.output = u"/tmp/x.pdf"_s;
    auto refused = f.log.record(d, u"ana"_s);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().kind == Kind::Invalid);
    const QString message = refused.error().message;
    CHECK(message.contains(u"kind: unknown document kind \"flyer\""_s));
    CHECK(message.contains(u"template: is required"_s));
    CHECK(message.contains(u"template_version: is required"_s));
    CHECK(message.contains(u"language: is required"_s));
    CHECK(message.contains(u"output: \"/tmp/x.pdf\""_s));
    d = f.postCare(f.jose);
    d.output = u"printer:"_s;
    CHECK_FALSE(f.log.record(d, u"ana"_s).has_value());
    CHECK(f.rows() == 0);
}

TEST_CASE("a document naming a missing patient or another patient's appointment writes nothing")
{
    DocumentFixture f;
    auto missing = f.log.record(f.postCare(999), u"ana"_s);
    REQUIRE_FALSE(missing.has_value());
    CHECK(missing.error().kind == Kind::NotFound);
    CHECK(missing.error().message.contains(u"no patient 999"_s));

    auto otherPatients = f.log.record(f.postCare(f.siobhan), u"ana"_s);
    REQUIRE_FALSE(otherPatients.has_value());
    CHECK(otherPatients.error().kind == Kind::Invalid);
    CHECK(otherPatients.error().message.contains(
        u"appointment_id: appointment %1 belongs to patient %2"_s.arg(f.appointment).arg(f.jose)));

    DocumentGivenRecord noSuchAppointment = f.postCare(f.jose);
    noSuchAppointment.appointmentId = 4242;
    auto gone = f.log.record(noSuchAppointment, u"ana"_s);
    REQUIRE_FALSE(gone.has_value());
    CHECK(gone.error().message.contains(u"no appointment 4242"_s));
    CHECK(f.rows() == 0);
}

TEST_CASE("a document whose audit row fails is not recorded")
{
    DocumentFixture f;
    QSqlQuery q(f.db().connection());
    REQUIRE(q.exec(u"CREATE TEMP TRIGGER refuse_audit BEFORE INSERT ON audit_log "
                   u"BEGIN SELECT RAISE(ABORT, 'audit refused'); END"_s));
    auto refused = f.log.record(f.postCare(f.jose), u"ana"_s);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().message.contains(u"audit refused"_s));
    CHECK(f.rows() == 0);
}

TEST_CASE("the patient file shows the documents given to the patient")
{
    DocumentFixture f;
    REQUIRE(f.log.record(f.postCare(f.jose), u"li"_s).has_value());
    auto file = np::storage::patientFileJson(f.db(), f.jose);
    REQUIRE(file.has_value());
    const QJsonArray documents = file->value(u"documents"_s).toArray();
    REQUIRE(documents.size() == 1);
    const QJsonObject d = documents.first().toObject();
    CHECK(d.value(u"kind"_s).toString() == u"post_care");
    CHECK(d.value(u"appointment_id"_s).toInteger() == f.appointment);
    CHECK(d.value(u"series_id"_s).isNull());
    CHECK(d.value(u"given_by"_s).toString() == u"li");
    CHECK(d.value(u"given_at"_s).toString() == u"2026-03-01T09:30:00.000Z");

    auto empty = np::storage::patientFileJson(f.db(), f.siobhan);
    REQUIRE(empty.has_value());
    CHECK(empty->value(u"documents"_s).toArray().isEmpty());
}
