#include "Screening.h"

namespace np {
namespace {

bool touchesAny(const QStringList& a, const QStringList& b)
{
    for (const QString& x : a)
        if (b.contains(x))
            return true;
    return false;
}

} // namespace

QDate dateOfAge(const QDate& birth, int years)
{
    QDate d = birth.addYears(years);
    if (birth.month() == 2 && birth.day() == 29 && d.day() == 28)
        d = d.addDays(1);
    return d;
}

std::optional<QDate> findingClearsOn(const Contraindication& rule, const Finding& finding)
{
    std::optional<QDate> end = finding.until;
    if (!end && rule.oneOff)
        end = finding.since;
    if (!end)
        return std::nullopt;
    return end->addDays(rule.washoutDays.value_or(0));
}

QList<ApplicableFinding> applicableFindings(
    const Catalogue& catalogue, const PatientProfile& patient, const Treatment& treatment)
{
    QList<ApplicableFinding> out;
    for (const Finding& f : patient.findings) {
        const Contraindication* rule = catalogue.contraindication(f.code);
        if (!rule || !rule->appliesTo(treatment.modality))
            continue;
        if (rule->scope == Scope::TreatedAreas && !f.areas.isEmpty() && !touchesAny(f.areas, treatment.areas))
            continue;
        if (!rule->onlyWhenTreating.isEmpty() && !touchesAny(rule->onlyWhenTreating, treatment.areas))
            continue;
        out.append(
            {rule->code, rule->effectFor(treatment.modality), rule->message, f.since, findingClearsOn(*rule, f)});
    }
    for (const AgeRule& rule : catalogue.ageRules) {
        if (!rule.modalities.isEmpty() && !rule.modalities.contains(treatment.modality))
            continue;
        out.append({rule.code, rule.effect, rule.message, std::nullopt, dateOfAge(patient.birthDate, rule.belowYears)});
    }
    if (const Modality* m = catalogue.modality(treatment.modality); m && patient.fitzpatrick) {
        for (const SkinTypeNotice& n : m->skinTypeNotices)
            if (*patient.fitzpatrick >= n.fitzpatrickMin && *patient.fitzpatrick <= n.fitzpatrickMax)
                out.append({n.code, n.effect, n.message, std::nullopt, std::nullopt});
    }
    if (const Indication* ind = catalogue.indication(treatment.indication)) {
        if (!ind->modalities.contains(treatment.modality)) {
            const RuleText& r = catalogue.offLabelIndication;
            out.append({r.code, r.effect, r.message, std::nullopt, std::nullopt});
        }
        if (ind->notice)
            out.append({ind->notice->code, ind->notice->effect, ind->notice->message, std::nullopt, std::nullopt});
    }
    return out;
}

ScreeningResult screen(
    const Catalogue& catalogue, const PatientProfile& patient, const Treatment& treatment, const QDate& date)
{
    ScreeningResult result;
    result.clearDate = date;
    for (const ApplicableFinding& f : applicableFindings(catalogue, patient, treatment)) {
        if (f.effect == Effect::Blocks) {
            // Blocks on this date, or starts blocking later and never ends: no clear date either way.
            if (f.inEffectOn(date) || (f.from && *f.from > date)) {
                if (!f.clearsOn)
                    result.clearDate.reset();
                else if (result.clearDate && *f.clearsOn > *result.clearDate)
                    result.clearDate = f.clearsOn;
            }
        }
        if (!f.inEffectOn(date))
            continue;
        result.worst = std::max(result.worst, f.effect);
        result.blocked = result.blocked || f.effect == Effect::Blocks;
        result.findings.append(f);
    }
    return result;
}

} // namespace np
