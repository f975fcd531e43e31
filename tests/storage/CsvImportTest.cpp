#include "StorageTestSupport.h"

#include "storage/CsvReader.h"
#include "storage/PatientCsv.h"
#include "storage/PatientRepository.h"

#include <QFile>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using np::storage::CsvImportOptions;
using np::storage::CsvIssue;
using np::storage::DateOrder;
using np::storage::PatientColumn;
using np::storage::PatientRecord;

namespace Catch {
template <>
struct StringMaker<CsvIssue> {
    static std::string convert(const CsvIssue& i)
    {
        return "{row " + std::to_string(i.row) + ", \"" + i.column.toStdString() + "\", \"" + i.problem.toStdString()
            + "\"}";
    }
};
} // namespace Catch

namespace {

CsvImportOptions options(DateOrder order = DateOrder::Iso)
{
    CsvImportOptions o;
    o.dateOrder = order;
    o.today = np::test::date("2026-01-15");
    return o;
}

np::storage::ParsedPatients parse(const QByteArray& csv, const CsvImportOptions& o = options())
{
    return np::storage::parsePatientCsv(csv, o);
}

QString problemsText(const QList<CsvIssue>& problems)
{
    QString text;
    for (const CsvIssue& p : problems)
        text += u"row %1, %2: %3\n"_s.arg(p.row).arg(p.column, p.problem);
    return text;
}

// Fails the test, listing the problems, unless the file parsed cleanly.
void requireClean(const np::storage::ParsedPatients& parsed)
{
    INFO(problemsText(parsed.problems).toStdString());
    REQUIRE(parsed.problems.isEmpty());
}

bool hasProblem(const QList<CsvIssue>& problems, int row, const QString& column, const QString& fragment)
{
    return std::ranges::any_of(problems,
        [&](const CsvIssue& p) { return p.row == row && p.column == column && p.problem.contains(fragment); });
}

} // namespace

TEST_CASE("csv: quoted fields hold separators, doubled quotes and line breaks")
{
    const auto table = np::storage::readCsv("a,\"b,c\",\"say \"\"hi\"\"\"\n"
                                            "\"two\nlines\",\"\",x\n"
                                            "last,\"three\r\nline\r\nfield\",z");
    REQUIRE(table.problems.isEmpty());
    REQUIRE(table.records.size() == 3);
    CHECK(table.records[0].fields[1].text == u"b,c"_s);
    CHECK(table.records[0].fields[2].text == u"say \"hi\""_s);
    CHECK(table.records[1].fields[0].text == u"two\nlines"_s);
    CHECK(table.records[1].fields[1].text.isEmpty());
    CHECK(table.records[1].fields[1].quoted);
    CHECK(table.records[2].fields[1].text == u"three\r\nline\r\nfield"_s);
    // A record spanning several lines is one spreadsheet row.
    CHECK(table.records[1].row == 2);
    CHECK(table.records[2].row == 3);
}

TEST_CASE("csv: LF, CRLF and CR line ends, blank lines counted as rows but skipped")
{
    for (const QByteArray& eol : {QByteArray("\n"), QByteArray("\r\n"), QByteArray("\r")}) {
        const QByteArray csv = "a,b" + eol + "1,2" + eol + eol + ",," + eol + "3,4" + eol;
        const auto table = np::storage::readCsv(csv);
        INFO("eol " << eol.toHex().toStdString());
        REQUIRE(table.problems.isEmpty());
        REQUIRE(table.records.size() == 3);
        CHECK(table.records[1].fields[1].text == u"2"_s);
        CHECK(table.records[2].row == 5);
        CHECK(table.records[2].fields[0].text == u"3"_s);
    }
}

TEST_CASE("csv: an unclosed quote or text after a closing quote is reported with its row")
{
    const auto unclosed = np::storage::readCsv("a,b\n1,\"open\n2,3\n");
    REQUIRE(unclosed.problems.size() == 1);
    CHECK(unclosed.problems[0].row == 2);
    CHECK(unclosed.problems[0].field == 1);
    CHECK(unclosed.problems[0].problem.contains(u"never closed"_s));

    const auto trailing = np::storage::readCsv("a,b\n1,\"x\"y\n");
    REQUIRE(trailing.problems.size() == 1);
    CHECK(trailing.problems[0].row == 2);
    CHECK(trailing.problems[0].problem.contains(u"after the closing quote"_s));
}

TEST_CASE("csv: UTF-8 validation")
{
    using np::storage::isValidUtf8;
    CHECK(isValidUtf8("plain"));
    CHECK(isValidUtf8("Jos\xC3\xA9 Garc\xC3\xAD"
                      "a \xE2\x82\xAC \xF0\x9F\x98\x80"));
    CHECK_FALSE(isValidUtf8("Jos\xE9")); // Latin-1
    CHECK_FALSE(isValidUtf8("\xC3")); // truncated
    CHECK_FALSE(isValidUtf8("\xC0\xAF")); // overlong
    CHECK_FALSE(isValidUtf8("\xE0\x80\xAF")); // overlong
    CHECK_FALSE(isValidUtf8("\xED\xA0\x80")); // surrogate
    CHECK_FALSE(isValidUtf8("\xF4\x90\x80\x80")); // past U+10FFFF
    CHECK_FALSE(isValidUtf8("\x80"));
}

TEST_CASE("csv: fields are written back in a form the reader reads unchanged")
{
    const QStringList fields {u"plain"_s, u"a,b"_s, u"say \"hi\""_s, u"two\nlines"_s, u"cr\r\nlf"_s, u" padded "_s,
        QString(), u"Zo\u00eb \U0001F600"_s};
    QByteArray out;
    np::storage::appendCsvRecord(out, fields);
    CHECK(out.startsWith("plain,\"a,b\",\"say \"\"hi\"\"\","));
    CHECK(out.endsWith("\r\n"));
    const auto table = np::storage::readCsv(out);
    REQUIRE(table.problems.isEmpty());
    REQUIRE(table.records.size() == 1);
    QStringList back;
    for (const auto& f : table.records[0].fields)
        back.append(f.text);
    CHECK(back == fields);
}

