#include "WorkspaceTasks.h"

#include "storage/Database.h"

namespace np::app {

WorkspaceTasks::WorkspaceTasks(QObject* parent)
    : QObject(parent)
{ }

WorkspaceTasks::~WorkspaceTasks()
{
    waitForAll();
}

void WorkspaceTasks::waitForAll()
{
    for (const Task& task : m_tasks)
        if (task.thread)
            task.thread->wait();
}

void WorkspaceTasks::waitFor(const QObject* receiver)
{
    for (const Task& task : m_tasks)
        if (task.thread && task.receiver == receiver)
            task.thread->wait();
}

void WorkspaceTasks::start(const Workspace& workspace, std::function<void(const services::UseCaseContext&)> work,
    std::function<void(const services::ServiceError&)> failed, QObject* receiver, std::function<void()> done)
{
    // What the thread needs, copied: the workspace may be replaced while it runs.
    const QString path = workspace.database().path();
    const Catalogue* catalogue = &workspace.catalogue();
    const services::Actor actor {workspace.actor()};
    const QDate today = workspace.today();
    const Workspace::Now now = workspace.now();
    QThread* thread = QThread::create([=, work = std::move(work), failed = std::move(failed)] {
        auto db = storage::Database::open(path);
        if (!db) {
            failed(services::ServiceError::fromStorage(db.error()));
            return;
        }
        const services::UseCaseContext ctx {**db, *catalogue, actor, today, [now] { return now().toUTC(); }};
        work(ctx);
    });
    ++m_running;
    m_tasks.removeIf([](const Task& task) { return !task.thread; });
    m_tasks.append({thread, receiver});
    connect(thread, &QThread::finished, this, [this] { --m_running; });
    // Delivered only while the receiver lives; the thread object goes once it has finished.
    connect(thread, &QThread::finished, receiver, std::move(done));
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

} // namespace np::app
