#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <optional>

namespace np {

// What a finding does to a plan or a session. Ordered by severity so that max() picks the worst.
enum class Effect { Advice = 0, Review = 1, Blocks = 2 };

enum class Severity { Mild = 0, Moderate = 1, Severe = 2 };
inline constexpr int SeverityCount = 3;

[[nodiscard]] QString effectCode(Effect e);
[[nodiscard]] std::optional<Effect> effectFromCode(QStringView code);

[[nodiscard]] QString severityCode(Severity s);
[[nodiscard]] std::optional<Severity> severityFromCode(QStringView code);

// Qt::DayOfWeek numbering (1 = Monday) <-> "monday".
[[nodiscard]] QString weekdayCode(int dayOfWeek);
[[nodiscard]] std::optional<int> weekdayFromCode(QStringView code);

} // namespace np
