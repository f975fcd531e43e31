#pragma once

#include "CalendarModel.h"
#include "services/AppointmentService.h"

#include <QAbstractScrollArea>
#include <QAccessible>
#include <QFont>
#include <QFontMetrics>
#include <QHash>
#include <QPointer>

#include <functional>
#include <optional>

namespace np::app {

// The calendar drawn on one time ruler: a column per day and practitioner (or room) side by side,
// closed and off hours shaded, today's columns marked, each appointment a block in its modality's
// colour (cancelled and no-shows struck through). Painted from CalendarModel alone, so a paint costs
// the appointments in sight and nothing more.
//
// An appointment is moved by dragging it (the place under the pointer shows allowed or refused,
// with the reason, as it passes; a refused place cannot be dropped on and nothing is written until
// the release) or from the keyboard: arrows select, Ctrl+Up/Down moves it to the nearest allowed
// slot earlier or later that day, Ctrl+Left/Right to the nearest allowed day at the same time, and
// Ctrl+Shift+Left/Right to the next practitioner's (or room's) column. Enter opens it, the menu key
// its context menu. Screen readers get each appointment with its whole meaning (CalendarAccessible).
class CalendarView : public QAbstractScrollArea {
    Q_OBJECT
public:
    // Why appointment `id` cannot go to `to`; nullopt when it can.
    using MoveCheck = std::function<std::optional<QString>(qint64 id, const services::MoveDestination& to)>;

    explicit CalendarView(CalendarModel* model, QWidget* parent = nullptr);
    ~CalendarView() override;

    [[nodiscard]] CalendarModel* model() const { return m_model; }
    void setMoveCheck(MoveCheck check) { m_check = std::move(check); }

    // The appointment selected; 0 when none.
    [[nodiscard]] qint64 currentId() const { return m_current; }
    void setCurrentId(qint64 id);
    // Where appointment row `row` is drawn, in viewport coordinates (empty when not laid out).
    [[nodiscard]] QRect itemRect(int row) const;
    // Where a drop at viewport point `pos` with the pointer `grabMinutes` into the appointment would
    // put it; nullopt outside the days.
    [[nodiscard]] std::optional<services::MoveDestination> destinationAt(QPoint pos, int grabMinutes = 0) const;
    // The viewport point in the middle of `column` at `time` (its top edge).
    [[nodiscard]] QPoint pointAt(int column, QTime time) const;
    // The appointment row at viewport point `pos`; -1 when none.
    [[nodiscard]] int rowAt(QPoint pos) const;
    // The column and wall-clock time at viewport point `pos`.
    [[nodiscard]] std::optional<std::pair<int, QDateTime>> slotAt(QPoint pos) const;
    // Scrolls so the selected appointment, else the start of the open hours, is in sight.
    void scrollToCurrent();
    // Moves the selected appointment one step from the keyboard (see the class comment): the
    // nearest allowed place in `direction` is asked for with moveRequested; when there is none,
    // refused says why. `acrossColumns`: to the neighbouring column rather than another day.
    void moveCurrent(Qt::ArrowType direction, bool acrossColumns = false);

    // The accessible interfaces of the appointments shown, made as a screen reader asks for them.
    [[nodiscard]] QAccessibleInterface* accessibleItem(int row);

signals:
    void currentChanged(qint64 id);
    // Enter or a double click on an appointment.
    void activated(qint64 id);
    // A double click or Enter on free time: `column`'s practitioner or room at `start`.
    void freeTimeActivated(int column, const QDateTime& start);
    void contextMenuRequested(qint64 id, const QPoint& globalPos);
    // A right click on free time: `column` at `start`.
    void freeTimeMenuRequested(int column, const QDateTime& start, const QPoint& globalPos);
    // Move appointment `id` to `to` (checked allowed already).
    void moveRequested(qint64 id, const services::MoveDestination& to);
    // A move asked for cannot be: why, for the status bar.
    void refused(const QString& reason);
    // What a drag over the calendar would do, for the status bar; empty when the drag ends.
    void dragFeedback(const QString& text);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    bool viewportEvent(QEvent* event) override;
    [[nodiscard]] QSize viewportSizeHint() const override;

private:
    struct Drag {
        int row = -1;
        QPoint pressPos;
        int grabMinutes = 0;
        bool active = false;
        std::optional<services::MoveDestination> target;
        std::optional<QString> refusal;
        QRect ghost; // where the target is drawn
    };

    void layoutChanged();
    void updateScrollBars();
    void paintHeader(QPainter& p, const QRect& clip) const;
    void paintRuler(QPainter& p) const;
    void paintColumns(QPainter& p, const QRect& clip) const;
    // The fonts an appointment is written in, made once per paint.
    struct ItemStyle {
        explicit ItemStyle(const QFont& font);
        QFont plain;
        QFont bold;
        QFont plainStruck;
        QFont boldStruck;
        QFontMetrics plainMetrics;
        QFontMetrics boldMetrics;
    };
    void paintItem(QPainter& p, const ItemStyle& style, const CalendarModel::Item& item, const QRect& r) const;
    void paintGhost(QPainter& p) const;
    void selectNeighbour(Qt::ArrowType direction);
    void dragTo(QPoint pos);
    void endDrag();
    void notifyFocus();
    void dropAccessibleItems();
    [[nodiscard]] QRect ghostRect(const services::MoveDestination& to, int row) const;
    [[nodiscard]] int columnAt(int x) const;
    [[nodiscard]] int columnX(int column) const;
    [[nodiscard]] int minuteY(int minute) const;
    [[nodiscard]] int columnOf(const services::MoveDestination& to, int row) const;
    [[nodiscard]] std::optional<QString> check(qint64 id, const services::MoveDestination& to) const;

    CalendarModel* m_model;
    MoveCheck m_check;
    qint64 m_current = 0;
    Drag m_drag;
    int m_columnWidth = 120;
    int m_headerHeight = 40;
    int m_rulerWidth = 56;
    double m_pixelsPerMinute = 1.4;
    QHash<qint64, QAccessible::Id> m_accessibleItems;
};

} // namespace np::app
