#include "CliTestSupport.h"

#include "cli/Cli.h"

#include <QBuffer>

namespace np::test {

CliOutcome runCli(const QStringList& args, const QByteArray& input)
{
    QBuffer in;
    in.setData(input);
    QBuffer out;
    QBuffer err;
    in.open(QIODevice::ReadOnly);
    out.open(QIODevice::WriteOnly);
    err.open(QIODevice::WriteOnly);
    const int code = np::cli::run(QStringList {QStringLiteral("needlepoint-cli")} + args, {in, out, err});
    return {code, out.data(), QString::fromUtf8(err.data())};
}

} // namespace np::test
