// Patient search: how input is read (SearchText) and what PatientRepository::search finds.
#include "PatientTestSupport.h"

#include "storage/SearchText.h"

using namespace Qt::StringLiterals;
using np::storage::PatientMatch;
using np::storage::SearchRequest;

namespace {

QList<qint64> ids(const np::storage::Result<QList<PatientMatch>>& matches)
{
    if (!matches)
        FAIL(matches.error().message.toStdString());
    QList<qint64> out;
    for (const PatientMatch& m : *matches)
        out << m.id;
    return out;
}

struct SearchFixture : np::test::PatientFixture {
    qint64 jose = 0;
    qint64 maria = 0;
    qint64 obrien = 0;

    SearchFixture()
    {
        jose = add(np::test::samplePatient()); // García, José Luis (Pepe), (555) 123-4567
        np::storage::PatientRecord m = np::test::patient(u"Müller-Lüdenscheidt"_s, u"María"_s, QDate(1979, 12, 24));
        m.phone = u"+49 30 1234 5678"_s;
        m.email = u"maria@mueller.de"_s;
        maria = add(m);
        obrien = add(np::test::patient(u"O'Brien"_s, u"Siobhán"_s, QDate(1990, 7, 15)));
    }

    QList<qint64> find(const QString& text, int limit = 20, bool archived = false)
    {
        return ids(patients.search(text, limit, archived));
    }
};

} // namespace

TEST_CASE("search input is read as a date, an email, a phone number or words")
{
    using Kind = SearchRequest::Kind;
    CHECK(np::storage::parseSearchText(u"1985-03-02"_s).kind == Kind::BirthDate);
    CHECK(np::storage::parseSearchText(u"02/03/1985"_s).birthDate == QDate(1985, 3, 2));
    CHECK(np::storage::parseSearchText(u"2.3.1985"_s).birthDate == QDate(1985, 3, 2));
    CHECK(np::storage::parseSearchText(u"31/02/1985"_s).kind == Kind::Nothing);
    CHECK(np::storage::parseSearchText(u" Jose@Example.com "_s).email == u"Jose@Example.com"_s);
    CHECK(np::storage::parseSearchText(u"@example.com"_s).kind == Kind::Words);
    CHECK(np::storage::parseSearchText(u"(555) 123-4567"_s).digits == u"5551234567"_s);
    CHECK(np::storage::parseSearchText(u"555"_s).kind == Kind::Words);
    CHECK(np::storage::parseSearchText(u"jose gar"_s).words == QStringList {u"jose"_s, u"gar"_s});
    CHECK(np::storage::parseSearchText(u"O'Br"_s).words == QStringList {u"OBr"_s});
    CHECK(np::storage::parseSearchText(u"  \"*( "_s).kind == Kind::Nothing);
}

TEST_CASE("search words are quoted so that nothing typed reaches the FTS5 syntax")
{
    CHECK(np::storage::ftsQuoted(u"a\"b"_s) == u"\"a\"\"b\""_s);
    CHECK(np::storage::searchWords(u"AND (jose) \"gar*\" -x names:y"_s)
        == QStringList {u"AND"_s, u"jose"_s, u"gar"_s, u"x"_s, u"names"_s, u"y"_s});
    CHECK(np::storage::ftsPrefixQuery({u"and"_s, u"x"_s}, u"names"_s) == u"names : (\"and\"* AND \"x\"*)"_s);
    CHECK(np::storage::ftsExactQuery({u"a"_s, u"b"_s}) == u"\"a\" AND \"b\""_s);
}

TEST_CASE("the index holds every tail of the phone digits")
{
    CHECK(np::storage::searchContactText(u"jo.doe@b.com"_s, u"5551234"_s) == u"jo.doe 5551234 551234 51234 1234"_s);
    CHECK(np::storage::phoneDigits(u"+1 (555) 123-4567"_s) == u"15551234567"_s);
    CHECK(np::storage::searchNamesText(u"O'Brien"_s, u"Anne-Marie"_s, QString())
        == u"O'Brien Anne-Marie OBrien AnneMarie"_s);
}

TEST_CASE("names fold to lower case without accents, spaces collapsed")
{
    CHECK(np::storage::foldName(u"  José   LUIS "_s) == u"jose luis"_s);
    CHECK(np::storage::foldName(u"Müller-Lüdenscheidt"_s) == u"muller-ludenscheidt"_s);
    CHECK(np::storage::foldName(u"Nguyễn Ǘ Øster Şahin"_s) == u"nguyen u øster sahin"_s);
    CHECK(np::storage::foldName(u"Jose\u0301"_s) == u"jose"_s); // decomposed input
}

