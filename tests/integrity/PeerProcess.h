#pragma once

// Drives the helper processes of the integrity tests: a peer that answers one line per command
// (AppPeer), a program run to its end (needlepoint-cli), and a process killed at a chosen moment.

#include <QProcess>
#include <QString>
#include <QStringList>

#include <memory>

namespace np::test {

// A line-per-command child process. Every wait is bounded (a hung peer fails the test, never
// hangs it).
class Peer {
public:
    Peer(const QString& program, const QStringList& arguments);
    ~Peer();

    // The next line the peer prints; empty when it printed none within `timeoutMs` or exited.
    QString readLine(int timeoutMs = 120'000);
    // Sends `command`; does not wait for the answer.
    void send(const QString& command);
    // send() then readLine().
    QString ask(const QString& command);
    bool waitForExit(int timeoutMs = 120'000);
    [[nodiscard]] QProcess& process() { return *m_process; }

private:
    std::unique_ptr<QProcess> m_process;
};

struct Finished {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs `program` to its end (at most two minutes) with `input` on stdin.
Finished runToEnd(const QString& program, const QStringList& arguments, const QByteArray& input = {});

// needlepoint-cli, the real program, with `arguments`.
Finished runCli(const QStringList& arguments, const QByteArray& input = {});

// The file's inode; 0 when it does not exist.
quint64 inodeOf(const QString& path);

} // namespace np::test
