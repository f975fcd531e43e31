#pragma once

#include <QByteArray>
#include <QString>

#include <expected>

namespace np {

// The bytes of the file at `path`, when it opens and holds at most `maxBytes` (a set-up or
// catalogue file far larger than any real one is something else, never read into memory). The
// error is the reason, for the caller to put after the file's name ("cannot be read: %1").
[[nodiscard]] std::expected<QByteArray, QString> readFileBytes(const QString& path, qint64 maxBytes);

} // namespace np
