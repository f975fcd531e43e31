// The patient form, driven through the main window's Patient menu, offscreen.

#include "MainWindowFixture.h"

#include "app/MainWindow.h"
#include "app/backup/BackupService.h"
#include "app/patients/DateInput.h"
#include "app/patients/PatientController.h"
#include "app/patients/PatientDetailPane.h"
#include "app/patients/PatientDialog.h"
#include "app/patients/PatientExport.h"
#include "app/patients/PatientSearchModel.h"
#include "app/patients/PatientSearchPanel.h"
#include "app/startup/Translations.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QTranslator>

using namespace np;
using namespace np::test;
using namespace Qt::StringLiterals;

namespace {

struct FormFixture : MainWindowFixture {
    FormFixture()
        : MainWindowFixture(u"Reception 1"_s)
    {
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
    }

    app::PatientController& patients() { return *window.patients(); }

    // The form the action opened.
    app::PatientDialog& openForm(QAction* action)
    {
        app::PatientDialog& form = openWith(action, [this] { return patients().dialog(); });
        // A dialog shares activation with its parent: wait for the dialog itself to be the active one.
        form.activateWindow();
        REQUIRE(QTest::qWaitFor([&form] { return QApplication::activeWindow() == &form; }));
        return form;
    }

    void selectPatient(qint64 id, const QString& text)
    {
        window.searchPanel()->showPatient(id, text, true);
        REQUIRE(window.detailPane()->patientId() == id);
    }
};

template <typename Widget = QLineEdit>
Widget* control(app::PatientDialog& form, const QString& name)
{
    auto* widget = form.findChild<Widget*>(name);
    REQUIRE(widget != nullptr);
    return widget;
}

void type(app::PatientDialog& form, const QString& name, const QString& text)
{
    QLineEdit* edit = control(form, name);
    edit->clear();
    QTest::keyClicks(edit, text);
}

// Whether the form closed (and was deleted) after Save.
bool closed(FormFixture& f)
{
    return QTest::qWaitFor([&f] { return f.patients().dialog() == nullptr; }, 1000);
}

void save(app::PatientDialog& form)
{
    auto* buttons = control<QDialogButtonBox>(form, u"buttonBox"_s);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
}

QString saveButtonText(app::PatientDialog& form)
{
    return control<QDialogButtonBox>(form, u"buttonBox"_s)->button(QDialogButtonBox::Save)->text();
}

} // namespace

TEST_CASE("patient form: Ctrl+N adds a patient, a bad birth date is refused at the field and nothing is saved")
{
    FormFixture f;
    CHECK(f.patients().newPatient->shortcut() == QKeySequence(QKeySequence::New));
    const qint64 before = f.patientCount();
    app::PatientDialog& form = f.openForm(f.patients().newPatient);
    CHECK(form.windowTitle() == u"New Patient"_s);
    CHECK(QApplication::focusWidget() == control(form, u"familyName"_s));

    type(form, u"familyName"_s, u"Ortega"_s);
    control(form, u"givenNames"_s)->setText(u"Lucía"_s); // QTest types ASCII only
    type(form, u"birthDate"_s, u"1990-02-31"_s);
    type(form, u"email"_s, u"lucia.ortega.example.com"_s);
    save(form);
    CHECK(form.isVisible());
    CHECK(form.message(u"birth_date"_s) == u"“1990-02-31” is not a real date; write it as "_s + app::dateInputHint());
    CHECK(form.message(u"email"_s) == u"Email \"lucia.ortega.example.com\" is not an email address"_s);
    CHECK(QApplication::focusWidget() == control(form, u"birthDate"_s)); // the first field wrong
    CHECK(f.patientCount() == before);

    type(form, u"birthDate"_s, u"2027-01-05"_s);
    save(form);
    CHECK(form.message(u"birth_date"_s) == u"Birth date 2027-01-05 is in the future (today is 2026-03-01)"_s);
    CHECK(f.patientCount() == before);

    type(form, u"birthDate"_s, u"1990-03-02"_s);
    CHECK(control<QLabel>(form, u"ageLabel"_s)->text() == u"35 years"_s);
    type(form, u"email"_s, u"lucia.ortega@example.com"_s);
    type(form, u"phone"_s, u"+34 611 22 33 44"_s);
    control<QComboBox>(form, u"fitzpatrick"_s)->setCurrentIndex(2);
    control<QComboBox>(form, u"preferredLanguage"_s)
        ->setCurrentIndex(control<QComboBox>(form, u"preferredLanguage"_s)->findData(u"es"_s));
    QTest::keyClicks(control<QPlainTextEdit>(form, u"address"_s), u"Calle Luna 4"_s);
    type(form, u"town"_s, u"Sevilla"_s);
    save(form);
    REQUIRE(closed(f));
    CHECK(f.patientCount() == before + 1);

    // The new patient is found and shown at once.
    const qint64 id = f.window.detailPane()->patientId();
    REQUIRE(id != 0);
    CHECK(f.window.detailPane()->fieldText(u"name"_s) == u"Ortega, Lucía"_s);
    auto stored = f.clinic->patients.get(id);
    REQUIRE(stored);
    CHECK(stored->birthDate == QDate(1990, 3, 2));
    CHECK(stored->fitzpatrick == 2);
    CHECK(stored->preferredLanguage == u"es"_s);
    CHECK(stored->address == u"Calle Luna 4"_s);
    CHECK(stored->town == u"Sevilla"_s);
    QSqlQuery audit(f.clinic->db->connection());
    REQUIRE(audit.exec(u"SELECT actor FROM audit_log WHERE table_name = 'patients' ORDER BY id DESC LIMIT 1"_s));
    REQUIRE(audit.next());
    CHECK(audit.value(0).toString() == u"Reception 1"_s);
}

