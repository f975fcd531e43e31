#pragma once

#include <QDate>
#include <QString>
#include <QTime>
#include <QVariant>

#include <optional>

namespace np::app {

// How patients' details read on screen.

// "García, José Luis"; either part alone when the other is empty.
[[nodiscard]] QString patientDisplayName(const QString& familyName, const QString& givenNames);
// A date in the user's locale with a four-digit year ("02/03/1985", "3/2/1985"); empty when invalid.
[[nodiscard]] QString displayDate(QDate date);
// How a row that no longer counts reads in a list (archived, retracted, withdrawn, over): grey
// italics for Qt::FontRole and Qt::ForegroundRole; nothing for another role or a row that counts.
[[nodiscard]] QVariant mutedRowStyle(bool muted, int role);
// A time of day in the user's locale, without seconds ("10:30", "10:30 AM").
[[nodiscard]] QString displayTime(QTime time);
// Whole years from `birth` to `today` (a 29 February birthday counts on 1 March); nullopt when
// either date is invalid or `today` is before `birth`.
[[nodiscard]] std::optional<int> ageOn(QDate birth, QDate today);
// "Type III" for Fitzpatrick 3.
[[nodiscard]] QString fitzpatrickText(int type);
// "Post-care sheet" for the document kind "post_care" (storage::documentKindCodes()); the code
// itself for one unknown.
[[nodiscard]] QString documentKindText(const QString& code);

} // namespace np::app
