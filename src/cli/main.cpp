#include "Cli.h"

#include "core/SystemTimeZone.h"

#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {

// Printing lays text out with the platform's fonts, which needs a QGuiApplication; the other
// commands start faster without one. The CLI never shows a window: "offscreen" works over ssh
// and from cron, with or without a display.
std::unique_ptr<QCoreApplication> application(int& argc, char* argv[])
{
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], "print") == 0) {
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            return std::make_unique<QGuiApplication>(argc, argv);
        }
    return std::make_unique<QCoreApplication>(argc, argv);
}

} // namespace

int main(int argc, char* argv[])
{
    np::readSystemTimeZoneOnce(); // before Qt starts any thread
    const auto app = application(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Needlepoint"));
    QCoreApplication::setApplicationName(QStringLiteral("Needlepoint"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NEEDLEPOINT_VERSION));

    QFile in;
    QFile out;
    QFile err;
    in.open(stdin, QIODevice::ReadOnly);
    out.open(stdout, QIODevice::WriteOnly);
    err.open(stderr, QIODevice::WriteOnly);
    return np::cli::run(QCoreApplication::arguments(), {in, out, err});
}
