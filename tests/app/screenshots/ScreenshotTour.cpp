// needlepoint_screenshots: the pictures of docs/screenshots/<language>/. Makes a demo clinic (800
// invented patients, its clock pinned to --day at 10:30), opens the real main window on it, and
// saves a PNG of every main page and the key dialogs as the app shows them, then the first page
// of every printed document (PDF written by the print library, turned into PNG by pdftoppm).
// scripts/screenshots.sh runs it under Xvfb in English and Spanish; a CTest test runs it offscreen
// so it keeps working.
//
//   needlepoint_screenshots --out DIR [--language en|es] [--day YYYY-MM-DD]

#include "app/FormLabels.h"
#include "app/MainWindow.h"
#include "app/backup/BackupService.h"
#include "app/calendar/BookAppointmentDialog.h"
#include "app/calendar/CalendarPage.h"
#include "app/clinic/ClinicSettingsDialog.h"
#include "app/clinic/ClinicSetupWizard.h"
#include "app/help/UserGuide.h"
#include "app/patients/PatientController.h"
#include "app/patients/PatientDialog.h"
#include "app/patients/RecordTable.h"
#include "app/print/DialogPrintPrompts.h"
#include "app/print/PrintActions.h"
#include "app/print/PrintController.h"
#include "app/print/PrintPrompts.h"
#include "app/recalls/RecallsPage.h"
#include "app/series/NewSeriesDialog.h"
#include "app/settings/AppSettings.h"
#include "app/settings/SettingsDialog.h"
#include "app/startup/Translations.h"
#include "app/today/ChartDialog.h"
#include "app/today/CheckinDialog.h"
#include "app/today/TodayPage.h"
#include "app/workspace/Workspace.h"
#include "core/CatalogueLoader.h"
#include "print/DocumentBuilders.h"
#include "print/DocumentJobs.h"
#include "print/PrintService.h"
#include "services/ClinicDatabase.h"
#include "services/DayService.h"
#include "storage/Database.h"
#include "storage/SeriesRepository.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDialog>
#include <QDir>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <optional>

using namespace np;
using namespace Qt::StringLiterals;

namespace {

// Enough for a clinic's ordinary day of bookings in the week shown.
constexpr int DemoPatients = 800;
// The home folder the pictures show.
const QString ShownHome = QStringLiteral("/home/clinic");

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

// Where the pictures go, and what failed on the way (a picture missing is a failure).
class Album {
public:
    explicit Album(QString folder)
        : m_folder(std::move(folder))
    { }

    // Saves `widget` as it shows now as NAME.png.
    void take(QWidget& widget, const QString& name)
    {
        widget.show();
        if (!QTest::qWaitForWindowExposed(widget.window()))
            return fail(name, u"its window was never shown"_s);
        QApplication::processEvents();
        const QString path = m_folder + u'/' + name + u".png"_s;
        if (!widget.grab().save(path))
            return fail(name, u"could not write "_s + path);
        ++m_taken;
    }

    // Saves the first page of the PDF at `pdf` as NAME.png.
    void takePage(const QString& pdf, const QString& name)
    {
        QProcess pdftoppm;
        pdftoppm.start(u"pdftoppm"_s,
            {u"-png"_s, u"-r"_s, u"60"_s, u"-f"_s, u"1"_s, u"-l"_s, u"1"_s, u"-singlefile"_s, pdf,
                m_folder + u'/' + name});
        if (!pdftoppm.waitForFinished(60000) || pdftoppm.exitCode() != 0)
            return fail(name, u"pdftoppm failed: "_s + QString::fromLocal8Bit(pdftoppm.readAllStandardError()));
        ++m_taken;
    }

    // Triggers `action`, saves the dialog `opened` then gives as NAME.png, and closes it unchanged.
    template <typename Opened>
    void takeDialog(QAction& action, Opened opened, const QString& name)
    {
        action.trigger();
        QDialog* dialog = opened();
        if (!dialog)
            return fail(name, app::plainLabelText(action.text()) + u" opened no dialog"_s);
        take(*dialog, name);
        dialog->reject();
    }

    void fail(const QString& name, const QString& why)
    {
        err() << name << ": " << why << Qt::endl;
        ++m_failed;
    }

