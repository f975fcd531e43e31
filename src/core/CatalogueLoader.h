#pragma once

#include "Catalogue.h"
#include "Problem.h"

#include <QByteArray>
#include <QString>

#include <expected>

namespace np {

// Reads a protocol catalogue. The whole file is checked and every problem reported (file, JSON
// path, what is wrong); a catalogue with any problem is refused whole, never half-used.
[[nodiscard]] std::expected<Catalogue, Problems> parseCatalogue(const QByteArray& json, const QString& fileName);
[[nodiscard]] std::expected<Catalogue, Problems> loadCatalogueFile(const QString& path);

// The catalogue compiled into Needlepoint (resources/protocols/microneedling.json).
[[nodiscard]] QString builtInCataloguePath();
[[nodiscard]] std::expected<Catalogue, Problems> loadBuiltInCatalogue();

} // namespace np
