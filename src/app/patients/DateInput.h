#pragma once

#include <QDate>
#include <QLocale>
#include <QString>

#include <expected>
#include <optional>

namespace np::app {

// A date typed into a field: year-month-day ("1985-03-02"), or day, month and year in the order
// of the user's locale ("02/03/1985" in Spain, "3/2/1985" in the United States), separated by
// '/', '.', '-' or spaces, with a four-digit year (a two-digit year is never guessed). An empty
// text is an invalid QDate. The error says what was wrong and how to write it.
[[nodiscard]] std::expected<QDate, QString> parseDateInput(const QString& text, const QLocale& locale = QLocale());

// The date a field holds: none when it is empty or not a date (parseDateInput says why).
[[nodiscard]] std::optional<QDate> dateInField(const QString& text, const QLocale& locale = QLocale());

// How a date is written in `locale`, as a hint for the field ("DD/MM/YYYY", "DD.MM.YYYY").
[[nodiscard]] QString dateInputHint(const QLocale& locale = QLocale());

// `date` as the field shows it: in numbers, in the locale's order, with its separator and a
// four-digit year ("02/03/1985"), which parseDateInput reads back; empty when invalid.
[[nodiscard]] QString formatDateInput(QDate date, const QLocale& locale = QLocale());

} // namespace np::app
