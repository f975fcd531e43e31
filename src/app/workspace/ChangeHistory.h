#pragma once

#include "services/ChangeUndo.h"

#include <QObject>
#include <QString>

#include <optional>

class QAction;
class QUndoStack;

namespace np::app {

class Workspace;

// Edit > Undo and Redo over the changes made in this window to appointments (moves, the later
// sessions shifted with one, cancellations, no-shows, check-ins, completions with their charts,
// bookings): each change is one step, kept as the records
// it touched before and after it (services::AppointmentsState), and undone or redone in the
// database through services::restoreAppointments. A step that can no longer be taken back (someone
// changed one of its records since, or took its time) says so, changes nothing and leaves the
// history. The history belongs to the database open: another one starts it afresh.
class ChangeHistory : public QObject {
    Q_OBJECT
public:
    explicit ChangeHistory(QObject* parent = nullptr);
    ~ChangeHistory() override;

    void setWorkspace(const Workspace* workspace);
    [[nodiscard]] QUndoStack* stack() const { return m_stack; }

    // The records a change of appointments `ids` may touch, read before it is made (none: no
    // history is kept for it).
    [[nodiscard]] std::optional<services::AppointmentsState> before(const QList<qint64>& ids) const;
    // The change just made, from `before`, kept as one step named `text` ("Move Pérez's appointment").
    void record(const QString& text, const std::optional<services::AppointmentsState>& before);
    // A booking just made (appointments `ids`, a whole series' or one), kept as one step: undone,
    // its appointments are cancelled ("Booking undone") and a series' sessions planned again.
    void recordBooking(const QString& text, const QList<qint64>& ids);

    // Ctrl+Z and Ctrl+Shift+Z (or Ctrl+Y), named for the step they take.
    [[nodiscard]] QAction* undoAction() const { return m_undo; }
    [[nodiscard]] QAction* redoAction() const { return m_redo; }

signals:
    // A step was undone or redone, or could not be: what the status bar says; the pages read again.
    void changed(const QString& message);

private:
    friend class AppointmentChangeCommand;
    [[nodiscard]] const Workspace* workspace() const { return m_workspace; }

    QUndoStack* m_stack;
    QAction* m_undo;
    QAction* m_redo;
    const Workspace* m_workspace = nullptr;
};

} // namespace np::app
