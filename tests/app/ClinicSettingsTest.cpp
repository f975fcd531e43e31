// Settings > Clinic…: the saved set-up on the wizard's pages, saved back with what no page edits
// kept, a change that breaks booked appointments asked about first, and the clinic file in and out.
#include "MainWindowFixture.h"

#include "app/clinic/ClinicSettings.h"
#include "app/clinic/ClinicSettingsDialog.h"
#include "app/clinic/ClinicSetupPages.h"
#include "app/clinic/SetupListPage.h"
#include "app/clinic/SetupTableModel.h"
#include "core/ClinicLoader.h"
#include "services/AppointmentService.h"
#include "services/ClinicSetupService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonDocument>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>

using namespace np;
using namespace np::test;
using namespace Qt::StringLiterals;

namespace {

enum Page { DetailsPage, HoursPage, TeamPage, RoomsPage, ClosuresPage };

struct ClinicSettingsFixture : MainWindowFixture {

    ClinicSettingsFixture()
    {
        const QByteArray bytes = readFile(QStringLiteral(NEEDLEPOINT_SOURCE_DIR "/resources/examples/clinic.json"));
        auto setup = parseClinicSetup(bytes, u"clinic.json"_s, builtInCatalogue());
        REQUIRE(setup);
        REQUIRE(services::loadClinic(context(), *setup, {}));
    }

    services::UseCaseContext context() { return {*clinic->db, builtInCatalogue(), {u"tester"_s}, now().date()}; }
    storage::StoredClinic stored()
    {
        auto c = services::clinic(context());
        REQUIRE(c);
        return *c;
    }

    // The set-up window, opened from the Settings menu.
    app::ClinicSettingsDialog& open()
    {
        return openWith(window.clinicSettings()->action, [this] { return window.clinicSettings()->dialog(); });
    }
    static QLineEdit* field(app::ClinicSettingsDialog& dialog, Page page, const QString& name)
    {
        dialog.pages()->setCurrentIndex(page);
        auto* edit = dialog.page(page)->findChild<QLineEdit*>(name);
        REQUIRE(edit != nullptr);
        return edit;
    }
    static app::SetupTableModel* list(app::ClinicSettingsDialog& dialog, Page page, int table)
    {
        auto* listPage = qobject_cast<app::SetupListPage*>(dialog.page(page));
        REQUIRE(listPage != nullptr);
        auto* model = qobject_cast<app::SetupTableModel*>(listPage->table(table)->model());
        REQUIRE(model != nullptr);
        return model;
    }
    static void save(app::ClinicSettingsDialog& dialog)
    {
        QTest::mouseClick(dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save), Qt::LeftButton);
    }
    static void click(QMessageBox* box, const QString& text)
    {
        REQUIRE(box != nullptr);
        for (QAbstractButton* b : box->buttons())
            if (b->text() == text) {
                b->click();
                return;
            }
        FAIL("no button " << text.toStdString());
    }
};

} // namespace

