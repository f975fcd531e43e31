#pragma once

#include <QAccessibleWidget>
#include <QPointer>

namespace np::app {

class CalendarView;

// What a screen reader (over AT-SPI on Linux) and a test robot see of the calendar: a list whose
// items are the appointments shown, each named with its whole meaning ("Tue 14 May 10:30–11:15,
// Room 2, Dr Ortiz, Pérez, Ana, Automated pen: cheeks, session 2 of 4, arrived"), selectable and
// focusable, the selected one focused. A painted view has no child widgets to expose, so these are
// made here.
class CalendarAccessible : public QAccessibleWidget {
public:
    explicit CalendarAccessible(CalendarView* view);

    [[nodiscard]] int childCount() const override;
    [[nodiscard]] QAccessibleInterface* child(int index) const override;
    [[nodiscard]] int indexOfChild(const QAccessibleInterface* child) const override;
    [[nodiscard]] QAccessibleInterface* childAt(int x, int y) const override;
    [[nodiscard]] QAccessibleInterface* focusChild() const override;

private:
    [[nodiscard]] CalendarView* view() const;
};

// One appointment of the calendar.
class CalendarItemAccessible : public QAccessibleInterface {
public:
    CalendarItemAccessible(CalendarView* view, qint64 id);

    [[nodiscard]] bool isValid() const override;
    [[nodiscard]] QObject* object() const override { return nullptr; }
    [[nodiscard]] QWindow* window() const override;
    [[nodiscard]] QAccessibleInterface* parent() const override;
    [[nodiscard]] QAccessibleInterface* child(int) const override { return nullptr; }
    [[nodiscard]] int childCount() const override { return 0; }
    [[nodiscard]] int indexOfChild(const QAccessibleInterface*) const override { return -1; }
    [[nodiscard]] QAccessibleInterface* childAt(int, int) const override { return nullptr; }
    [[nodiscard]] QString text(QAccessible::Text t) const override;
    void setText(QAccessible::Text, const QString&) override { }
    [[nodiscard]] QRect rect() const override;
    [[nodiscard]] QAccessible::Role role() const override { return QAccessible::ListItem; }
    [[nodiscard]] QAccessible::State state() const override;

    [[nodiscard]] qint64 id() const { return m_id; }

private:
    [[nodiscard]] int row() const;
    QPointer<CalendarView> m_view;
    qint64 m_id;
};

// Makes Qt ask CalendarAccessible for every CalendarView (once per process).
void installCalendarAccessibleFactory();

} // namespace np::app
