// print: every document as a PDF, read back with pdftotext, and recorded in the patient's file.
#include "PdfText.h"
#include "SeriesCliSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

using np::test::CliOutcome;
using np::test::pdfPages;
using np::test::pdfText;

const QByteArray Request = R"({
    "treatment": {"modality": "automated_pen", "indication": "acne_scars", "severity": "moderate",
                  "areas": ["cheeks", "forehead"], "sessions": 4},
    "earliest_start": "2026-12-01", "booking": {"practitioner": "ana"}})";

// The example clinic, Begoña Núñez with a booked series (2026-12-01 09:00, 2027-01-02 10:00,
// 2027-01-30 10:00, 2027-02-27 10:00), her first session checked in and completed.
struct PrintDesk : np::test::ClinicDesk {
    QStringList appointments;
    QString series;

    PrintDesk()
    {
        REQUIRE(
            run({u"clinic"_s, u"load"_s, QStringLiteral(NEEDLEPOINT_SOURCE_DIR) + u"/resources/examples/clinic.json"_s})
                .exitCode
            == 0);
        const CliOutcome booked = run({u"series"_s, u"book"_s, u"--patient"_s, patient}, Request);
        INFO(booked.err.toStdString());
        REQUIRE(booked.exitCode == 0);
        series = QString::number(booked.json().value(u"series_id"_s).toInteger());
        for (const QJsonValue& v : booked.json().value(u"appointments"_s).toArray())
            appointments << QString::number(v.toObject().value(u"appointment_id"_s).toInteger());
        QJsonObject answers; // "no" to every item of the pre-session screen
        for (const QString& code : np::test::builtInCatalogue().preSessionScreen.contraindications)
            answers.insert(code, false);
        const QJsonObject screen {{u"answers"_s, answers}, {u"other"_s, QJsonObject {{u"new_medication"_s, u""_s}}}};
        const CliOutcome checkedIn = run({u"checkin"_s, appointments[0]}, QJsonDocument(screen).toJson());
        INFO(checkedIn.err.toStdString());
        REQUIRE(checkedIn.exitCode == 0);
        REQUIRE(run({u"appointments"_s, u"complete"_s, appointments[0]}).exitCode == 0);
    }

    QString pdf(const QString& name) const { return dir.filePath(name); }

    // Prints and returns the PDF's text; the command must succeed.
    QString print(QStringList args, const QString& file) const
    {
        const CliOutcome o = run(QStringList {u"print"_s} + args + QStringList {u"--out"_s, pdf(file)});
        INFO(o.err.toStdString());
        REQUIRE(o.exitCode == 0);
        const QString text = pdfText(pdf(file));
        CHECK_FALSE(text.contains(u"{{"_s));
        CHECK(text.contains(u"+44 20 7946 0000"_s)); // the clinic's phone, from the set-up
        return text;
    }
};

} // namespace

TEST_CASE("print post-care gives one personal page with the next appointment and records it")
{
    PrintDesk desk;
    const QString text = desk.print({u"post-care"_s, u"--appointment"_s, desk.appointments[0]}, u"post-care.pdf"_s);
    CHECK(pdfPages(desk.pdf(u"post-care.pdf"_s)) == 1);
    CHECK(text.contains(u"Begoña Núñez"_s));
    CHECK(text.contains(u"1 December 2026"_s));
    CHECK(text.contains(u"2 January 2027"_s)); // the next appointment
    CHECK(text.contains(u"+44 7700 900123"_s)); // after hours
    CHECK(text.contains(u"Dr Ana Núñez"_s));

    const CliOutcome file = desk.run({u"patients"_s, u"show"_s, desk.patient});
    const QJsonArray given = file.json().value(u"documents"_s).toArray();
    REQUIRE(given.size() == 1);
    CHECK(given[0].toObject().value(u"kind"_s).toString() == u"post_care"_s);
    CHECK(given[0].toObject().value(u"template"_s).toString() == u"post-care.en.html"_s);
    CHECK(given[0].toObject().value(u"given_by"_s).toString() == u"desk"_s);
}

TEST_CASE("print post-care in Spanish, and on Letter paper")
{
    PrintDesk desk;
    const QString text = desk.print(
        {u"post-care"_s, u"--appointment"_s, desk.appointments[0], u"--language"_s, u"es"_s, u"--paper"_s, u"letter"_s},
        u"es.pdf"_s);
    CHECK(text.contains(u"diciembre"_s));
    // The treatment and areas by their Spanish names, not the catalogue's English ones.
    CHECK(text.contains(u"Micropunción con pluma automática"_s));
    CHECK(text.contains(u"Mejillas"_s));
    CHECK_FALSE(text.contains(u"Cheeks"_s));
    CHECK(pdfPages(desk.pdf(u"es.pdf"_s)) == 1);
    CHECK(np::test::pdfInfo(desk.pdf(u"es.pdf"_s)).value(u"Page size"_s).contains(u"612 x 792"_s));
}