TEST_CASE(
    "clinic settings: the saved set-up is shown, a problem refused at its field, a change saved with the rest kept")
{
    ClinicSettingsFixture f;
    app::ClinicSettingsDialog& dialog = f.open();
    CHECK(dialog.pages()->count() == 5);
    CHECK(f.field(dialog, DetailsPage, u"name"_s)->text() == u"Clínica Piel Clara"_s);
    CHECK(f.field(dialog, HoursPage, u"wednesday"_s)->text() == u"09:00-13:00, 14:00-20:00"_s);
    CHECK(f.list(dialog, TeamPage, 0)->rowCount() == 2);
    CHECK(f.list(dialog, RoomsPage, 1)->rowCount() == 3);
    for (int page = DetailsPage; page <= ClosuresPage; ++page) {
        dialog.pages()->setCurrentIndex(page);
        INFO("page " << page);
        CHECK(mnemonicClashes(dialog).isEmpty());
    }
    const int version = f.stored().version;
    const qint64 roomId = f.stored().roomIds.value(u"room-1"_s);

    // No phone: refused at the field, on its page, nothing saved.
    f.field(dialog, DetailsPage, u"phone"_s)->clear();
    dialog.pages()->setCurrentIndex(HoursPage);
    f.save(dialog);
    CHECK(dialog.pages()->currentIndex() == DetailsPage);
    auto* phoneError = dialog.findChild<QLabel*>(u"phoneError"_s);
    REQUIRE(phoneError != nullptr);
    CHECK(phoneError->isVisibleTo(&dialog));
    CHECK(phoneError->text().startsWith(u"Phone: "_s));
    CHECK(dialog.status().startsWith(u"Not saved"_s));
    CHECK(f.stored().version == version);

    // A new phone, a room renamed, Wednesday shortened: saved. The room keeps its code (appointments
    // point at it); the holidays, Li's own hours and Ana's time off, which no page shows, stay.
    QSignalSpy saved(f.window.clinicSettings(), &app::ClinicSettings::saved);
    f.field(dialog, DetailsPage, u"phone"_s)->setText(u"+44 20 7946 0111"_s);
    f.field(dialog, HoursPage, u"wednesday"_s)->setText(u"09:00-13:00"_s);
    app::SetupTableModel* rooms = f.list(dialog, RoomsPage, 0);
    REQUIRE(rooms->setData(rooms->index(0, 0), u"The Garden Room"_s));
    dialog.pages()->setCurrentIndex(DetailsPage);
    auto* language = dialog.page(DetailsPage)->findChild<QComboBox*>(u"language"_s);
    REQUIRE(language != nullptr);
    CHECK(language->currentData().toString() == u"en"_s); // none set: English
    language->setCurrentIndex(language->findData(u"es"_s));
    f.save(dialog);
    CHECK(dialog.question() == nullptr);
    REQUIRE(saved.size() == 1);
    CHECK(dialog.status() == u"Clinic set-up saved: every workstation uses it now."_s);
    const storage::StoredClinic after = f.stored();
    CHECK(after.version == version + 1);
    CHECK(after.updatedBy == f.settings.settings.deskName());
    CHECK(after.setup.phone == u"+44 20 7946 0111"_s);
    CHECK(after.setup.language == u"es"_s);
    CHECK(after.setup.opening[Qt::Wednesday] == QList<TimeRange>({{QTime(9, 0), QTime(13, 0)}}));
    REQUIRE(after.setup.room(u"room-1") != nullptr);
    CHECK(after.setup.room(u"room-1")->name == u"The Garden Room"_s);
    CHECK(after.setup.holidays.size() == 2);
    REQUIRE(after.setup.practitioner(u"li") != nullptr);
    CHECK(after.setup.practitioner(u"li")->hours.has_value());
    CHECK(after.setup.practitioner(u"li")->modalities == QStringList({u"automated_pen"_s, u"roller"_s}));
    CHECK(after.setup.practitioner(u"ana")->timeOff.size() == 1);
    CHECK(after.setup.device(u"pen-1")->homeRoom == u"room-1"_s);
    CHECK(after.roomIds.value(u"room-1"_s) == roomId);

    // Nothing changed since: Close closes without asking.
    dialog.reject();
    CHECK_FALSE(dialog.isVisible());
}

TEST_CASE("clinic settings: a change that leaves a booked appointment outside the set-up names it and asks")
{
    ClinicSettingsFixture f;
    auto booked = services::bookAppointment(f.context(),
        {f.clinic->jose, std::nullopt, u"ana"_s, u"room-1"_s, u"pen-1"_s, u"automated_pen"_s, {u"cheeks"_s},
            QDateTime(QDate(2026, 3, 3), QTime(16, 0))});
    REQUIRE(booked);
    app::ClinicSettingsDialog& dialog = f.open();
    const int version = f.stored().version;

    // Tuesday afternoon closed.
    f.field(dialog, HoursPage, u"tuesday"_s)->setText(u"09:00-13:00"_s);
    f.save(dialog);
    QMessageBox* question = dialog.question();
    REQUIRE(question != nullptr);
    CHECK(question->isVisible());
    REQUIRE(question->defaultButton() != nullptr);
    CHECK(question->defaultButton()->text() == u"Go Back"_s); // Enter saves nothing
    CHECK(question->text().contains(u"García, José Luis: "_s));
    CHECK(question->text().contains(u"outside Dr Ana Núñez's hours"_s));
    CHECK(dialog.status() == u"Not saved yet: 1 booked appointment(s) would no longer fit."_s);
    f.click(question, u"Go Back"_s);
    CHECK(dialog.status() == u"Not saved."_s);
    CHECK(f.stored().version == version);

    f.save(dialog);
    f.click(dialog.question(), u"Save Anyway"_s);
    const storage::StoredClinic after = f.stored();
    CHECK(after.version == version + 1);
    CHECK(after.setup.opening[Qt::Tuesday].size() == 1);
    CHECK(dialog.status().startsWith(u"Clinic set-up saved. 1 booked appointment(s) outside it stay booked"_s));
    // The appointment is still there, as it was.
    auto day = services::appointmentsOn(f.context(), QDate(2026, 3, 3));
    REQUIRE(day);
    REQUIRE(day->appointments.size() == 1);
    CHECK(day->appointments[0].status == storage::AppointmentStatus::Booked);
}

