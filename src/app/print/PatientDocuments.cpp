#include "PatientDocuments.h"

#include "core/Catalogue.h"
#include "services/DocumentService.h"

#include <QCoreApplication>
#include <QLocale>

namespace np::app {

namespace {

// "Acne scars, Automated microneedling pen, from 1 Dec 2026 (active)": in the app's language
// where it has the words, the catalogue's names for the treatment.
QString seriesLabel(const Catalogue& catalogue, const storage::SeriesRecord& s)
{
    const Indication* indication = catalogue.indication(s.indication);
    const Modality* modality = catalogue.modality(s.modality);
    const QDate from = s.sessions.isEmpty() ? QDate() : s.sessions.first().plannedDate;
    return QCoreApplication::translate("PatientDocuments", "%1, %2, from %3 (%4)")
        .arg(indication ? indication->name : s.indication, modality ? modality->name : s.modality,
            QLocale().toString(from, QLocale::ShortFormat),
            s.status == u"active" ? QCoreApplication::translate("PatientDocuments", "under way")
                                  : QCoreApplication::translate("PatientDocuments", "planned"));
}

QList<SeriesChoice> choices(const Catalogue& catalogue, const QList<storage::SeriesRecord>& series)
{
    QList<SeriesChoice> out;
    for (const storage::SeriesRecord& s : series)
        out.append({s.id, seriesLabel(catalogue, s)});
    return out;
}

} // namespace

services::Outcome<PatientDocuments> findPatientDocuments(
    const services::UseCaseContext& ctx, qint64 patientId, const QDateTime& now)
{
    auto subjects = services::documentSubjects(ctx, patientId, now);
    if (!subjects)
        return std::unexpected(subjects.error());
    return PatientDocuments {subjects->lastVisit, subjects->nextBooked, subjects->cardSeries,
        choices(ctx.catalogue, subjects->cardChoices), subjects->consentSeries,
        choices(ctx.catalogue, subjects->consentChoices)};
}

} // namespace np::app
