#pragma once

#include "storage/StorageError.h"

#include <QString>

namespace np::app {

// A database error as the app says it: the message, and the way on inside the app where there is
// one (never a command to run).
[[nodiscard]] QString storageErrorText(const storage::StorageError& error);

} // namespace np::app
