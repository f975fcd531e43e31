// The document builders: data in, HTML out, from the built-in templates and care instructions.
#include "print/DocumentBuilders.h"
#include "print/DocumentValues.h"
#include "print/PageSetup.h"
#include "print/TextPages.h"

#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTextDocument>

using namespace Qt::StringLiterals;
using namespace np::print;

namespace {

const DocumentResources& resources()
{
    static const DocumentResources r = loadDocumentResources().value();
    return r;
}

QByteArray logoPng()
{
    QImage image(8, 8, QImage::Format_RGB32);
    image.fill(Qt::darkRed);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return buffer.data();
}

ClinicHeader clinic()
{
    return {u"Rose Skin Clinic"_s, u"12 High Street, Bristol"_s, u"0117 496 0000"_s, u"07700 900123"_s,
        u"hello@rose.example"_s, u"rose.example"_s, logoPng(), QString()};
}

PatientHeader patient(const QString& language = u"en"_s)
{
    PatientHeader p;
    p.id = 7;
    p.givenNames = u"María José"_s;
    p.familyName = u"García"_s;
    p.birthDate = QDate(1990, 5, 17);
    p.language = language;
    p.phone = u"07700 900456"_s;
    return p;
}

// Tuesday 9 March 2027, 10:00, automated pen on the cheeks.
AppointmentLine appointment(const QString& modality = u"automated_pen"_s)
{
    AppointmentLine a;
    a.id = 31;
    a.date = QDate(2027, 3, 9);
    a.start = QTime(10, 0);
    a.end = QTime(11, 0);
    a.durationMinutes = 75;
    a.numbingMinutes = 20;
    a.practitioner = u"Dana Lee"_s;
    a.room = u"Room 1"_s;
    a.device = u"SkinPen 2"_s;
    a.modality = modality;
    a.modalityName
        = modality == u"rf_microneedling" ? u"Radiofrequency microneedling"_s : u"Automated microneedling pen"_s;
    a.areas = {u"cheeks"_s, u"forehead"_s};
    a.areaNames = {u"Cheeks"_s, u"Forehead"_s};
    a.sessionNumber = 2;
    a.sessionCount = 4;
    a.status = u"booked"_s;
    return a;
}

PostCareData postCare(bool withNext = true, const QString& modality = u"automated_pen"_s)
{
    PostCareData d {clinic(), patient(), appointment(modality), std::nullopt};
    if (withNext) {
        AppointmentLine next = appointment(modality);
        next.date = QDate(2027, 4, 6);
        next.start = QTime(14, 30);
        next.sessionNumber = 3;
        d.next = next;
    }
    return d;
}

PreCareData preCare(const QStringList& findings = {})
{
    return {clinic(), patient(), appointment(), findings, {}};
}

ConsentData consent()
{
    return {clinic(), patient(), 5, u"rf_microneedling"_s, u"Radiofrequency microneedling"_s, {u"Cheeks"_s},
        QDate(2027, 2, 20),
        {{u"Are you pregnant or breastfeeding?"_s, u"No"_s}, {u"Do you get cold sores?"_s, u"Yes"_s}}, {u"cheeks"_s},
        {{QDate(2027, 2, 20), false, u"review"_s, true}, {QDate(2027, 3, 9), true, u"clear"_s, false},
            {QDate(2027, 4, 6), true, u"review"_s, false}}};
}

AppointmentCardData appointmentCard()
{
    AppointmentCardData d {clinic(), patient(), 5, u"Automated microneedling pen"_s, {}, u"automated_pen"_s};
    for (int i = 0; i < 3; ++i) {
        AppointmentLine a = appointment();
        a.date = QDate(2027, 3, 9).addDays(28 * i);
        a.sessionNumber = i + 1;
        a.sessionCount = 3;
        d.sessions << a;
    }
    d.sessions[2].start = QTime(); // not booked yet
    return d;
}

DaySheetData daySheet()
{
    DaySheetRow first {appointment(), patient(), true, false, false, true, {}};
    AppointmentLine later = appointment(u"rf_microneedling"_s);
    later.start = QTime(11, 30);
    later.status = u"checked_in"_s;
    PatientHeader other = patient();
    other.givenNames = u"Tom"_s;
    other.familyName = u"Baker"_s;
    DaySheetRow second {later, other, false, true, true, false, {}};
    AppointmentLine cancelled = appointment();
    cancelled.start = QTime(12, 45);
    cancelled.end = QTime(13, 35);
    cancelled.status = u"cancelled"_s;
    PatientHeader third = patient();
    third.givenNames = u"María de los Ángeles"_s;
    third.familyName = u"Fernández-Villaverde"_s;
    DaySheetRow away {cancelled, third, false, false, false, false, u"patient ill"_s};
    return {clinic(), QDate(2027, 3, 9), {first, second}, {away}};
}

RecallListData recallList()
{
    RecallLine unbooked;
    unbooked.kind = u"unbooked"_s;
    unbooked.patientName = u"María José García"_s;
    unbooked.phone = u"07700 900456"_s;
    unbooked.email = u"m@example.org"_s;
    unbooked.what = u"session 3 of series 4 (Automated microneedling pen), planned for 2027-03-12: not booked"_s;
    unbooked.due = QDate(2027, 3, 12);
    unbooked.modality = u"automated_pen"_s;
    unbooked.modalityName = u"Automated microneedling pen"_s;
    unbooked.indication = u"acne_scars"_s;
    unbooked.indicationName = u"Acne scars (rolling and boxcar)"_s;
    unbooked.sessionNumber = 3;
    unbooked.plannedDate = QDate(2027, 3, 12);
    RecallLine review;
    review.kind = u"results_review"_s;
    review.patientName = u"Ana Ruiz"_s;
    review.what = u"results review of series 2 (...): from 2027-03-15 to 2027-06-15"_s;
    review.due = QDate(2027, 3, 15);
    review.until = QDate(2027, 6, 15);
    review.indication = u"fine_lines_wrinkles"_s;
    review.indicationName = u"Fine lines and wrinkles"_s;
    RecallLine maintenance;
    maintenance.kind = u"maintenance"_s;
    maintenance.patientName = u"Tom Baker"_s;
    maintenance.phone = u"07700 900789"_s;
    maintenance.what = u"maintenance session after series 9 (...)"_s;
    maintenance.due = QDate(2027, 3, 20);
    maintenance.indication = u"acne_scars"_s;
    RecallLine washout;
    washout.kind = u"washout_clearing"_s;
    washout.patientName = u"Lee Chan"_s;
    washout.what = u"Isotretinoin (oral) (finding 3) no longer counts from 2027-03-22"_s;
    washout.due = QDate(2027, 3, 22);
    washout.findingCode = u"isotretinoin"_s;
    washout.findingName = u"Isotretinoin (oral)"_s;
    return {clinic(), QDate(2027, 3, 9), 14, {unbooked, review, maintenance, washout}};
}

QString html(const Result<BuiltDocument>& built)
{
    if (!built)
        FAIL(np::joinProblems(built.error()).toStdString());
    return built->html;
}

// The document's text as printed (no tags, entities decoded).
// The text a reader sees: word joiners (invisible, they keep names and addresses whole) left out.
QString plain(const QString& html)
{
    QTextDocument doc;
    doc.setHtml(html);
    return doc.toPlainText().remove(QChar(0x2060));
}

DocumentContext context(const QString& language)
{
    return {resources().care, language, 3};
}

} // namespace