    [[nodiscard]] int taken() const { return m_taken; }
    [[nodiscard]] int failed() const { return m_failed; }

private:
    QString m_folder;
    int m_taken = 0;
    int m_failed = 0;
};

// The print preview is shown without waiting on it: pictured, then closed.
class PicturedPreview : public app::PrintPrompts {
public:
    PicturedPreview(Album& album, bool& shown)
        : m_album(album)
        , m_shown(shown)
    { }
    QDate chooseDate(const QString&, const QDate& suggested) override { return suggested; }
    QString choosePdfPath(const QString&) override { return {}; }
    bool preview(QPrinter& printer, const Paint& paint) override
    {
        QPrintPreviewDialog dialog(&printer);
        QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, paint);
        app::makeReadable(dialog);
        dialog.resize(900, 760);
        m_album.take(dialog, u"print-preview"_s);
        m_shown = true;
        return false;
    }
    bool choosePrinter(QPrinter&) override { return false; }
    int chooseOne(const QString&, const QString&, const QStringList&) override { return 0; }
    void showError(const QString& title, const QString& message) override { m_album.fail(title, message); }

private:
    Album& m_album;
    bool& m_shown;
};

// Selects the rows of Today one by one until `found` says one is the one wanted.
template <typename Found>
bool selectTodayRow(app::TodayPage& today, Found found)
{
    QAbstractItemView* view = today.table()->view();
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        view->setCurrentIndex(view->model()->index(row, 0));
        if (found())
            return true;
    }
    return false;
}

void pictureWindow(Album& album, app::MainWindow& w, app::AppSettings& settings, const Catalogue& catalogue)
{
    w.resize(1280, 800);
    w.showToday();

    // Check In and the chart, on the first series session still booked today.
    app::TodayPage& today = *w.todayPage();
    if (selectTodayRow(today, [&today] {
            today.checkInCurrent();
            return today.checkinDialog() != nullptr;
        })) {
        app::CheckinDialog* checkin = today.checkinDialog();
        album.take(*checkin, u"checkin"_s);
        if (checkin->checkIn() && today.completeCurrent() && today.chartDialog()) {
            album.take(*today.chartDialog(), u"chart"_s);
            today.chartDialog()->reject();
        } else {
            album.fail(u"chart"_s, u"the session checked in opened no chart"_s);
        }
        album.take(w, u"today"_s); // with that patient arrived
        // That patient's record, opened from Today.
        if (auto* open = today.findChild<QPushButton*>(u"openPatient"_s))
            open->click();
    } else {
        album.fail(u"checkin"_s, u"no appointment to check in today"_s);
        album.take(w, u"today"_s);
    }
    album.take(w, u"patients"_s);

    album.takeDialog(
        *w.patients()->editPatient, [&w] { return w.patients()->dialog(); }, u"patient-form"_s);
    album.takeDialog(
        *w.patients()->newSeries, [&w] { return w.patients()->seriesDialog(); }, u"new-series"_s);

    w.showCalendar();
    w.calendarPage()->setWeekView(true);
    // One practitioner's week (Whose): seven days side by side.
    if (auto* whose = w.calendarPage()->findChild<QComboBox*>(u"practitioner"_s); whose && whose->count() > 1)
        whose->setCurrentIndex(1);
    album.take(w, u"calendar"_s);
    album.takeDialog(
        *w.calendarPage()->bookAppointment, [&w] { return w.calendarPage()->bookingDialog(); }, u"book-appointment"_s);

    w.pages()->setCurrentWidget(w.recallsPage());
    album.take(w, u"recalls"_s);

    // Print Preview on Today: the day sheet's.
    w.showToday();
    bool previewed = false;
    w.printing()->setPrompts(std::make_unique<PicturedPreview>(album, previewed));
    w.printing()->actions()->printPreview->trigger();
    if (!previewed)
        album.fail(u"print-preview"_s, u"Print Preview showed nothing"_s);

    // The paths a clinic's computer would show, not this run's temporary ones: the same pictures
    // every run. Nothing reads them again here.
    settings.setDatabasePath(ShownHome + u"/.local/share/Needlepoint/Needlepoint/needlepoint.db"_s);
    settings.setBackupFolder(ShownHome + u"/Needlepoint backups"_s);
    app::SettingsDialog computer(settings, &w);
    album.take(computer, u"settings"_s);
    app::ClinicSettingsDialog clinic(*w.workspace(), settings, &w);
    album.take(clinic, u"clinic-settings"_s);
    app::ClinicSetupWizard wizard(catalogue, ShownHome + u"/.local/share/Needlepoint/Needlepoint/needlepoint.db"_s,
        ShownHome + u"/.local/share/Needlepoint/Needlepoint/demo/needlepoint-demo.db"_s);
    album.take(wizard, u"setup-wizard"_s);

    if (app::UserGuideWindow* guide = app::showUserGuide(&w)) {
        album.take(*guide, u"user-guide"_s);
        guide->close();
    } else {
        album.fail(u"user-guide"_s, u"Help > User Guide found no guide"_s);
    }
}

