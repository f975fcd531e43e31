#include "PatientFile.h"

#include "ChartRepository.h"
#include "ClinicalRecordJson.h"
#include "ConsentRepository.h"
#include "DocumentLogRepository.h"
#include "FindingRepository.h"
#include "PatientRepository.h"
#include "RecordJson.h"
#include "ScreeningRepository.h"
#include "SeriesJson.h"
#include "SeriesRepository.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace np::storage {
namespace {

// Each record of `list` through `toJson`, as an array.
template <typename Record>
QJsonArray arrayOf(const QList<Record>& list, QJsonObject (*toJson)(const Record&))
{
    QJsonArray out;
    for (const Record& r : list)
        out.append(toJson(r));
    return out;
}

} // namespace

Result<QJsonObject> patientFileJson(Database& db, qint64 patientId)
{
    auto patient = PatientRepository(db).get(patientId);
    if (!patient)
        return std::unexpected(patient.error());
    QJsonObject out = patientToJson(*patient);
    const Catalogue none; // only stored codes are read back: no catalogue is needed to show them
    FindingRepository findings(db, none);
    // Each part in turn; the first that fails is the answer.
    std::optional<StorageError> failed;
    const auto add = [&](const QString& key, auto&& result, auto toJson) {
        if (failed)
            return;
        if (!result) {
            failed = result.error();
            return;
        }
        out.insert(key, arrayOf(*result, toJson));
    };
    add(u"findings"_s, findings.current(patientId), &findingToJson);
    add(u"finding_history"_s, findings.allRevisions(patientId), &findingToJson);
    add(u"screenings"_s, ScreeningRepository(db, none).forPatient(patientId), &screeningToJson);
    add(u"series"_s, SeriesRepository(db, none).forPatient(patientId), &seriesToJson);
    add(u"charts"_s, ChartRepository(db, none).forPatient(patientId), &chartToJson);
    add(u"consents"_s, ConsentRepository(db, none).forPatient(patientId), &consentToJson);
    add(u"documents"_s, DocumentLogRepository(db).forPatient(patientId), &documentGivenToJson);
    if (failed)
        return std::unexpected(*failed);
    return out;
}

} // namespace np::storage