TEST_CASE("Post-care: personalised with the treatment, the clinic's phones and the next appointment")
{
    const auto built = buildPostCare(postCare(), resources());
    const QString text = plain(html(built));
    CHECK(built->templateName == u"post-care.en.html"_s);
    CHECK(built->templateVersion == 1);
    CHECK(built->language == u"en"_s);
    CHECK(built->careVersion == u"2026.1"_s);
    CHECK(text.contains(u"María José García · Tuesday 9 March 2027"_s));
    CHECK(text.contains(u"Automated microneedling pen: Cheeks, Forehead · session 2 of 4 · with Dana Lee"_s));
    CHECK(text.contains(u"Phone 0117 496 0000"_s));
    CHECK(text.contains(u"After hours 07700 900123"_s));
    CHECK(text.contains(u"Tuesday 6 April 2027 at 14:30 with Dana Lee"_s));
    CHECK_FALSE(text.contains(u"None is booked"_s));
    CHECK(text.contains(u"Rinse with lukewarm water only."_s));
    CHECK(built->html.contains(u"<img src=\"data:image/png;base64,"_s));
}

TEST_CASE("Post-care: a line says no next appointment is booked")
{
    const QString text = plain(html(buildPostCare(postCare(false), resources())));
    CHECK(text.contains(u"None is booked yet: please call us on 0117 496 0000 to book it."_s));
    CHECK_FALSE(text.contains(u"April"_s));
}

