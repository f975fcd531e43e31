#pragma once

#include <QString>

namespace np::app {

// Diagnostic logging: spdlog's default logger writes to `folder`/needlepoint.log, rotated over
// LogFiles files of LogFileBytes each, and Qt's own messages (qDebug, qWarning, …) are routed
// into it. Info level and above: file paths, counts and errors, never a patient's health details.
// Returns the log file's path, or an empty string when the folder cannot be written (the app then
// runs without a log file, logging to stderr).
inline constexpr int LogFiles = 5;
inline constexpr int LogFileBytes = 2 * 1024 * 1024;
QString setUpLogging(const QString& folder);

} // namespace np::app
