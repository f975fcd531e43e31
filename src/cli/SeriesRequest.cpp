// series create and series book: the plan request of a new series from the database.
#include "SeriesRequest.h"

#include "SubCommands.h"

#include "core/JsonReader.h"
#include "core/PlanJson.h"
#include "storage/FindingRepository.h"
#include "storage/PatientRepository.h"
#include "storage/SeriesRepository.h"

#include <QCoreApplication>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace np::cli {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(SeriesCommands)
};

// The patient's sessions in their other series that still stand (not cancelled or missed), as the
// planner's existing sessions: a new series keeps its distance from them where areas are shared.
// Codes this catalogue does not know are left out (the planner would refuse them).
QList<ExistingSession> existingSessions(const Catalogue& catalogue, const QList<storage::SeriesRecord>& all)
{
    QList<ExistingSession> out;
    for (const storage::SeriesRecord& series : all) {
        if (series.status == u"cancelled"_s || !catalogue.modality(series.modality))
            continue;
        QStringList areas;
        for (const QString& a : series.areas)
            if (catalogue.areaIndex(a) >= 0)
                areas << a;
        for (const storage::PlannedSessionRecord& s : series.sessions)
            if (s.status != u"cancelled"_s && s.status != u"missed"_s && !areas.isEmpty())
                out.append({s.plannedDate, series.modality, areas});
    }
    return out;
}

} // namespace

std::expected<PlanRequest, int> seriesPlanRequest(CommandContext& ctx, const Catalogue& catalogue, qint64 patientId,
    QJsonObject root, const QString& file, std::optional<qint64> ownSeries)
{
    storage::Database* db = ctx.database();
    if (!db)
        return std::unexpected(DatabaseProblem);
    auto patient = storage::PatientRepository(*db).get(patientId);
    if (!patient)
        return std::unexpected(ctx.fail(patient.error()));
    if (patient->archived) {
        ctx.printError(Tr::tr("patient %1 is archived: unarchive them before planning a series").arg(patientId));
        return std::unexpected(BadInput);
    }
    auto findings = storage::FindingRepository(*db, catalogue).currentFindings(patientId);
    if (!findings)
        return std::unexpected(ctx.fail(findings.error()));
    auto others = storage::SeriesRepository(*db, catalogue).forPatient(patientId);
    if (!others)
        return std::unexpected(ctx.fail(others.error()));
    if (ownSeries)
        others->removeIf([&](const storage::SeriesRecord& s) { return s.id == *ownSeries; });
    if (root.contains(u"patient"_s)) {
        ctx.printProblems({{file, u"patient"_s, Tr::tr("comes from the database: leave it out of a series request")}});
        return std::unexpected(BadInput);
    }
    root.insert(u"patient"_s, QJsonObject {{u"birth_date"_s, isoDate(patient->birthDate)}});
    auto request = parsePlanRequest(QJsonDocument(root).toJson(QJsonDocument::Compact), file);
    if (!request) {
        ctx.printProblems(request.error());
        return std::unexpected(BadInput);
    }
    request->patient.fitzpatrick = patient->fitzpatrick;
    request->patient.findings = *findings;
    request->existingSessions.append(existingSessions(catalogue, *others));
    return *request;
}

} // namespace np::cli