TEST_CASE("Post-care: the patient's language chooses, an override wins, an unknown one falls back to English")
{
    PostCareData data = postCare();
    data.patient.language = u"es"_s;
    const auto spanish = buildPostCare(data, resources());
    CHECK(spanish->templateName == u"post-care.es.html"_s);
    CHECK(plain(html(spanish)).contains(u"martes 6 de abril de 2027 a las 14:30"_s));
    CHECK(plain(html(spanish)).contains(u"Enjuáguese solo con agua tibia."_s));
    CHECK(plain(html(spanish)).contains(u"Micropunción con pluma automática"_s));
    CHECK_FALSE(plain(html(spanish)).contains(u"Automated microneedling pen"_s));

    CHECK(buildPostCare(data, resources(), u"en"_s)->language == u"en"_s);
    data.patient.language = u"es-MX"_s;
    CHECK(buildPostCare(data, resources())->language == u"es"_s);
    data.patient.language = u"fr"_s;
    const auto french = buildPostCare(data, resources());
    CHECK(french->language == u"en"_s);
    CHECK(french->templateName == u"post-care.en.html"_s);
}

TEST_CASE("A patient without a language gets the clinic's, and so does the day sheet")
{
    PostCareData data = postCare();
    data.patient.language.clear();
    CHECK(buildPostCare(data, resources())->language == u"en"_s); // no clinic language: English
    data.clinic.language = u"es"_s;
    CHECK(buildPostCare(data, resources())->language == u"es"_s);
    data.patient.language = u"en"_s; // the patient's own wins
    CHECK(buildPostCare(data, resources())->language == u"en"_s);
    CHECK(buildPostCare(data, resources(), u"es"_s)->language == u"es"_s);

    DaySheetData sheet = daySheet();
    sheet.clinic.language = u"es"_s;
    const auto spanish = buildDaySheet(sheet, resources());
    CHECK(spanish->language == u"es"_s);
    CHECK(buildDaySheet(sheet, resources(), u"en"_s)->language == u"en"_s);
}

TEST_CASE("Post-care: radiofrequency adds its own lines")
{
    const QString pen = plain(html(buildPostCare(postCare(), resources())));
    const QString rf = plain(html(buildPostCare(postCare(true, u"rf_microneedling"_s), resources())));
    CHECK_FALSE(pen.contains(u"grid pattern"_s));
    CHECK(rf.contains(u"Tiny scabs in a grid pattern may appear on days 1 to 3"_s));
}

TEST_CASE("Post-care: the longest sheet fits one A4 and one Letter page at 11 pt")
{
    PostCareData data = postCare(true, u"rf_microneedling"_s);
    for (const QString& language : {u"en"_s, u"es"_s}) {
        for (const PaperSize paper : {PaperSize::A4, PaperSize::Letter}) {
            QBuffer out;
            out.open(QIODevice::WriteOnly);
            QPdfWriter writer(&out);
            writer.setPageLayout(pageLayout(PageSetup {paper, 15.0, MinimumPointSize}));
            const auto doc = textDocument(html(buildPostCare(data, resources(), language)), MinimumPointSize);
            INFO(language.toStdString());
            CHECK(layOutFor(*doc, writer) == 1);
        }
    }
}

TEST_CASE("Pre-care: each step dated back from the appointment, in the document's language")
{
    const QString text = plain(html(buildPreCare(preCare(), resources())));
    CHECK(text.contains(u"From Tuesday 23 February 2027: no tanning"_s));
    CHECK(text.contains(u"From Tuesday 2 March 2027: stop anti-inflammatory painkillers"_s));
    CHECK(text.contains(u"From Thursday 4 March 2027: stop retinoids"_s));
    CHECK(text.contains(u"From Monday 8 March 2027: avoid the sun"_s));
    CHECK(text.indexOf(u"23 February"_s) < text.indexOf(u"4 March"_s));

    const QString es = plain(html(buildPreCare(preCare(), resources(), u"es"_s)));
    CHECK(es.contains(u"Desde el jueves 4 de marzo de 2027: deje los retinoides"_s));
    CHECK(es.contains(u"martes 9 de marzo de 2027 a las 10:00"_s));
}