TEST_CASE("match quality puts exact name words first, then more name words, then fewer names")
{
    using np::storage::betterMatch;
    using np::storage::matchQuality;
    const QStringList ana {u"ana"_s};
    const auto exact = matchQuality(ana, u"Smith Ana"_s, QString());
    const auto prefix = matchQuality(ana, u"Jones Anabel"_s, QString());
    const auto contact = matchQuality(ana, u"Smith Zoe"_s, u"ana.smith"_s);
    const auto longer = matchQuality(ana, u"Smith Ana Maria Luisa"_s, QString());
    CHECK(exact.exactInNames == 1);
    CHECK(prefix.inNames == 1);
    CHECK(prefix.exactInNames == 0);
    CHECK(contact.exactInContact == 1);
    CHECK(betterMatch(exact, prefix));
    CHECK(betterMatch(prefix, contact));
    CHECK(betterMatch(exact, longer));
    CHECK_FALSE(betterMatch(prefix, exact));
}

TEST_CASE("name parts are found in any order, by prefix, whatever the case and accents")
{
    SearchFixture f;
    CHECK(f.find(u"jose gar"_s) == QList<qint64> {f.jose});
    CHECK(f.find(u"garcia jose"_s) == QList<qint64> {f.jose});
    CHECK(f.find(u"GARCÍA"_s) == QList<qint64> {f.jose});
    CHECK(f.find(u"gar"_s) == QList<qint64> {f.jose});
    CHECK(f.find(u"g"_s) == QList<qint64> {f.jose});
    CHECK(f.find(u"luis"_s) == QList<qint64> {f.jose});
    CHECK(f.find(u"pepe"_s) == QList<qint64> {f.jose}); // the preferred name
    CHECK(f.find(u"maria mull"_s) == QList<qint64> {f.maria});
    CHECK(f.find(u"ludensch"_s) == QList<qint64> {f.maria}); // either half of a double name
    CHECK(f.find(u"siobhan o'brien"_s) == QList<qint64> {f.obrien});
    CHECK(f.find(u"o'b"_s) == QList<qint64> {f.obrien});
    CHECK(f.find(u"o’brien"_s) == QList<qint64> {f.obrien}); // a typographic apostrophe
    CHECK(f.find(u"obrien"_s) == QList<qint64> {f.obrien});
    CHECK(f.find(u"o brien"_s) == QList<qint64> {f.obrien});
    CHECK(f.find(u"jose maria"_s).isEmpty()); // every word must match
    CHECK(f.find(u"garciaz"_s).isEmpty());
}

TEST_CASE("a phone number is found by its digits whatever the formatting")
{
    SearchFixture f;
    CHECK(f.find(u"5551234567"_s) == QList<qint64> {f.jose});
    // María's 49 30 1234 5678 holds 1234567 too; José's number ends with it, so he comes first.
    CHECK(f.find(u"1234567"_s) == QList<qint64> {f.jose, f.maria});
    CHECK(f.find(u"555-123-4567"_s) == QList<qint64> {f.jose});
    CHECK(f.find(u"(555) 123"_s) == QList<qint64> {f.jose}); // any part of the number
    CHECK(f.find(u"+49 30 1234 5678"_s) == QList<qint64> {f.maria});
    CHECK(f.find(u"12345678"_s) == QList<qint64> {f.maria});
    CHECK(f.find(u"1234"_s) == QList<qint64> {f.jose, f.maria});
    CHECK(f.find(u"9999"_s).isEmpty());
}

TEST_CASE("the exact phone number ranks first, then numbers ending with the digits")
{
    np::test::PatientFixture f;
    np::storage::PatientRecord middle = np::test::patient(u"Middle"_s, u"A"_s);
    middle.phone = u"4567 000 111"_s;
    np::storage::PatientRecord ending = np::test::patient(u"Ending"_s, u"B"_s);
    ending.phone = u"000 111 4567"_s;
    np::storage::PatientRecord exact = np::test::patient(u"Exact"_s, u"C"_s);
    exact.phone = u"4567"_s;
    const qint64 m = f.add(middle);
    const qint64 e = f.add(ending);
    const qint64 x = f.add(exact);
    CHECK(ids(f.patients.search(u"4567"_s, 10)) == QList<qint64> {x, e, m});
}

TEST_CASE("an email is found exactly or by its beginning, whatever the case")
{
    SearchFixture f;
    CHECK(f.find(u"jose.garcia@example.com"_s) == QList<qint64> {f.jose});
    CHECK(f.find(u"JOSE.GARCIA@EXAMPLE.COM"_s) == QList<qint64> {f.jose});
    CHECK(f.find(u"maria@mue"_s) == QList<qint64> {f.maria});
    CHECK(f.find(u"nobody@example.com"_s).isEmpty());
    // The part before '@' is words like any other; the domain, shared by many, is not.
    np::storage::PatientRecord p = np::test::patient(u"Doe"_s, u"Jo"_s);
    p.email = u"wolverine@mueller.de"_s;
    const qint64 doe = f.add(p);
    CHECK(f.find(u"wolver"_s) == QList<qint64> {doe});
    CHECK(f.find(u"mueller"_s).isEmpty());
}

