#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace np::test {

// What one in-process needlepoint-cli run gave.
struct CliOutcome {
    int exitCode = -1;
    QByteArray out;
    QString err;
    [[nodiscard]] QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    [[nodiscard]] QJsonArray array() const { return QJsonDocument::fromJson(out).array(); }
};

// Runs needlepoint-cli with `args` (without the program name) and `input` on standard input.
CliOutcome runCli(const QStringList& args, const QByteArray& input = {});

} // namespace np::test
