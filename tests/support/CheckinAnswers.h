#pragma once

#include "TestSupport.h"

#include "core/Catalogue.h"

#include <QJsonObject>

// Pre-session screen answers as the check-in reads them ({"answers": ..., "other": ...}), for
// the check-in tests of the CLI and of the use cases.
namespace np::test {

// A "no" to every item of the built-in pre-session screen, and no new medication.
inline QJsonObject allClear()
{
    QJsonObject answers;
    for (const QString& code : builtInCatalogue().preSessionScreen.contraindications)
        answers.insert(code, false);
    return {{QStringLiteral("answers"), answers},
        {QStringLiteral("other"), QJsonObject {{QStringLiteral("new_medication"), QString()}}}};
}

// `input` with `answer` given to the item `code`.
inline QJsonObject withAnswer(QJsonObject input, const QString& code, const QJsonValue& answer)
{
    QJsonObject answers = input.value(QStringLiteral("answers")).toObject();
    answers.insert(code, answer);
    input.insert(QStringLiteral("answers"), answers);
    return input;
}

} // namespace np::test
