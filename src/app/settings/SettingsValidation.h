#pragma once

#include "print/PageSetup.h"

#include <QString>

namespace np::app {

// What the settings dialog edits.
struct SettingsValues {
    QString databasePath;
    QString backupFolder;
    int backupKeep = 0;
    QString templatesFolder {}; // empty: the built-in templates
    print::PaperSize paper = print::PaperSize::A4;
    print::CardFormat cards = print::CardFormat::Page;
    QString deskName {}; // empty: the login name
};

// What is wrong with `values`, naming the setting and the path; empty when they are fine. The
// backup folder is created when missing (a folder that cannot be created is refused); the database
// file itself need not exist yet (start-up offers to create it), but it must not be a folder. A
// templates folder, when given, must be an existing folder.
[[nodiscard]] QString validateSettings(const SettingsValues& values);

} // namespace np::app
