// The Print menu: which documents apply to the selected patient, Save as PDF and printing from the
// preview (each recorded in the patient's file), and errors shown, never a modal dialog waited on.

#include "AppTestSupport.h"
#include "ScriptedPrintPrompts.h"
#include "print/PdfText.h"
#include "storage/SchedulingTestSupport.h"

#include "app/patients/PatientDetailPane.h"
#include "app/print/DialogPrintPrompts.h"
#include "app/print/PrintActions.h"
#include "app/print/PrintController.h"
#include "app/print/PrintPrompts.h"

#include "storage/DocumentLogRepository.h"
#include "storage/FindingRepository.h"
#include "storage/PatientRepository.h"
#include "storage/SeriesRepository.h"

#include <QAction>
#include <QFile>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QScreen>
#include <QSettings>

using namespace np;
using namespace np::test;
using namespace Qt::StringLiterals;
using storage::AppointmentStatus;

namespace {

// The example clinic; José (Spanish) had a session at 10:00 on Tuesday 10 March 2026, completed,
// and has the next one booked on 7 April; Siobhán has no appointment. It is 12:00 that day.
struct PrintFixture : SchedulingFixture {
    TempSettings settings;
    QTemporaryDir out;
    app::PrintController controller {
        settings.settings, builtInCatalogue(), [] { return QDateTime(QDate(2026, 3, 10), QTime(12, 0)); }};
    ScriptedPrintPrompts* prompts = new ScriptedPrintPrompts;
    qint64 visit = 0;

    PrintFixture()
    {
        controller.setPrompts(std::unique_ptr<app::PrintPrompts>(prompts));
        settings.settings.setDeskName(u"desk"_s);
        auto repo = appointments();
        visit = book(repo, at("2026-03-10", 10));
        book(repo, at("2026-04-07", 10));
        for (AppointmentStatus status : {AppointmentStatus::CheckedIn, AppointmentStatus::Completed}) {
            auto a = repo.get(visit);
            REQUIRE(a);
            REQUIRE(repo.setStatus(visit, a->version, status, QString(), u"ana"_s));
        }
        controller.setDatabase(&db());
    }

    qint64 book(storage::AppointmentRepository& repo, const QDateTime& start)
    {
        auto id = repo.book(request(jose, start), u"ana"_s);
        if (!id)
            FAIL(id.error().message.toStdString());
        return *id;
    }

    app::PrintActions& actions() { return *controller.actions(); }

    // The post-care sheet of the visit went to the PDF `path` and is the one document in José's file.
    void requirePostCareGiven(const QString& path)
    {
        CHECK(prompts->errors.isEmpty());
        REQUIRE(QFile::exists(path));
        CHECK(pdfText(path).contains(u"José Luis García"_s));
        const auto log = given(jose);
        REQUIRE(log.size() == 1);
        CHECK(log[0].kind == u"post_care"_s);
        CHECK(log[0].appointmentId == visit);
        CHECK(log[0].output == u"pdf:"_s + path);
        CHECK(log[0].givenBy == u"desk"_s);
    }

    QList<storage::DocumentGivenRecord> given(qint64 patientId)
    {
        auto log = storage::DocumentLogRepository(db()).forPatient(patientId);
        REQUIRE(log);
        return *log;
    }
};

} // namespace

TEST_CASE("print: the patient documents are enabled only when a patient has what they are about")
{
    PrintFixture f;
    app::PrintActions& a = f.actions();
    CHECK(a.printNow->shortcut() == QKeySequence(QKeySequence::Print));
    CHECK(a.printPreview->shortcut() == QKeySequence(u"Ctrl+Shift+P"_s));
    CHECK(a.savePdf->shortcut() == QKeySequence(u"Ctrl+Shift+S"_s));
    CHECK(a.daySheet->isEnabled());
    CHECK(a.recallList->isEnabled());
    CHECK(a.savePdf->isEnabled());
    for (QAction* patientAction : {a.postCare, a.preCare, a.appointmentCard, a.consent})
        CHECK_FALSE(patientAction->isEnabled());

    f.controller.setPatient(f.jose);
    CHECK(a.postCare->isEnabled());
    CHECK(a.preCare->isEnabled());
    CHECK_FALSE(a.appointmentCard->isEnabled()); // no series
    CHECK_FALSE(a.consent->isEnabled());

    f.controller.setPatient(f.siobhan);
    for (QAction* patientAction : {a.postCare, a.preCare, a.appointmentCard, a.consent})
        CHECK_FALSE(patientAction->isEnabled());

    f.controller.setPatient(f.jose);
    f.controller.setDatabase(nullptr);
    for (QAction* any :
        {a.printNow, a.printPreview, a.savePdf, a.daySheet, a.recallList, a.postCareBatch, a.postCare, a.preCare})
        CHECK_FALSE(any->isEnabled());
}

