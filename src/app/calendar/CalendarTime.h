#pragma once

#include <QTime>

namespace np::app {

// The calendar's times of day as minutes since midnight, and back.
[[nodiscard]] inline int minuteOfDay(const QTime& t)
{
    return t.hour() * 60 + t.minute();
}

[[nodiscard]] inline QTime timeOfMinute(int minute)
{
    return QTime(minute / 60 % 24, minute % 60);
}

} // namespace np::app