TEST_CASE("a birth date is found in ISO or day-first form")
{
    SearchFixture f;
    CHECK(f.find(u"1985-03-02"_s) == QList<qint64> {f.jose});
    CHECK(f.find(u"02/03/1985"_s) == QList<qint64> {f.jose});
    CHECK(f.find(u"24.12.1979"_s) == QList<qint64> {f.maria});
    CHECK(f.find(u"1985-03-03"_s).isEmpty());
}

TEST_CASE("exact names rank before longer names that start with them, and names before email")
{
    np::test::PatientFixture f;
    const qint64 anabel = f.add(np::test::patient(u"Jones"_s, u"Anabel"_s));
    np::storage::PatientRecord byEmail = np::test::patient(u"Smith"_s, u"Zoe"_s);
    byEmail.email = u"ana.smith@example.com"_s;
    const qint64 email = f.add(byEmail);
    const qint64 ana = f.add(np::test::patient(u"Smith"_s, u"Ana"_s));
    CHECK(ids(f.patients.search(u"ana"_s, 10)) == QList<qint64> {ana, anabel, email});
    CHECK(ids(f.patients.search(u"ana smith"_s, 10)) == QList<qint64> {ana, email});
    CHECK(ids(f.patients.search(u"ana"_s, 1)) == QList<qint64> {ana});
}

TEST_CASE("a broad search over many patients still puts exact names first and honours the limit")
{
    np::test::PatientFixture f;
    QList<np::storage::PatientRecord> many;
    for (int i = 0; i < 700; ++i)
        many << np::test::patient(u"Martin%1"_s.arg(i), u"Marc"_s);
    REQUIRE(f.patients.addMany(many, u"seed"_s).has_value());
    const qint64 ma = f.add(np::test::patient(u"Ma"_s, u"Lin"_s));
    const QList<qint64> found = ids(f.patients.search(u"ma"_s, 25));
    REQUIRE(found.size() == 25);
    CHECK(found.first() == ma);
    CHECK(QSet<qint64>(found.begin(), found.end()).size() == 25);
}

TEST_CASE("archived patients are found only when asked for")
{
    SearchFixture f;
    REQUIRE(f.patients.setArchived(f.jose, 1, true, u"x"_s).has_value());
    CHECK(f.find(u"jose"_s).isEmpty());
    CHECK(f.find(u"5551234567"_s).isEmpty());
    CHECK(f.find(u"1985-03-02"_s).isEmpty());
    CHECK(f.find(u"jose.garcia@example.com"_s).isEmpty());
    auto archived = f.patients.search(u"jose"_s, 10, true);
    REQUIRE(archived->size() == 1);
    CHECK(archived->first().id == f.jose);
    CHECK(archived->first().archived);
}

TEST_CASE("a match carries what a result list shows")
{
    SearchFixture f;
    auto matches = f.patients.search(u"pepe"_s, 5);
    REQUIRE(matches->size() == 1);
    const PatientMatch& m = matches->first();
    CHECK(m.familyName == u"García"_s);
    CHECK(m.givenNames == u"José Luis"_s);
    CHECK(m.preferredName == u"Pepe"_s);
    CHECK(m.birthDate == QDate(1985, 3, 2));
    CHECK(m.phone == u"(555) 123-4567"_s);
    CHECK(m.email == u"jose.garcia@example.com"_s);
    CHECK_FALSE(m.archived);
}

TEST_CASE("nothing typed can break the search")
{
    SearchFixture f;
    const QStringList inputs {u"\""_s, u"*"_s, u"AND"_s, u"OR"_s, u"NOT"_s, u"NEAR"_s, u"-"_s, u"("_s, u")"_s,
        u"\"jose"_s, u"jose\"*"_s, u"jose AND"_s, u"OR jose"_s, u"NEAR(jose gar)"_s, u"names:jose"_s, u"{names}: x"_s,
        u"^jose"_s, u"+"_s, u"'"_s, u"\\"_s, u"%"_s, u"_"_s, u"jo%"_s, u"@"_s, u"@@"_s, u"a@"_s, u"--"_s, u"'; DROP"_s,
        u"0000-00-00"_s, u"99/99/9999"_s, QString(), u"   "_s, QString(10000, u'x'), u"\u0301"_s, u"😀 jose"_s};
    for (const QString& input : inputs) {
        INFO(input.left(40).toStdString());
        auto result = f.patients.search(input, 20);
        CHECK(result.has_value());
    }
    // The syntax words are ordinary words.
    const qint64 and_ = f.add(np::test::patient(u"And"_s, u"Near"_s));
    CHECK(f.find(u"AND"_s) == QList<qint64> {and_});
    CHECK(f.find(u"near and"_s) == QList<qint64> {and_});
    CHECK(f.find(u"\"jose"_s) == QList<qint64> {f.jose});
    CHECK(f.find(u"(jose)"_s) == QList<qint64> {f.jose});
}

TEST_CASE("a limit below one is refused")
{
    SearchFixture f;
    auto r = f.patients.search(u"jose"_s, 0);
    REQUIRE_FALSE(r.has_value());
    CHECK(r.error().kind == np::storage::StorageError::Kind::Invalid);
}
