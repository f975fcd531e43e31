#include "Cli.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
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
