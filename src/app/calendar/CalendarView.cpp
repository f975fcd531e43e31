#include "CalendarView.h"
#include "CalendarTime.h"

#include "CalendarAccessible.h"

#include "app/patients/PatientText.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace np::app {
namespace {

bool sameDestination(const services::MoveDestination& a, const services::MoveDestination& b)
{
    return a.start == b.start && a.practitioner == b.practitioner && a.room == b.room;
}

} // namespace

CalendarView::CalendarView(CalendarModel* model, QWidget* parent)
    : QAbstractScrollArea(parent)
    , m_model(model)
{
    installCalendarAccessibleFactory();
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setMouseTracking(false);
    viewport()->setBackgroundRole(QPalette::Base);
    viewport()->setAutoFillBackground(true);
    setAccessibleName(tr("Calendar"));
    setAccessibleDescription(tr("Appointments by day and time. Arrows select, Ctrl+arrows move the selected "
                                "appointment, Enter opens it."));
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, &CalendarView::dropAccessibleItems);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CalendarView::layoutChanged);
    layoutChanged();
}

CalendarView::~CalendarView()
{
    dropAccessibleItems();
}

void CalendarView::dropAccessibleItems()
{
    for (const QAccessible::Id id : std::as_const(m_accessibleItems))
        QAccessible::deleteAccessibleInterface(id);
    m_accessibleItems.clear();
}

QAccessibleInterface* CalendarView::accessibleItem(int row)
{
    if (row < 0 || row >= m_model->items().size())
        return nullptr;
    const qint64 id = m_model->items()[row].id;
    if (const auto found = m_accessibleItems.constFind(id); found != m_accessibleItems.cend())
        return QAccessible::accessibleInterface(*found);
    QAccessibleInterface* item = new CalendarItemAccessible(this, id);
    m_accessibleItems.insert(id, QAccessible::registerAccessibleInterface(item));
    return item;
}

void CalendarView::layoutChanged()
{
    const QFontMetrics fm = fontMetrics();
    m_rulerWidth = fm.horizontalAdvance(displayTime(QTime(22, 30))) + 16;
    m_headerHeight = 2 * fm.height() + 10;
    m_pixelsPerMinute = (2.0 * fm.height() + 6.0) / 30.0;
    if (m_model->rowOf(m_current) < 0 && m_current != 0) {
        m_current = 0;
        emit currentChanged(0);
    }
    if (m_drag.row >= 0)
        endDrag(); // what it was dragging may be gone
    updateScrollBars();
    viewport()->update();
}

void CalendarView::updateScrollBars()
{
    const int columns = static_cast<int>(m_model->columns().size());
    const int available = std::max(0, viewport()->width() - m_rulerWidth);
    const int minimum = std::max(110, fontMetrics().horizontalAdvance(u"Mmmmmmmmmmm"_s));
    m_columnWidth = columns > 0 ? std::max(minimum, available / columns) : minimum;
    const int contentWidth = columns * m_columnWidth;
    const int contentHeight
        = static_cast<int>(std::ceil((m_model->lastMinute() - m_model->firstMinute()) * m_pixelsPerMinute));
    horizontalScrollBar()->setRange(0, std::max(0, contentWidth - available));
    horizontalScrollBar()->setPageStep(std::max(1, available));
    horizontalScrollBar()->setSingleStep(m_columnWidth / 4);
    const int visibleHeight = std::max(0, viewport()->height() - m_headerHeight);
    verticalScrollBar()->setRange(0, std::max(0, contentHeight - visibleHeight));
    verticalScrollBar()->setPageStep(std::max(1, visibleHeight));
    verticalScrollBar()->setSingleStep(std::max(1, static_cast<int>(m_pixelsPerMinute * 15)));
}

QSize CalendarView::viewportSizeHint() const
{
    return {m_rulerWidth + 7 * m_columnWidth, m_headerHeight + static_cast<int>(10 * 60 * m_pixelsPerMinute)};
}

