#pragma once

#include "Workspace.h"

#include "services/ServiceError.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>
#include <memory>

namespace np::app {

// Long use cases (exporting or importing every patient) run off the GUI thread: each on a thread of
// its own, with its own connection to the workspace's database (SQLite connections belong to the
// thread that opened them) and the workspace's catalogue, actor and clock. The outcome comes back
// on the GUI thread. Destroying the runner waits for the tasks still running: a file or a
// transaction is never cut off half-way.
class WorkspaceTasks : public QObject {
    Q_OBJECT
public:
    explicit WorkspaceTasks(QObject* parent = nullptr);
    ~WorkspaceTasks() override;

    // Runs `work` on its own thread against `workspace`'s database; `done` gets its outcome on the
    // GUI thread (not at all once `receiver` is gone).
    template <typename T>
    void run(const Workspace& workspace, QObject* receiver,
        std::function<services::Outcome<T>(const services::UseCaseContext&)> work,
        std::function<void(services::Outcome<T>)> done)
    {
        auto outcome = std::make_shared<std::optional<services::Outcome<T>>>();
        start(
            workspace, [work = std::move(work), outcome](const services::UseCaseContext& ctx) { *outcome = work(ctx); },
            [outcome](const services::ServiceError& error) { *outcome = std::unexpected(error); }, receiver,
            [done = std::move(done), outcome] {
                if (*outcome)
                    done(std::move(**outcome));
            });
    }

    // Waits for every task still running (before what they use goes away).
    void waitForAll();
    // Waits for the tasks still running that report to `receiver` (before it goes away).
    void waitFor(const QObject* receiver);

    // How many tasks are running.
    [[nodiscard]] int running() const { return m_running; }

private:
    void start(const Workspace& workspace, std::function<void(const services::UseCaseContext&)> work,
        std::function<void(const services::ServiceError&)> failed, QObject* receiver, std::function<void()> done);

    struct Task {
        QPointer<QThread> thread;
        const QObject* receiver = nullptr; // compared only, never used
    };
    QList<Task> m_tasks;
    int m_running = 0;
};

} // namespace np::app