TEST_CASE("print pre-care dates the steps back from the appointment and gives the arrival time")
{
    PrintDesk desk;
    const QString text = desk.print({u"pre-care"_s, u"--appointment"_s, desk.appointments[1]}, u"pre.pdf"_s);
    CHECK(text.contains(u"Begoña Núñez"_s));
    CHECK(text.contains(u"19 December 2026"_s)); // two weeks before 2 January: no tanning
    CHECK(text.contains(u"10:00"_s));
}

TEST_CASE("print consent, appointment card, day sheet and recalls")
{
    PrintDesk desk;
    QString text = desk.print({u"consent"_s, u"--series"_s, desk.series}, u"consent.pdf"_s);
    CHECK(text.contains(u"Begoña Núñez"_s));
    CHECK(text.contains(u"microneedling pen"_s));
    CHECK(text.contains(u"Risks"_s));

    // The card lists what is still to come: the first session (1 December) was completed.
    text = desk.print({u"appointment-card"_s, u"--series"_s, desk.series}, u"card.pdf"_s);
    for (const QString& day : {u"2 January 2027"_s, u"30 January 2027"_s, u"27 February 2027"_s})
        CHECK(text.contains(day));
    CHECK_FALSE(text.contains(u"1 December 2026"_s));

    text = desk.print({u"day-sheet"_s, u"--date"_s, u"2027-01-02"_s}, u"day.pdf"_s);
    CHECK(text.contains(u"Núñez"_s));
    CHECK(text.contains(u"10:00"_s));
    CHECK(text.contains(u"1 appointment\n"_s));
    CHECK(text.contains(u"and device"_s)); // the header

    desk.print({u"recalls"_s, u"--within"_s, u"90"_s}, u"recalls.pdf"_s);
    CHECK(pdfPages(desk.pdf(u"recalls.pdf"_s)) >= 1);
}

TEST_CASE("print post-care --date puts every session completed that day in one PDF")
{
    PrintDesk desk;
    const QString text = desk.print({u"post-care"_s, u"--date"_s, u"2026-12-01"_s}, u"batch.pdf"_s);
    CHECK(text.contains(u"Begoña Núñez"_s));
    const CliOutcome empty
        = desk.run({u"print"_s, u"post-care"_s, u"--date"_s, u"2026-12-02"_s, u"--out"_s, desk.pdf(u"none.pdf"_s)});
    CHECK(empty.exitCode == 2);
    CHECK(empty.err.contains(u"2026-12-02"_s));
    CHECK_FALSE(QFile::exists(desk.pdf(u"none.pdf"_s)));
}

TEST_CASE("print refuses what it cannot print, naming it, and writes nothing")
{
    PrintDesk desk;
    // A cancelled visit gets no care instructions: their dates would be wrong.
    REQUIRE(desk.run({u"appointments"_s, u"cancel"_s, desk.appointments[1], u"--reason"_s, u"patient ill"_s}).exitCode
        == 0);
    for (const QString& kind : {u"pre-care"_s, u"post-care"_s}) {
        const CliOutcome cancelled = desk.run(
            {u"print"_s, kind, u"--appointment"_s, desk.appointments[1], u"--out"_s, desk.pdf(u"cancelled.pdf"_s)});
        CHECK(cancelled.exitCode == 2);
        CHECK(cancelled.err.contains(u"appointment %1 is cancelled (patient ill)"_s.arg(desk.appointments[1])));
        CHECK_FALSE(QFile::exists(desk.pdf(u"cancelled.pdf"_s)));
    }
    CliOutcome o
        = desk.run({u"print"_s, u"post-care"_s, u"--appointment"_s, u"999"_s, u"--out"_s, desk.pdf(u"x.pdf"_s)});
    CHECK(o.exitCode != 0);
    CHECK(o.err.contains(u"999"_s));
    CHECK_FALSE(QFile::exists(desk.pdf(u"x.pdf"_s)));

    o = desk.run({u"print"_s, u"invoice"_s, u"--out"_s, desk.pdf(u"x.pdf"_s)});
    CHECK(o.exitCode == 1);
    CHECK(o.err.contains(u"post-care"_s));

    // A clinic template with an unknown placeholder is refused with its name and line.
    QDir(desk.dir.path()).mkdir(u"templates"_s);
    QFile bad(desk.dir.filePath(u"templates/post-care.en.html"_s));
    REQUIRE(bad.open(QIODevice::WriteOnly));
    bad.write(
        "<html><head><meta name=\"template-version\" content=\"2\"></head>\n<body>{{patient_surname}}</body></html>\n");
    bad.close();
    o = desk.run({u"print"_s, u"post-care"_s, u"--appointment"_s, desk.appointments[0], u"--templates"_s,
        desk.dir.filePath(u"templates"_s), u"--out"_s, desk.pdf(u"x.pdf"_s)});
    CHECK(o.exitCode == 2);
    CHECK(o.err.contains(u"patient_surname"_s));
    CHECK(o.err.contains(u"line 2"_s));
    CHECK_FALSE(QFile::exists(desk.pdf(u"x.pdf"_s)));
}