TEST_CASE("patient csv: a plain file with the canonical headers")
{
    const auto parsed = parse("family_name,given_names,birth_date,email,fitzpatrick,preferred_language,archived\n"
                              "Garc\xC3\xAD"
                              "a,Jos\xC3\xA9,1980-02-29,jose@example.com,3,es,no\n"
                              "Smith,Ann,1999-12-31,,,,yes\n");
    requireClean(parsed);
    REQUIRE(parsed.patients.size() == 2);
    const PatientRecord& jose = parsed.patients[0];
    CHECK(jose.familyName == u"García"_s);
    CHECK(jose.givenNames == u"José"_s);
    CHECK(jose.birthDate == np::test::date("1980-02-29"));
    CHECK(jose.email == u"jose@example.com"_s);
    CHECK(jose.fitzpatrick == 3);
    CHECK(jose.preferredLanguage == u"es"_s);
    CHECK_FALSE(jose.archived);
    const PatientRecord& ann = parsed.patients[1];
    CHECK(ann.preferredLanguage == u"en"_s); // empty: the default
    CHECK_FALSE(ann.fitzpatrick.has_value());
    CHECK(ann.archived);
    CHECK(parsed.rows == QList<int> {2, 3});
}

TEST_CASE("patient csv: a byte order mark, CRLF and quoted values")
{
    const QByteArray body
        = "Last Name,First Name,DOB,Address,Notes\r\n"
          "\"O'Brien, Jr\",\"Mary \"\"Molly\"\"\",1970-05-01,\"1 Main St\r\nDublin\",\"  as typed \"\r\n";
    const auto withBom = parse("\xEF\xBB\xBF" + body);
    const auto without = parse(body);
    requireClean(withBom);
    requireClean(without);
    REQUIRE(withBom.patients.size() == 1);
    const PatientRecord& p = withBom.patients[0];
    CHECK(p.familyName == u"O'Brien, Jr"_s);
    CHECK(p.givenNames == u"Mary \"Molly\""_s);
    CHECK(p.address == u"1 Main St\r\nDublin"_s);
    CHECK(p.notes == u"  as typed "_s); // quoted: exactly as written
    REQUIRE(without.patients.size() == 1);
    CHECK(without.patients[0].familyName == p.familyName);
    CHECK(without.patients[0].address == p.address);
}

TEST_CASE("patient csv: unquoted values are trimmed")
{
    const auto parsed = parse("family_name , given_names,birth_date\n  Smith ,\tAnn , 1990-01-02 \n");
    requireClean(parsed);
    REQUIRE(parsed.patients.size() == 1);
    CHECK(parsed.patients[0].familyName == u"Smith"_s);
    CHECK(parsed.patients[0].givenNames == u"Ann"_s);
}

TEST_CASE("patient csv: header aliases, whatever the case, spaces, underscores and hyphens")
{
    struct Case {
        const char* header;
        PatientColumn column;
    };
    const Case cases[] = {
        {"First Name", PatientColumn::GivenNames},
        {"first_name", PatientColumn::GivenNames},
        {"given_names", PatientColumn::GivenNames},
        {"Given name", PatientColumn::GivenNames},
        {"FIRSTNAME", PatientColumn::GivenNames},
        {"Forename", PatientColumn::GivenNames},
        {"Last Name", PatientColumn::FamilyName},
        {"Surname", PatientColumn::FamilyName},
        {"family_name", PatientColumn::FamilyName},
        {"last-name", PatientColumn::FamilyName},
        {"DOB", PatientColumn::BirthDate},
        {"D.O.B.", PatientColumn::BirthDate},
        {"Date of Birth", PatientColumn::BirthDate},
        {"birth_date", PatientColumn::BirthDate},
        {"Phone", PatientColumn::Phone},
        {"Mobile", PatientColumn::Phone},
        {"Telephone", PatientColumn::Phone},
        {"E-mail", PatientColumn::Email},
        {"email", PatientColumn::Email},
        {"Email Address", PatientColumn::Email},
        {"Preferred name", PatientColumn::PreferredName},
        {"preferred_name", PatientColumn::PreferredName},
        {"Sex", PatientColumn::Sex},
        {"Gender", PatientColumn::Sex},
        {"Address", PatientColumn::Address},
        {"Language", PatientColumn::PreferredLanguage},
        {"preferred_language", PatientColumn::PreferredLanguage},
        {"Fitzpatrick", PatientColumn::Fitzpatrick},
        {"Skin type", PatientColumn::Fitzpatrick},
        {"Notes", PatientColumn::Notes},
        {"archived", PatientColumn::Archived},
    };
    for (const Case& c : cases) {
        INFO(c.header);
        CHECK(np::storage::columnForHeader(QString::fromUtf8(c.header)) == c.column);
    }
    CHECK_FALSE(np::storage::columnForHeader(u"Full name"_s).has_value());
    CHECK_FALSE(np::storage::columnForHeader(u"Allergies"_s).has_value());

    const auto parsed = parse("Surname,Given name,Date of Birth,Mobile,E-mail,Preferred Name,Gender,Address,"
                              "Language,Skin Type,Notes\n"
                              "Lee,Kim,2001-07-04,+44 7700 900123,kim@example.org,Kimmy,F,\"1 Road\",ko,VI,Hi\n");
    requireClean(parsed);
    REQUIRE(parsed.patients.size() == 1);
    const PatientRecord& p = parsed.patients[0];
    CHECK(p.familyName == u"Lee"_s);
    CHECK(p.givenNames == u"Kim"_s);
    CHECK(p.birthDate == np::test::date("2001-07-04"));
    CHECK(p.phone == u"+44 7700 900123"_s);
    CHECK(p.email == u"kim@example.org"_s);
    CHECK(p.preferredName == u"Kimmy"_s);
    CHECK(p.sex == u"F"_s);
    CHECK(p.address == u"1 Road"_s);
    CHECK(p.preferredLanguage == u"ko"_s);
    CHECK(p.fitzpatrick == 6);
    CHECK(p.notes == u"Hi"_s);
}

