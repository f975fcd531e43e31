// The patient's record tabs: findings added, corrected, resolved and retracted through the Health
// tab's forms, each with its effect on treatment; the series, consents and documents listed.

#include "AppTestSupport.h"
#include "services/ServiceTestSupport.h"
#include "storage/SchedulingTestSupport.h"

#include "app/MainWindow.h"
#include "app/backup/BackupService.h"
#include "app/patients/DateInput.h"
#include "app/patients/FindingDialog.h"
#include "app/patients/HealthTab.h"
#include "app/patients/PatientController.h"
#include "app/patients/PatientDetailPane.h"
#include "app/patients/PatientSearchPanel.h"
#include "app/patients/PatientText.h"
#include "app/patients/RecordTable.h"
#include "app/patients/ScreeningTab.h"
#include "app/patients/TextTableModel.h"
#include "services/ClinicalRecordService.h"
#include "services/ScreeningService.h"
#include "services/SeriesService.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace np;
using namespace np::test;
using namespace Qt::StringLiterals;

namespace {

struct RecordFixture {
    ClinicFixture clinic;
    std::unique_ptr<app::Workspace> workspace = workspaceOn(clinic.db.path()); // 2026-03-01
    app::PatientDetailPane pane;
    QAbstractItemModelTester tester {
        pane.health()->table()->model(), QAbstractItemModelTester::FailureReportingMode::Fatal};

    RecordFixture()
    {
        pane.setWorkspace(workspace.get());
        pane.resize(900, 600);
        pane.show();
        REQUIRE(QTest::qWaitForWindowExposed(&pane));
        pane.showPatient(clinic.jose);
    }

    app::HealthTab& health() { return *pane.health(); }
    app::TextTableModel& findings() { return *health().table()->model(); }

