#include "TestSupport.h"

#include "core/Screening.h"

using namespace Qt::StringLiterals;
using np::test::date;

namespace {

np::Treatment face(const QString& modality = u"automated_pen"_s)
{
    return {modality, u"acne_scars"_s, np::Severity::Moderate, {u"cheeks"_s, u"forehead"_s}, std::nullopt};
}

np::PatientProfile adult(QList<np::Finding> findings = {}, std::optional<int> fitzpatrick = 3)
{
    return {date("1990-04-02"), fitzpatrick, std::move(findings)};
}

const np::ApplicableFinding* find(const QList<np::ApplicableFinding>& list, const QString& code)
{
    for (const auto& f : list)
        if (f.code == code)
            return &f;
    return nullptr;
}

} // namespace

TEST_CASE("a washout counts from the finding's end date")
{
    const auto& c = np::test::builtInCatalogue();
    const auto found
        = np::applicableFindings(c, adult({{u"isotretinoin"_s, {}, std::nullopt, date("2026-08-01")}}), face());
    const auto* f = find(found, u"isotretinoin"_s);
    REQUIRE(f);
    CHECK(f->effect == np::Effect::Blocks);
    CHECK(f->clearsOn == date("2027-01-30")); // 182 days after the last dose
    CHECK(f->inEffectOn(date("2027-01-29")));
    CHECK_FALSE(f->inEffectOn(date("2027-01-30")));
}

TEST_CASE("a finding with no end date is ongoing")
{
    const auto& c = np::test::builtInCatalogue();
    const auto found
        = np::applicableFindings(c, adult({{u"pregnancy"_s, {}, date("2026-10-01"), std::nullopt}}), face());
    const auto* f = find(found, u"pregnancy"_s);
    REQUIRE(f);
    CHECK_FALSE(f->clearsOn.has_value());
    CHECK_FALSE(f->inEffectOn(date("2026-09-30"))); // not before it began
    CHECK(f->inEffectOn(date("2030-01-01")));
}

TEST_CASE("a one-off event with no end date counts its washout from its date")
{
    const auto& c = np::test::builtInCatalogue();
    const auto found = np::applicableFindings(
        c, adult({{u"sunburn_or_tan"_s, {u"cheeks"_s}, date("2026-11-20"), std::nullopt}}), face());
    const auto* f = find(found, u"sunburn_or_tan"_s);
    REQUIRE(f);
    CHECK(f->clearsOn == date("2026-12-04"));
}

TEST_CASE("area-specific findings matter only when they touch a treated area")
{
    const auto& c = np::test::builtInCatalogue();
    const np::Finding onNeck {u"active_acne"_s, {u"neck"_s}, std::nullopt, std::nullopt};
    const np::Finding onCheeks {u"active_acne"_s, {u"cheeks"_s, u"back"_s}, std::nullopt, std::nullopt};
    const np::Finding nowhereSaid {u"active_acne"_s, {}, std::nullopt, std::nullopt};
    CHECK_FALSE(find(np::applicableFindings(c, adult({onNeck}), face()), u"active_acne"_s));
    CHECK(find(np::applicableFindings(c, adult({onCheeks}), face()), u"active_acne"_s));
    CHECK(find(np::applicableFindings(c, adult({nowhereSaid}), face()), u"active_acne"_s));
    // Findings about the whole patient count whatever their areas say.
    const np::Finding iso {u"isotretinoin"_s, {u"back"_s}, std::nullopt, std::nullopt};
    CHECK(find(np::applicableFindings(c, adult({iso}), face()), u"isotretinoin"_s));
}

TEST_CASE("a cold sore matters only for face treatments")
{
    const auto& c = np::test::builtInCatalogue();
    const np::Finding herpes {u"herpes_active"_s, {}, date("2026-11-15"), std::nullopt};
    CHECK(find(np::applicableFindings(c, adult({herpes}), face()), u"herpes_active"_s));
    np::Treatment body = face();
    body.areas = {u"abdomen"_s};
    body.indication = u"stretch_marks"_s;
    CHECK_FALSE(find(np::applicableFindings(c, adult({herpes}), body), u"herpes_active"_s));
}

TEST_CASE("modality-specific rules apply only to their modality")
{
    const auto& c = np::test::builtInCatalogue();
    const np::Finding device {u"implanted_electronic_device"_s, {}, std::nullopt, std::nullopt};
    CHECK_FALSE(find(np::applicableFindings(c, adult({device}), face()), u"implanted_electronic_device"_s));
    const auto forRf = np::applicableFindings(c, adult({device}), face(u"rf_microneedling"_s));
    const auto* rf = find(forRf, u"implanted_electronic_device"_s);
    REQUIRE(rf);
    CHECK(rf->effect == np::Effect::Blocks);

    const np::Finding immuno {u"immunosuppression"_s, {}, std::nullopt, std::nullopt};
    CHECK(
        find(np::applicableFindings(c, adult({immuno}), face()), u"immunosuppression"_s)->effect == np::Effect::Review);
    CHECK(find(np::applicableFindings(c, adult({immuno}), face(u"rf_microneedling"_s)), u"immunosuppression"_s)->effect
        == np::Effect::Blocks);
}

