#pragma once

#include "storage/Database.h"

#include <QString>

#include <memory>

namespace np::app {

class DatabasePrompts;

// Opening the patient database the way the app does at start-up and from File > Open database…:
// a missing file is never created without asking; every failure is shown with the path and the
// reason, and the user picks another file or gives up.
class DatabaseOpener {
public:
    explicit DatabaseOpener(DatabasePrompts& prompts)
        : m_prompts(prompts)
    { }

    // The database at `path` (or at the one the user chose instead), open; null when the user gave
    // up. The database's path() is the file that was opened.
    [[nodiscard]] std::unique_ptr<storage::Database> open(QString path);

private:
    DatabasePrompts& m_prompts;
};

} // namespace np::app