TEST_CASE("patient csv: every header alias is documented in docs/patient-csv.md")
{
    const QString docs
        = QString::fromUtf8(np::test::readFile(QStringLiteral(NEEDLEPOINT_SOURCE_DIR) + u"/docs/patient-csv.md"_s));
    REQUIRE_FALSE(docs.isEmpty());
    for (int c = 0; c < np::storage::PatientColumnCount; ++c) {
        const auto column = PatientColumn(c);
        const QString canonical = np::storage::canonicalColumnName(column);
        CHECK(docs.contains(u'`' + canonical + u'`'));
        CHECK(np::storage::columnForHeader(canonical) == column);
        for (const QString& alias : np::storage::columnAliases(column)) {
            INFO(alias.toStdString());
            CHECK(docs.contains(alias));
            CHECK(np::storage::columnForHeader(alias) == column);
        }
    }
}

TEST_CASE("patient csv: every date form with each order")
{
    using np::storage::parseCsvDate;
    struct Case {
        const char* text;
        DateOrder order;
        const char* expected; // nullptr: refused
    };
    const Case cases[] = {
        // ISO: accepted whatever the order.
        {"1990-03-04", DateOrder::Iso, "1990-03-04"},
        {"1990-03-04", DateOrder::Us, "1990-03-04"},
        {"1990-03-04", DateOrder::Eu, "1990-03-04"},
        // US: month first.
        {"03/04/1990", DateOrder::Us, "1990-03-04"},
        {"3/4/1990", DateOrder::Us, "1990-03-04"},
        {"12/25/1990", DateOrder::Us, "1990-12-25"},
        {"12-25-1990", DateOrder::Us, "1990-12-25"},
        {"25/12/1990", DateOrder::Us, nullptr}, // no month 25
        // EU: day first, with slashes, dots or hyphens.
        {"03/04/1990", DateOrder::Eu, "1990-04-03"},
        {"3/4/1990", DateOrder::Eu, "1990-04-03"},
        {"25/12/1990", DateOrder::Eu, "1990-12-25"},
        {"25.12.1990", DateOrder::Eu, "1990-12-25"},
        {"03.04.1990", DateOrder::Eu, "1990-04-03"},
        {"25-12-1990", DateOrder::Eu, "1990-12-25"},
        {"12/25/1990", DateOrder::Eu, nullptr}, // no month 25
        // Without an order, day/month forms are refused, even those only one order could read.
        {"03/04/1990", DateOrder::Iso, nullptr},
        {"25/12/1990", DateOrder::Iso, nullptr},
        {"25.12.1990", DateOrder::Iso, nullptr},
        // Never valid.
        {"1990-02-30", DateOrder::Iso, nullptr},
        {"29/02/1991", DateOrder::Eu, nullptr},
        {"03/04/90", DateOrder::Eu, nullptr},
        {"03/04/90", DateOrder::Us, nullptr},
        {"1990-3-4", DateOrder::Iso, nullptr},
        {"1990/03/04", DateOrder::Eu, nullptr},
        {"03/04.1990", DateOrder::Eu, nullptr},
        {"4 March 1990", DateOrder::Eu, nullptr},
        {"1990-03-04T00:00", DateOrder::Iso, nullptr},
        {"", DateOrder::Iso, nullptr},
    };
    for (const Case& c : cases) {
        INFO(c.text << " order " << int(c.order));
        const auto d = parseCsvDate(QString::fromUtf8(c.text), c.order);
        if (c.expected) {
            REQUIRE(d.has_value());
            CHECK(*d == np::test::date(c.expected));
        } else {
            CHECK_FALSE(d.has_value());
        }
    }
    CHECK(parseCsvDate(u"03/04/1990"_s, DateOrder::Iso).error().contains(u"--date-order"_s));
    CHECK(parseCsvDate(u"03/04/90"_s, DateOrder::Eu).error().contains(u"four digits"_s));

    CHECK(np::storage::dateOrderFromName(u"us"_s) == DateOrder::Us);
    CHECK(np::storage::dateOrderFromName(u"eu"_s) == DateOrder::Eu);
    CHECK(np::storage::dateOrderFromName(u"iso"_s) == DateOrder::Iso);
    CHECK_FALSE(np::storage::dateOrderFromName(u"uk"_s).has_value());
}

TEST_CASE("patient csv: the date order applies to the file, and ambiguous dates are refused without it")
{
    const QByteArray csv = "Last Name,First Name,DOB\nA,B,03/04/1990\nC,D,25/12/1985\n";
    const auto refused = parse(csv);
    CHECK_FALSE(refused.patients[0].birthDate.isValid());
    REQUIRE(refused.problems.size() == 2);
    CHECK(hasProblem(refused.problems, 2, u"DOB"_s, u"--date-order"_s));
    CHECK(hasProblem(refused.problems, 3, u"DOB"_s, u"--date-order"_s));

    const auto eu = parse(csv, options(DateOrder::Eu));
    requireClean(eu);
    CHECK(eu.patients[0].birthDate == np::test::date("1990-04-03"));
    CHECK(eu.patients[1].birthDate == np::test::date("1985-12-25"));

    const auto us = parse(csv, options(DateOrder::Us));
    CHECK_FALSE(us.patients[1].birthDate.isValid());
    CHECK(us.patients[0].birthDate == np::test::date("1990-03-04"));
    REQUIRE(us.problems.size() == 1);
    CHECK(hasProblem(us.problems, 3, u"DOB"_s, u"month/day/year"_s));
}

