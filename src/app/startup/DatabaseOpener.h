#pragma once

#include "storage/Database.h"

#include <QString>

#include <memory>

namespace np::app {

class DatabasePrompts;

// Opening the patient database the way the app does at start-up and from File > Open database…:
// a missing file is never created without asking; every failure is shown with the path and the
// reason, and the user picks another file or gives up. A damaged database can be restored from a
// backup there and then (the one it replaces is kept beside it).
class DatabaseOpener {
public:
    // `backupFolder`: where the backup file dialog starts.
    explicit DatabaseOpener(DatabasePrompts& prompts, QString backupFolder = {})
        : m_prompts(prompts)
        , m_backupFolder(std::move(backupFolder))
    { }

    // The database at `path` (or at the one the user chose instead), open; null when the user gave
    // up. The database's path() is the file that was opened.
    [[nodiscard]] std::unique_ptr<storage::Database> open(QString path);

private:
    DatabasePrompts& m_prompts;
    QString m_backupFolder;
};

} // namespace np::app
