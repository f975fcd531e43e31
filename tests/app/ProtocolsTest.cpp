// Settings > Protocols…: the catalogue in use shown to read, replaced by the clinic's own file only
// when it passes every check (problems named with file and line) and fits the clinic's set-up.
#include "MainWindowFixture.h"

#include "app/clinic/ClinicSettings.h"
#include "app/clinic/ProtocolsDialog.h"
#include "app/patients/PatientDetailPane.h"
#include "app/patients/PatientSearchPanel.h"
#include "core/CatalogueLoader.h"
#include "core/ClinicLoader.h"
#include "services/ClinicSetupService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextBrowser>

using namespace np;
using namespace np::test;
using namespace Qt::StringLiterals;

namespace {

QJsonObject builtInJson()
{
    QFile file(builtInCataloguePath());
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QJsonDocument::fromJson(file.readAll()).object();
}

// `value` without the modality `code`: its entry, and every mention of it in a list or as a key.
QJsonValue withoutModality(const QJsonValue& value, const QString& code)
{
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue v : value.toArray()) {
            if (v.toString() == code || v.toObject().value(u"code"_s).toString() == code)
                continue;
            out.append(withoutModality(v, code));
        }
        return out;
    }
    if (value.isObject()) {
        QJsonObject out;
        const QJsonObject in = value.toObject();
        for (auto it = in.begin(); it != in.end(); ++it)
            if (it.key() != code)
                out.insert(it.key(), withoutModality(it.value(), code));
        return out;
    }
    return value;
}

struct ProtocolsFixture : MainWindowFixture {

    app::ProtocolsDialog& open()
    {
        return openWith(
            window.clinicSettings()->protocolsAction, [this] { return window.clinicSettings()->protocolsDialog(); });
    }
    void closeWarnings(QWidget& dialog)
    {
        for (QMessageBox* box : dialog.findChildren<QMessageBox*>())
            box->close();
    }
};

} // namespace

TEST_CASE("protocols: the catalogue in use reads as a page, with each contraindication's effect")
{
    ProtocolsFixture f;
    app::ProtocolsDialog& dialog = f.open();
    CHECK(dialog.source().startsWith(u"This computer plans with the catalogue built into Needlepoint"_s));
    const QString text = dialog.catalogueText()->toPlainText();
    CHECK(text.contains(u"Automated microneedling pen"_s));
    CHECK(text.contains(u"Active acne in the treated area"_s));
    CHECK(text.contains(u"blocks treatment"_s));
    CHECK(text.contains(u"in the treated area"_s));
    CHECK(text.contains(u"Isotretinoin"_s, Qt::CaseInsensitive));
    CHECK(mnemonicClashes(dialog).isEmpty());
}

TEST_CASE("protocols: the clinic's file is used only when it passes the checks, and back to the built-in one")
{
    ProtocolsFixture f;
    app::ProtocolsDialog& dialog = f.open();

    // A problem: named with the file and its line; nothing changes.
    QJsonObject json = builtInJson();
    QJsonArray modalities = json.value(u"modalities"_s).toArray();
    QJsonObject pen = modalities[0].toObject();
    pen.insert(u"numbing_minutes"_s, u"thirty"_s);
    modalities[0] = pen;
    json.insert(u"modalities"_s, modalities);
    const QString bad = f.file(u"bad.json"_s, QJsonDocument(json).toJson());
    CHECK_FALSE(dialog.useFile(bad));
    CHECK(dialog.status().contains(u"bad.json: line "_s));
    CHECK(dialog.status().contains(u"numbing_minutes"_s));
    CHECK(f.settings.settings.protocolsFile().isEmpty());
    f.closeWarnings(dialog);

    // A good one: in use at once, and remembered for the next start.
    pen.insert(u"numbing_minutes"_s, 40);
    modalities[0] = pen;
    json.insert(u"modalities"_s, modalities);
    json.insert(u"name"_s, u"Clínica Sol protocols"_s);
    const QString good = f.file(u"good.json"_s, QJsonDocument(json).toJson());
    REQUIRE(dialog.useFile(good));
    CHECK(f.settings.settings.protocolsFile() == good);
    CHECK(dialog.source().contains(u"Clínica Sol protocols"_s));
    CHECK(dialog.status() == u"Needlepoint now plans with Clínica Sol protocols on this computer."_s);
    CHECK(dialog.catalogueText()->toPlainText().contains(u"40 min numbing"_s));
    // The record still shows the selected patient, read with the new catalogue.
    f.window.searchPanel()->showPatient(f.clinic->jose, u"jose"_s);
    CHECK(f.window.detailPane()->patientId() == f.clinic->jose);

    REQUIRE(dialog.useBuiltIn());
    CHECK(f.settings.settings.protocolsFile().isEmpty());
    CHECK(dialog.source().startsWith(u"This computer plans with the catalogue built into Needlepoint"_s));
}

TEST_CASE("protocols: a catalogue without a treatment the clinic's set-up gives is refused, naming it")
{
    ProtocolsFixture f;
    const services::UseCaseContext ctx {*f.clinic->db, builtInCatalogue(), {u"tester"_s}, f.now().date()};
    const QByteArray clinicJson = readFile(QStringLiteral(NEEDLEPOINT_SOURCE_DIR "/resources/examples/clinic.json"));
    auto setup = parseClinicSetup(clinicJson, u"clinic.json"_s, builtInCatalogue());
    REQUIRE(setup);
    REQUIRE(services::loadClinic(ctx, *setup, {}));

    app::ProtocolsDialog& dialog = f.open();
    const QJsonObject json = withoutModality(builtInJson(), u"prp_microneedling"_s).toObject();
    const QString path = f.file(u"no-prp.json"_s, QJsonDocument(json).toJson());
    REQUIRE(parseCatalogue(QJsonDocument(json).toJson(), u"no-prp.json"_s)); // a sound catalogue in itself
    CHECK_FALSE(dialog.useFile(path));
    CHECK(dialog.status().contains(u"the clinic's set-up"_s));
    CHECK(dialog.status().contains(u"prp_microneedling"_s));
    CHECK(f.settings.settings.protocolsFile().isEmpty());
    CHECK(dialog.source().startsWith(u"This computer plans with the catalogue built into Needlepoint"_s));
    f.closeWarnings(dialog);
}

TEST_CASE("protocols: in Spanish the page and its buttons are Spanish, their Alt keys distinct")
{
    SpanishTranslation spanish;
    ProtocolsFixture f;
    CHECK(mnemonicClashes(f.window).isEmpty());
    app::ProtocolsDialog& dialog = f.open();
    CHECK(dialog.windowTitle() == u"Protocolos"_s);
    CHECK(dialog.source().startsWith(u"Este ordenador planifica con el catálogo integrado"_s));
    CHECK(dialog.catalogueText()->toPlainText().contains(u"impide el tratamiento"_s));
    CHECK(mnemonicClashes(dialog).isEmpty());
}
