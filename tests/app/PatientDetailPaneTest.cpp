// The read-only patient details.

#include "AppTestSupport.h"

#include "app/patients/PatientDetailPane.h"
#include "app/patients/PatientText.h"

using namespace np;
using namespace np::test;

TEST_CASE("patient details: name, age on the pinned day, contact, skin type and findings by name")
{
    ClinicFixture clinic;
    storage::FindingRepository findings(*clinic.db, builtInCatalogue());
    storage::FindingRecord acne;
    acne.patientId = clinic.jose;
    acne.code = QStringLiteral("active_acne");
    acne.areas = {QStringLiteral("cheeks")};
    acne.since = QDate(2026, 1, 3);
    REQUIRE(findings.add(acne, QStringLiteral("tester")));

    const auto workspace = workspaceOn(clinic.db.path());
    app::PatientDetailPane pane;
    CHECK(pane.fieldText(QStringLiteral("name")).contains(QStringLiteral("select")));
    pane.setWorkspace(workspace.get());
    pane.showPatient(clinic.jose);

    CHECK(pane.fieldText(QStringLiteral("name")) == QStringLiteral("García, José Luis"));
    CHECK(pane.fieldText(QStringLiteral("birthDate")).endsWith(QStringLiteral("(40 years)"))); // 41 on 2 March
    CHECK(pane.fieldText(QStringLiteral("phone")) == QStringLiteral("(555) 123-4567"));
    CHECK(pane.fieldText(QStringLiteral("fitzpatrick")) == QStringLiteral("Type III"));
    const QString shown = pane.fieldText(QStringLiteral("findings"));
    CHECK(shown.contains(QStringLiteral("Active acne in the treated area (Cheeks)")));
    CHECK_FALSE(shown.contains(QStringLiteral("active_acne")));

    pane.showPatient(clinic.josefa);
    CHECK(pane.fieldText(QStringLiteral("name")).endsWith(QStringLiteral("(archived)")));
    CHECK(pane.fieldText(QStringLiteral("findings")) == QStringLiteral("None recorded"));

    // The address from its parts, and the number the patient had in the clinic's old system.
    auto record = clinic.patients.get(clinic.jose);
    REQUIRE(record);
    record->address = QStringLiteral("Calle Mayor 1\n3º B");
    record->town = QStringLiteral("Madrid");
    record->postcode = QStringLiteral("28013");
    record->country = QStringLiteral("España");
    record->externalRef = QStringLiteral("HC-417");
    REQUIRE(clinic.patients.update(*record, QStringLiteral("tester")));
    pane.showPatient(clinic.jose);
    CHECK(pane.fieldText(QStringLiteral("address")) == QStringLiteral("Calle Mayor 1\n3º B\nMadrid, 28013\nEspaña"));
    CHECK(pane.fieldText(QStringLiteral("externalRef")) == QStringLiteral("HC-417"));

    pane.showPatient(987654);
    CHECK(pane.fieldText(QStringLiteral("name")).contains(QStringLiteral("987654")));
}

TEST_CASE("patient text: ages count whole years, 29 February birthdays on 1 March")
{
    CHECK(app::ageOn(QDate(1985, 3, 2), QDate(2026, 3, 1)) == 40);
    CHECK(app::ageOn(QDate(1985, 3, 2), QDate(2026, 3, 2)) == 41);
    CHECK(app::ageOn(QDate(2008, 2, 29), QDate(2026, 2, 28)) == 17);
    CHECK(app::ageOn(QDate(2008, 2, 29), QDate(2026, 3, 1)) == 18);
    CHECK_FALSE(app::ageOn(QDate(2030, 1, 1), QDate(2026, 3, 1)));
    CHECK(app::patientDisplayName(QStringLiteral("García"), QString()) == QStringLiteral("García"));
}
