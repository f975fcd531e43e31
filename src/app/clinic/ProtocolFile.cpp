#include "ProtocolFile.h"

#include "core/CatalogueLoader.h"
#include "core/FileBytes.h"
#include "core/JsonLines.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace np::app {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ProtocolFile)
};

// Larger than any protocol catalogue: a file this big is something else.
constexpr qint64 MaxCatalogueBytes = 8 * 1024 * 1024;

} // namespace

std::expected<std::unique_ptr<const Catalogue>, QString> readProtocolFile(const QString& path)
{
    const QString name = QDir::toNativeSeparators(path);
    const auto bytes = readFileBytes(path, MaxCatalogueBytes);
    if (!bytes)
        return std::unexpected(Tr::tr("%1 cannot be read: %2").arg(name, bytes.error()));
    auto catalogue = parseCatalogue(*bytes, QFileInfo(path).fileName());
    if (!catalogue)
        return std::unexpected(Tr::tr("%1 has %n problem(s); Needlepoint goes on with the catalogue it uses now. "
                                      "Correct the file and choose it again:\n%2",
            "", int(catalogue.error().size()))
                                   .arg(name, joinProblems(withJsonLines(catalogue.error(), *bytes))));
    return std::make_unique<const Catalogue>(std::move(*catalogue));
}

} // namespace np::app
