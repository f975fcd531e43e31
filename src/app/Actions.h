#pragma once

#include <QAction>
#include <QKeySequence>
#include <QString>

namespace np::app {

// An action of `parent` with its menu text, shortcut (none when empty) and status-bar tip: how
// every menu entry of the app is made.
[[nodiscard]] inline QAction* makeAction(
    QObject* parent, const QString& text, const QKeySequence& shortcut, const QString& statusTip)
{
    auto* action = new QAction(text, parent);
    action->setShortcut(shortcut);
    action->setStatusTip(statusTip);
    return action;
}

} // namespace np::app
