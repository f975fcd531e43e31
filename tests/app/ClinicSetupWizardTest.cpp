// The first run's clinic set-up wizard, driven page by page offscreen, and what it makes.
#include "AppTestSupport.h"

#include "app/clinic/ClinicDraft.h"
#include "app/clinic/ClinicSetupWizard.h"
#include "app/clinic/SetupListPage.h"
#include "app/clinic/SetupTableModel.h"
#include "app/patients/DateInput.h"
#include "app/startup/FirstRun.h"
#include "services/ClinicSetupService.h"
#include "services/PatientService.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

using namespace np;
using namespace np::test;
using namespace Qt::StringLiterals;

namespace {

const QDateTime Now(QDate(2026, 3, 1), QTime(9, 30));

qint64 patientCount(storage::Database& db)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(u"SELECT count(*) FROM patients"_s));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

struct WizardFixture {
    QTemporaryDir dir;
    TempSettings settings;
    app::ClinicSetupWizard wizard {builtInCatalogue(), dir.filePath(u"clinic.db"_s), dir.filePath(u"demo/demo.db"_s)};

    WizardFixture()
    {
        wizard.show();
        REQUIRE(QTest::qWaitForWindowExposed(&wizard));
    }

    template <typename Widget = QLineEdit>
    Widget* field(const QString& name)
    {
        auto* w = wizard.currentPage()->findChild<Widget*>(name);
        REQUIRE(w != nullptr);
        return w;
    }
    void type(const QString& name, const QString& text) { field(name)->setText(text); }
    // The problem shown at `name`'s field; empty when none is shown.
    QString error(const QString& name)
    {
        auto* label = wizard.currentPage()->findChild<QLabel*>(name + u"Error"_s);
        REQUIRE(label != nullptr);
        return label->isVisibleTo(&wizard) ? label->text() : QString();
    }
    void next() { QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton); }
    // Sets a cell of the list page's table `list` (a row added first when `row` is new).
    void setCell(app::SetupListPage* page, int list, int row, int column, const QString& value)
    {
        QTableView* table = page->table(list);
        auto* model = qobject_cast<app::SetupTableModel*>(table->model());
        REQUIRE(model != nullptr);
        if (row >= model->rowCount())
            QTest::mouseClick(page->findChildren<QPushButton*>().at(list * 2), Qt::LeftButton);
        REQUIRE(model->setData(model->index(row, column), value));
    }
};

} // namespace

