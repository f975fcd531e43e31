// File > Import Patients…: the preview, all-or-nothing import and the window's own wording.
#include "MainWindowFixture.h"

#include "app/MainWindow.h"
#include "app/backup/BackupService.h"
#include "app/patients/ImportPreview.h"
#include "app/patients/PatientImport.h"
#include "app/patients/PatientImportDialog.h"
#include "app/patients/PatientText.h"
#include "app/patients/TextTableModel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace np;
using namespace np::test;
using namespace Qt::StringLiterals;

namespace {

struct ImportFixture : MainWindowFixture {
    // The import window, opened from the File menu.
    app::PatientImportDialog& openImport()
    {
        return openWith(window.patientImport()->action, [this] { return window.patientImport()->dialog(); });
    }
};

// Waits for the check or import running in `dialog` to end.
void waitForWork(app::PatientImportDialog& dialog)
{
    QSignalSpy done(&dialog, &app::PatientImportDialog::finishedWork);
    if (dialog.isWorking())
        REQUIRE(done.wait(10000));
    REQUIRE_FALSE(dialog.isWorking());
}

QPushButton* button(app::PatientImportDialog& dialog, const QString& name)
{
    auto* b = dialog.findChild<QPushButton*>(name);
    REQUIRE(b != nullptr);
    return b;
}

// The preview's rows as "row|outcome|patient|details".
QStringList previewLines(const app::PatientImportDialog& dialog)
{
    QStringList lines;
    const app::TextTableModel& model = *dialog.preview();
    for (int r = 0; r < model.rowCount(); ++r)
        lines << QStringList {model.text(r, 0), model.text(r, 1), model.text(r, 2), model.text(r, 3)}.join(u'|');
    return lines;
}

const QByteArray Header = "family_name,given_names,birth_date,phone\n";

} // namespace

// English plurals read "patient(s)" until the app has an English plural translation (issue 16).
TEST_CASE("patient import: a file with one bad row imports nothing and names the row, then imports once corrected")
{
    ImportFixture f;
    const qint64 before = f.patientCount();
    app::PatientImportDialog& dialog = f.openImport();
    QAbstractItemModelTester tester(
        const_cast<app::TextTableModel*>(dialog.preview()), QAbstractItemModelTester::FailureReportingMode::Fatal);

    const QString path
        = f.file(u"patients.csv"_s, Header + "Ruiz,Marta,1990-06-05,600111222\nSoto,Luis,1990-02-31,600333444\n");
    dialog.setFile(path);
    waitForWork(dialog);
    CHECK(dialog.summary().startsWith(u"1 problem(s) in the file: nothing can be imported"_s));
    const QStringList refused = previewLines(dialog);
    REQUIRE(refused.size() == 1);
    CHECK(refused.first().startsWith(
        u"3|Refused|Soto, Luis|birth_date: "_s)); // the patient is named even though the date is wrong
    CHECK_FALSE(dialog.canImport());
    CHECK_FALSE(button(dialog, u"import"_s)->isEnabled());
    dialog.import(); // refused as the button is
    waitForWork(dialog);
    CHECK(f.patientCount() == before);

    // Corrected in the spreadsheet, checked again: every row listed with what it will do.
    writeFile(path, Header + "Ruiz,Marta,1990-06-05,600111222\nSoto,Luis,1990-02-28,600333444\n");
    QTest::mouseClick(button(dialog, u"checkAgain"_s), Qt::LeftButton);
    waitForWork(dialog);
    CHECK(dialog.summary() == u"Ready to import: 2 new patient(s) to add, 0 to update."_s);
    CHECK(previewLines(dialog)
        == QStringList({u"2|To add|Ruiz, Marta, born %1|600111222"_s.arg(app::displayDate(QDate(1990, 6, 5))),
            u"3|To add|Soto, Luis, born %1|600333444"_s.arg(app::displayDate(QDate(1990, 2, 28)))}));
    CHECK(f.patientCount() == before); // a check writes nothing
    REQUIRE(dialog.canImport());

    QSignalSpy imported(f.window.patientImport(), &app::PatientImport::imported);
    QTest::mouseClick(button(dialog, u"import"_s), Qt::LeftButton);
    waitForWork(dialog);
    CHECK(f.patientCount() == before + 2);
    CHECK(dialog.summary() == u"Imported: 2 patient(s) added, 0 updated."_s);
    CHECK(previewLines(dialog).first().startsWith(u"2|Added|Ruiz, Marta"_s));
    REQUIRE(imported.size() == 1);
    CHECK(imported.first().first().toString() == u"Imported: 2 patient(s) added, 0 updated."_s);
    CHECK_FALSE(dialog.canImport()); // the same file is not imported twice by a second click
}

