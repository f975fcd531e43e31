#pragma once

#include "Catalogue.h"
#include "Patient.h"

#include <QDate>
#include <QList>

#include <optional>

namespace np {

// One rule that applies to this patient and treatment, with the span of days it is in effect:
// from `from` (none: since always) up to the day before `clearsOn` (none: ongoing).
struct ApplicableFinding {
    QString code;
    Effect effect = Effect::Advice;
    QString message;
    std::optional<QDate> from;
    std::optional<QDate> clearsOn;

    [[nodiscard]] bool inEffectOn(const QDate& day) const
    {
        return (!from || *from <= day) && (!clearsOn || day < *clearsOn);
    }
    [[nodiscard]] bool inEffectDuring(const QDate& first, const QDate& last) const
    {
        return (!from || *from <= last) && (!clearsOn || first < *clearsOn);
    }
};

// Everything in the catalogue that bears on this patient and treatment, in catalogue order:
// contraindications from the findings, age rules, skin-type notices, indication notices.
// Area-scoped findings count only when they touch a treated area (a finding with no areas is
// taken to touch them). The caller has checked every code against the catalogue.
[[nodiscard]] QList<ApplicableFinding> applicableFindings(
    const Catalogue& catalogue, const PatientProfile& patient, const Treatment& treatment);

// The day a finding stops counting: its end (or, for a one-off event, its date) plus the washout.
[[nodiscard]] std::optional<QDate> findingClearsOn(const Contraindication& rule, const Finding& finding);

// The first day on which someone born on `birth` is `years` old. Someone born on 29 February
// comes of age on 1 March in common years.
[[nodiscard]] QDate dateOfAge(const QDate& birth, int years);

struct ScreeningResult {
    Effect worst = Effect::Advice;
    bool blocked = false; // a blocking finding is in effect on the date
    QList<ApplicableFinding> findings; // those in effect on the date
    std::optional<QDate> clearDate; // earliest day every blocking washout has passed;
                                    // none while an ongoing finding blocks
};

// Each finding's effect on one date, and the earliest date on which every washout has passed.
[[nodiscard]] ScreeningResult screen(
    const Catalogue& catalogue, const PatientProfile& patient, const Treatment& treatment, const QDate& date);

} // namespace np
