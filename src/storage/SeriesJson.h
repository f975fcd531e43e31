#pragma once

#include "ChartRepository.h"
#include "SeriesRepository.h"

#include <QJsonObject>
#include <QMap>
#include <QString>

namespace np::storage {

// Series, planned sessions and session charts as JSON keyed by column name: the audit log's
// before/after (text) and what needlepoint-cli prints (objects parsed from the same text).

// The series row alone; its sessions are audited as their own rows.
[[nodiscard]] QString seriesJsonText(const SeriesRecord& series);
// The series with its sessions under "sessions".
[[nodiscard]] QJsonObject seriesToJson(const SeriesRecord& series);
[[nodiscard]] QString plannedSessionJsonText(const PlannedSessionRecord& session);
[[nodiscard]] QJsonObject plannedSessionToJson(const PlannedSessionRecord& session);
[[nodiscard]] QString chartJsonText(const ChartRecord& chart);
[[nodiscard]] QJsonObject chartToJson(const ChartRecord& chart);

// The depths and products columns: {"cheeks":1.5} and [{"name":"...","lot":"..."}]. Reading also
// takes the demo data's products, a list of names.
[[nodiscard]] QString depthsColumn(const QMap<QString, double>& depths);
[[nodiscard]] QMap<QString, double> readDepthsColumn(const QString& text);
[[nodiscard]] QString productsColumn(const QList<ChartProduct>& products);
[[nodiscard]] QList<ChartProduct> readProductsColumn(const QString& text);

} // namespace np::storage
