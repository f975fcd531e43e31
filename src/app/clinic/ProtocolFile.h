#pragma once

#include "core/Catalogue.h"

#include <QString>

#include <expected>
#include <memory>

namespace np::app {

// The clinic's own protocol catalogue (docs/protocol-format.md) read from `path` and checked whole,
// as `needlepoint-cli protocols --check` does; or why not, in the user's words, every problem with
// its file, line and JSON path.
[[nodiscard]] std::expected<std::unique_ptr<const Catalogue>, QString> readProtocolFile(const QString& path);

} // namespace np::app