TEST_CASE("patient csv: invalid UTF-8 is refused naming the row and column")
{
    const auto parsed = parse("family_name,given_names,birth_date,notes\n"
                              "Smith,Ann,1990-01-01,fine\n"
                              "Garc\xED"
                              "a,Jos\xE9,1980-01-01,latin-1\n");
    CHECK(parsed.patients[1].familyName == u"Garc\uFFFDa"_s);
    REQUIRE(parsed.problems.size() == 2);
    CHECK(hasProblem(parsed.problems, 3, u"family_name"_s, u"UTF-8"_s));
    CHECK(hasProblem(parsed.problems, 3, u"given_names"_s, u"UTF-8"_s));

    const auto utf16 = parse("\xFF\xFE"
                             "f\0a\0"_ba);
    REQUIRE(utf16.problems.size() == 1);
    CHECK(utf16.problems[0].row == 1);
    CHECK(utf16.problems[0].problem.contains(u"UTF-16"_s));
}

TEST_CASE("patient csv: missing required columns are named and nothing else is checked")
{
    const auto parsed = parse("First Name,Email\nAnn,ann@example.com\n");
    CHECK(parsed.patients.isEmpty());
    REQUIRE(parsed.problems.size() == 2);
    CHECK(hasProblem(parsed.problems, 1, u"family_name"_s, u"required column is missing"_s));
    CHECK(hasProblem(parsed.problems, 1, u"birth_date"_s, u"Date of Birth"_s));

    const auto empty = parse("");
    REQUIRE(empty.problems.size() == 1);
    CHECK(empty.problems[0].row == 1);
    CHECK(empty.problems[0].problem.contains(u"empty"_s));
}

TEST_CASE("patient csv: unknown columns are an error, or left out with a warning when asked")
{
    const QByteArray csv = "family_name,given_names,birth_date,Allergies\nSmith,Ann,1990-01-01,latex\n";
    const auto refused = parse(csv);
    CHECK(refused.patients.size() == 1); // the rows are still checked
    REQUIRE(refused.problems.size() == 1);
    CHECK(hasProblem(refused.problems, 1, u"Allergies"_s, u"unknown column"_s));

    CsvImportOptions lenient = options();
    lenient.ignoreUnknownColumns = true;
    const auto ignored = parse(csv, lenient);
    requireClean(ignored);
    REQUIRE(ignored.warnings.size() == 1);
    CHECK(ignored.warnings[0] == CsvIssue {1, u"Allergies"_s, u"unknown column, left out"_s});
    CHECK(ignored.patients.size() == 1);

    const auto twice
        = parse("Phone,Mobile,family_name,given_names,birth_date\n555 0001,555 0002,Smith,Ann,1990-01-01\n");
    REQUIRE(twice.problems.size() == 1);
    CHECK(hasProblem(twice.problems, 1, u"Mobile"_s, u"same as column \"Phone\""_s));

    const auto semicolons = parse("family_name;given_names;birth_date\nSmith;Ann;1990-01-01\n");
    CHECK(hasProblem(semicolons.problems, 1, u"family_name;given_names;birth_date"_s, u"--separator"_s));
    CsvImportOptions semicolon = options();
    semicolon.separator = ';';
    requireClean(parse("family_name;given_names;birth_date\nSmith;Ann;1990-01-01\n", semicolon));
}

TEST_CASE("patient csv: duplicates within the file by name and birth date, and a shared email is a warning")
{
    const auto parsed = parse("Last Name,First Name,DOB,Email\n"
                              "Garc\xC3\xAD"
                              "a,Jos\xC3\xA9,1980-01-01,jose@example.com\n"
                              "Smith,Ann,1990-01-01,ann@example.com\n"
                              "GARCIA,  jose ,1980-01-01,\n" // accents, case and spaces ignored
                              "Smyth,Anne,1991-01-01,ANN@Example.com\n"
                              "Garcia,Jose,1981-01-01,\n"); // another birth date: a different person
    CHECK(parsed.patients.size() == 5);
    REQUIRE(parsed.problems.size() == 1);
    CHECK(hasProblem(parsed.problems, 4, u"Last Name"_s, u"same name and birth date as row 2"_s));
    REQUIRE(parsed.warnings.size() == 1);
    CHECK(hasProblem(parsed.warnings, 5, u"Email"_s, u"same email as row 3"_s));
}