TEST_CASE("Pre-care: a sheet given less than a step's lead time ahead starts that step on the day it is given")
{
    PreCareData late = preCare();
    late.issuedOn = QDate(2027, 3, 3); // six days before the appointment
    const QString text = plain(html(buildPreCare(late, resources())));
    CHECK(text.contains(u"From Wednesday 3 March 2027: no tanning"_s));
    CHECK(text.contains(u"From Wednesday 3 March 2027: stop anti-inflammatory painkillers"_s));
    CHECK(text.contains(u"From Thursday 4 March 2027: stop retinoids"_s)); // still ahead: unchanged
    CHECK_FALSE(text.contains(u"February"_s));
}

TEST_CASE("Pre-care: arrival is the appointment's start, which includes the numbing")
{
    const QString text = plain(html(buildPreCare(preCare(), resources())));
    CHECK(text.contains(u"Tuesday 9 March 2027 at 10:00"_s));
    CHECK(text.contains(u"Please arrive at 10:00; numbing cream takes 20 minutes before the treatment starts"_s));
    PreCareData none = preCare();
    none.appointment.numbingMinutes = 0;
    CHECK_FALSE(plain(html(buildPreCare(none, resources()))).contains(u"numbing"_s));
}

TEST_CASE("Pre-care: the antiviral note only for a patient with a history of cold sores")
{
    CHECK_FALSE(plain(html(buildPreCare(preCare({u"nsaids_supplements"_s}), resources()))).contains(u"antiviral"_s));
    CHECK(plain(html(buildPreCare(preCare({u"herpes_history"_s}), resources())))
              .contains(u"On Monday 8 March 2027: start the antiviral medicine"_s));
}

TEST_CASE("Consent: the modality's risks, the screening answers, the form version, signature and witness lines")
{
    const auto built = buildConsent(consent(), resources());
    const QString text = plain(html(built));
    CHECK(text.contains(u"Consent to treatment: Radiofrequency microneedling"_s));
    CHECK(text.contains(u"Burns, blisters or temporary grid-pattern marks"_s));
    CHECK_FALSE(text.contains(u"blood sample"_s));
    CHECK(text.contains(u"As given on Saturday 20 February 2027"_s));
    CHECK(text.contains(u"Do you get cold sores?"_s));
    CHECK(text.contains(u"Patient's signature"_s));
    CHECK(text.contains(u"Witness's signature"_s));
    CHECK(text.contains(u"Form consent v2 · risks 2026.1"_s));
    CHECK(built->formVersion() == u"consent.en.html v2, care 2026.1"_s);
    // Every screening of the series, with its date, not only the latest.
    CHECK(text.contains(
        u"Sat 20 Feb 2027\nFull screening\nTo be reviewed by a clinician: reviewed, treatment goes ahead"_s));
    CHECK(text.contains(u"Tue 9 Mar 2027\nCheck-in re-screen\nClear"_s));
    CHECK(text.contains(u"Tue 6 Apr 2027\nCheck-in re-screen\nTo be reviewed by a clinician\n"_s));
    const QString es = plain(html(buildConsent(consent(), resources(), u"es"_s)));
    CHECK(es.contains(u"mar 9 mar 2027\nRepaso a la llegada\nSin contraindicaciones"_s));

    ConsentData unscreened = consent();
    unscreened.screenedOn = QDate();
    unscreened.answers.clear();
    CHECK(plain(html(buildConsent(unscreened, resources()))).contains(u"No screening is on file"_s));
}

TEST_CASE("Appointment card: every session with its date and time")
{
    const QString text = plain(html(buildAppointmentCard(appointmentCard(), resources())));
    CHECK(text.contains(u"Tuesday 9 March 2027\n10:00"_s));
    CHECK(text.contains(u"Tuesday 6 April 2027\n10:00"_s));
    CHECK(text.contains(u"Tuesday 4 May 2027\nto be booked"_s));
}

TEST_CASE("Day sheet: rows by time with their flags")
{
    const QString text = plain(html(buildDaySheet(daySheet(), resources())));
    CHECK(text.contains(u"Day sheet: Tuesday 9 March 2027"_s));
    CHECK(text.contains(u"10:00–11:00"_s));
    CHECK(text.contains(u"First visit"_s));
    CHECK(text.contains(u"Consent missing"_s));
    CHECK(text.contains(u"Review needed"_s));
    CHECK(text.contains(u"Checked in"_s));
    CHECK(text.contains(u"Screening: do not treat"_s));
    CHECK(text.indexOf(u"María José García"_s) < text.indexOf(u"Tom Baker"_s));
    CHECK(text.contains(u"2 appointments"_s)); // those coming
    // Who will not come, apart and after everyone who will, with the reason.
    CHECK(text.contains(u"Not coming (1)"_s));
    CHECK(text.indexOf(u"Not coming"_s) > text.indexOf(u"Tom Baker"_s));
    CHECK(text.indexOf(u"María de los Ángeles Fernández-Villaverde"_s) > text.indexOf(u"Not coming"_s));
    CHECK(text.contains(u"Cancelled: patient ill"_s));
    const QString es = plain(html(buildDaySheet(daySheet(), resources(), u"es"_s)));
    CHECK(es.contains(u"Primera visita"_s));
    CHECK(es.contains(u"No vienen (1)"_s));
    CHECK(es.contains(u"Cancelada: patient ill"_s));
    CHECK(es.contains(u"Cribado: no tratar"_s));
}