TEST_CASE("patient form: a likely duplicate is shown before saving, Save again saves, Open goes to the existing one")
{
    FormFixture f;
    const qint64 before = f.patientCount();
    app::PatientDialog& form = f.openForm(f.patients().newPatient);
    type(form, u"familyName"_s, u"GARCIA"_s);
    type(form, u"givenNames"_s, u"Jose Luis"_s);
    type(form, u"birthDate"_s, u"1985-03-02"_s);
    save(form);
    CHECK(form.isVisible());
    CHECK(f.patientCount() == before);
    CHECK(form.message(u"duplicate"_s).contains(u"the same name and birth date: García, José Luis"_s));
    CHECK(saveButtonText(form) == u"&Save Anyway"_s);

    SECTION("Save Anyway records a second patient")
    {
        save(form);
        CHECK(closed(f));
        CHECK(f.patientCount() == before + 1);
    }
    SECTION("Open Existing Patient shows the one already recorded and saves nothing")
    {
        QTest::mouseClick(control<QPushButton>(form, u"openDuplicate"_s), Qt::LeftButton);
        CHECK(closed(f));
        CHECK(f.patientCount() == before);
        CHECK(f.window.detailPane()->patientId() == f.clinic->jose);
    }
}

TEST_CASE("patient form: a phone number already recorded is shown as a likely duplicate as the field is left")
{
    FormFixture f;
    app::PatientDialog& form = f.openForm(f.patients().newPatient);
    type(form, u"familyName"_s, u"Nuevo"_s);
    type(form, u"phone"_s, u"555 123 4567"_s);
    CHECK(form.message(u"duplicate"_s).isEmpty());
    QTest::keyClick(control(form, u"phone"_s), Qt::Key_Tab); // leaving the field checks
    CHECK(form.message(u"duplicate"_s).contains(u"the same phone number: García, José Luis"_s));
}

