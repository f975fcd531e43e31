// The print tests' main: a QGuiApplication (QTextDocument's fonts need one), offscreen unless told
// otherwise, and the Catch2 runner. Defined here, so the shared support library's main is never
// linked in.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QGuiApplication>

int main(int argc, char* argv[])
{
    // CTest sets this; test discovery at build time runs the program without it.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