TEST_CASE("clinic set-up: the wizard makes a clinic page by page, each page refused at the field until right")
{
    WizardFixture f;
    REQUIRE(f.wizard.currentId() == app::ClinicSetupWizard::StartId);
    CHECK(f.wizard.startPage()->choice() == app::SetupStartPage::Choice::Create);
    CHECK(mnemonicClashes(f.wizard).isEmpty());
    f.next();

    // The clinic: the phone is required, as `clinic load` says.
    REQUIRE(f.wizard.currentId() == app::ClinicSetupWizard::DetailsId);
    CHECK(mnemonicClashes(f.wizard).isEmpty());
    f.type(u"name"_s, u"Clínica Sol"_s);
    f.field<QComboBox>(u"timeZone"_s)->setCurrentText(u"Europe/Madrid"_s);
    f.next();
    CHECK(f.wizard.currentId() == app::ClinicSetupWizard::DetailsId);
    CHECK_FALSE(f.error(u"phone"_s).isEmpty());
    CHECK(f.error(u"name"_s).isEmpty());
    f.type(u"phone"_s, u"+34 910 000 000"_s);
    f.next();

    // The hours: a range that is not one is named on its day.
    REQUIRE(f.wizard.currentId() == app::ClinicSetupWizard::HoursId);
    CHECK(mnemonicClashes(f.wizard).isEmpty());
    f.type(u"monday"_s, u"9-5"_s);
    f.next();
    CHECK(f.wizard.currentId() == app::ClinicSetupWizard::HoursId);
    CHECK(f.error(u"monday"_s).contains(u"is not a time of day"_s));
    CHECK(f.error(u"tuesday"_s).isEmpty());
    f.type(u"monday"_s, u"09:00-17:00"_s);
    f.next();

    // The practitioners: at least one.
    REQUIRE(f.wizard.currentId() == app::ClinicSetupWizard::TeamId);
    CHECK(mnemonicClashes(f.wizard).isEmpty());
    f.next();
    CHECK(f.wizard.currentId() == app::ClinicSetupWizard::TeamId);
    CHECK_FALSE(f.error(u"practitioners"_s).isEmpty());
    f.setCell(f.wizard.teamPage(), 0, 0, 0, u"Dr Ana Núñez"_s);
    f.setCell(f.wizard.teamPage(), 0, 0, 1, u"physician"_s);
    f.next();

    // Rooms (one offered) and a device kept in it.
    REQUIRE(f.wizard.currentId() == app::ClinicSetupWizard::RoomsId);
    CHECK(mnemonicClashes(f.wizard).isEmpty());
    f.setCell(f.wizard.roomsPage(), 1, 0, 0, u"SkinPen"_s);
    const auto* rooms = qobject_cast<app::SetupTableModel*>(f.wizard.roomsPage()->table(0)->model());
    f.setCell(f.wizard.roomsPage(), 1, 0, 3, rooms->key(0));
    f.next();

    REQUIRE(f.wizard.currentId() == app::ClinicSetupWizard::ClosuresId);
    CHECK(mnemonicClashes(f.wizard).isEmpty());
    f.setCell(f.wizard.closuresPage(), 0, 0, 0, app::formatDateInput(QDate(2026, 12, 24)));
    f.setCell(f.wizard.closuresPage(), 0, 0, 1, app::formatDateInput(QDate(2026, 12, 26)));
    f.setCell(f.wizard.closuresPage(), 0, 0, 2, u"Christmas"_s);
    QTest::mouseClick(f.wizard.button(QWizard::FinishButton), Qt::LeftButton);
    REQUIRE(f.wizard.result() == QDialog::Accepted);

    auto path = app::carryOutFirstRun(f.wizard, builtInCatalogue(), f.settings.settings, Now);
    REQUIRE(path);
    CHECK(*path == f.dir.filePath(u"clinic.db"_s));
    auto db = storage::Database::open(*path);
    REQUIRE(db);
    const services::UseCaseContext ctx {**db, builtInCatalogue(), {u"desk"_s}, Now.date()};
    auto stored = services::clinic(ctx);
    REQUIRE(stored);
    const ClinicSetup& setup = stored->setup;
    CHECK(setup.name == u"Clínica Sol"_s);
    CHECK(setup.phone == u"+34 910 000 000"_s);
    CHECK(setup.timeZone.id() == "Europe/Madrid");
    CHECK(setup.opening[Qt::Monday] == QList<TimeRange>({{QTime(9, 0), QTime(17, 0)}}));
    CHECK(setup.opening[Qt::Tuesday].size() == 2); // the lunch break offered
    CHECK(setup.opening[Qt::Sunday].isEmpty());
    REQUIRE(setup.practitioners.size() == 1);
    CHECK(setup.practitioners[0].code == u"dr-ana-nunez"_s);
    CHECK(setup.practitioners[0].modalities.size() == builtInCatalogue().modalities.size());
    REQUIRE(setup.rooms.size() == 1);
    REQUIRE(setup.devices.size() == 1);
    CHECK(setup.devices[0].homeRoom == setup.rooms[0].code);
    REQUIRE(setup.closures.size() == 1);
    CHECK(setup.closures[0].from == QDate(2026, 12, 24));
    CHECK(setup.closures[0].to == QDate(2026, 12, 26));
}

TEST_CASE("clinic set-up: a file already there is never replaced, Open needs a file, and the demo is made once")
{
    WizardFixture f;
    app::SetupStartPage& start = *f.wizard.startPage();
    writeFile(f.dir.filePath(u"clinic.db"_s), "not ours");
    f.next();
    CHECK(f.wizard.currentId() == app::ClinicSetupWizard::StartId);
    CHECK(f.error(u"path"_s).contains(u"already exists"_s));
    CHECK(readFile(f.dir.filePath(u"clinic.db"_s)) == "not ours");

    start.setChoice(app::SetupStartPage::Choice::Open);
    CHECK_FALSE(start.isComplete()); // no file chosen yet
    start.setPath(f.dir.filePath(u"elsewhere.db"_s));
    CHECK_FALSE(start.validatePage());
    CHECK(f.error(u"path"_s).startsWith(u"There is no file at"_s));

    start.setChoice(app::SetupStartPage::Choice::Demo);
    f.next();
    REQUIRE(f.wizard.currentId() == app::ClinicSetupWizard::ReadyId);
    CHECK(f.wizard.currentPage()->findChild<QLabel*>(u"readyText"_s)->text().contains(u"demo"_s));
    CHECK(mnemonicClashes(f.wizard).isEmpty());
    QTest::mouseClick(f.wizard.button(QWizard::FinishButton), Qt::LeftButton);
    REQUIRE(f.wizard.result() == QDialog::Accepted);
    auto demo = app::carryOutFirstRun(f.wizard, builtInCatalogue(), f.settings.settings, Now);
    REQUIRE(demo);
    CHECK(*demo == f.dir.filePath(u"demo/demo.db"_s));
    qint64 patients = 0;
    {
        auto db = storage::Database::open(*demo);
        REQUIRE(db);
        const services::UseCaseContext ctx {**db, builtInCatalogue(), {u"desk"_s}, Now.date()};
        patients = patientCount(**db);
        CHECK(services::clinic(ctx).has_value());
    }
    CHECK(patients > 0);
    // A second time: the demo there is opened as it is, not refilled.
    auto again = app::carryOutFirstRun(f.wizard, builtInCatalogue(), f.settings.settings, Now);
    REQUIRE(again);
    auto db = storage::Database::open(*again);
    REQUIRE(db);
    const services::UseCaseContext ctx {**db, builtInCatalogue(), {u"desk"_s}, Now.date()};
    CHECK(patientCount(**db) == patients);
}