TEST_CASE("patient form: Edit corrects the selected patient, a record changed meanwhile is refused, not merged")
{
    FormFixture f;
    f.selectPatient(f.clinic->jose, u"jose garcia"_s);
    app::PatientDialog& form = f.openForm(f.patients().editPatient);
    CHECK(form.windowTitle() == u"Edit Patient"_s);
    CHECK(control(form, u"familyName"_s)->text() == u"García"_s);
    CHECK(control(form, u"phone"_s)->text() == u"(555) 123-4567"_s);
    CHECK(control<QComboBox>(form, u"fitzpatrick"_s)->currentData().toString() == u"3"_s);

    SECTION("saved")
    {
        type(form, u"phone"_s, u"(555) 765-4321"_s);
        save(form);
        CHECK(closed(f));
        CHECK(f.clinic->patients.get(f.clinic->jose)->phone == u"(555) 765-4321"_s);
        CHECK(f.window.detailPane()->fieldText(u"phone"_s) == u"(555) 765-4321"_s);
    }
    SECTION("someone else saved first")
    {
        auto other = f.clinic->patients.get(f.clinic->jose);
        REQUIRE(other);
        other->notes = u"Changed at the other desk"_s;
        REQUIRE(f.clinic->patients.update(*other, u"other desk"_s));
        type(form, u"phone"_s, u"(555) 765-4321"_s);
        save(form);
        CHECK(form.isVisible());
        CHECK(form.message(u"form"_s).startsWith(u"Someone else saved changes to this patient"_s));
        const auto stored = f.clinic->patients.get(f.clinic->jose);
        CHECK(stored->phone == u"(555) 123-4567"_s);
        CHECK(stored->notes == u"Changed at the other desk"_s);
    }
}

TEST_CASE("patient form: archive and restore the selected patient from the Patient menu")
{
    FormFixture f;
    f.selectPatient(f.clinic->jose, u"jose garcia"_s);
    CHECK(f.patients().archivePatient->isEnabled());
    CHECK_FALSE(f.patients().restorePatient->isEnabled());
    f.patients().archivePatient->trigger();
    CHECK(f.clinic->patients.get(f.clinic->jose)->archived);
    CHECK(f.window.detailPane()->fieldText(u"name"_s).endsWith(u"(archived)"_s)); // still listed: archived shown
    const auto* results = f.window.searchPanel()->model();
    CHECK(results->index(results->rowOf(f.clinic->jose), 0).data().toString() == u"García, José Luis (archived)"_s);
    CHECK(f.patients().restorePatient->isEnabled());
    f.patients().restorePatient->trigger();
    CHECK_FALSE(f.clinic->patients.get(f.clinic->jose)->archived);
    CHECK(f.window.detailPane()->fieldText(u"name"_s) == u"García, José Luis"_s);
}