TEST_CASE("patient import: an ambiguous date names the window's own option, and choosing it checks the file again")
{
    ImportFixture f;
    app::PatientImportDialog& dialog = f.openImport();
    dialog.setFile(f.file(u"dates.csv"_s, Header + "Ruiz,Marta,05/06/1990,\n"));
    waitForWork(dialog);
    const QStringList refused = previewLines(dialog);
    REQUIRE(refused.size() == 1);
    CHECK(refused.first().contains(u"Month/day/year under Dates"_s));
    CHECK(refused.first().contains(u"Day/month/year under Dates"_s));
    CHECK_FALSE(refused.first().contains(u"--"_s)); // never a command-line option

    auto* order = dialog.findChild<QComboBox*>(u"dateOrder"_s);
    REQUIRE(order != nullptr);
    order->setCurrentIndex(order->findData(int(storage::DateOrder::Eu)));
    waitForWork(dialog);
    REQUIRE(dialog.canImport());
    dialog.import();
    waitForWork(dialog);
    QSqlQuery q(f.clinic->db->connection());
    REQUIRE(q.exec(u"SELECT birth_date FROM patients WHERE family_name = 'Ruiz'"_s));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == u"1990-06-05"_s);
}

TEST_CASE("patient import: a semicolon-separated file is read as such, and an unknown column can be left out")
{
    ImportFixture f;
    app::PatientImportDialog& dialog = f.openImport();
    dialog.setFile(
        f.file(u"semicolons.csv"_s, "family_name;given_names;birth_date;shoe_size\nRuiz;Marta;1990-06-05;38\n"));
    waitForWork(dialog);
    CHECK(dialog.options().separator == ';');
    const QStringList refused = previewLines(dialog);
    REQUIRE(refused.size() == 1);
    CHECK(refused.first()
        == u"1|Refused||shoe_size: unknown column; rename it to one Needlepoint knows (see Accepted Columns), remove "
           "it, or tick Leave out columns Needlepoint does not know"_s);

    dialog.findChild<QCheckBox*>(u"ignoreUnknown"_s)->setChecked(true);
    waitForWork(dialog);
    CHECK(dialog.canImport());
    CHECK(dialog.summary() == u"Ready to import: 1 new patient(s) to add, 0 to update. 1 warning(s) listed below."_s);
}

TEST_CASE("patient import: a row for a patient already recorded under the same number updates only what changed")
{
    ImportFixture f;
    auto jose = f.clinic->patients.get(f.clinic->jose);
    REQUIRE(jose);
    jose->externalRef = u"H-17"_s;
    REQUIRE(f.clinic->patients.update(*jose, u"tester"_s));
    app::PatientImportDialog& dialog = f.openImport();
    dialog.setFile(f.file(u"update.csv"_s,
        "family_name,given_names,birth_date,email,external_ref\n" + jose->familyName.toUtf8() + ","
            + jose->givenNames.toUtf8() + "," + jose->birthDate.toString(Qt::ISODate).toUtf8()
            + ",jose.new@example.org,h-17\n"));
    waitForWork(dialog);
    const QStringList lines = previewLines(dialog);
    REQUIRE(lines.size() == 1);
    CHECK(lines.first().startsWith(u"2|To update|García, José Luis"_s));
    CHECK(lines.first().endsWith(u"|Changes email"_s));
    dialog.import();
    waitForWork(dialog);
    CHECK(f.clinic->patients.get(f.clinic->jose)->email == u"jose.new@example.org"_s);
}

