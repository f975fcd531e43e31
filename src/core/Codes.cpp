#include "Codes.h"

using namespace Qt::StringLiterals;

namespace np {
namespace {

template <std::size_t N>
int indexOf(const std::array<QStringView, N>& names, QStringView code)
{
    for (std::size_t i = 0; i < N; ++i)
        if (names[i] == code)
            return static_cast<int>(i);
    return -1;
}

constexpr std::array<QStringView, 3> EffectCodes {u"advice", u"review", u"blocks"};
constexpr std::array<QStringView, 3> SeverityCodes {u"mild", u"moderate", u"severe"};
constexpr std::array<QStringView, 7> WeekdayCodes {
    u"monday", u"tuesday", u"wednesday", u"thursday", u"friday", u"saturday", u"sunday"};

} // namespace

QString effectCode(Effect e)
{
    return EffectCodes[static_cast<std::size_t>(e)].toString();
}

std::optional<Effect> effectFromCode(QStringView code)
{
    const int i = indexOf(EffectCodes, code);
    return i < 0 ? std::nullopt : std::optional(static_cast<Effect>(i));
}

QString severityCode(Severity s)
{
    return SeverityCodes[static_cast<std::size_t>(s)].toString();
}

std::optional<Severity> severityFromCode(QStringView code)
{
    const int i = indexOf(SeverityCodes, code);
    return i < 0 ? std::nullopt : std::optional(static_cast<Severity>(i));
}

QString weekdayCode(int dayOfWeek)
{
    if (dayOfWeek < 1 || dayOfWeek > 7)
        return {};
    return WeekdayCodes[static_cast<std::size_t>(dayOfWeek - 1)].toString();
}

std::optional<int> weekdayFromCode(QStringView code)
{
    const int i = indexOf(WeekdayCodes, code);
    return i < 0 ? std::nullopt : std::optional(i + 1);
}

} // namespace np