TEST_CASE("print without a clinic set-up exits 5, as documented, and writes nothing")
{
    np::test::ClinicDesk desk; // a patient, no set-up loaded
    for (const QStringList& kind : {QStringList {u"day-sheet"_s, u"--date"_s, u"2026-12-01"_s},
             QStringList {u"recalls"_s}, QStringList {u"post-care"_s, u"--date"_s, u"2026-12-01"_s}}) {
        const QString out = desk.dir.filePath(u"x.pdf"_s);
        const CliOutcome o = desk.run(QStringList {u"print"_s} + kind + QStringList {u"--out"_s, out});
        INFO(kind.join(u' ').toStdString() << ": " << o.err.toStdString());
        CHECK(o.exitCode == 5);
        CHECK(o.err.contains(u"the clinic is not set up"_s));
        CHECK_FALSE(QFile::exists(out));
    }
}

TEST_CASE("a document is named in the language it is printed in")
{
    PrintDesk desk;
    const CliOutcome es = desk.run({u"print"_s, u"day-sheet"_s, u"--date"_s, u"2026-12-01"_s, u"--language"_s, u"es"_s,
        u"--out"_s, desk.pdf(u"dia.pdf"_s)});
    REQUIRE(es.exitCode == 0);
    CHECK(es.json().value(u"documents"_s).toArray().at(0)[u"title"_s].toString() == u"Hoja del día: 2026-12-01"_s);
    CHECK(np::test::pdfText(desk.pdf(u"dia.pdf"_s)).contains(u"Hoja del día"_s));
    const CliOutcome en = desk.run(
        {u"print"_s, u"appointment-card"_s, u"--series"_s, desk.series, u"--out"_s, desk.pdf(u"card.pdf"_s)});
    REQUIRE(en.exitCode == 0);
    CHECK(
        en.json().value(u"documents"_s).toArray().at(0)[u"title"_s].toString() == u"Your appointments: Begoña Núñez"_s);
}

TEST_CASE("print appointment-card wallet-sized: one card per page, or several to a sheet with cut marks")
{
    PrintDesk desk;
    const QStringList coming {u"Sat 2 Jan 2027"_s, u"Sat 30 Jan 2027"_s, u"Sat 27 Feb 2027"_s};

    // One card per page, 85 x 55 mm (240.9 x 155.9 pt), landscape; every coming session on it.
    QString text
        = desk.print({u"appointment-card"_s, u"--series"_s, desk.series, u"--card"_s, u"wallet"_s}, u"wallet.pdf"_s);
    CHECK(pdfPages(desk.pdf(u"wallet.pdf"_s)) == 1);
    CHECK(np::test::pdfInfo(desk.pdf(u"wallet.pdf"_s)).value(u"Page size"_s).startsWith(u"241 x 156 pts"_s));
    CHECK(text.contains(u"Begoña Núñez"_s));
    for (const QString& day : coming) {
        INFO(day.toStdString());
        CHECK(text.contains(day));
    }
    CHECK_FALSE(text.contains(u"1 Dec 2026"_s));

    // Several to an A4 or Letter sheet; the card in Spanish too. Recorded with its own template.
    for (const QString& paper : {u"a4"_s, u"letter"_s}) {
        const CliOutcome o = desk.run({u"print"_s, u"appointment-card"_s, u"--series"_s, desk.series, u"--card"_s,
            u"sheet"_s, u"--paper"_s, paper, u"--language"_s, u"es"_s, u"--out"_s, desk.pdf(u"sheet.pdf"_s)});
        INFO(o.err.toStdString());
        REQUIRE(o.exitCode == 0);
        CHECK(o.json().value(u"pages"_s).toInt() == 1); // sheets
        CHECK(o.json().value(u"documents"_s).toArray()[0].toObject().value(u"pages"_s).toInt() == 1); // cards
        CHECK(o.json().value(u"documents"_s).toArray()[0].toObject().value(u"template"_s).toString()
            == u"appointment-card-wallet.es.html"_s);
        text = pdfText(desk.pdf(u"sheet.pdf"_s));
        CHECK(text.contains(u"sáb 2 ene 2027"_s));
        CHECK(text.contains(u"+44 20 7946 0000"_s));
        CHECK(np::test::pdfInfo(desk.pdf(u"sheet.pdf"_s))
                  .value(u"Page size"_s)
                  .contains(paper == u"a4" ? u"(A4)"_s : u"612 x 792"_s));
    }

    // The format belongs to the appointment card; a word that is none is named.
    const CliOutcome other = desk.run({u"print"_s, u"day-sheet"_s, u"--date"_s, u"2027-01-02"_s, u"--card"_s,
        u"wallet"_s, u"--out"_s, desk.pdf(u"x.pdf"_s)});
    CHECK(other.exitCode == 1);
    CHECK(other.err.contains(u"--card is for print appointment-card only"_s));
    const CliOutcome bad = desk.run({u"print"_s, u"appointment-card"_s, u"--series"_s, desk.series, u"--card"_s,
        u"pocket"_s, u"--out"_s, desk.pdf(u"x.pdf"_s)});
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains(u"--card: \"pocket\" is not page, wallet or sheet"_s));
    CHECK_FALSE(QFile::exists(desk.pdf(u"x.pdf"_s)));
}