void CalendarView::resizeEvent(QResizeEvent* event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

int CalendarView::columnX(int column) const
{
    return m_rulerWidth + column * m_columnWidth - horizontalScrollBar()->value();
}

int CalendarView::minuteY(int minute) const
{
    return m_headerHeight + static_cast<int>(std::lround((minute - m_model->firstMinute()) * m_pixelsPerMinute))
        - verticalScrollBar()->value();
}

int CalendarView::columnAt(int x) const
{
    if (x < m_rulerWidth || m_columnWidth <= 0)
        return -1;
    const int column = (x - m_rulerWidth + horizontalScrollBar()->value()) / m_columnWidth;
    return column < m_model->columns().size() ? column : -1;
}

QRect CalendarView::itemRect(int row) const
{
    if (row < 0 || row >= m_model->items().size())
        return {};
    const CalendarModel::Item& item = m_model->items()[row];
    const int inner = m_columnWidth - 5;
    const int laneWidth = inner / std::max(1, item.lanes);
    const int x = columnX(item.column) + 2 + item.lane * laneWidth;
    const int top = minuteY(item.startMinute);
    const int bottom = std::max(minuteY(item.endMinute), top + fontMetrics().height() + 4);
    return {x, top + 1, laneWidth - 1, bottom - top - 2};
}

QPoint CalendarView::pointAt(int column, QTime time) const
{
    return {columnX(column) + m_columnWidth / 2, minuteY(minuteOfDay(time))};
}

int CalendarView::rowAt(QPoint pos) const
{
    if (pos.x() < m_rulerWidth || pos.y() < m_headerHeight)
        return -1;
    for (int row = static_cast<int>(m_model->items().size()) - 1; row >= 0; --row)
        if (itemRect(row).contains(pos))
            return row;
    return -1;
}

std::optional<std::pair<int, QDateTime>> CalendarView::slotAt(QPoint pos) const
{
    const int column = columnAt(pos.x());
    if (column < 0 || pos.y() < m_headerHeight)
        return std::nullopt;
    const int step = m_model->slotMinutes();
    const double minutes = (pos.y() - m_headerHeight + verticalScrollBar()->value()) / m_pixelsPerMinute;
    const int minute = m_model->firstMinute() + static_cast<int>(minutes) / step * step;
    if (minute >= m_model->lastMinute())
        return std::nullopt;
    return std::pair {column, QDateTime(m_model->columns()[column].day, timeOfMinute(minute))};
}

std::optional<services::MoveDestination> CalendarView::destinationAt(QPoint pos, int grabMinutes) const
{
    const int column = columnAt(pos.x());
    if (column < 0)
        return std::nullopt;
    const CalendarModel::Column& c = m_model->columns()[column];
    if (c.code.isEmpty())
        return std::nullopt; // no longer in the set-up: nothing is booked there
    const int step = m_model->slotMinutes();
    const double minutes = (pos.y() - m_headerHeight + verticalScrollBar()->value()) / m_pixelsPerMinute - grabMinutes;
    int minute = m_model->firstMinute() + static_cast<int>(std::lround(minutes / step)) * step;
    minute = std::clamp(minute, m_model->firstMinute(), m_model->lastMinute() - step);
    services::MoveDestination to {QDateTime(c.day, timeOfMinute(minute)), {}, {}};
    (m_model->grouping() == CalendarModel::Grouping::Room ? to.room : to.practitioner) = c.code;
    return to;
}

int CalendarView::columnOf(const services::MoveDestination& to, int row) const
{
    const CalendarModel::Item& item = m_model->items()[row];
    const int perDay = std::max(1, m_model->columnsPerDay());
    const QString& code = m_model->grouping() == CalendarModel::Grouping::Room ? to.room : to.practitioner;
    int resource = item.column % perDay;
    if (!code.isEmpty())
        for (int i = 0; i < perDay && i < m_model->columns().size(); ++i)
            if (m_model->columns()[i].code == code)
                resource = i;
    if (!m_model->span())
        return -1;
    const auto day = m_model->span()->from.daysTo(to.start.date());
    if (day < 0 || day >= m_model->span()->days)
        return -1;
    return static_cast<int>(day) * perDay + resource;
}

QRect CalendarView::ghostRect(const services::MoveDestination& to, int row) const
{
    const int column = columnOf(to, row);
    if (column < 0)
        return {};
    const CalendarModel::Item& item = m_model->items()[row];
    const int start = minuteOfDay(to.start.time());
    const int top = minuteY(start);
    return {
        columnX(column) + 2, top + 1, m_columnWidth - 5, minuteY(start + item.endMinute - item.startMinute) - top - 2};
}

void CalendarView::setCurrentId(qint64 id)
{
    if (m_model->rowOf(id) < 0)
        id = 0;
    if (id == m_current)
        return;
    const QRect before = itemRect(m_model->rowOf(m_current));
    m_current = id;
    viewport()->update(before.adjusted(-3, -3, 3, 3));
    viewport()->update(itemRect(m_model->rowOf(id)).adjusted(-3, -3, 3, 3));
    notifyFocus();
    emit currentChanged(id);
}

void CalendarView::notifyFocus()
{
    const int row = m_model->rowOf(m_current);
    if (!hasFocus() || row < 0)
        return;
    QAccessibleEvent focus(this, QAccessible::Focus);
    focus.setChild(row);
    QAccessible::updateAccessibility(&focus);
}

void CalendarView::scrollToCurrent()
{
    const int row = m_model->rowOf(m_current);
    QRect target;
    if (row >= 0) {
        target = itemRect(row);
    } else {
        // The first open hour in sight, else the ruler's top.
        int minute = m_model->lastMinute();
        for (const CalendarModel::Column& c : m_model->columns())
            for (const TimeRange& t : c.open)
                minute = std::min(minute, minuteOfDay(t.start));
        if (minute >= m_model->lastMinute())
            minute = m_model->firstMinute();
        verticalScrollBar()->setValue(minuteY(minute) - m_headerHeight + verticalScrollBar()->value());
        return;
    }
    const QRect area(
        m_rulerWidth, m_headerHeight, viewport()->width() - m_rulerWidth, viewport()->height() - m_headerHeight);
    if (target.top() < area.top())
        verticalScrollBar()->setValue(verticalScrollBar()->value() - (area.top() - target.top()) - 8);
    else if (target.bottom() > area.bottom())
        verticalScrollBar()->setValue(verticalScrollBar()->value()
            + std::min(target.bottom() - area.bottom() + 8, target.top() - area.top() - 8));
    if (target.left() < area.left())
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - (area.left() - target.left()) - 4);
    else if (target.right() > area.right())
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() + target.right() - area.right() + 4);
}