TEST_CASE("patient csv: the report lists every problem with its row and column")
{
    const auto parsed = parse("Last Name,First Name,DOB,Email,Skin type,Language,Archived,Phone\n"
                              "Good,Row,1990-01-01,good@example.com,2,en,no,555 1234\n"
                              ",NoFamily,1990-01-01,,,,,\n"
                              "Bad,Email,1990-01-01,not-an-email,,,,\n"
                              "Bad,Skin,1990-01-01,,7,,,\n"
                              "\n"
                              "Bad,Language,1990-01-01,,,english,,\n"
                              "Bad,Archived,1990-01-01,,,,maybe,\n"
                              "Future,Born,2026-01-16,,,,,\n"
                              "Short,Row,1990-01-01\n"
                              "Long,Row,1990-01-01,,,,,,extra\n"
                              "Bad,Phone,1990-01-01,,,,,\"555\n1234\"\n"
                              "Bad,Many,31/31/1990,x@,0,e,2,12\n"
                              "Old,Timer,1899-12-31,,,,,\n");
    const QList<CsvIssue> expectedAt = {
        {3, u"Last Name"_s, u"is required"_s},
        {4, u"Email"_s, u"\"not-an-email\" is not an email address"_s},
        {5, u"Skin type"_s, u"\"7\" is not a Fitzpatrick type (1 to 6, or I to VI)"_s},
        {7, u"Language"_s,
            u"\"english\" is not a two-letter ISO 639-1 code such as \"en\" (with a region if you like: \"es-MX\")"_s},
        {8, u"Archived"_s, u"\"maybe\" is not yes or no (also accepted: true/false, 1/0, or empty for no)"_s},
        {9, u"DOB"_s, u"2026-01-16 is in the future (today is 2026-01-15)"_s},
        {10, QString(), u"has 3 value(s) but the header names 8 columns; a value is missing or two were joined"_s},
        {11, u"column I"_s,
            u"a value in a column the header does not name; a separator inside a value must be quoted"_s},
        {12, u"Phone"_s, u"must be one line"_s},
        {13, u"DOB"_s,
            u"\"31/31/1990\" could be day-first or month-first; say which with --date-order us (MM/DD/YYYY) or "
            "--date-order eu (DD/MM/YYYY), or write YYYY-MM-DD"_s},
        {13, u"Skin type"_s, u"\"0\" is not a Fitzpatrick type (1 to 6, or I to VI)"_s},
        {13, u"Archived"_s, u"\"2\" is not yes or no (also accepted: true/false, 1/0, or empty for no)"_s},
        {13, u"Email"_s, u"\"x@\" is not an email address"_s},
        {13, u"Phone"_s, u"\"12\" has fewer than 4 digits"_s},
        {13, u"Language"_s,
            u"\"e\" is not a two-letter ISO 639-1 code such as \"en\" (with a region if you like: \"es-MX\")"_s},
        {14, u"DOB"_s, u"1899-12-31 is before 1900-01-01"_s},
    };
    INFO(problemsText(parsed.problems).toStdString());
    CHECK(parsed.problems == expectedAt);
    CHECK(parsed.rows == QList<int> {2, 3, 4, 5, 7, 8, 9, 10, 11, 12, 13, 14}); // the blank row 6 left out
}

TEST_CASE("patient csv: Fitzpatrick types and archived flags in their accepted spellings")
{
    const auto parsed = parse("family_name,given_names,birth_date,fitzpatrick,archived\n"
                              "A,a,1990-01-01,1,yes\n"
                              "B,b,1990-01-01,iv,TRUE\n"
                              "C,c,1990-01-01,VI,1\n"
                              "D,d,1990-01-01,,No\n"
                              "E,e,1990-01-01,6,false\n"
                              "F,f,1990-01-01,II,0\n");
    requireClean(parsed);
    REQUIRE(parsed.patients.size() == 6);
    CHECK(parsed.patients[0].fitzpatrick == 1);
    CHECK(parsed.patients[1].fitzpatrick == 4);
    CHECK(parsed.patients[2].fitzpatrick == 6);
    CHECK_FALSE(parsed.patients[3].fitzpatrick.has_value());
    CHECK(parsed.patients[4].fitzpatrick == 6);
    CHECK(parsed.patients[5].fitzpatrick == 2);
    CHECK(parsed.patients[0].archived);
    CHECK(parsed.patients[1].archived);
    CHECK(parsed.patients[2].archived);
    CHECK_FALSE(parsed.patients[3].archived);
    CHECK_FALSE(parsed.patients[4].archived);
    CHECK_FALSE(parsed.patients[5].archived);
}

TEST_CASE("patient csv: duplicates of patients already in the database")
{
    PatientRecord stored;
    stored.id = 42;
    stored.familyName = u"García"_s;
    stored.givenNames = u"José"_s;
    stored.birthDate = np::test::date("1980-01-01");
    stored.email = u"jose@example.com"_s;
    PatientRecord archived;
    archived.id = 43;
    archived.familyName = u"Old"_s;
    archived.givenNames = u"Timer"_s;
    archived.birthDate = np::test::date("1940-01-01");
    archived.email = u"old@example.com"_s;
    archived.archived = true;

    auto parsed = parse("family_name,given_names,birth_date,email\n"
                        "Garcia,Jose,1980-01-01,\n"
                        "New,Person,1990-01-01,JOSE@example.com\n"
                        "Another,Person,1991-01-01,old@example.com\n"
                        "Fresh,Face,1992-01-01,fresh@example.com\n");
    requireClean(parsed);
    np::storage::checkAgainstExisting(parsed, {stored, archived});
    REQUIRE(parsed.problems.size() == 1);
    CHECK(hasProblem(parsed.problems, 2, u"family_name"_s, u"same name and birth date as patient 42"_s));
    REQUIRE(parsed.warnings.size() == 2);
    CHECK(hasProblem(parsed.warnings, 3, u"email"_s, u"same email as patient 42"_s));
    CHECK(hasProblem(parsed.warnings, 4, u"email"_s, u"patient 43 (Old, Timer, born 1940-01-01, archived)"_s));

    CHECK(np::storage::isDuplicatePatient(stored, parsed.patients[0]));
    CHECK_FALSE(np::storage::isDuplicatePatient(stored, parsed.patients[1])); // a shared email only
    CHECK_FALSE(np::storage::isDuplicatePatient(stored, parsed.patients[3]));
}

