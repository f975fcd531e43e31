#include "PeerProcess.h"

#include <QFile>

#include <sys/stat.h>

namespace np::test {

Peer::Peer(const QString& program, const QStringList& arguments)
    : m_process(std::make_unique<QProcess>())
{
    m_process->setProgram(program);
    m_process->setArguments(arguments);
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process->start();
}

Peer::~Peer()
{
    if (m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(10'000);
    }
}

QString Peer::readLine(int timeoutMs)
{
    while (!m_process->canReadLine()) {
        if (m_process->state() == QProcess::NotRunning || !m_process->waitForReadyRead(timeoutMs))
            return m_process->canReadLine() ? QString::fromUtf8(m_process->readLine()).trimmed() : QString();
    }
    return QString::fromUtf8(m_process->readLine()).trimmed();
}

void Peer::send(const QString& command)
{
    m_process->write(command.toUtf8() + '\n');
    m_process->waitForBytesWritten(10'000);
}

QString Peer::ask(const QString& command)
{
    send(command);
    return readLine();
}

bool Peer::waitForExit(int timeoutMs)
{
    return m_process->state() == QProcess::NotRunning || m_process->waitForFinished(timeoutMs);
}

Finished runToEnd(const QString& program, const QStringList& arguments, const QByteArray& input)
{
    QProcess p;
    p.start(program, arguments);
    Finished f;
    if (!p.waitForStarted(30'000))
        return f;
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(120'000)) {
        p.kill();
        p.waitForFinished();
        return f;
    }
    f.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    f.out = p.readAllStandardOutput();
    f.err = p.readAllStandardError();
    return f;
}

Finished runCli(const QStringList& arguments, const QByteArray& input)
{
    return runToEnd(QStringLiteral(NEEDLEPOINT_CLI), arguments, input);
}

quint64 inodeOf(const QString& path)
{
    struct stat st { };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return 0;
    return static_cast<quint64>(st.st_ino);
}

} // namespace np::test