// Keyboard ------------------------------------------------------------------------------------

void CalendarView::keyPressEvent(QKeyEvent* event)
{
    const bool ctrl = event->modifiers() & Qt::ControlModifier;
    const bool shift = event->modifiers() & Qt::ShiftModifier;
    const auto arrow = [&]() -> std::optional<Qt::ArrowType> {
        switch (event->key()) {
        case Qt::Key_Up:
            return Qt::UpArrow;
        case Qt::Key_Down:
            return Qt::DownArrow;
        case Qt::Key_Left:
            return Qt::LeftArrow;
        case Qt::Key_Right:
            return Qt::RightArrow;
        default:
            return std::nullopt;
        }
    }();
    if (m_drag.active && event->key() == Qt::Key_Escape) {
        endDrag();
        return;
    }
    if (arrow && !(event->modifiers() & Qt::AltModifier)) {
        if (ctrl)
            moveCurrent(*arrow, shift && (*arrow == Qt::LeftArrow || *arrow == Qt::RightArrow));
        else
            selectNeighbour(*arrow);
        return;
    }
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_current != 0)
            emit activated(m_current);
        return;
    case Qt::Key_Menu:
        if (const int row = m_model->rowOf(m_current); row >= 0)
            emit contextMenuRequested(m_current, viewport()->mapToGlobal(itemRect(row).center()));
        return;
    case Qt::Key_Home:
        if (!m_model->items().isEmpty()) {
            setCurrentId(m_model->items().first().id);
            scrollToCurrent();
        }
        return;
    case Qt::Key_End:
        if (!m_model->items().isEmpty()) {
            setCurrentId(m_model->items().last().id);
            scrollToCurrent();
        }
        return;
    default:
        QAbstractScrollArea::keyPressEvent(event);
    }
}

void CalendarView::selectNeighbour(Qt::ArrowType direction)
{
    const auto& items = m_model->items();
    if (items.isEmpty())
        return;
    const int row = m_model->rowOf(m_current);
    if (row < 0) {
        setCurrentId(items.first().id);
        scrollToCurrent();
        return;
    }
    const CalendarModel::Item& from = items[row];
    int best = -1;
    const auto better = [&](int candidate, auto key) { return best < 0 || key(items[candidate]) < key(items[best]); };
    if (direction == Qt::UpArrow || direction == Qt::DownArrow) {
        const bool down = direction == Qt::DownArrow;
        for (int i = 0; i < items.size(); ++i) {
            const CalendarModel::Item& it = items[i];
            if (i == row || it.column != from.column)
                continue;
            const bool after = std::tie(it.startMinute, it.id) > std::tie(from.startMinute, from.id);
            if (after != down)
                continue;
            if (better(i, [&](const CalendarModel::Item& x) { return std::abs(x.startMinute - from.startMinute); }))
                best = i;
        }
    } else {
        const int step = direction == Qt::RightArrow ? 1 : -1;
        for (int column = from.column + step; column >= 0 && column < m_model->columns().size() && best < 0;
             column += step)
            for (int i = 0; i < items.size(); ++i)
                if (items[i].column == column && better(i, [&](const CalendarModel::Item& x) {
                        return std::abs(x.startMinute - from.startMinute);
                    }))
                    best = i;
    }
    if (best >= 0) {
        setCurrentId(items[best].id);
        scrollToCurrent();
    }
}

