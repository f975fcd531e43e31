#pragma once

#include "Catalogue.h"
#include "JsonReader.h"
#include "Patient.h"
#include "Screening.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace np {

// A screening's answers as recorded: {"CODE": false | {"since", "until", "areas", "note"}, ...,
// "other": {"KEY": "free text", ...}}. Each CODE is a contraindication code of the catalogue; false
// is a "no", an object (even {}) a "yes" with what is known of it. "other" holds what has no code
// yet, such as a new medication, as text.

// The findings the "yes" answers stand for, in the order given. Every problem (unknown code or
// area, a bad date, until before since, a value that is neither false nor an object) is added to
// `ctx` under `path` ("answers.isotretinoin.until").
[[nodiscard]] QList<Finding> answersToFindings(
    const Catalogue& catalogue, const QJsonObject& answers, JsonContext& ctx, const QString& path);

// The screening status: "clear" (nothing in effect), "advice", "review" or "blocked".
[[nodiscard]] QString screeningStatus(const ScreeningResult& result);
// True for the four codes screeningStatus() gives.
[[nodiscard]] bool isScreeningStatus(QStringView status);

// The engine's result for this patient and treatment on `date`, as stored with a screening:
// {"status", "modality", "areas", "date", "findings": [{"code", "effect", "message", "from",
// "clears_on"}], "clears_on"}. The top-level "clears_on" is the earliest day every blocking washout
// has passed (null while an ongoing finding blocks). The caller has checked every code.
[[nodiscard]] QJsonObject resultOf(
    const Catalogue& catalogue, const PatientProfile& patient, const Treatment& treatment, const QDate& date);

} // namespace np
