#include "ChangeHistory.h"

#include "Workspace.h"

#include <QAction>
#include <QUndoCommand>
#include <QUndoStack>

namespace np::app {

// One change of appointments: the records before and after it, and as they stand now (with the
// versions to put either side back at).
class AppointmentChangeCommand : public QUndoCommand {
public:
    AppointmentChangeCommand(ChangeHistory* history, const QString& text, services::AppointmentsState before,
        services::AppointmentsState after)
        : QUndoCommand(text)
        , m_history(history)
        , m_before(std::move(before))
        , m_after(after)
        , m_now(std::move(after))
    { }

    void undo() override { put(m_before, ChangeHistory::tr("Undone: %1.").arg(text())); }
    void redo() override
    {
        if (m_first) { // made already, when it was recorded
            m_first = false;
            return;
        }
        put(m_after, ChangeHistory::tr("Redone: %1.").arg(text()));
    }

private:
    void put(const services::AppointmentsState& to, const QString& done)
    {
        const Workspace* workspace = m_history->workspace();
        auto result = workspace
            ? services::restoreAppointments(workspace->context(), m_now, to)
            : std::unexpected(services::ServiceError::invalid(ChangeHistory::tr("no database is open")));
        if (!result) {
            setObsolete(true); // it cannot be taken any more: out of the history
            emit m_history->changed(ChangeHistory::tr("“%1” can no longer be taken back: %2. Nothing was changed.")
                                        .arg(text(), result.error().message));
            return;
        }
        m_now = std::move(*result);
        emit m_history->changed(done);
    }

    ChangeHistory* m_history;
    services::AppointmentsState m_before;
    services::AppointmentsState m_after;
    services::AppointmentsState m_now;
    bool m_first = true;
};

ChangeHistory::ChangeHistory(QObject* parent)
    : QObject(parent)
    , m_stack(new QUndoStack(this))
    , m_undo(m_stack->createUndoAction(this, tr("&Undo")))
    , m_redo(m_stack->createRedoAction(this, tr("&Redo")))
{
    m_undo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    m_redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    m_undo->setStatusTip(tr("Take back the last change to an appointment"));
    m_redo->setStatusTip(tr("Make the change taken back again"));
}

ChangeHistory::~ChangeHistory() = default;

void ChangeHistory::setWorkspace(const Workspace* workspace)
{
    m_workspace = workspace;
    m_stack->clear();
}

std::optional<services::AppointmentsState> ChangeHistory::before(const QList<qint64>& ids) const
{
    if (!m_workspace)
        return std::nullopt;
    auto state = services::appointmentsState(m_workspace->context(), ids);
    return state ? std::optional(std::move(*state)) : std::nullopt;
}

void ChangeHistory::recordBooking(const QString& text, const QList<qint64>& ids)
{
    if (!m_workspace || ids.isEmpty())
        return;
    auto after = services::appointmentsState(m_workspace->context(), ids);
    if (!after)
        return;
    auto before = services::unbooked(*after, ids, tr("Booking undone"));
    m_stack->push(new AppointmentChangeCommand(this, text, std::move(before), std::move(*after)));
}

void ChangeHistory::record(const QString& text, const std::optional<services::AppointmentsState>& before)
{
    if (!m_workspace || !before)
        return;
    QList<qint64> ids;
    for (const storage::AppointmentRecord& a : before->appointments)
        ids << a.id;
    auto after = services::appointmentsState(m_workspace->context(), ids);
    if (!after)
        return;
    m_stack->push(new AppointmentChangeCommand(this, text, *before, std::move(*after)));
}

} // namespace np::app