TEST_CASE("print: Save as PDF writes the post-care sheet and records it in the patient's file")
{
    PrintFixture f;
    f.controller.setPatient(f.jose);
    f.actions().postCare->trigger();
    CHECK(f.prompts->previews == 1);
    CHECK(f.given(f.jose).isEmpty()); // previewed, not printed

    const QString path = f.out.filePath(u"post-care.pdf"_s);
    f.prompts->pdfPaths = {path};
    f.actions().savePdf->trigger();
    f.requirePostCareGiven(path);
}

TEST_CASE("print: printing from the preview prints the document and records where it went")
{
    PrintFixture f;
    f.settings.settings.setPaperSize(print::PaperSize::Letter);
    f.controller.setPatient(f.jose);
    const QString path = f.out.filePath(u"printed.pdf"_s);
    f.prompts->printTo = path;
    f.actions().preCare->trigger();
    CHECK(f.prompts->errors.isEmpty());
    REQUIRE(QFile::exists(path));
    CHECK(pdfText(path).contains(u"José Luis García"_s));
    CHECK(pdfInfo(path).value(u"Page size"_s).contains(u"letter"_s));
    const auto given = f.given(f.jose);
    REQUIRE(given.size() == 1);
    CHECK(given[0].kind == u"pre_care"_s);
    CHECK(given[0].output == u"pdf:"_s + path);
}

TEST_CASE("print: a refused clinic template is shown with its name and line, and nothing is written")
{
    PrintFixture f;
    QTemporaryDir templates;
    for (const QString& name : {u"post-care.es.html"_s, u"post-care.en.html"_s})
        writeFile(templates.filePath(name),
            "<html><head><meta name=\"template-version\" content=\"2\"></head>\n<body>\n"
            "<p>{{patient_surname}}</p>\n</body></html>\n");
    f.settings.settings.setTemplatesFolder(templates.path());
    f.controller.setPatient(f.jose);
    const QString path = f.out.filePath(u"post-care.pdf"_s);
    f.prompts->pdfPaths = {path};

    f.actions().postCare->trigger();
    f.actions().savePdf->trigger();
    CHECK(f.prompts->previews == 0);
    REQUIRE(f.prompts->errors.size() == 2);
    CHECK(f.prompts->errors[0].contains(u"post-care.es.html"_s));
    CHECK(f.prompts->errors[0].contains(u"line 3"_s));
    CHECK(f.prompts->errors[0].contains(u"patient_surname"_s));
    CHECK(f.prompts->pdfPaths.size() == 1); // never asked where to save
    CHECK_FALSE(QFile::exists(path));
    CHECK(f.given(f.jose).isEmpty());
}

TEST_CASE("print: without a clinic set-up the day sheet says so and nothing is shown")
{
    ClinicFixture noClinic;
    TempSettings settings;
    app::PrintController controller(settings.settings, builtInCatalogue());
    auto* prompts = new ScriptedPrintPrompts;
    controller.setPrompts(std::unique_ptr<app::PrintPrompts>(prompts));
    controller.setDatabase(&*noClinic.db);
    prompts->date = QDate(2026, 3, 10);
    controller.actions()->daySheet->trigger();
    CHECK(prompts->previews == 0);
    REQUIRE(prompts->errors.size() == 1);
    CHECK(prompts->errors[0].contains(u"the clinic is not set up"_s));

    prompts->date = QDate();
    controller.actions()->daySheet->trigger(); // cancelled: nothing more
    CHECK(prompts->errors.size() == 1);
}

TEST_CASE("print: a day's post-care sheets go out as one print job, each recorded in its patient's file")
{
    PrintFixture f;
    auto repo = f.appointments();
    const auto other = repo.book(f.request(f.siobhan, at("2026-03-10", 12)), u"ana"_s);
    REQUIRE(other);
    for (AppointmentStatus status : {AppointmentStatus::CheckedIn, AppointmentStatus::Completed}) {
        auto a = repo.get(*other);
        REQUIRE(a);
        REQUIRE(repo.setStatus(*other, a->version, status, QString(), u"ana"_s));
    }

    f.prompts->date = QDate(2026, 3, 10);
    const QString path = f.out.filePath(u"batch.pdf"_s);
    f.prompts->printTo = path;
    f.actions().postCareBatch->trigger();
    CHECK(f.prompts->errors.isEmpty());
    REQUIRE(f.prompts->dateTitles.size() == 1);
    CHECK(f.prompts->dateTitles[0] == u"All Post-care Sheets of a Day"_s);
    REQUIRE(QFile::exists(path));
    CHECK(pdfPages(path) == 2); // one page each
    CHECK(pdfInfo(path).value(u"Title"_s) == u"Post-care sheets: 2026-03-10"_s);
    const QString text = pdfText(path);
    CHECK(text.contains(u"José Luis García"_s));
    CHECK(text.contains(u"Siobhán O'Brien"_s));
    for (const qint64 patient : {f.jose, f.siobhan}) {
        const auto given = f.given(patient);
        REQUIRE(given.size() == 1);
        CHECK(given[0].kind == u"post_care"_s);
        CHECK(given[0].output == u"pdf:"_s + path);
    }

    // A day with no completed session says so, and nothing is shown.
    f.prompts->date = QDate(2026, 3, 11);
    f.actions().postCareBatch->trigger();
    CHECK(f.prompts->previews == 1);
    REQUIRE(f.prompts->errors.size() == 1);
    CHECK(f.prompts->errors[0].contains(u"No session was completed on"_s));
    CHECK(f.given(f.jose).size() == 1);
}

