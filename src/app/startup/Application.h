#pragma once

namespace np::app {

// The desktop app from start to end: QApplication, logging, translations, the catalogue, the
// database (asking when it is missing or cannot be opened), the main window and the daily backup.
// Returns the process exit code.
int runApplication(int argc, char* argv[]);

} // namespace np::app