TEST_CASE("patient csv: export writes what import reads back unchanged")
{
    QList<PatientRecord> patients;
    PatientRecord a;
    a.familyName = u"O'Brien, Jr"_s;
    a.givenNames = u"Mary \"Molly\""_s;
    a.preferredName = u"Molly"_s;
    a.birthDate = np::test::date("1970-05-01");
    a.sex = u"F"_s;
    a.phone = u"+353 1 234 5678"_s;
    a.email = u"molly@example.ie"_s;
    a.address = u"1 Main St\nDublin\n"_s;
    a.preferredLanguage = u"ga"_s;
    a.fitzpatrick = 2;
    a.notes = u"  leading and trailing spaces \r\nand a CRLF, \"quotes\" and commas,"_s;
    patients.append(a);
    PatientRecord b;
    b.familyName = u"García"_s;
    b.givenNames = u"José \U0001F600"_s;
    b.birthDate = np::test::date("1901-01-01");
    b.archived = true;
    patients.append(b);

    const QByteArray csv = np::storage::patientsToCsv(patients);
    CHECK(csv.startsWith("\xEF\xBB\xBF"
                         "family_name,given_names,preferred_name,birth_date,sex,phone,email,address,town,region,"
                         "postcode,country,preferred_language,fitzpatrick,notes,archived,external_ref\r\n"));
    const auto parsed = parse(csv);
    requireClean(parsed);
    REQUIRE(parsed.patients.size() == 2);
    for (qsizetype i = 0; i < patients.size(); ++i) {
        const PatientRecord& in = patients[i];
        const PatientRecord& out = parsed.patients[i];
        CHECK(out.familyName == in.familyName);
        CHECK(out.givenNames == in.givenNames);
        CHECK(out.preferredName == in.preferredName);
        CHECK(out.birthDate == in.birthDate);
        CHECK(out.sex == in.sex);
        CHECK(out.phone == in.phone);
        CHECK(out.email == in.email);
        CHECK(out.address == in.address);
        CHECK(out.preferredLanguage == in.preferredLanguage);
        CHECK(out.fitzpatrick == in.fitzpatrick);
        CHECK(out.notes == in.notes);
        CHECK(out.archived == in.archived);
    }
    CHECK(np::storage::patientsToCsv(parsed.patients) == csv);
}

namespace {

qsizetype patientCount(np::storage::Database& db)
{
    auto all = np::storage::PatientRepository(db).all(true);
    REQUIRE(all.has_value());
    return all->size();
}

np::storage::CsvImportReport importCsv(
    np::storage::Database& db, const QByteArray& csv, bool dryRun = false, const CsvImportOptions& o = options())
{
    auto report = np::storage::importPatientCsv(db, csv, o, dryRun, u"tester"_s);
    if (!report)
        FAIL(report.error().message.toStdString());
    return *report;
}

const QByteArray GoodFile = "Last Name,First Name,DOB,E-mail,Skin type,Archived,Notes\r\n"
                            "Garc\xC3\xAD"
                            "a,Jos\xC3\xA9,1980-02-29,jose@example.com,III,no,\"likes \"\"quiet\"\"\nroom\"\r\n"
                            "Smith,Ann,1990-01-01,,,yes,\r\n"
                            "Lee,Kim,2001-07-04,kim@example.org,6,,\r\n";

} // namespace

TEST_CASE("patient import: a good file is imported whole, in row order")
{
    np::test::TempDatabase db;
    const auto report = importCsv(*db, GoodFile);
    INFO(problemsText(report.problems).toStdString());
    REQUIRE(report.ok());
    REQUIRE(report.ids.size() == 3);
    CHECK(report.rows == QList<int> {2, 3, 4});
    np::storage::PatientRepository repo(*db);
    auto jose = repo.get(report.ids[0]);
    REQUIRE(jose.has_value());
    CHECK(jose->familyName == u"García"_s);
    CHECK(jose->birthDate == np::test::date("1980-02-29"));
    CHECK(jose->fitzpatrick == 3);
    CHECK(jose->notes == u"likes \"quiet\"\nroom"_s);
    auto ann = repo.get(report.ids[1]);
    REQUIRE(ann.has_value());
    CHECK(ann->archived);
    CHECK(ann->givenNames == u"Ann"_s);
    CHECK(patientCount(*db) == 3);
}

TEST_CASE("patient import: a dry run checks everything and writes nothing")
{
    np::test::TempDatabase db;
    const auto report = importCsv(*db, GoodFile, true);
    CHECK(report.ok());
    CHECK(report.dryRun);
    CHECK(report.patients.size() == 3);
    CHECK(report.ids.isEmpty());
    CHECK(patientCount(*db) == 0);

    const auto bad = importCsv(*db, GoodFile + "Bad,Row,1990-13-01,,,,\r\n", true);
    CHECK_FALSE(bad.ok());
    CHECK(hasProblem(bad.problems, 5, u"DOB"_s, u"not a real date"_s));
    CHECK(patientCount(*db) == 0);
}

TEST_CASE("patient import: one bad row and nothing is written")
{
    np::test::TempDatabase db;
    const auto report = importCsv(*db, GoodFile + "Bad,Row,1990-01-01,not-an-email,,,\r\n");
    CHECK_FALSE(report.ok());
    CHECK(report.ids.isEmpty());
    REQUIRE(report.problems.size() == 1);
    CHECK(report.problems[0] == CsvIssue {5, u"E-mail"_s, u"\"not-an-email\" is not an email address"_s});
    CHECK(patientCount(*db) == 0);

    // Each kind of problem: syntax, encoding, header, values, duplicates.
    const QByteArray broken[] = {
        GoodFile + "Open,Quote,1990-01-01,\"never closed\r\n",
        GoodFile + "Lat\xE9n,One,1990-01-01,,,,\r\n",
        "First Name,DOB\r\nAnn,1990-01-01\r\n",
        GoodFile + "Smith,Ann,1990-01-01,,,,\r\n",
        GoodFile + "LEE,kim,2001-07-04,,,,\r\n",
    };
    for (const QByteArray& csv : broken) {
        const auto refused = importCsv(*db, csv);
        CHECK_FALSE(refused.ok());
        CHECK(refused.ids.isEmpty());
        CHECK(patientCount(*db) == 0);
    }
}

