#pragma once

#include "CommandContext.h"

#include "storage/ClinicRepository.h"

#include <expected>

namespace np::cli {

// The clinic set-up from the database, for the scheduling commands. On failure the problem is
// printed and the exit code returned: 5 when there is no set-up yet (with how to load one).
[[nodiscard]] std::expected<storage::StoredClinic, int> storedClinic(CommandContext& ctx);

} // namespace np::cli