TEST_CASE("age rules clear on the birthday that ends them")
{
    const auto& c = np::test::builtInCatalogue();
    const np::PatientProfile minor {date("2009-06-15"), 2, {}};
    const auto found = np::applicableFindings(c, minor, face());
    const auto* under18 = find(found, u"under_minimum_age"_s);
    REQUIRE(under18);
    CHECK(under18->effect == np::Effect::Blocks);
    CHECK(under18->clearsOn == date("2027-06-15"));
    const auto* label = find(found, u"under_device_label_age"_s);
    REQUIRE(label);
    CHECK(label->effect == np::Effect::Review);
    CHECK(label->clearsOn == date("2031-06-15"));
    // The pen's label age is a device rule: a roller does not carry it.
    CHECK_FALSE(find(np::applicableFindings(c, minor, face(u"roller"_s)), u"under_device_label_age"_s));
}

TEST_CASE("someone born on 29 February comes of age on 1 March in a common year")
{
    CHECK(np::dateOfAge(date("2008-02-29"), 18) == date("2026-03-01"));
    CHECK(np::dateOfAge(date("2008-02-29"), 20) == date("2028-02-29"));
    CHECK(np::dateOfAge(date("2008-03-01"), 18) == date("2026-03-01"));
}

TEST_CASE("skin-type notices follow the Fitzpatrick type and the modality")
{
    const auto& c = np::test::builtInCatalogue();
    CHECK_FALSE(find(np::applicableFindings(c, adult({}, 3), face()), u"pih_risk"_s));
    CHECK(find(np::applicableFindings(c, adult({}, 4), face()), u"pih_risk"_s)->effect == np::Effect::Advice);
    CHECK_FALSE(find(np::applicableFindings(c, adult({}, 6), face()), u"rf_fitzpatrick_vi"_s));
    CHECK(find(np::applicableFindings(c, adult({}, 6), face(u"rf_microneedling"_s)), u"rf_fitzpatrick_vi"_s)->effect
        == np::Effect::Review);
    CHECK_FALSE(find(np::applicableFindings(c, adult({}, std::nullopt), face()), u"pih_risk"_s));
}

TEST_CASE("a modality the indication does not list needs review")
{
    const auto& c = np::test::builtInCatalogue();
    np::Treatment t = face(u"peel_microneedling"_s);
    t.indication = u"skin_laxity"_s;
    const auto found = np::applicableFindings(c, adult(), t);
    const auto* f = find(found, c.offLabelIndication.code);
    REQUIRE(f);
    CHECK(f->effect == np::Effect::Review);
}

TEST_CASE("screening a date gives each finding's effect and the day every washout has passed")
{
    const auto& c = np::test::builtInCatalogue();
    const auto patient = adult({
        {u"isotretinoin"_s, {}, std::nullopt, date("2026-08-01")},
        {u"topical_retinoid"_s, {u"cheeks"_s}, std::nullopt, date("2027-02-10")},
        {u"filler_in_area"_s, {u"cheeks"_s}, date("2026-11-01"), std::nullopt},
        {u"nsaids_supplements"_s, {}, std::nullopt, std::nullopt},
    });
    const auto result = np::screen(c, patient, face(), date("2026-12-01"));
    CHECK(result.blocked);
    CHECK(result.worst == np::Effect::Blocks);
    CHECK(result.clearDate == date("2027-02-15")); // the retinoid's 5 days outlast isotretinoin
    CHECK_FALSE(find(result.findings, u"filler_in_area"_s)); // its 28 days ended on 2026-11-29

    const auto later = np::screen(c, patient, face(), date("2027-03-01"));
    CHECK_FALSE(later.blocked);
    CHECK(later.worst == np::Effect::Advice); // the NSAIDs advice stays
    CHECK(later.findings.size() == 1);
}

TEST_CASE("an ongoing blocking finding leaves no clear date")
{
    const auto& c = np::test::builtInCatalogue();
    const auto result
        = np::screen(c, adult({{u"bleeding_disorder"_s, {}, std::nullopt, std::nullopt}}), face(), date("2026-12-01"));
    CHECK(result.blocked);
    CHECK_FALSE(result.clearDate.has_value());
}
