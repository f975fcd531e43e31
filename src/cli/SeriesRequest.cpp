// series create and series book: the plan request of a new series from the database.
#include "SeriesRequest.h"

#include "SubCommands.h"

#include "core/JsonReader.h"
#include "core/PlanJson.h"
#include "services/PatientService.h"

#include <QCoreApplication>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace np::cli {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(SeriesCommands)
};

} // namespace

std::expected<PlanRequest, int> parseSeriesRequest(
    CommandContext& ctx, qint64 patientId, QJsonObject root, const QString& file)
{
    const auto useCases = ctx.useCases();
    if (!useCases)
        return std::unexpected(useCases.error());
    // The patient must exist before the request itself is judged.
    if (auto patient = services::patient(*useCases, patientId); !patient)
        return std::unexpected(ctx.fail(patient.error()));
    if (root.contains(u"patient"_s)) {
        ctx.printProblems({{file, u"patient"_s, Tr::tr("comes from the database: leave it out of a series request")}});
        return std::unexpected(BadInput);
    }
    // The patient's data comes from the database (services::planRequestFor); a placeholder birth
    // date lets the request's own fields be read first.
    root.insert(u"patient"_s, QJsonObject {{u"birth_date"_s, u"2000-01-01"_s}});
    auto request = parsePlanRequest(QJsonDocument(root).toJson(QJsonDocument::Compact), file);
    if (!request) {
        ctx.printProblems(request.error());
        return std::unexpected(BadInput);
    }
    return std::move(*request);
}

} // namespace np::cli
