#include "CalendarAccessible.h"

#include "CalendarView.h"

namespace np::app {
namespace {

QAccessibleInterface* calendarFactory(const QString& className, QObject* object)
{
    if (className == QLatin1String("np::app::CalendarView") && object && object->isWidgetType())
        return new CalendarAccessible(static_cast<CalendarView*>(object));
    return nullptr;
}

} // namespace

void installCalendarAccessibleFactory()
{
    static const bool installed = [] {
        QAccessible::installFactory(calendarFactory);
        return true;
    }();
    Q_UNUSED(installed);
}

CalendarAccessible::CalendarAccessible(CalendarView* view)
    : QAccessibleWidget(view, QAccessible::List)
{ }

CalendarView* CalendarAccessible::view() const
{
    return static_cast<CalendarView*>(widget());
}

int CalendarAccessible::childCount() const
{
    return static_cast<int>(view()->model()->items().size());
}

QAccessibleInterface* CalendarAccessible::child(int index) const
{
    return view()->accessibleItem(index);
}

int CalendarAccessible::indexOfChild(const QAccessibleInterface* child) const
{
    if (const auto* item = dynamic_cast<const CalendarItemAccessible*>(child))
        return view()->model()->rowOf(item->id());
    return -1;
}

QAccessibleInterface* CalendarAccessible::childAt(int x, int y) const
{
    const int row = view()->rowAt(view()->viewport()->mapFromGlobal(QPoint(x, y)));
    return row >= 0 ? view()->accessibleItem(row) : nullptr;
}

QAccessibleInterface* CalendarAccessible::focusChild() const
{
    const int row = view()->model()->rowOf(view()->currentId());
    return row >= 0 ? view()->accessibleItem(row) : nullptr;
}

CalendarItemAccessible::CalendarItemAccessible(CalendarView* view, qint64 id)
    : m_view(view)
    , m_id(id)
{ }

int CalendarItemAccessible::row() const
{
    return m_view ? m_view->model()->rowOf(m_id) : -1;
}

bool CalendarItemAccessible::isValid() const
{
    return row() >= 0;
}

QWindow* CalendarItemAccessible::window() const
{
    return m_view ? m_view->window()->windowHandle() : nullptr;
}

QAccessibleInterface* CalendarItemAccessible::parent() const
{
    return m_view ? QAccessible::queryAccessibleInterface(m_view.data()) : nullptr;
}

QString CalendarItemAccessible::text(QAccessible::Text t) const
{
    const int r = row();
    if (r < 0 || (t != QAccessible::Name && t != QAccessible::Description))
        return {};
    return m_view->model()->items()[r].description;
}

QRect CalendarItemAccessible::rect() const
{
    const int r = row();
    if (r < 0)
        return {};
    const QRect local = m_view->itemRect(r);
    return QRect(m_view->viewport()->mapToGlobal(local.topLeft()), local.size());
}

QAccessible::State CalendarItemAccessible::state() const
{
    QAccessible::State s;
    s.selectable = true;
    s.focusable = true;
    const int r = row();
    if (r < 0) {
        s.invalid = true;
        return s;
    }
    const bool current = m_view->currentId() == m_id;
    s.selected = current;
    s.focused = current && m_view->hasFocus();
    const QRect area = m_view->viewport()->rect();
    s.offscreen = !m_view->itemRect(r).intersects(area);
    return s;
}

} // namespace np::app
