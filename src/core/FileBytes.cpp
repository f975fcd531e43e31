#include "FileBytes.h"

#include <QCoreApplication>
#include <QFile>

namespace np {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(FileBytes)
};
} // namespace

std::expected<QByteArray, QString> readFileBytes(const QString& path, qint64 maxBytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(file.errorString());
    if (file.size() > maxBytes)
        return std::unexpected(
            Tr::tr("it is larger than %n kB, too large for this kind of file", "", static_cast<int>(maxBytes / 1024)));
    QByteArray bytes = file.readAll();
    if (bytes.size() != file.size())
        return std::unexpected(file.errorString());
    return bytes;
}

} // namespace np
