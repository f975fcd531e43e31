#pragma once

// What a screen reader (or a desktop test robot over AT-SPI) meets on a window: through Qt's
// accessibility interface, each control the keyboard reaches must say what it is (a name) and be a
// control (a role), and Tab must reach every one of them in reading order.

#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAccessibleInterface>
#include <QComboBox>
#include <QList>
#include <QStringList>
#include <QWidget>

namespace np::test {

// The controls of `root` Tab can stop on now: shown, enabled, taking focus by Tab (a spin box's
// own line edit and an editable combo box's are the box itself).
inline QList<QWidget*> tabStops(const QWidget& root)
{
    QList<QWidget*> stops;
    for (QWidget* w : root.findChildren<QWidget*>()) {
        if (!w->isVisibleTo(&root) || !w->isEnabled() || !(w->focusPolicy() & Qt::TabFocus))
            continue;
        if (qobject_cast<QAbstractSpinBox*>(w->parentWidget()) || qobject_cast<QComboBox*>(w->parentWidget()))
            continue;
        if (w->focusProxy())
            continue;
        stops << w;
    }
    return stops;
}

// What is wrong for a screen reader on `root`, one line each: a control without a name or a role,
// one Tab never reaches from `first`, and steps of Tab that go back up within a column (from a
// control to one wholly above it that it overlaps sideways) more than the one that closes the
// round. Empty: all well.
inline QStringList screenReaderProblems(QWidget& root, QWidget* first)
{
    QStringList problems;
    const auto describe = [](const QWidget* w) -> QString {
        return QString::fromLatin1(w->metaObject()->className()) + u' ' + w->objectName() + u" \"" + w->accessibleName()
            + u'"';
    };
    const QList<QWidget*> stops = tabStops(root);
    for (QWidget* w : stops) {
        QAccessibleInterface* a = QAccessible::queryAccessibleInterface(w);
        if (!a) {
            problems << QStringLiteral("no accessible interface: ") + describe(w);
            continue;
        }
        if (a->text(QAccessible::Name).trimmed().isEmpty())
            problems << QStringLiteral("no name: ") + describe(w);
        const QAccessible::Role role = a->role();
        if (role == QAccessible::NoRole || role == QAccessible::Client || role == QAccessible::Pane)
            problems << QStringLiteral("no control role: ") + describe(w);
    }
    // Tab from `first`, around the focus chain, back to it.
    QList<QWidget*> order;
    if (first) {
        QWidget* w = first;
        do {
            if (stops.contains(w) && !order.contains(w))
                order << w;
            w = w->nextInFocusChain();
        } while (w && w != first && order.size() <= stops.size() * 2);
    }
    for (QWidget* w : stops)
        if (!order.contains(w))
            problems << QStringLiteral("Tab never reaches: ") + describe(w);
    const auto rect = [&root](const QWidget* w) { return QRect(w->mapTo(&root, QPoint(0, 0)), w->size()); };
    // Tab goes round: from the last control back to the first is one step up, wherever the round
    // was entered. Any other is out of reading order.
    QStringList upward;
    for (qsizetype i = 0; i < order.size() && order.size() > 1; ++i) {
        const QWidget* fromWidget = order[i];
        const QWidget* toWidget = order[(i + 1) % order.size()];
        const QRect from = rect(fromWidget);
        const QRect to = rect(toWidget);
        const bool sideways = to.left() < from.right() && from.left() < to.right();
        if (sideways && to.bottom() < from.top())
            upward << QStringLiteral("Tab goes back up: ") + describe(fromWidget) + QStringLiteral(" -> ")
                    + describe(toWidget);
    }
    if (upward.size() > 1)
        problems << upward;
    return problems;
}

} // namespace np::test
