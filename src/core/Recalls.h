#pragma once

#include "Catalogue.h"
#include "Patient.h"

#include <QDate>

#include <optional>

namespace np {

// When recalls fall due, from the catalogue's numbers (docs/cli.md, "recalls"). Pure date
// arithmetic: the database reads live in storage/RecallQueries.

// The days a recall list looks at: today up to `withinDays` after it, both included.
struct RecallWindow {
    QDate today;
    int withinDays = 30;

    [[nodiscard]] QDate last() const { return today.addDays(withinDays); }
    [[nodiscard]] bool contains(const QDate& day) const { return today <= day && day <= last(); }
};

// The results review after a series whose last session was on `lastSession`: from the
// catalogue's review_from months after it to its review_to months.
struct ReviewWindow {
    QDate from;
    QDate to;
};
[[nodiscard]] ReviewWindow resultsReviewWindow(const Catalogue& catalogue, const QDate& lastSession);
// The review's due date (its window's first day) when it is on the list: the window is open
// today or opens within the window.
[[nodiscard]] std::optional<QDate> resultsReviewDue(
    const Catalogue& catalogue, const QDate& lastSession, const RecallWindow& window);

// The maintenance session's date: the catalogue's maintenance months after the last session.
[[nodiscard]] QDate maintenanceDate(const Catalogue& catalogue, const QDate& lastSession);
// That date when it falls inside the window.
[[nodiscard]] std::optional<QDate> maintenanceDue(
    const Catalogue& catalogue, const QDate& lastSession, const RecallWindow& window);

// The day a current finding stops counting (findingClearsOn) when it falls inside the window;
// none for a code the catalogue does not know or a finding with no end.
[[nodiscard]] std::optional<QDate> washoutClearsWithin(
    const Catalogue& catalogue, const Finding& finding, const RecallWindow& window);

} // namespace np
