#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>

namespace np::app {

class Workspace;

// Notices changes that another connection made to the open database: another window, another
// workstation on the same file, or needlepoint-cli. Every `interval` (1 s unless told otherwise) it
// asks SQLite's PRAGMA data_version, which moves only when someone else has committed, and emits
// changedElsewhere() when it has moved, so the pages read again within two seconds without a
// restart. The window's own writes never trigger it.
class ChangeWatcher : public QObject {
    Q_OBJECT
public:
    explicit ChangeWatcher(QObject* parent = nullptr, std::chrono::milliseconds interval = std::chrono::seconds(1));

    // Watches `workspace` (none: stops).
    void setWorkspace(const Workspace* workspace);
    // Asks now (the timer does it every interval).
    void check();

signals:
    void changedElsewhere();

private:
    const Workspace* m_workspace = nullptr;
    qint64 m_version = -1;
    QTimer m_timer;
};

} // namespace np::app
