#include "Recalls.h"

#include "Screening.h"

namespace np {
namespace {

std::optional<QDate> ifInside(const QDate& day, const RecallWindow& window)
{
    return window.contains(day) ? std::optional<QDate>(day) : std::nullopt;
}

} // namespace

ReviewWindow resultsReviewWindow(const Catalogue& catalogue, const QDate& lastSession)
{
    return {lastSession.addMonths(catalogue.reviewFromMonths), lastSession.addMonths(catalogue.reviewToMonths)};
}

std::optional<QDate> resultsReviewDue(const Catalogue& catalogue, const QDate& lastSession, const RecallWindow& window)
{
    const ReviewWindow review = resultsReviewWindow(catalogue, lastSession);
    if (review.from <= window.last() && window.today <= review.to)
        return review.from;
    return std::nullopt;
}

QDate maintenanceDate(const Catalogue& catalogue, const QDate& lastSession)
{
    return lastSession.addMonths(catalogue.maintenanceMonths);
}

std::optional<QDate> maintenanceDue(const Catalogue& catalogue, const QDate& lastSession, const RecallWindow& window)
{
    return ifInside(maintenanceDate(catalogue, lastSession), window);
}

std::optional<QDate> washoutClearsWithin(const Catalogue& catalogue, const Finding& finding, const RecallWindow& window)
{
    const Contraindication* rule = catalogue.contraindication(finding.code);
    if (!rule)
        return std::nullopt;
    const std::optional<QDate> clears = findingClearsOn(*rule, finding);
    return clears ? ifInside(*clears, window) : std::nullopt;
}

} // namespace np
