#pragma once

#include <QString>

namespace np::app {

// What the settings dialog edits.
struct SettingsValues {
    QString databasePath;
    QString backupFolder;
    int backupKeep = 0;
};

// What is wrong with `values`, naming the setting and the path; empty when they are fine. The
// backup folder is created when missing (a folder that cannot be created is refused); the database
// file itself need not exist yet (start-up offers to create it), but it must not be a folder.
[[nodiscard]] QString validateSettings(const SettingsValues& values);

} // namespace np::app