// The patient's series under way of `modality` (the one a session booked today belongs to); 0: none.
qint64 seriesUnderWay(storage::Database& db, qint64 patientId, const QString& modality)
{
    const auto series = storage::SeriesRepository(db).forPatient(patientId);
    for (const storage::SeriesRecord& s : series ? *series : QList<storage::SeriesRecord>())
        if (s.modality == modality && s.status == u"active"_s && !s.sessions.isEmpty())
            return s.id;
    return 0;
}

// The first page of every document, each about the first of today's appointments that fits.
void pictureDocuments(Album& album, storage::Database& db, const Catalogue& catalogue, const QDate day,
    const QString& language, const QString& folder)
{
    auto resources = print::loadDocumentResources({});
    if (!resources)
        return album.fail(u"documents"_s, u"the built-in templates did not load"_s);
    const services::UseCaseContext ctx {db, catalogue, {u"Front desk"_s}, day};
    auto entries = services::dayList(ctx, day);
    if (!entries || entries->isEmpty())
        return album.fail(u"documents"_s, u"no appointments on "_s + day.toString(Qt::ISODate));
    // The post-care sheet of the latest session completed before.
    const auto isCompleted = [](const services::DayEntry& e) { return e.row.appointment.status == u"completed"_s; };
    for (QDate before = day.addDays(-1); before > day.addDays(-30); before = before.addDays(-1))
        if (auto earlier = services::dayList(ctx, before); earlier && std::ranges::any_of(*earlier, isCompleted)) {
            entries->append(*earlier);
            break;
        }
    qint64 completed = 0;
    qint64 booked = 0;
    qint64 series = 0;
    for (const services::DayEntry& e : *entries) {
        if (!completed && isCompleted(e))
            completed = e.row.appointment.id;
        if (!booked && e.row.appointment.status == u"booked"_s)
            booked = e.row.appointment.id;
        if (!series && e.row.appointment.sessionNumber > 0)
            series = seriesUnderWay(db, e.row.patient.id, e.row.appointment.modality);
    }
    struct Shot {
        print::DocumentKind kind;
        qint64 id;
        QString name;
    };
    for (const Shot& shot : {Shot {print::DocumentKind::PostCare, completed, u"doc-post-care"_s},
             Shot {print::DocumentKind::PreCare, booked, u"doc-pre-care"_s},
             Shot {print::DocumentKind::AppointmentCard, series, u"doc-appointment-card"_s},
             Shot {print::DocumentKind::Consent, series, u"doc-consent"_s},
             Shot {print::DocumentKind::DaySheet, 0, u"doc-day-sheet"_s},
             Shot {print::DocumentKind::RecallList, 0, u"doc-recall-list"_s}}) {
        print::DocumentRequest request;
        request.kind = shot.kind;
        request.id = shot.id;
        request.date = day;
        request.today = day;
        request.language = language;
        if (shot.id == 0 && shot.kind != print::DocumentKind::DaySheet
            && shot.kind != print::DocumentKind::RecallList) {
            album.fail(shot.name, u"no appointment or series of that kind today"_s);
            continue;
        }
        auto documents = print::prepareDocuments(db, catalogue, *resources, request);
        if (!documents || documents->isEmpty()) {
            album.fail(shot.name, documents ? u"nothing to print"_s : documents.error().message());
            continue;
        }
        const QString pdf = folder + u'/' + shot.name + u".pdf"_s;
        const auto written = print::writePdf(pdf, print::documentPages(*documents),
            print::pageSetupFor(request, print::PaperSize::A4), print::outputTitle(request, *documents));
        if (!written) {
            album.fail(shot.name, written.error());
            continue;
        }
        album.takePage(pdf, shot.name);
    }
}