TEST_CASE("patient import: every control is named, the Alt keys do not clash, in English and Spanish")
{
    ImportFixture f;
    app::PatientImportDialog& dialog = f.openImport();
    CHECK(mnemonicClashes(dialog).isEmpty());
    for (const QWidget* w : dialog.findChildren<QWidget*>())
        if (w->focusPolicy() != Qt::NoFocus && w->isVisibleTo(&dialog) && !w->inherits("QScrollBar")
            && w->parentWidget() == &dialog)
            CHECK_FALSE(w->accessibleName().isEmpty());
    for (const char* name : {"file", "choose", "dateOrder", "separator", "ignoreUnknown", "preview", "columns",
             "checkAgain", "import", "close"})
        CHECK_FALSE(dialog.findChild<QWidget*>(QLatin1String(name))->accessibleName().isEmpty());
    dialog.close();
    REQUIRE(QTest::qWaitFor([&f] { return f.window.patientImport()->dialog() == nullptr; }));

    SpanishTranslation spanish;
    ImportFixture es;
    app::PatientImportDialog& translated = es.openImport();
    CHECK(translated.windowTitle() == u"Importar pacientes"_s);
    CHECK(mnemonicClashes(translated).isEmpty());
    translated.setFile(es.file(u"fechas.csv"_s, Header + "Ruiz,Marta,05/06/1990,\n"));
    waitForWork(translated);
    CHECK(translated.summary().startsWith(u"1 problema en el archivo"_s));
    CHECK(previewLines(translated).first().contains(u"Día/mes/año en Fechas"_s));
}

TEST_CASE("patient import: the preview's summary counts rows already up to date apart from those that change")
{
    storage::CsvImportReport report;
    report.dryRun = true;
    storage::PatientRecord p = patient(u"Ruiz"_s, u"Marta"_s);
    report.updates = {{2, p, {}}, {3, p, {u"email"_s, u"address"_s}}};
    const app::ImportPreview preview = app::importPreview(report);
    CHECK(preview.summary == u"Ready to import: 0 new patient(s) to add, 1 to update, 1 already up to date."_s);
    CHECK(preview.importable);
    REQUIRE(preview.rows.size() == 2);
    CHECK(preview.rows[0].muted);
    CHECK(preview.rows[1].cells[3] == u"Changes email, address"_s);

    report.updates.removeLast();
    CHECK(app::importPreview(report).summary == u"The file holds no patient to add or change."_s);
    CHECK_FALSE(app::importPreview(report).importable);
    report.cancelled = true;
    CHECK(app::importPreview(report).summary.startsWith(u"Checking stopped"_s));
}

TEST_CASE("patient import: stopped while it runs, an import adds nothing, and Escape stops it rather than closing")
{
    ImportFixture f;
    const qint64 before = f.patientCount();
    app::PatientImportDialog& dialog = f.openImport();
    QByteArray csv = Header;
    for (int i = 0; i < 5000; ++i)
        csv += "Family" + QByteArray::number(i) + ",Given,1990-01-01,\n";
    dialog.setFile(f.file(u"many.csv"_s, csv));
    waitForWork(dialog);
    REQUIRE(dialog.canImport());

    dialog.import();
    REQUIRE(dialog.isWorking());
    CHECK(button(dialog, u"stop"_s)->isVisibleTo(&dialog));
    CHECK_FALSE(button(dialog, u"import"_s)->isEnabled());
    // The thread reads the whole file before it first asks whether to go on: the stop is seen.
    QTest::keyClick(&dialog, Qt::Key_Escape);
    CHECK(dialog.isVisible()); // Escape stopped the work; the window stays
    waitForWork(dialog);
    CHECK(dialog.summary() == u"Import stopped: no patient was added or changed."_s);
    CHECK(f.patientCount() == before);
    CHECK_FALSE(button(dialog, u"stop"_s)->isVisibleTo(&dialog));
    QTest::keyClick(&dialog, Qt::Key_Escape);
    CHECK(QTest::qWaitFor([&f] { return f.window.patientImport()->dialog() == nullptr; }));
}

TEST_CASE("patient import: the database file itself is refused, never read as a spreadsheet")
{
    ImportFixture f;
    const qint64 before = f.patientCount();
    app::PatientImportDialog& dialog = f.openImport();
    dialog.setFile(f.clinic->db.path());
    waitForWork(dialog);
    CHECK(dialog.summary().startsWith(u"Nothing was imported: "_s));
    CHECK(dialog.summary().contains(u"is the patient database itself"_s));
    CHECK_FALSE(dialog.canImport());
    CHECK(f.patientCount() == before);
}
