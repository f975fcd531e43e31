#pragma once

#include <QDate>
#include <QList>

#include <algorithm>
#include <array>
#include <vector>

namespace np {

// The days a clinic does not treat: weekdays it is always closed and dated closures.
class ClinicCalendar {
public:
    void setClosedWeekday(int dayOfWeek, bool closed = true)
    {
        m_closedWeekday[static_cast<std::size_t>(dayOfWeek)] = closed;
    }
    void addClosure(const QDate& day);

    [[nodiscard]] bool isClosedWeekday(int dayOfWeek) const
    {
        return m_closedWeekday[static_cast<std::size_t>(dayOfWeek)];
    }
    [[nodiscard]] bool allWeekdaysClosed() const;
    [[nodiscard]] bool isClosed(const QDate& day) const
    {
        return m_closedWeekday[static_cast<std::size_t>(day.dayOfWeek())]
            || std::binary_search(m_closures.begin(), m_closures.end(), day.toJulianDay());
    }
    [[nodiscard]] QList<QDate> closures() const;

private:
    std::array<bool, 8> m_closedWeekday {}; // indexed by Qt::DayOfWeek (1 = Monday)
    std::vector<qint64> m_closures; // sorted Julian days
};

} // namespace np
