// The print tests' main: a QGuiApplication (QTextDocument's fonts need one), offscreen unless told
// otherwise, then the Catch2 runner (compiled once, in the support library). Defined here, so the
// shared support library's main is never linked in.
#include "CatchRunner.h"

#include <QGuiApplication>

int main(int argc, char* argv[])
{
    // CTest sets this; test discovery at build time runs the program without it.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    return runCatchSession(argc, argv);
}