TEST_CASE("patient import: duplicates of patients already in the database are refused")
{
    np::test::TempDatabase db;
    REQUIRE(importCsv(*db, GoodFile).ok());
    REQUIRE(patientCount(*db) == 3);

    // Row by row through the repository (small files) and from every stored patient (large ones).
    CsvImportOptions o = options();
    o.bulkDuplicateCheckFrom = GENERATE(qsizetype(0), qsizetype(1000));
    INFO("bulk from " << o.bulkDuplicateCheckFrom);
    const auto again = importCsv(*db,
        "Surname,Given name,Date of Birth,Email\n"
        "GARCIA,jose,1980-02-29,\n" // same name (accents and case aside) and birth date
        "Other,Person,1970-01-01,KIM@Example.org\n" // same email
        "Smith,Ann,1990-01-01,\n" // an archived patient is still a duplicate
        "New,Person,1971-01-01,new@example.org\n"
        "Garcia,Jos\xC3\xA9,1980-02-29,kim@example.org\n", // José by name, Kim by email
        false, o);
    INFO(problemsText(again.problems).toStdString());
    const QList<CsvIssue> expected {
        {2, u"Surname"_s,
            u"same name and birth date as patient 1 (García, José, born 1980-02-29), already in the database"_s},
        {4, u"Surname"_s,
            u"same name and birth date as patient 2 (Smith, Ann, born 1990-01-01, archived), already in the database"_s},
        {6, u"Surname"_s,
            u"same name and birth date as patient 1 (García, José, born 1980-02-29), already in the database"_s},
        {6, u"Surname"_s, u"same name and birth date as row 2 (Garcia, José, 1980-02-29)"_s},
    };
    CHECK(again.problems.size() == expected.size());
    for (const CsvIssue& e : expected)
        CHECK(again.problems.contains(e));
    // A shared email is a warning (families share one), against the database and within the file.
    const QList<CsvIssue> warned {
        {3, u"Email"_s, u"same email as patient 3 (Lee, Kim, born 2001-07-04), already in the database"_s},
        {6, u"Email"_s, u"same email as patient 3 (Lee, Kim, born 2001-07-04), already in the database"_s},
        {6, u"Email"_s, u"same email as row 3 (kim@example.org)"_s},
    };
    CHECK(again.warnings.size() == warned.size());
    for (const CsvIssue& w : warned)
        CHECK(again.warnings.contains(w));
    CHECK(patientCount(*db) == 3);

    // The same rule as the repository's own duplicate check.
    np::storage::PatientRepository repo(*db);
    PatientRecord garcia;
    garcia.familyName = u"GARCIA"_s;
    garcia.givenNames = u"jose"_s;
    garcia.birthDate = np::test::date("1980-02-29");
    auto found = repo.findDuplicate(garcia);
    REQUIRE(found.has_value());
    CHECK(*found == 1);
}

TEST_CASE("patient export: every patient, archived ones too, read back byte for byte")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    np::test::TempDatabase first;
    REQUIRE(importCsv(*first, GoodFile).ok());
    np::storage::PatientRepository repo(*first);
    PatientRecord tricky;
    tricky.familyName = u"O'Brien, Jr"_s;
    tricky.givenNames = u"Mary \"Molly\""_s;
    tricky.preferredName = u"Molly"_s;
    tricky.birthDate = np::test::date("1970-05-01");
    tricky.sex = u"F"_s;
    tricky.phone = u"+353 (1) 234-5678"_s;
    tricky.email = u"molly@example.ie"_s;
    tricky.address = u"1 Main St,\r\nDublin 2\n"_s;
    tricky.preferredLanguage = u"ga"_s;
    tricky.notes = u"  spaces kept  \n\"quoted\", commas, and a tab\t"_s;
    REQUIRE(repo.add(tricky, u"tester"_s).has_value());

    const QString path1 = dir.filePath(u"one.csv"_s);
    auto written = np::storage::exportPatientCsv(*first, path1);
    REQUIRE(written.has_value());
    CHECK(*written == 4);
    const QByteArray bytes1 = np::test::readFile(path1);
    CHECK(bytes1.contains(",yes,\r\n")); // Smith, archived, no external reference

    np::test::TempDatabase second;
    const auto report = importCsv(*second, bytes1);
    INFO(problemsText(report.problems).toStdString());
    REQUIRE(report.ok());
    CHECK(report.ids.size() == 4);
    const QString path2 = dir.filePath(u"two.csv"_s);
    REQUIRE(np::storage::exportPatientCsv(*second, path2).has_value());
    CHECK(np::test::readFile(path2) == bytes1);

    auto before = repo.all(true);
    auto after = np::storage::PatientRepository(*second).all(true);
    REQUIRE(before.has_value());
    REQUIRE(after.has_value());
    REQUIRE(after->size() == before->size());
    for (qsizetype i = 0; i < before->size(); ++i) {
        CHECK((*after)[i].familyName == (*before)[i].familyName);
        CHECK((*after)[i].address == (*before)[i].address);
        CHECK((*after)[i].notes == (*before)[i].notes);
        CHECK((*after)[i].archived == (*before)[i].archived);
        CHECK((*after)[i].fitzpatrick == (*before)[i].fitzpatrick);
    }
}