TEST_CASE("clinic set-up: codes are made from names, ranges read as typed, problems find their row")
{
    CHECK(app::codeFor(u"Treatment Room 1"_s, {}, u"room"_s) == u"treatment-room-1"_s);
    CHECK(app::codeFor(u"Dr. Ana Núñez"_s, {}, u"p"_s) == u"dr-ana-nunez"_s);
    CHECK(app::codeFor(u"Ana"_s, {u"ana"_s, u"ana-2"_s}, u"p"_s) == u"ana-3"_s);
    CHECK(app::codeFor(u"  ¿? "_s, {}, u"room"_s) == u"room"_s);
    CHECK(app::rangesFromText(u" 09:00-13:00, 14:00-18:00;19:00-20:00 "_s)
        == QStringList({u"09:00-13:00"_s, u"14:00-18:00"_s, u"19:00-20:00"_s}));
    CHECK(app::rangesFromText(u"   "_s).isEmpty());
    CHECK(app::problemRow(u"practitioners[2].name"_s, u"practitioners"_s) == 3);
    CHECK(app::problemRow(u"practitioners"_s, u"practitioners"_s) == 0);
    CHECK(app::problemRow(u"rooms[0]"_s, u"practitioners"_s) == 0);
}

TEST_CASE("clinic set-up: the lists' model keeps a choice column to its choices")
{
    app::SetupTableModel model({u"Name"_s, u"Room"_s});
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setChoices(1, {{u"-1"_s, u"Any room"_s}, {u"0"_s, u"Room 1"_s}});
    model.appendRow({u"Pen"_s});
    CHECK(model.value(0, 1) == u"-1"_s); // the first choice
    CHECK(model.setData(model.index(0, 1), u"0"_s));
    CHECK(model.data(model.index(0, 1)).toString() == u"Room 1"_s);
    CHECK(model.data(model.index(0, 1), Qt::EditRole).toString() == u"0"_s);
    model.setChoices(1, {{u"-1"_s, u"Any room"_s}}); // the room removed: the device becomes mobile
    CHECK(model.value(0, 1) == u"-1"_s);
    model.removeRowAt(0);
    CHECK(model.rowCount() == 0);
}

TEST_CASE("clinic set-up: in Spanish every page is Spanish, its Alt keys distinct, and the rules' messages Spanish")
{
    SpanishTranslation spanish;
    WizardFixture f;
    CHECK(f.wizard.windowTitle() == u"Configurar Needlepoint"_s);
    CHECK(mnemonicClashes(f.wizard).isEmpty());
    f.next();
    CHECK(mnemonicClashes(f.wizard).isEmpty());
    f.type(u"name"_s, u"Clínica Sol"_s);
    f.next();
    CHECK(f.error(u"phone"_s) == u"Teléfono: no puede estar vacío"_s);
    f.type(u"phone"_s, u"910 000 000"_s);
    f.field<QComboBox>(u"timeZone"_s)->setCurrentText(u"Europe/Madrid"_s);
    f.next();
    REQUIRE(f.wizard.currentId() == app::ClinicSetupWizard::HoursId);
    CHECK(mnemonicClashes(f.wizard).isEmpty());
    f.next();
    REQUIRE(f.wizard.currentId() == app::ClinicSetupWizard::TeamId);
    CHECK(mnemonicClashes(f.wizard).isEmpty());
    f.next();
    CHECK(f.error(u"practitioners"_s) == u"Profesionales: debe tener al menos un profesional"_s);
    f.setCell(f.wizard.teamPage(), 0, 0, 0, u"Ana"_s);
    f.next();
    REQUIRE(f.wizard.currentId() == app::ClinicSetupWizard::RoomsId);
    CHECK(mnemonicClashes(f.wizard).isEmpty());
    f.next();
    REQUIRE(f.wizard.currentId() == app::ClinicSetupWizard::ClosuresId);
    CHECK(mnemonicClashes(f.wizard).isEmpty());
}