void CalendarView::moveCurrent(Qt::ArrowType direction, bool acrossColumns)
{
    const int row = m_model->rowOf(m_current);
    if (row < 0 || !m_model->span())
        return;
    const CalendarModel::Item& item = m_model->items()[row];
    if (item.status != storage::AppointmentStatus::Booked) {
        emit refused(tr("Only a booked appointment can be moved."));
        return;
    }
    const int perDay = std::max(1, m_model->columnsPerDay());
    const CalendarModel::Column& own = m_model->columns()[item.column];
    const bool byRoom = m_model->grouping() == CalendarModel::Grouping::Room;
    const auto at = [&](const QDateTime& start, const QString& code) {
        services::MoveDestination to {start, {}, {}};
        (byRoom ? to.room : to.practitioner) = code;
        return to;
    };
    QList<services::MoveDestination> candidates;
    const int step = m_model->slotMinutes();
    const int length = item.endMinute - item.startMinute;
    if (acrossColumns) {
        const int resource = item.column % perDay + (direction == Qt::RightArrow ? 1 : -1);
        if (resource >= 0 && resource < perDay && !m_model->columns()[resource].code.isEmpty())
            candidates << at(item.localStart, m_model->columns()[resource].code);
    } else if (direction == Qt::UpArrow || direction == Qt::DownArrow) {
        const int sign = direction == Qt::DownArrow ? 1 : -1;
        for (int m = item.startMinute + sign * step; m >= 0 && m + length <= 24 * 60; m += sign * step)
            candidates << at(QDateTime(item.localStart.date(), timeOfMinute(m)), own.code);
    } else {
        const int sign = direction == Qt::RightArrow ? 1 : -1;
        for (int d = 1; d <= 56; ++d)
            candidates << at(item.localStart.addDays(sign * d), own.code);
    }
    std::optional<QString> firstRefusal;
    for (const services::MoveDestination& to : candidates) {
        const auto refusal = check(item.id, to);
        if (!refusal) {
            emit moveRequested(item.id, to);
            return;
        }
        if (!firstRefusal)
            firstRefusal = refusal;
    }
    emit refused(firstRefusal ? *firstRefusal : tr("There is no other column to move it to."));
}

std::optional<QString> CalendarView::check(qint64 id, const services::MoveDestination& to) const
{
    return m_check ? m_check(id, to) : std::nullopt;
}

// Mouse ---------------------------------------------------------------------------------------

void CalendarView::mousePressEvent(QMouseEvent* event)
{
    const QPoint pos = event->position().toPoint();
    const int row = rowAt(pos);
    if (row >= 0)
        setCurrentId(m_model->items()[row].id);
    if (event->button() != Qt::LeftButton || row < 0)
        return;
    const CalendarModel::Item& item = m_model->items()[row];
    const double minutes = (pos.y() - m_headerHeight + verticalScrollBar()->value()) / m_pixelsPerMinute;
    m_drag = {};
    m_drag.row = row;
    m_drag.pressPos = pos;
    m_drag.grabMinutes = m_model->firstMinute() + static_cast<int>(minutes) - item.startMinute;
}

void CalendarView::mouseMoveEvent(QMouseEvent* event)
{
    if (m_drag.row < 0 || !(event->buttons() & Qt::LeftButton))
        return;
    const QPoint pos = event->position().toPoint();
    if (!m_drag.active) {
        if ((pos - m_drag.pressPos).manhattanLength() < QApplication::startDragDistance())
            return;
        const CalendarModel::Item& item = m_model->items()[m_drag.row];
        if (item.status != storage::AppointmentStatus::Booked) {
            emit refused(tr("Only a booked appointment can be moved."));
            m_drag = {};
            return;
        }
        m_drag.active = true;
    }
    // Near an edge, inside it, the calendar scrolls on, so a drag reaches days and hours out of sight.
    if (viewport()->rect().contains(pos)) {
        const int margin = fontMetrics().height() * 2;
        const auto step
            = [](QScrollBar* bar, int direction) { bar->setValue(bar->value() + direction * bar->singleStep()); };
        if (pos.y() > viewport()->height() - margin)
            step(verticalScrollBar(), 1);
        else if (pos.y() < m_headerHeight + margin)
            step(verticalScrollBar(), -1);
        if (pos.x() > viewport()->width() - margin)
            step(horizontalScrollBar(), 1);
        else if (pos.x() < m_rulerWidth + margin)
            step(horizontalScrollBar(), -1);
    }
    dragTo(pos);
}

