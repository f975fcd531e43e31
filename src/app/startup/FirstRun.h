#pragma once

#include <QDateTime>
#include <QString>

#include <expected>

namespace np {
class Catalogue;
}

namespace np::app {

class AppSettings;
class ClinicSetupWizard;

// How many invented patients the demo clinic gets: enough to fill a calendar, made in well under a second.
inline constexpr int DemoPatients = 200;

// Where the demo clinic's database lives: apart from the clinic's own (the app's data folder).
[[nodiscard]] QString demoDatabasePath();

// Does what the first run's wizard chose: a new clinic's database created with its set-up
// (services::createClinicDatabase), the demo made unless it is there, or an existing database
// chosen; the paper chosen is kept in the settings. The database file to open now, or, when it
// could not be made, why (in the user's words, naming the file).
[[nodiscard]] std::expected<QString, QString> carryOutFirstRun(
    const ClinicSetupWizard& wizard, const Catalogue& catalogue, AppSettings& settings, const QDateTime& now);

} // namespace np::app