TEST_CASE("Recall list: grouped by kind")
{
    const QString text = plain(html(buildRecallList(recallList(), resources())));
    CHECK(text.contains(u"Sessions not booked"_s));
    CHECK(text.contains(u"Maintenance treatments"_s));
    CHECK(text.contains(u"Fri 12 Mar 2027"_s));
    // What is due, in words: no codes, ids or ISO dates.
    CHECK(text.contains(
        u"Session 3 of the acne scars series (Automated microneedling pen): not booked; planned for Fri 12 Mar 2027"_s));
    CHECK(text.contains(u"Results review: fine lines and wrinkles series, from Mon 15 Mar 2027 to Tue 15 Jun 2027"_s));
    CHECK(text.contains(u"Maintenance session: acne scars series, from Sat 20 Mar 2027"_s));
    CHECK(text.contains(u"Oral isotretinoin: no longer in the way of treatment from Mon 22 Mar 2027"_s));
    CHECK_FALSE(text.contains(u"2027-03"_s));
    CHECK_FALSE(text.contains(u"series 4"_s));
    const QString es = plain(html(buildRecallList(recallList(), resources(), u"es"_s)));
    CHECK(
        es.contains(u"Sesión 3 de la serie de cicatrices de acné (Micropunción con pluma automática): sin reservar"_s));
    CHECK(es.contains(u"Revisión de resultados: serie de líneas finas y arrugas, del lun 15 mar 2027"_s));
    CHECK(es.contains(u"Isotretinoína oral: deja de impedir el tratamiento el lun 22 mar 2027"_s));
    CHECK_FALSE(es.contains(u"2027-03"_s));
    RecallListData empty = recallList();
    empty.recalls.clear();
    CHECK(plain(html(buildRecallList(empty, resources()))).contains(u"Nobody to call."_s));
}

TEST_CASE("Every document kind fills every placeholder it declares")
{
    for (const QString& language : {u"en"_s, u"es"_s}) {
        const DocumentContext ctx = context(language);
        CHECK(unfilledFields(documentSchema(DocumentKind::PostCare), postCareValues(postCare(), ctx)).isEmpty());
        CHECK(unfilledFields(documentSchema(DocumentKind::PostCare), postCareValues(postCare(false), ctx)).isEmpty());
        CHECK(unfilledFields(documentSchema(DocumentKind::PreCare), preCareValues(preCare({u"herpes_history"_s}), ctx))
                  .isEmpty());
        CHECK(unfilledFields(documentSchema(DocumentKind::Consent), consentValues(consent(), ctx)).isEmpty());
        CHECK(
            unfilledFields(documentSchema(DocumentKind::AppointmentCard), appointmentCardValues(appointmentCard(), ctx))
                .isEmpty());
        CHECK(unfilledFields(documentSchema(DocumentKind::DaySheet), daySheetValues(daySheet(), ctx)).isEmpty());
        CHECK(unfilledFields(documentSchema(DocumentKind::RecallList), recallListValues(recallList(), ctx)).isEmpty());
    }
}

TEST_CASE("Every document kind renders in both languages with no placeholder left and the patient's name")
{
    for (const QString& language : {u"en"_s, u"es"_s}) {
        INFO(language.toStdString());
        const QList<Result<BuiltDocument>> documents {buildPostCare(postCare(), resources(), language),
            buildPreCare(preCare(), resources(), language), buildConsent(consent(), resources(), language),
            buildAppointmentCard(appointmentCard(), resources(), language),
            buildDaySheet(daySheet(), resources(), language), buildRecallList(recallList(), resources(), language)};
        for (const auto& built : documents) {
            const QString h = html(built);
            INFO(built->templateName.toStdString());
            CHECK(built->language == language);
            CHECK_FALSE(h.contains(u"{{"_s));
            CHECK(plain(h).contains(u"María José García"_s));
            CHECK(plain(h).contains(u"Rose Skin Clinic"_s));
        }
    }
}

