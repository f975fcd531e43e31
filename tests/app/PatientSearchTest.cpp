// The patient search: the model over PatientRepository::search and the panel around it.

#include "AppTestSupport.h"

#include "app/patients/PatientSearchModel.h"
#include "app/patients/PatientSearchPanel.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace np;
using namespace np::test;
using app::PatientSearchModel;

namespace {

QStringList names(const PatientSearchModel& model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.index(row, PatientSearchModel::Name).data().toString();
    return out;
}

// The model over the clinic's patients, checked by QAbstractItemModelTester throughout.
struct SearchFixture {
    ClinicFixture clinic;
    std::unique_ptr<np::app::Workspace> workspace = workspaceOn(clinic.db.path());
    PatientSearchModel model;
    QAbstractItemModelTester tester {&model, QAbstractItemModelTester::FailureReportingMode::Fatal};

    explicit SearchFixture(const QString& text)
    {
        model.setWorkspace(workspace.get());
        model.setSearchText(text);
    }
};

} // namespace

TEST_CASE("search model: \"jose gar\" finds José García with every column")
{
    SearchFixture f(QStringLiteral("jose gar"));
    const PatientSearchModel& model = f.model;

    REQUIRE(model.rowCount() == 1);
    CHECK(model.columnCount() == PatientSearchModel::ColumnCount);
    CHECK(model.index(0, PatientSearchModel::Name).data().toString() == QStringLiteral("García, José Luis"));
    CHECK(model.index(0, PatientSearchModel::PreferredName).data().toString() == QStringLiteral("Pepe"));
    CHECK(model.index(0, PatientSearchModel::BirthDate).data().toString().contains(QStringLiteral("1985")));
    CHECK(model.index(0, PatientSearchModel::Phone).data().toString() == QStringLiteral("(555) 123-4567"));
    CHECK(model.index(0, PatientSearchModel::Email).data().toString() == QStringLiteral("jose.garcia@example.com"));
    CHECK(model.patientId(0) == f.clinic.jose);
    CHECK(model.index(0, 0).data(PatientSearchModel::PatientIdRole).toLongLong() == f.clinic.jose);
    CHECK(model.headerData(PatientSearchModel::Email, Qt::Horizontal, Qt::DisplayRole).toString()
        == QStringLiteral("Email"));
}

TEST_CASE("search model: the include-archived toggle adds and removes archived patients")
{
    SearchFixture f(QStringLiteral("jos"));
    PatientSearchModel& model = f.model;
    const ClinicFixture& clinic = f.clinic;
    CHECK(names(model) == QStringList {QStringLiteral("García, José Luis")});

    model.setIncludeArchived(true);
    CHECK(names(model).size() == 2);
    const int row = model.rowOf(clinic.josefa);
    REQUIRE(row >= 0);
    CHECK(model.index(row, 0).data(PatientSearchModel::ArchivedRole).toBool());
    CHECK(model.index(row, 0).data(Qt::FontRole).value<QFont>().italic());

    model.setIncludeArchived(false);
    CHECK(model.rowOf(clinic.josefa) == -1);
}

TEST_CASE("search model: no text, no database or a failing search show no rows")
{
    ClinicFixture clinic;
    PatientSearchModel model;
    QSignalSpy failed(&model, &PatientSearchModel::searchFailed);
    model.setSearchText(QStringLiteral("jose"));
    CHECK(model.rowCount() == 0); // no database yet
    const auto workspace = workspaceOn(clinic.db.path());
    model.setWorkspace(workspace.get());
    CHECK(model.rowCount() == 1);
    model.setSearchText(QStringLiteral("   "));
    CHECK(model.rowCount() == 0);
    CHECK(failed.isEmpty());

    model.setSearchText(QStringLiteral("jose"));
    workspace->database().connection().close(); // the database goes away under the search
    model.refresh();
    CHECK(model.rowCount() == 0);
    CHECK(failed.size() == 1);
}

TEST_CASE("search panel: typing searches after the pause, Down moves to the results, Enter picks one")
{
    ClinicFixture clinic;
    app::PatientSearchPanel panel;
    const auto workspace = workspaceOn(clinic.db.path());
    panel.setWorkspace(workspace.get());
    panel.show();
    QSignalSpy selected(&panel, &app::PatientSearchPanel::currentPatientChanged);
    QSignalSpy activated(&panel, &app::PatientSearchPanel::patientActivated);
    QSignalSpy reset(panel.model(), &QAbstractItemModel::modelReset);

    QTest::keyClicks(panel.searchBox(), QStringLiteral("jose gar"));
    CHECK(panel.model()->rowCount() == 0); // waiting for the pause, not searching on every key
    REQUIRE(reset.wait(2000));
    CHECK(reset.size() == 1); // one search for the whole burst of typing
    REQUIRE(panel.model()->rowCount() == 1);

    QTest::keyClick(panel.searchBox(), Qt::Key_Down);
    CHECK(panel.currentPatientId() == clinic.jose);
    REQUIRE_FALSE(selected.isEmpty());
    CHECK(selected.last().at(0).toLongLong() == clinic.jose);

    QTest::keyClick(panel.resultsView(), Qt::Key_Up);
    QTest::keyClick(panel.searchBox(), Qt::Key_Return);
    REQUIRE(activated.size() == 1);
    CHECK(activated.at(0).at(0).toLongLong() == clinic.jose);
}

TEST_CASE("search panel: the archived box searches at once and keeps the selection")
{
    ClinicFixture clinic;
    app::PatientSearchPanel panel;
    const auto workspace = workspaceOn(clinic.db.path());
    panel.setWorkspace(workspace.get());
    panel.searchBox()->setText(QStringLiteral("jos"));
    panel.searchNow();
    REQUIRE(panel.model()->rowCount() == 1);
    QTest::keyClick(panel.searchBox(), Qt::Key_Down);
    REQUIRE(panel.currentPatientId() == clinic.jose);

    panel.includeArchivedBox()->setChecked(true);
    CHECK(panel.model()->rowCount() == 2);
    CHECK(panel.currentPatientId() == clinic.jose);
}