TEST_CASE("patient export: a file that cannot be written is an error naming it, and nothing is left behind")
{
    QTemporaryDir dir;
    np::test::TempDatabase db;
    REQUIRE(importCsv(*db, GoodFile).ok());
    const QString path = dir.filePath(u"missing-folder/out.csv"_s);
    auto written = np::storage::exportPatientCsv(*db, path);
    REQUIRE_FALSE(written.has_value());
    CHECK(written.error().kind == np::storage::StorageError::Kind::Invalid);
    CHECK(written.error().message.contains(path));
    CHECK_FALSE(QFile::exists(path));

    // An existing file is replaced whole.
    const QString existing = dir.filePath(u"existing.csv"_s);
    {
        QFile f(existing);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(100000, 'x'));
    }
    REQUIRE(np::storage::exportPatientCsv(*db, existing).has_value());
    const QByteArray bytes = np::test::readFile(existing);
    CHECK(bytes.startsWith("\xEF\xBB\xBF"
                           "family_name,"));
    CHECK_FALSE(bytes.contains(QByteArray(11, 'x')));
}

TEST_CASE("patient import: rows with a stored patient's number update that patient, read either way")
{
    np::test::TempDatabase db;
    REQUIRE(importCsv(*db,
        "MRN,Last Name,First Name,DOB,Street,City,State,ZIP,Country,Phone,Notes\r\n"
        "A-1,Ng,May,1980-01-02,1 Elm St,Springfield,IL,02134,USA,555 0101,first visit 2019\r\n"
        "A-2,Ortiz,Luz,1975-05-06,,,,,,555 0202,\r\n")
                .ok());
    np::storage::PatientRepository repo(*db);
    auto may = repo.get(1);
    REQUIRE(may.has_value());
    CHECK(may->externalRef == u"A-1"_s);
    CHECK(may->postcode == u"02134"_s); // kept as written: the leading zero stays
    CHECK(may->region == u"IL"_s);

    // Row by row through the repository (small files) and from every stored number (large ones).
    CsvImportOptions o = options();
    o.bulkDuplicateCheckFrom = GENERATE(qsizetype(0), qsizetype(1000));
    INFO("bulk from " << o.bulkDuplicateCheckFrom);
    const QByteArray again = "Patient ID,Surname,Given name,DOB,Town,Notes\r\n"
                             "a-1,Ng,May,1980-01-02,Shelbyville,\r\n" // moved; a blank note keeps the note
                             "A-2,Ortiz,Luz,1975-05-06,,\r\n" // nothing new
                             "A-3,Ng,May,1980-01-03,,\r\n"; // another patient (another birth date)
    const auto dry = importCsv(*db, again, true, o);
    INFO(problemsText(dry.problems).toStdString());
    REQUIRE(dry.ok());
    REQUIRE(dry.updates.size() == 2);
    CHECK(dry.updates[0].row == 2);
    CHECK(dry.updates[0].patient.id == 1);
    CHECK(dry.updates[0].fields == QStringList {u"town"_s});
    CHECK(dry.updates[1].fields.isEmpty());
    REQUIRE(dry.patients.size() == 1);
    CHECK(dry.rows == QList<int> {4});
    CHECK(repo.get(1)->town == u"Springfield"_s);

    const auto done = importCsv(*db, again, false, o);
    REQUIRE(done.ok());
    CHECK(done.ids == QList<qint64> {3});
    may = repo.get(1);
    CHECK(may->town == u"Shelbyville"_s);
    CHECK(may->notes == u"first visit 2019"_s);
    CHECK(may->address == u"1 Elm St"_s);
    CHECK(may->version == 2);
    CHECK(repo.get(2)->version == 1); // unchanged: not written, not audited
    CHECK(patientCount(*db) == 3);

    // A stored patient without a number, and a row with one and the same name and birth date:
    // still a duplicate, and the problem says how to go on.
    PatientRecord kim;
    kim.familyName = u"Lee"_s;
    kim.givenNames = u"Kim"_s;
    kim.birthDate = np::test::date("2001-07-04");
    REQUIRE(repo.add(kim, u"tester"_s).has_value());
    const auto numbered
        = importCsv(*db, "ID,family_name,given_names,birth_date\r\nK-9,Lee,Kim,2001-07-04\r\n", false, o);
    REQUIRE(numbered.problems.size() == 1);
    CHECK(numbered.problems[0].problem.endsWith(
        u"already in the database; give that patient the number K-9 in Needlepoint first and the row will update it"_s));
}

TEST_CASE("patient csv: headers match ignoring accents, and address lines join in order")
{
    CHECK(np::storage::columnForHeader(u"CODIGO POSTAL") == PatientColumn::Postcode);
    CHECK(np::storage::columnForHeader(u"Código Postal") == PatientColumn::Postcode);
    CHECK(np::storage::columnForHeader(u"N.º Paciente") == PatientColumn::ExternalRef);
    CHECK(np::storage::columnForHeader(u"Telefono") == PatientColumn::Phone);
    CHECK(np::storage::columnForHeader(u"Allergies") == std::nullopt);

    const auto parsed = parse("Address 3,Address 1,Address 2,Last Name,First Name,DOB\r\n"
                              "Floor 2,Unit 4,10 Long Rd,Roe,Jo,1990-01-01\r\n"
                              ",,Only line two,Roe,Al,1990-01-02\r\n");
    requireClean(parsed);
    REQUIRE(parsed.patients.size() == 2);
    CHECK(parsed.patients[0].address == u"Unit 4\n10 Long Rd\nFloor 2"_s);
    CHECK(parsed.patients[1].address == u"Only line two"_s);

    // A one-line field with a line break, checked by the same rule as patients add.
    const auto broken = parse("Last Name,First Name,DOB,City\r\nRoe,Jo,1990-01-01,\"Leeds\nLS1\"\r\n");
    REQUIRE(broken.problems.size() == 1);
    CHECK(broken.problems[0] == CsvIssue {2, u"City"_s, u"must be one line"_s});
}
