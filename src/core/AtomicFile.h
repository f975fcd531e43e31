#pragma once

#include <QByteArray>
#include <QString>

#include <expected>

namespace np {

// Writes `bytes` to `path` whole or not at all: into a temporary file beside it, then renamed over
// it (QSaveFile), so a reader never sees half a file and a failure leaves the old one as it was.
// The error is the reason (the file system's words), for the caller to put in its message.
[[nodiscard]] std::expected<void, QString> writeFileAtomically(const QString& path, const QByteArray& bytes);

} // namespace np