TEST_CASE("patient form: every control is named for screen readers, and Tab goes through the fields in reading order")
{
    FormFixture f;
    app::PatientDialog& form = f.openForm(f.patients().newPatient);
    for (QWidget* w : form.findChildren<QWidget*>())
        if (w->focusPolicy() & Qt::TabFocus)
            CHECK_FALSE(w->accessibleName().isEmpty());
    CHECK(control(form, u"birthDate"_s)->accessibleName() == u"Birth date"_s);

    const QStringList expected {u"familyName"_s, u"givenNames"_s, u"preferredName"_s, u"birthDate"_s, u"sex"_s,
        u"fitzpatrick"_s, u"externalRef"_s, u"phone"_s, u"email"_s, u"preferredLanguage"_s, u"address"_s, u"town"_s,
        u"region"_s, u"postcode"_s, u"country"_s, u"notes"_s};
    QStringList visited;
    for (int i = 0; i < expected.size(); ++i) {
        visited << QApplication::focusWidget()->objectName();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
    CHECK(visited == expected);

    CHECK(mnemonicClashes(form).isEmpty());
}

TEST_CASE("patient form: in Spanish, the labels, Alt keys and the rules' messages at the field are Spanish")
{
    FormFixture f;
    const SpanishTranslation spanish;
    app::PatientDialog& form = f.openForm(f.patients().newPatient);
    CHECK(form.windowTitle() == u"Nuevo paciente"_s);
    CHECK(mnemonicClashes(form) == QStringList());
    type(form, u"familyName"_s, u"Ortega"_s);
    type(form, u"birthDate"_s, u"2027-01-05"_s);
    save(form);
    CHECK(form.message(u"birth_date"_s) == u"Fecha de nacimiento: 2027-01-05 es posterior a hoy (2026-03-01)"_s);
}

TEST_CASE("patient form: closing it while a field has the focus checks nothing and loses nothing")
{
    FormFixture f;
    const qint64 before = f.patientCount();
    app::PatientDialog& form = f.openForm(f.patients().newPatient);
    type(form, u"familyName"_s, u"Ortega"_s);
    REQUIRE(QApplication::focusWidget() == control(form, u"familyName"_s));
    delete &form; // the field loses the focus as the form goes
    CHECK(f.patients().dialog() == nullptr);
    CHECK(f.patientCount() == before);
}

TEST_CASE("date input: year first anywhere, else the locale's order, four-digit years only")
{
    const QLocale spain(QLocale::Spanish, QLocale::Spain);
    const QLocale us(QLocale::English, QLocale::UnitedStates);
    CHECK(app::parseDateInput(u"1985-03-02"_s, us).value() == QDate(1985, 3, 2));
    CHECK(app::parseDateInput(u"02/03/1985"_s, spain).value() == QDate(1985, 3, 2));
    CHECK(app::parseDateInput(u"2.3.1985"_s, spain).value() == QDate(1985, 3, 2));
    CHECK(app::parseDateInput(u"3/2/1985"_s, us).value() == QDate(1985, 3, 2));
    CHECK_FALSE(app::parseDateInput(u"  "_s, us).value().isValid());
    CHECK(app::parseDateInput(u"02/03/85"_s, spain).error().contains(u"four digits"_s));
    CHECK(app::parseDateInput(u"31/02/1985"_s, spain).error().contains(u"not a real date"_s));
    CHECK(app::parseDateInput(u"yesterday"_s, spain).error() == u"“yesterday” is not a date; write it as DD/MM/YYYY"_s);
    CHECK(app::dateInField(u"02/03/1985"_s, spain) == QDate(1985, 3, 2));
    CHECK_FALSE(app::dateInField(u""_s, spain)); // empty: no date, not an invalid one
    CHECK_FALSE(app::dateInField(u"31/02/1985"_s, spain));
    CHECK(app::dateInputHint(us) == u"MM/DD/YYYY"_s);
    CHECK(app::dateInputHint(QLocale(QLocale::German, QLocale::Germany)) == u"DD.MM.YYYY"_s);
    for (const QLocale& locale : {spain, us, QLocale::c(), QLocale(QLocale::German, QLocale::Germany),
             QLocale(QLocale::Chinese, QLocale::China)})
        CHECK(
            app::parseDateInput(app::formatDateInput(QDate(1985, 3, 2), locale), locale).value() == QDate(1985, 3, 2));
}

TEST_CASE("patient export: File > Export Patients writes every patient off the GUI thread, and never over the database")
{
    FormFixture f;
    app::PatientExport& exporter = *f.window.patientExport();
    CHECK(exporter.action->isEnabled());
    QTemporaryDir out;
    const QString path = out.filePath(u"patients.csv"_s);
    QSignalSpy finished(&exporter, &app::PatientExport::finished);
    exporter.exportTo(path);
    CHECK(exporter.isBusy());
    CHECK_FALSE(exporter.action->isEnabled());
    REQUIRE(finished.wait(10000));
    CHECK(finished.takeFirst().at(0).toBool());
    CHECK_FALSE(exporter.isBusy());
    const QByteArray csv = readFile(path);
    CHECK(csv.count("\r\n") == 1 + f.patientCount()); // the header, then every patient, archived ones too
    CHECK(csv.contains("Garrido"));

    exporter.exportTo(f.clinic->db.path());
    REQUIRE(finished.wait(10000));
    const QList<QVariant> refused = finished.takeFirst();
    CHECK_FALSE(refused.at(0).toBool());
    CHECK(refused.at(1).toString().contains(u"is the database itself"_s));
}

TEST_CASE("patient form: archiving a patient someone else changed meanwhile changes nothing and says so")
{
    FormFixture f;
    f.selectPatient(f.clinic->jose, u"jose garcia"_s);
    auto other = f.clinic->patients.get(f.clinic->jose);
    REQUIRE(other);
    other->notes = u"Changed at the other desk"_s;
    REQUIRE(f.clinic->patients.update(*other, u"other desk"_s));

    f.patients().archivePatient->trigger();
    CHECK_FALSE(f.clinic->patients.get(f.clinic->jose)->archived);
    auto* box = f.window.findChild<QMessageBox*>();
    REQUIRE(box != nullptr);
    CHECK(box->text().startsWith(u"Someone else changed García, José Luis's record"_s));
    box->accept();
    // The record shown is read again: archiving now works on what is stored.
    f.patients().archivePatient->trigger();
    CHECK(f.clinic->patients.get(f.clinic->jose)->archived);
}