void CalendarView::dragTo(QPoint pos)
{
    const auto to = destinationAt(pos, m_drag.grabMinutes);
    if (to && m_drag.target && sameDestination(*to, *m_drag.target))
        return; // the same slot: already checked and shown
    const QRect before = m_drag.ghost;
    const qint64 id = m_model->items()[m_drag.row].id;
    m_drag.target = to;
    m_drag.refusal = to ? check(id, *to) : std::optional<QString>(tr("outside the calendar"));
    m_drag.ghost = to ? ghostRect(*to, m_drag.row) : QRect();
    viewport()->setCursor(m_drag.refusal ? Qt::ForbiddenCursor : Qt::DragMoveCursor);
    viewport()->update(before.adjusted(-2, -2, 2, 2));
    viewport()->update(m_drag.ghost.adjusted(-2, -2, 2, 2));
    if (m_drag.refusal)
        emit dragFeedback(tr("Cannot move here: %1").arg(*m_drag.refusal));
    else
        emit dragFeedback(
            tr("Release to move it to %1 at %2.")
                .arg(QLocale().toString(to->start.date(), QLocale::LongFormat), displayTime(to->start.time())));
}

void CalendarView::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton || m_drag.row < 0)
        return;
    const bool drop = m_drag.active && m_drag.target && !m_drag.refusal;
    const qint64 id = m_model->items()[m_drag.row].id;
    const std::optional<services::MoveDestination> to = m_drag.target;
    const CalendarModel::Item item = m_model->items()[m_drag.row];
    endDrag();
    if (!drop)
        return;
    const bool unchanged = to->start == item.localStart && columnOf(*to, m_model->rowOf(id)) == item.column;
    if (!unchanged)
        emit moveRequested(id, *to);
}

void CalendarView::endDrag()
{
    const QRect ghost = m_drag.ghost;
    const bool wasActive = m_drag.active;
    m_drag = {};
    viewport()->unsetCursor();
    viewport()->update(ghost.adjusted(-2, -2, 2, 2));
    if (wasActive)
        emit dragFeedback(QString());
}

void CalendarView::mouseDoubleClickEvent(QMouseEvent* event)
{
    const QPoint pos = event->position().toPoint();
    if (const int row = rowAt(pos); row >= 0) {
        emit activated(m_model->items()[row].id);
        return;
    }
    if (const auto slot = slotAt(pos))
        emit freeTimeActivated(slot->first, slot->second);
}

void CalendarView::contextMenuEvent(QContextMenuEvent* event)
{
    const QPoint pos = event->reason() == QContextMenuEvent::Mouse ? event->pos() : QPoint(-1, -1);
    const int row = pos.x() >= 0 ? rowAt(viewport()->mapFrom(this, pos)) : m_model->rowOf(m_current);
    if (row < 0) {
        if (pos.x() >= 0)
            if (const auto slot = slotAt(viewport()->mapFrom(this, pos)))
                emit freeTimeMenuRequested(slot->first, slot->second, event->globalPos());
        return;
    }
    setCurrentId(m_model->items()[row].id);
    emit contextMenuRequested(m_current,
        event->reason() == QContextMenuEvent::Mouse ? event->globalPos()
                                                    : viewport()->mapToGlobal(itemRect(row).center()));
}

void CalendarView::focusInEvent(QFocusEvent* event)
{
    QAbstractScrollArea::focusInEvent(event);
    if (m_current == 0 && !m_model->items().isEmpty())
        setCurrentId(m_model->items().first().id);
    viewport()->update();
    notifyFocus();
}

void CalendarView::focusOutEvent(QFocusEvent* event)
{
    QAbstractScrollArea::focusOutEvent(event);
    viewport()->update();
}

bool CalendarView::viewportEvent(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int row = rowAt(help->pos());
        QString text;
        if (row >= 0)
            text = m_model->items()[row].description;
        else if (const int column = columnAt(help->pos().x()); column >= 0)
            text = m_model->columns()[column].closedReason;
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, viewport());
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

} // namespace np::app
