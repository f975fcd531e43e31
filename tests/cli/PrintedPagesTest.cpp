// Printed pages a person can read: every document, on A4 and on Letter, in English and Spanish,
// with long real-world values (a long Spanish name, long email and web addresses, several flags).
// Read back with pdftotext, no phone number, email, web address or time is broken across lines,
// and no word of a name is cut in two.
#include "CliTestSupport.h"
#include "PdfText.h"
#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace {

using np::test::CliOutcome;

const QString ClinicPhone = u"+34 934 567 890"_s;
const QString ClinicEmail = u"recepcion.citas@clinica-dermatologica-piel-clara.example"_s;
const QString ClinicWebsite = u"https://www.clinica-dermatologica-piel-clara.example/citas-y-contacto"_s;
const QString GivenNames = u"María de los Ángeles"_s;
const QString FamilyName = u"Fernández-Villaverde de Santiesteban"_s;
const QString PatientPhone = u"+34 600 123 456"_s;
const QString PatientEmail = u"maria.angeles.fernandez-villaverde@correo-electronico.example"_s;

struct LongValuesDesk {
    QTemporaryDir dir;
    QString db = dir.filePath(u"needlepoint.db"_s);
    QString series;
    QStringList appointments;

    CliOutcome run(const QStringList& args, const QByteArray& input = {}) const
    {
        const CliOutcome o = np::test::runCli(
            QStringList {u"--database"_s, db, u"--user"_s, u"desk"_s, u"--today"_s, u"2026-11-22"_s} + args, input);
        INFO(args.join(u' ').toStdString() << ": " << o.err.toStdString());
        REQUIRE(o.exitCode == 0);
        return o;
    }

    LongValuesDesk()
    {
        run({u"init"_s});
        QJsonObject clinic = QJsonDocument::fromJson(
            np::test::readFile(QStringLiteral(NEEDLEPOINT_SOURCE_DIR) + u"/resources/examples/clinic.json"_s))
                                 .object();
        QJsonObject header = clinic.value(u"clinic"_s).toObject();
        header.insert(u"name"_s, u"Clínica Dermatológica Piel Clara de Barcelona"_s);
        header.insert(u"phone"_s, ClinicPhone);
        header.insert(u"email"_s, ClinicEmail);
        header.insert(u"website"_s, ClinicWebsite);
        clinic.insert(u"clinic"_s, header);
        const QString file = dir.filePath(u"clinic.json"_s);
        QFile f(file);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(clinic).toJson());
        f.close();
        run({u"clinic"_s, u"load"_s, file});
        const QJsonObject patient {{u"family_name"_s, FamilyName}, {u"given_names"_s, GivenNames},
            {u"birth_date"_s, u"1979-04-30"_s}, {u"phone"_s, PatientPhone}, {u"email"_s, PatientEmail}};
        run({u"patients"_s, u"add"_s}, QJsonDocument(patient).toJson());
        const QByteArray request = R"({
            "treatment": {"modality": "automated_pen", "indication": "acne_scars", "severity": "moderate",
                          "areas": ["cheeks", "forehead", "jaw_chin"], "sessions": 4},
            "earliest_start": "2026-12-01", "booking": {"practitioner": "ana"}})";
        const CliOutcome booked = run({u"series"_s, u"book"_s, u"--patient"_s, u"1"_s}, request);
        series = QString::number(booked.json().value(u"series_id"_s).toInteger());
        for (const QJsonValue& v : booked.json().value(u"appointments"_s).toArray())
            appointments << QString::number(v[u"appointment_id"_s].toInteger());
        // The first session done; the last one cancelled, so the recall list has her as unbooked.
        QJsonObject answers;
        for (const QString& code : np::test::builtInCatalogue().preSessionScreen.contraindications)
            answers.insert(code, false);
        run({u"checkin"_s, appointments[0]},
            QJsonDocument(
                QJsonObject {{u"answers"_s, answers}, {u"other"_s, QJsonObject {{u"new_medication"_s, u""_s}}}})
                .toJson());
        run({u"appointments"_s, u"complete"_s, appointments[0]});
    }
};

// Every value is on one line of the page: found whole in the layout text.
void checkWhole(const QString& text, const QStringList& values)
{
    for (const QString& value : values) {
        INFO("value: " << value.toStdString());
        CHECK(text.contains(value));
    }
}

// Every word of `name` is whole (a name may wrap between its words).
void checkWordsWhole(const QString& text, const QString& name)
{
    for (const QString& word : name.split(u' ', Qt::SkipEmptyParts)) {
        INFO("word: " << word.toStdString());
        CHECK(text.contains(QRegularExpression(u"(^|\\s)"_s + QRegularExpression::escape(word) + u"(\\s|$)"_s)));
    }
}

} // namespace

TEST_CASE("every document on A4 and Letter keeps phones, emails, web addresses, times and words whole")
{
    LongValuesDesk desk;
    const QString day = u"2026-12-01"_s;
    struct Document {
        QStringList args;
        bool patientContacts; // shows the patient's phone (and, on the recall list, email)
    };
    const QList<Document> documents {
        {{u"post-care"_s, u"--appointment"_s, desk.appointments[0]}, false},
        {{u"pre-care"_s, u"--appointment"_s, desk.appointments[1]}, false},
        {{u"consent"_s, u"--series"_s, desk.series}, false},
        {{u"appointment-card"_s, u"--series"_s, desk.series}, false},
        {{u"day-sheet"_s, u"--date"_s, day}, true},
    };
    for (const QString& paper : {u"a4"_s, u"letter"_s}) {
        for (const QString& language : {u"en"_s, u"es"_s}) {
            for (const Document& d : documents) {
                INFO(d.args.join(u' ').toStdString()
                    << " on " << paper.toStdString() << " in " << language.toStdString());
                const QString out = desk.dir.filePath(u"%1-%2-%3.pdf"_s.arg(d.args[0], paper, language));
                desk.run(QStringList {u"print"_s} + d.args
                    + QStringList {u"--paper"_s, paper, u"--language"_s, language, u"--out"_s, out});
                const QString text = np::test::pdfText(out);
                INFO(text.toStdString());
                checkWhole(text, {ClinicPhone, ClinicEmail, ClinicWebsite});
                if (d.patientContacts) {
                    checkWhole(text, {PatientPhone});
                    CHECK(text.contains(QRegularExpression(u"\\d\\d:\\d\\d–\\d\\d:\\d\\d"_s))); // times whole
                }
                checkWordsWhole(text, GivenNames + u' ' + FamilyName);
            }
        }
    }
}

TEST_CASE("the recall list keeps each patient's phone and email whole on A4 and Letter")
{
    LongValuesDesk desk;
    desk.run({u"appointments"_s, u"cancel"_s, desk.appointments[1], u"--reason"_s, u"travelling"_s});
    for (const QString& paper : {u"a4"_s, u"letter"_s}) {
        for (const QString& language : {u"en"_s, u"es"_s}) {
            INFO(paper.toStdString() << " " << language.toStdString());
            const QString out = desk.dir.filePath(u"recalls-%1-%2.pdf"_s.arg(paper, language));
            desk.run({u"print"_s, u"recalls"_s, u"--within"_s, u"120"_s, u"--paper"_s, paper, u"--language"_s, language,
                u"--out"_s, out});
            const QString text = np::test::pdfText(out);
            INFO(text.toStdString());
            checkWhole(text, {ClinicPhone, ClinicEmail, ClinicWebsite, PatientPhone, PatientEmail});
            checkWordsWhole(text, GivenNames + u' ' + FamilyName);
        }
    }
}