// The day of the week from `from` with the most appointments: the Today the pictures show.
QDate busiestDay(const QString& path, const Catalogue& catalogue, const QDate from)
{
    auto db = storage::Database::open(path);
    QDate busiest = from;
    qsizetype most = -1;
    for (QDate d = from; db && d < from.addDays(7); d = d.addDays(1)) {
        const auto entries = services::dayList({**db, catalogue, {u"demo"_s}, from}, d);
        if (entries && entries->size() > most) {
            most = entries->size();
            busiest = d;
        }
    }
    return busiest;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication application(argc, argv);
    QCoreApplication::setOrganizationName(u"Needlepoint"_s);
    QCoreApplication::setApplicationName(u"Needlepoint Screenshots"_s);
    QStandardPaths::setTestModeEnabled(true); // never the desk's own settings or data

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Saves the pictures of docs/screenshots."_s);
    parser.addHelpOption();
    parser.addOption({u"out"_s, u"The folder the PNG files go to."_s, u"DIR"_s});
    parser.addOption({u"language"_s, u"en or es."_s, u"LANG"_s, u"en"_s});
    parser.addOption({u"day"_s, u"The clinic's today (YYYY-MM-DD)."_s, u"DATE"_s, u"2026-12-08"_s});
    parser.process(application);
    const QString out = parser.value(u"out"_s);
    const QString language = parser.value(u"language"_s);
    const QDate day = QDate::fromString(parser.value(u"day"_s), Qt::ISODate);
    if (out.isEmpty() || !day.isValid() || (language != u"en"_s && language != u"es"_s)) {
        err() << "needlepoint_screenshots --out DIR [--language en|es] [--day YYYY-MM-DD]" << Qt::endl;
        return 1;
    }
    const QLocale locale = language == u"es"_s ? QLocale(QLocale::Spanish, QLocale::Spain)
                                               : QLocale(QLocale::English, QLocale::UnitedKingdom);
    QLocale::setDefault(locale);
    if (!app::installTranslations(application, locale)) { // English: its plural forms
        err() << "the translation did not load" << Qt::endl;
        return 1;
    }
    if (!QDir().mkpath(out)) {
        err() << "cannot make " << out << Qt::endl;
        return 1;
    }

    const auto catalogue = loadBuiltInCatalogue();
    if (!catalogue) {
        err() << "the built-in catalogue did not load" << Qt::endl;
        return 1;
    }
    QTemporaryDir scratch;
    const QString path = scratch.filePath(u"demo.db"_s);
    const auto made = services::createDemoDatabase(path, DemoPatients, {*catalogue, {u"demo"_s}, day});
    if (!made) {
        err() << "the demo clinic could not be made: " << made.error().message << Qt::endl;
        return 1;
    }
    const QDate shown = busiestDay(path, *catalogue, day);
    const QDateTime now(shown, QTime(10, 30));

    Album album(out);
    {
        QSettings qsettings(scratch.filePath(u"settings.ini"_s), QSettings::IniFormat);
        app::AppSettings settings(qsettings);
        settings.setBackupFolder(scratch.filePath(u"backups"_s));
        settings.setDeskName(u"Front desk"_s);
        app::BackupService backup([now] { return now; });
        app::MainWindow window(settings, *catalogue, backup);
        window.setClock([now] { return now; });
        auto opened = storage::Database::open(path);
        if (!opened) {
            err() << "the demo clinic did not open" << Qt::endl;
            return 1;
        }
        QSignalSpy backedUp(&backup, &app::BackupService::finished);
        window.setDatabase(std::move(*opened));
        backedUp.wait(30000);
        pictureWindow(album, window, settings, *catalogue);
    }
    auto db = storage::Database::open(path);
    if (!db) {
        err() << "the demo clinic did not open again" << Qt::endl;
        return 1;
    }
    pictureDocuments(album, **db, *catalogue, shown, language, scratch.path());
    QTextStream(stdout) << album.taken() << " pictures in " << out << ", " << album.failed() << " failed" << Qt::endl;
    return album.failed() == 0 ? 0 : 2;
}