TEST_CASE("clinic settings: the clinic file exported, and imported only when it passes the checks")
{
    ClinicSettingsFixture f;
    app::ClinicSettingsDialog& dialog = f.open();
    const QString exported = f.files.filePath(u"out/clinic.json"_s);
    REQUIRE(QDir().mkpath(f.files.filePath(u"out"_s)));
    REQUIRE(dialog.exportFile(exported));
    auto again = parseClinicSetup(readFile(exported), u"clinic.json"_s, builtInCatalogue());
    REQUIRE(again);
    CHECK(clinicSetupToJson(*again) == clinicSetupToJson(f.stored().setup));

    // A file with a problem changes nothing, and names the file and what is wrong.
    QJsonObject json = clinicSetupToJson(f.stored().setup);
    QJsonObject clinicPart = json.value(u"clinic"_s).toObject();
    clinicPart.insert(u"time_zone"_s, u"Mars/Olympus"_s);
    clinicPart.insert(u"name"_s, u"Clínica Nueva"_s);
    json.insert(u"clinic"_s, clinicPart);
    const QString bad = f.files.filePath(u"bad.json"_s);
    writeFile(bad, QJsonDocument(json).toJson());
    CHECK_FALSE(dialog.importFile(bad));
    const QByteArray badBytes = readFile(bad);
    const int badLine = int(badBytes.left(badBytes.indexOf("Mars/Olympus")).count('\n')) + 1;
    CHECK(dialog.status().contains(u"bad.json: line %1: clinic.time_zone: "_s.arg(badLine)));
    CHECK(f.field(dialog, DetailsPage, u"name"_s)->text() == u"Clínica Piel Clara"_s);
    for (QMessageBox* box : dialog.findChildren<QMessageBox*>())
        box->close();

    // A good one fills the pages; it is saved only by Save, and Close first asks.
    clinicPart.insert(u"time_zone"_s, u"Europe/London"_s);
    json.insert(u"clinic"_s, clinicPart);
    const QString good = f.files.filePath(u"good.json"_s);
    writeFile(good, QJsonDocument(json).toJson());
    REQUIRE(dialog.importFile(good));
    CHECK(f.field(dialog, DetailsPage, u"name"_s)->text() == u"Clínica Nueva"_s);
    CHECK(f.stored().setup.name == u"Clínica Piel Clara"_s);
    dialog.reject();
    CHECK(dialog.isVisible());
    QMessageBox* unsaved = dialog.question();
    REQUIRE(unsaved != nullptr);
    f.click(unsaved, u"Keep Editing"_s);
    CHECK(dialog.isVisible());
    f.save(dialog);
    CHECK(f.stored().setup.name == u"Clínica Nueva"_s);
}

TEST_CASE("clinic settings: in Spanish every page has distinct Alt keys, and a broken appointment is named in Spanish")
{
    SpanishTranslation spanish;
    ClinicSettingsFixture f;
    REQUIRE(services::bookAppointment(f.context(),
        {f.clinic->jose, std::nullopt, u"ana"_s, u"room-1"_s, u"pen-1"_s, u"automated_pen"_s, {u"cheeks"_s},
            QDateTime(QDate(2026, 3, 3), QTime(16, 0))}));
    CHECK(mnemonicClashes(f.window).isEmpty());
    app::ClinicSettingsDialog& dialog = f.open();
    CHECK(dialog.windowTitle() == u"Configuración de la clínica"_s);
    for (int page = DetailsPage; page <= ClosuresPage; ++page) {
        dialog.pages()->setCurrentIndex(page);
        INFO("page " << page);
        CHECK(mnemonicClashes(dialog).isEmpty());
    }
    f.field(dialog, HoursPage, u"tuesday"_s)->setText(u"09:00-13:00"_s);
    f.save(dialog);
    REQUIRE(dialog.question() != nullptr);
    CHECK(dialog.question()->text().contains(u"queda fuera del horario de Dr Ana Núñez"_s));
    f.click(dialog.question(), u"Volver"_s);
}
