#include "ChangeWatcher.h"

#include "Workspace.h"

#include "storage/Database.h"

#include <spdlog/spdlog.h>

namespace np::app {

ChangeWatcher::ChangeWatcher(QObject* parent, std::chrono::milliseconds interval)
    : QObject(parent)
{
    m_timer.setInterval(interval);
    connect(&m_timer, &QTimer::timeout, this, &ChangeWatcher::check);
}

void ChangeWatcher::setWorkspace(const Workspace* workspace)
{
    m_workspace = workspace;
    m_version = -1;
    if (!workspace) {
        m_timer.stop();
        return;
    }
    check(); // the version now, to compare with
    m_timer.start();
}

void ChangeWatcher::check()
{
    if (!m_workspace)
        return;
    const auto version = m_workspace->database().dataVersion();
    if (!version) {
        // A locked or vanished file is reported by the next thing that reads it; keep watching.
        spdlog::debug("Change check failed: {}", version.error().message.toStdString());
        return;
    }
    const bool changed = m_version >= 0 && *version != m_version;
    m_version = *version;
    if (changed)
        emit changedElsewhere();
}

} // namespace np::app
