#include "AtomicFile.h"

#include <QSaveFile>

namespace np {

std::expected<void, QString> writeFileAtomically(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return {};
    return std::unexpected(file.errorString());
}

} // namespace np