TEST_CASE("print: the patient's details list the documents given, newest first, as soon as one is recorded")
{
    PrintFixture f;
    const auto workspace = workspaceOn(f.db().path(), QDate(2026, 3, 10));
    app::PatientDetailPane pane;
    pane.setWorkspace(workspace.get());
    QObject::connect(&f.controller, &app::PrintController::recorded, &pane, &app::PatientDetailPane::refresh);
    pane.showPatient(f.jose);
    CHECK(pane.fieldText(u"documents"_s) == u"None yet"_s);

    f.controller.setPatient(f.jose);
    f.actions().preCare->trigger(); // previewed only: nothing given
    CHECK(pane.fieldText(u"documents"_s) == u"None yet"_s);
    f.prompts->pdfPaths = {f.out.filePath(u"pre.pdf"_s)};
    f.actions().savePdf->trigger();
    f.actions().postCare->trigger();
    f.prompts->pdfPaths = {f.out.filePath(u"post.pdf"_s)};
    f.actions().savePdf->trigger();
    REQUIRE(f.prompts->errors.isEmpty());
    const QStringList lines = pane.fieldText(u"documents"_s).split(u'\n');
    REQUIRE(lines.size() == 2);
    CHECK(lines[0].startsWith(u"• Post-care sheet, "_s));
    CHECK(lines[0].endsWith(u", by desk"_s));
    CHECK(lines[1].startsWith(u"• Pre-care sheet, "_s));
}

TEST_CASE("print: Print sends the document last chosen to the printer chosen, without a preview")
{
    PrintFixture f;
    f.controller.setPatient(f.jose);
    f.actions().printNow->trigger(); // nothing chosen, nothing shown: which one is asked, never a default
    CHECK(f.prompts->choiceTitles == QStringList {u"Print"_s});
    CHECK(f.prompts->offered.contains(u"Post-care Sheet"_s));
    CHECK(f.prompts->offered.contains(u"Day Sheet"_s));
    CHECK(f.prompts->printDialogs == 0);
    CHECK(f.prompts->previews == 0);
    CHECK(f.given(f.jose).isEmpty());

    f.actions().postCare->trigger(); // previewed, then closed
    const QString path = f.out.filePath(u"printed.pdf"_s);
    f.prompts->printTo = path;
    f.actions().printNow->trigger();
    CHECK(f.prompts->printDialogs == 1);
    CHECK(f.prompts->previews == 1);
    f.requirePostCareGiven(path);
}

TEST_CASE("print: Print prints what the page shows, and the document picked when it cannot say")
{
    PrintFixture f;
    print::DocumentRequest shown;
    shown.kind = print::DocumentKind::DaySheet;
    shown.date = QDate(2026, 3, 10);
    std::optional<print::DocumentRequest> page = shown;
    f.controller.setShownDocument([&page] { return page; });
    const QString sheet = f.out.filePath(u"day.pdf"_s);
    f.prompts->printTo = sheet;
    f.actions().printNow->trigger();
    CHECK(f.prompts->choiceTitles.isEmpty());
    REQUIRE(f.prompts->printDialogs == 1);
    CHECK(pdfText(sheet).contains(u"García"_s)); // the day sheet of 10 March: José at 10:00

    // A patient's record: it cannot say, so the desk picks; the one picked is previewed.
    page.reset();
    f.controller.setPatient(f.jose);
    f.prompts->choice = static_cast<int>(f.prompts->offered.size()); // out of range until offered
    f.actions().printNow->trigger();
    REQUIRE_FALSE(f.prompts->offered.isEmpty());
    f.prompts->choice = static_cast<int>(f.prompts->offered.indexOf(u"Post-care Sheet"_s));
    f.actions().printNow->trigger();
    CHECK(f.prompts->previews == 1);
    // The choice stands until another page is shown.
    f.actions().printNow->trigger();
    CHECK(f.prompts->choiceTitles.size() == 2);
    f.controller.forgetChoice();
    f.actions().printNow->trigger();
    CHECK(f.prompts->choiceTitles.size() == 3);
}