TEST_CASE("A clinic's template with an unknown placeholder is refused, naming the file and line")
{
    QTemporaryDir dir;
    QFile own(QDir(dir.path()).filePath(u"post-care.en.html"_s));
    REQUIRE(own.open(QIODevice::WriteOnly));
    own.write("<html><head><meta name=\"template-version\" content=\"2\"></head>\n<body>\n{{patient_name}}\n"
              "{{patient_surname}}</body></html>");
    own.close();
    const DocumentResources clinicOwn {TemplateStore(dir.path()), resources().care};
    const auto built = buildPostCare(postCare(), clinicOwn);
    REQUIRE_FALSE(built);
    CHECK(np::joinProblems(built.error()) == u"post-care.en.html: line 4: unknown placeholder \"patient_surname\""_s);
    // The Spanish sheet still comes from the built-in template.
    CHECK(buildPostCare(postCare(), clinicOwn, u"es"_s));
}

TEST_CASE("A clinic's own letterhead heads every document in its language")
{
    QTemporaryDir dir;
    QFile own(QDir(dir.path()).filePath(u"letterhead.en.html"_s));
    REQUIRE(own.open(QIODevice::WriteOnly));
    own.write("<p>ROSE CLINIC LETTERHEAD {{clinic_phone}}</p>");
    own.close();
    const DocumentResources clinicOwn {TemplateStore(dir.path()), resources().care};
    const auto consentForm = buildConsent(consent(), clinicOwn);
    CHECK(plain(html(consentForm)).startsWith(u"ROSE CLINIC LETTERHEAD 0117 496 0000"_s));
    CHECK(consentForm->parts == QStringList {u"style.html"_s, u"letterhead.en.html"_s});
    CHECK(plain(html(buildDaySheet(daySheet(), clinicOwn))).contains(u"ROSE CLINIC LETTERHEAD"_s));
    CHECK_FALSE(plain(html(buildDaySheet(daySheet(), clinicOwn, u"es"_s))).contains(u"ROSE CLINIC LETTERHEAD"_s));
}

TEST_CASE("Patient text is escaped, never read as HTML or as a placeholder")
{
    PostCareData data = postCare();
    data.patient.familyName = u"<b>O'Neil</b> {{clinic_phone}}"_s;
    const QString h = html(buildPostCare(data, resources())).remove(QChar(0x2060));
    CHECK(h.contains(u"&lt;b&gt;O'Neil&lt;/b&gt; &#123;&#123;clinic_phone}}"_s));
    CHECK_FALSE(h.contains(u"{{"_s));
}

TEST_CASE("A clinic's own care instructions replace the built-in ones, and a broken file names its line")
{
    QTemporaryDir dir;
    QByteArray care = np::test::readFile(u":/care/care-instructions.json"_s);
    REQUIRE(care.contains("\"version\": \""));
    // The clinic's version of the texts: its own version label and one line of its own.
    care.replace("\"version\": \"", "\"version\": \"rose-");
    const QByteArray original = "Rinse with lukewarm water only.";
    REQUIRE(care.contains(original));
    care.replace(original, "ROSE CLINIC: rinse with lukewarm water only.");
    const QString path = QDir(dir.path()).filePath(u"care-instructions.json"_s);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(care);
    file.close();
    auto own = np::print::loadDocumentResources(dir.path());
    REQUIRE(own);
    CHECK(own->care.version.startsWith(u"rose-"_s));
    CHECK(plain(html(buildPostCare(postCare(), *own))).contains(u"ROSE CLINIC: rinse with lukewarm water only."_s));

    // A text missing its Spanish: refused whole, naming the file, the line and the path.
    QByteArray broken = care;
    const qsizetype es = broken.indexOf("\"es\": ");
    REQUIRE(es > 0);
    broken.replace(es, 6, "\"esx\": ");
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(broken);
    file.close();
    const int line = static_cast<int>(broken.left(es).count('\n')) + 1;
    auto refused = np::print::loadDocumentResources(dir.path());
    REQUIRE_FALSE(refused);
    const QString message = np::joinProblems(refused.error());
    INFO(message.toStdString());
    CHECK(message.contains(path));
    CHECK(message.contains(u"line %1: "_s.arg(line)));
}