    app::FindingDialog& openForm(QPushButton* button)
    {
        REQUIRE(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        auto* form = qobject_cast<app::FindingDialog*>(health().openDialog());
        REQUIRE(form != nullptr);
        return *form;
    }

    void select(int row)
    {
        health().table()->view()->setCurrentIndex(findings().index(row, 0));
        REQUIRE(health().table()->currentId() == findings().idAt(row));
    }

    // Active acne on the cheeks, through the form, then selected.
    void addAcneOnCheeks();

    // Whether the dialog open closed.
    bool closed()
    {
        return QTest::qWaitFor([this] { return health().openDialog() == nullptr; }, 1000);
    }
};

void choose(app::FindingDialog& form, const QString& code, const QStringList& areas = {})
{
    auto* combo = form.findChild<QComboBox*>(u"code"_s);
    REQUIRE(combo->findData(code) >= 0);
    combo->setCurrentIndex(combo->findData(code));
    auto* list = form.findChild<QListWidget*>(u"areas"_s);
    for (int i = 0; i < list->count(); ++i)
        list->item(i)->setCheckState(
            areas.contains(list->item(i)->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
}

void setDate(app::FindingDialog& form, const QString& field, const QString& text)
{
    auto* edit = form.findChild<QLineEdit*>(field);
    REQUIRE(edit != nullptr);
    edit->setText(text);
}

void save(QDialog& form)
{
    QTest::mouseClick(form.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save), Qt::LeftButton);
}

void RecordFixture::addAcneOnCheeks()
{
    app::FindingDialog& add = openForm(health().addButton());
    choose(add, u"active_acne"_s, {u"cheeks"_s});
    save(add);
    REQUIRE(closed());
    select(0);
}

} // namespace

TEST_CASE("patient record: active acne on the cheeks is recorded in the Health tab and blocks treatment there")
{
    RecordFixture f;
    CHECK(f.findings().rowCount() == 0);
    CHECK(f.health().table()->summary().startsWith(u"No health findings recorded"_s));
    CHECK_FALSE(f.health().correctButton()->isEnabled());

    app::FindingDialog& form = f.openForm(f.health().addButton());
    choose(form, u"active_acne"_s, {u"cheeks"_s});
    setDate(form, u"since"_s, u"2026-02-20"_s);
    CHECK(form.message(u"effect"_s) == u"Effect: blocks treatment of these areas."_s);
    save(form);
    REQUIRE(f.closed());

    REQUIRE(f.findings().rowCount() == 1);
    CHECK(f.findings().text(0, 0) == u"Active acne in the treated area"_s);
    CHECK(f.findings().text(0, 1) == u"blocks treatment of these areas"_s);
    CHECK(f.findings().text(0, 2) == u"Cheeks"_s);
    CHECK(f.findings().text(0, 3) == app::displayDate(QDate(2026, 2, 20)));
    CHECK(f.findings().data(f.findings().index(0, 0), Qt::ToolTipRole).toString().endsWith(u" by desk"_s));
    CHECK(f.pane.fieldText(u"findings"_s)
        == u"• Active acne in the treated area (Cheeks), since "_s + app::displayDate(QDate(2026, 2, 20))
            + u": blocks treatment of these areas"_s);
}

TEST_CASE("patient record: isotretinoin shows the day its washout ends, and a bad date is refused at the form")
{
    RecordFixture f;
    app::FindingDialog& form = f.openForm(f.health().addButton());
    choose(form, u"isotretinoin"_s);
    setDate(form, u"since"_s, u"2025-08-01"_s);
    setDate(form, u"until"_s, u"2026-31-01"_s);
    save(form);
    CHECK(form.isVisible());
    CHECK(form.message().startsWith(u"Until: "_s));
    CHECK(f.findings().rowCount() == 0);

    setDate(form, u"until"_s, u"2026-01-31"_s);
    save(form);
    REQUIRE(f.closed());
    REQUIRE(f.findings().rowCount() == 1);
    // The last dose, then 182 days of washout: treatment may start the day after it ends.
    const QDate lastDay = QDate(2026, 1, 31).addDays(182 - 1);
    CHECK(f.findings().text(0, 1)
        == u"blocks all treatment until "_s + app::displayDate(lastDay) + u" (washout included)"_s);
}

TEST_CASE("patient record: a finding is corrected, resolved and retracted, and its history keeps every version")
{
    RecordFixture f;
    f.addAcneOnCheeks();

    app::FindingDialog& correct = f.openForm(f.health().correctButton());
    choose(correct, u"active_acne"_s, {u"cheeks"_s, u"forehead"_s});
    save(correct);
    REQUIRE(f.closed());
    REQUIRE(f.findings().rowCount() == 1);
    CHECK(f.findings().text(0, 2) == u"Forehead, Cheeks"_s);

    f.select(0);
    app::FindingDialog& resolve = f.openForm(f.health().resolveButton());
    CHECK(resolve.focusWidget() == resolve.findChild<QLineEdit*>(u"until"_s)); // the field to fill
    CHECK(resolve.findChild<QLineEdit*>(u"until"_s)->text() == app::formatDateInput(QDate(2026, 3, 1)));
    save(resolve);
    REQUIRE(f.closed());
    CHECK(f.findings().text(0, 4) == app::displayDate(QDate(2026, 3, 1)));
    CHECK(f.pane.fieldText(u"findings"_s) == u"None recorded"_s); // no longer in effect
    CHECK(f.findings().data(f.findings().index(0, 0), app::TextTableModel::MutedRole).toBool());

    f.select(0);
    QTest::mouseClick(f.health().historyButton(), Qt::LeftButton);
    auto* history = f.health().openDialog();
    REQUIRE(history != nullptr);
    auto* revisions = history->findChild<app::RecordTable*>();
    REQUIRE(revisions->model()->rowCount() == 3);
    CHECK(revisions->model()->text(0, 7) == u"corrected by the next revision"_s);
    CHECK(revisions->model()->text(2, 7) == u"current"_s);
    history->reject();
    REQUIRE(f.closed());

    f.select(0);
    QTest::mouseClick(f.health().retractButton(), Qt::LeftButton);
    auto* ask = qobject_cast<QInputDialog*>(f.health().openDialog());
    REQUIRE(ask != nullptr);
    ask->setTextValue(u"Wrong patient"_s);
    ask->accept();
    REQUIRE(f.closed());
    CHECK(f.findings().rowCount() == 0);
    auto all = storage::FindingRepository(*f.clinic.db, builtInCatalogue()).allRevisions(f.clinic.jose);
    REQUIRE(all);
    CHECK(all->size() == 3);
    CHECK(all->back().retracted);
}

TEST_CASE("patient record: a correction of a finding someone else corrected meanwhile is refused")
{
    RecordFixture f;
    f.addAcneOnCheeks();
    app::FindingDialog& correct = f.openForm(f.health().correctButton());

    // The other desk corrects it first.
    storage::FindingRepository other(*f.clinic.db, builtInCatalogue());
    auto current = other.current(f.clinic.jose);
    REQUIRE(current);
    storage::FindingRecord changed = current->front();
    changed.note = u"Seen by Dr Núñez"_s;
    REQUIRE(other.correct(changed, u"other desk"_s));

    choose(correct, u"active_acne"_s, {u"forehead"_s});
    save(correct);
    CHECK(correct.isVisible());
    CHECK(correct.message().startsWith(u"Someone else changed this finding"_s));
    auto after = other.current(f.clinic.jose);
    CHECK(after->front().areas == QStringList {u"cheeks"_s});
}

TEST_CASE("patient record: the next appointment and the series at a glance, the sessions in their tab")
{
    SchedulingFixture scheduling;
    auto booked
        = services::bookSeries(deskContext(scheduling.db(), QDate(2026, 11, 20)), threeSessions(scheduling.jose));
    REQUIRE(booked);
    const auto workspace = workspaceOn(scheduling.db().path(), QDate(2026, 11, 20));
    app::PatientDetailPane pane;
    QAbstractItemModelTester tester(pane.sessions()->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    pane.setWorkspace(workspace.get());
    pane.showPatient(scheduling.jose);

    CHECK(pane.fieldText(u"next"_s).contains(u"Dr Ana Núñez"_s));
    CHECK(pane.fieldText(u"series"_s).contains(u"0 of 3 sessions done"_s));
    REQUIRE(pane.sessions()->model()->rowCount() == 3);
    CHECK(pane.sessions()->model()->text(0, 1) == u"1 of 3"_s);
    CHECK(pane.sessions()->model()->text(0, 4) == u"booked"_s);
    CHECK(pane.consents()->summary() == u"No consent recorded yet."_s);
    CHECK(pane.documents()->summary() == u"No document given yet."_s);
    // Each table is one Tab stop.
    CHECK_FALSE(pane.sessions()->view()->tabKeyNavigation());
    CHECK(pane.tabs()->count() == 6);
}

TEST_CASE(
    "patient record: in the main window every Alt+letter reaches one control, on every tab, in English and in Spanish")
{
    ClinicFixture clinic;
    TempSettings settings;
    app::BackupService backup;
    auto check = [&] {
        app::MainWindow window(settings.settings, builtInCatalogue(), backup);
        auto opened = storage::Database::open(clinic.db.path());
        REQUIRE(opened);
        window.setDatabase(std::move(*opened));
        window.showPatients();
        window.searchPanel()->showPatient(clinic.jose, u"jose garcia"_s);
        REQUIRE(window.detailPane()->patientId() == clinic.jose);
        for (int tab = 0; tab < window.detailPane()->tabs()->count(); ++tab) {
            window.detailPane()->tabs()->setCurrentIndex(tab);
            INFO("tab " << window.detailPane()->tabs()->tabText(tab).toStdString());
            CHECK(mnemonicClashes(window) == QStringList());
        }
    };
    check();
    const SpanishTranslation spanish;
    check();
}

namespace {

// A workspace on the clinic fixture's database, its screening tab showing José García.
struct ScreeningFixture {
    ClinicFixture clinic;
    std::unique_ptr<app::Workspace> workspace = workspaceOn(clinic.db.path()); // 2026-03-01
    app::PatientDetailPane pane;

    ScreeningFixture()
    {
        pane.setWorkspace(workspace.get());
        pane.showPatient(clinic.jose);
    }
    app::ScreeningTab& screening() { return *pane.screening(); }
    void record(const QString& code, const QStringList& areas, std::optional<QDate> since, std::optional<QDate> until)
    {
        storage::FindingRecord f;
        f.patientId = clinic.jose;
        f.code = code;
        f.areas = areas;
        f.since = since;
        f.until = until;
        REQUIRE(services::addFinding(workspace->context(), f));
        pane.refresh();
    }
};

} // namespace

TEST_CASE("patient record: active acne on the cheeks blocks a cheek treatment in the Screening tab, not one elsewhere")
{
    ScreeningFixture f;
    f.record(u"active_acne"_s, {u"cheeks"_s}, QDate(2026, 2, 1), std::nullopt);
    f.screening().setTreatment(u"automated_pen"_s, u"acne_scars"_s, {u"cheeks"_s});
    CHECK(f.screening().status() == u"blocked"_s);
    CHECK(f.screening().statusText() == u"Blocked: no treatment while this lasts."_s);
    CHECK(f.screening().reasonsText().startsWith(u"• Blocks: "_s));

    f.screening().setTreatment(u"automated_pen"_s, u"acne_scars"_s, {u"forehead"_s});
    CHECK(f.screening().status() != u"blocked"_s);
    CHECK_FALSE(f.screening().reasonsText().contains(u"acne"_s, Qt::CaseInsensitive));
}

TEST_CASE("patient record: isotretinoin blocks screening until its washout ends, and the day is shown")
{
    ScreeningFixture f;
    f.record(u"isotretinoin"_s, {}, QDate(2025, 8, 1), QDate(2026, 1, 31));
    f.screening().setTreatment(u"automated_pen"_s, u"acne_scars"_s, {u"forehead"_s});
    CHECK(f.screening().status() == u"blocked"_s);
    const QDate clear = QDate(2026, 1, 31).addDays(182);
    CHECK(f.screening().statusText()
        == u"Blocked: not on this day. Treatment may start from "_s + app::displayDate(clear) + u"."_s);
    CHECK(f.screening().reasonsText().contains(u"(until "_s + app::displayDate(clear.addDays(-1)) + u")"_s));
    CHECK(f.screening().record()); // a blocked screening is kept as such
    auto kept = services::screeningsOf(f.workspace->context(), f.clinic.jose);
    REQUIRE(kept);
    REQUIRE(kept->size() == 1);
    CHECK(kept->front().status() == u"blocked"_s);
    CHECK(kept->front().recordedBy == u"desk"_s);
}

TEST_CASE("patient record: an answer at screening takes its dates, so a medicine stopped shows its washout's end")
{
    ScreeningFixture f;
    f.screening().setTreatment(u"automated_pen"_s, u"acne_scars"_s, {u"forehead"_s});
    auto* started = findByAccessibleName<QLineEdit>(f.screening(), u"Selected answer started"_s);
    auto* ended = findByAccessibleName<QLineEdit>(f.screening(), u"Selected answer ended"_s);
    f.screening().selectAnswer(u"isotretinoin"_s);
    CHECK_FALSE(ended->isEnabled()); // not ticked: no dates to give

    f.screening().setPresentToday(u"isotretinoin"_s, true);
    REQUIRE(ended->isEnabled());
    CHECK(f.screening().statusText() == u"Blocked: no treatment while this lasts."_s); // still taking it
    QTest::keyClicks(started, app::formatDateInput(QDate(2025, 8, 1)));
    QTest::keyClicks(ended, app::formatDateInput(QDate(2026, 1, 31)));
    const QDate clear = QDate(2026, 1, 31).addDays(182);
    CHECK(f.screening().statusText()
        == u"Blocked: not on this day. Treatment may start from "_s + app::displayDate(clear) + u"."_s);
    REQUIRE(f.screening().record());
    auto kept = services::screeningsOf(f.workspace->context(), f.clinic.jose);
    REQUIRE(kept->size() == 1);
    const QJsonObject answer = kept->front().answers.value(u"isotretinoin"_s).toObject();
    CHECK(answer.value(u"since"_s).toString() == u"2025-08-01"_s);
    CHECK(answer.value(u"until"_s).toString() == u"2026-01-31"_s);

    // A date that is not one is named with its answer, and nothing can be recorded.
    ended->clear();
    QTest::keyClicks(ended, u"31/31/2026"_s);
    CHECK(f.screening().statusText().startsWith(u"Isotretinoin"_s));
    CHECK(f.screening().statusText().contains(u"ended"_s));
    CHECK_FALSE(f.screening().record());
    // Ended after the day screened: still going on, so refused too.
    ended->clear();
    QTest::keyClicks(ended, app::formatDateInput(QDate(2026, 12, 1)));
    CHECK(f.screening().statusText().contains(u"after the day screened"_s));
}

TEST_CASE("patient record: a review result is recorded only with the clinician's note, kept as the reason to go ahead")
{
    ScreeningFixture f;
    f.screening().setTreatment(u"automated_pen"_s, u"acne_scars"_s, {u"cheeks"_s});
    CHECK(f.screening().status() == u"clear"_s);
    f.screening().setPresentToday(u"anticoagulants"_s, true); // said today, not in the record yet
    CHECK(f.screening().status() == u"review"_s);
    CHECK_FALSE(f.screening().record());
    CHECK(services::screeningsOf(f.workspace->context(), f.clinic.jose)->isEmpty());

    f.screening().setNote(u"INR stable, cleared by Dr Núñez"_s);
    REQUIRE(f.screening().record());
    auto kept = services::screeningsOf(f.workspace->context(), f.clinic.jose);
    REQUIRE(kept->size() == 1);
    CHECK(kept->front().overrideReason == u"INR stable, cleared by Dr Núñez"_s);
    CHECK(kept->front().answers.value(u"anticoagulants"_s).isObject());
    CHECK(kept->front().answers.value(u"pregnancy"_s) == QJsonValue(false));
}

TEST_CASE("patient record: archiving a patient with appointments booked asks first, and Cancel archives nothing")
{
    SchedulingFixture scheduling;
    REQUIRE(services::bookSeries(deskContext(scheduling.db(), QDate(2026, 11, 20)), threeSessions(scheduling.jose)));
    TempSettings settings;
    QTemporaryDir backups;
    settings.settings.setBackupFolder(backups.path());
    app::BackupService backup([] { return QDateTime(QDate(2026, 11, 20), QTime(9, 30)); });
    app::MainWindow window(settings.settings, builtInCatalogue(), backup);
    window.setClock([] { return QDateTime(QDate(2026, 11, 20), QTime(9, 30)); });
    auto opened = storage::Database::open(scheduling.db().path());
    REQUIRE(opened);
    window.setDatabase(std::move(*opened));
    window.searchPanel()->showPatient(scheduling.jose, u"jose garcia"_s);
    REQUIRE(window.detailPane()->patientId() == scheduling.jose);

    const auto archived = [&] { return storage::PatientRepository(scheduling.db()).get(scheduling.jose)->archived; };
    const auto question = [&] {
        window.patients()->archivePatient->trigger();
        auto* box = window.findChild<QMessageBox*>();
        REQUIRE(box != nullptr);
        CHECK(box->text().startsWith(u"García, José Luis still has appointments booked, the next on "_s));
        CHECK(box->text().contains(u"Dr Ana Núñez"_s));
        return box;
    };
    QMessageBox* first = question();
    first->button(QMessageBox::Cancel)->click();
    CHECK_FALSE(archived());
    REQUIRE(QTest::qWaitFor([&] { return window.findChild<QMessageBox*>() == nullptr; }, 1000));

    QMessageBox* second = question();
    QAbstractButton* anyway = nullptr;
    for (QAbstractButton* b : second->buttons())
        if (b->text() == u"&Archive Anyway"_s)
            anyway = b;
    REQUIRE(anyway != nullptr);
    anyway->click();
    CHECK(archived());
}
