#pragma once

#include <QDateTime>
#include <QString>

#include <functional>

namespace np::storage {

// Where repositories get "now" from: the system clock, or a pinned one in tests.
using Clock = std::function<QDateTime()>;

inline QDateTime systemUtcNow()
{
    return QDateTime::currentDateTimeUtc();
}

// Times are stored as ISO UTC text with milliseconds: "2026-03-01T09:30:00.000Z". Both directions
// are hand-written: an import formats and an export parses them for every row.
[[nodiscard]] QString isoUtc(const QDateTime& time);
// Reads what isoUtc() writes (and, more slowly, any other ISO form); invalid when unreadable.
[[nodiscard]] QDateTime fromIsoUtc(const QString& text);
// "2026-12-01T10:30", a wall-clock time as appointments store it, read as
// QDateTime::fromString(text, "yyyy-MM-ddTHH:mm") does, without parsing the format each time.
[[nodiscard]] QDateTime fromLocalMinuteText(const QString& text);

} // namespace np::storage
