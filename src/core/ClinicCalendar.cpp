#include "ClinicCalendar.h"

namespace np {

void ClinicCalendar::addClosure(const QDate& day)
{
    const qint64 jd = day.toJulianDay();
    const auto it = std::lower_bound(m_closures.begin(), m_closures.end(), jd);
    if (it == m_closures.end() || *it != jd)
        m_closures.insert(it, jd);
}

bool ClinicCalendar::allWeekdaysClosed() const
{
    return std::all_of(m_closedWeekday.begin() + 1, m_closedWeekday.end(), [](bool closed) { return closed; });
}

QList<QDate> ClinicCalendar::closures() const
{
    QList<QDate> out;
    out.reserve(static_cast<qsizetype>(m_closures.size()));
    for (const qint64 jd : m_closures)
        out.append(QDate::fromJulianDay(jd));
    return out;
}

} // namespace np