TEST_CASE("print: a consent form is for the series under way, and the desk is asked when several are")
{
    PrintFixture f;
    storage::SeriesRepository series(f.db(), builtInCatalogue());
    auto create = [&](const QString& indication, const QDate& first) {
        storage::SeriesRecord s;
        s.patientId = f.jose;
        s.modality = u"automated_pen"_s;
        s.indication = indication;
        s.severity = u"moderate"_s;
        s.areas = {u"cheeks"_s};
        storage::PlannedSessionRecord session;
        session.plannedDate = first;
        session.earliest = first.addDays(-7);
        s.sessions = {session};
        auto stored = series.create(s, u"ana"_s);
        REQUIRE(stored);
        return stored->id;
    };
    // A finished series: never the one meant while another is planned.
    const qint64 finished = create(u"texture_tone"_s, QDate(2025, 6, 1));
    auto old = series.get(finished);
    REQUIRE(series.setStatus(finished, old->version, u"active"_s, u"ana"_s));
    old = series.get(finished);
    REQUIRE(series.setStatus(finished, old->version, u"completed"_s, u"ana"_s));
    const qint64 acne = create(u"acne_scars"_s, QDate(2026, 5, 5));
    f.controller.setPatient(f.jose);
    f.prompts->printTo = f.out.filePath(u"consent.pdf"_s);
    f.actions().consent->trigger();
    CHECK(f.prompts->choiceTitles.isEmpty()); // one series under way: no question
    REQUIRE(f.given(f.jose).size() == 1);
    CHECK(f.given(f.jose)[0].seriesId == acne);

    // Two planned series and no appointment to tell them apart: the desk chooses.
    const qint64 lines = create(u"fine_lines_wrinkles"_s, QDate(2026, 6, 2));
    f.controller.setPatient(f.jose);
    CHECK(f.actions().consent->isEnabled());
    f.prompts->choice = -1; // cancelled: nothing printed
    f.actions().consent->trigger();
    CHECK(f.prompts->choiceTitles == QStringList {u"Consent Form"_s});
    REQUIRE(f.prompts->offered.size() == 2);
    CHECK(f.prompts->offered[1].startsWith(u"Fine lines and wrinkles, Automated microneedling pen, from "_s));
    CHECK(f.given(f.jose).size() == 1);
    f.prompts->choice = 1;
    f.actions().consent->trigger();
    REQUIRE(f.given(f.jose).size() == 2);
    CHECK(f.given(f.jose)[0].seriesId == lines); // newest first
    // The appointment card asks the same way; it is never for the finished series.
    f.prompts->choice = 0;
    f.actions().appointmentCard->trigger();
    REQUIRE(f.given(f.jose).size() == 3);
    CHECK(f.given(f.jose)[0].seriesId == acne);
    CHECK(f.given(f.jose)[0].templateName == u"appointment-card.es.html"_s); // José reads Spanish

    // Wallet-sized when the workstation's setting says so: an 85 x 55 mm card.
    f.settings.settings.setCardFormat(print::CardFormat::Wallet);
    const QString card = f.out.filePath(u"card.pdf"_s);
    f.prompts->printTo = card;
    f.actions().appointmentCard->trigger();
    REQUIRE(f.given(f.jose).size() == 4);
    CHECK(f.given(f.jose)[0].templateName == u"appointment-card-wallet.es.html"_s);
    CHECK(pdfInfo(card).value(u"Page size"_s).startsWith(u"241 x 156 pts"_s));
    CHECK(pdfText(card).contains(u"José Luis García"_s));
}

TEST_CASE("print preview: the page fits the width, the window as tall as the screen allows, then as left")
{
    const QString key = u"print/previewGeometry"_s;
    QSettings().remove(key);
    QPrinter printer;
    {
        QPrintPreviewDialog dialog(&printer);
        app::makeReadable(dialog);
        auto* widget = dialog.findChild<QPrintPreviewWidget*>();
        REQUIRE(widget);
        CHECK(widget->zoomMode() == QPrintPreviewWidget::FitToWidth);
        REQUIRE(dialog.screen());
        CHECK(dialog.height() >= dialog.screen()->availableGeometry().height() * 8 / 10);
        dialog.show();
        dialog.resize(dialog.width() + 40, dialog.height() - 100);
        dialog.done(QDialog::Rejected); // closed: its size kept
    }
    CHECK(QSettings().contains(key));
    QPrintPreviewDialog again(&printer);
    const QByteArray saved = QSettings().value(key).toByteArray();
    app::makeReadable(again);
    again.show();
    CHECK(again.saveGeometry() == saved);
    QSettings().remove(key);
}
