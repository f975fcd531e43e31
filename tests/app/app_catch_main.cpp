// The app tests' main: a QApplication (widgets need one), offscreen unless told otherwise, then
// the Catch2 runner (compiled once, in the support library). Defined here, so the shared support
// library's main is never linked in.
#include "CatchRunner.h"

#include <QApplication>

#include <spdlog/spdlog.h>

int main(int argc, char* argv[])
{
    // CTest sets this; test discovery at build time runs the program without it.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    spdlog::set_level(spdlog::level::warn);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Needlepoint tests"));
    QApplication::setApplicationName(QStringLiteral("app_tests"));
    return runCatchSession(argc, argv);
}
