#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace np::app {

class TextTableModel;

// One of the record's lists: a line saying what is there (or that nothing is yet) over a table that
// is one Tab stop (arrows move inside it), whole rows selected, columns sized to their content but
// one that takes the room left (a cell's whole text is in its tooltip).
class RecordTable : public QWidget {
    Q_OBJECT
public:
    // `stretch`: the column given the room left (-1: the last).
    RecordTable(const QStringList& headers, const QString& accessibleName, int stretch = -1, QWidget* parent = nullptr);

    [[nodiscard]] TextTableModel* model() const { return m_model; }
    [[nodiscard]] QTableView* view() const { return m_view; }
    [[nodiscard]] QString summary() const;
    // Shows `summary` over the table and sizes the columns to the rows now held.
    void setSummary(const QString& summary);
    // The id of the row selected; 0 when none.
    [[nodiscard]] qint64 currentId() const;

    // What every table of the app does: one Tab stop, rows selected whole, columns sized to their
    // content but `stretch` (-1: the last), which takes the room left.
    static void configure(QTableView* view, int stretch = -1);

private:
    TextTableModel* m_model;
    QLabel* m_summary;
    QTableView* m_view;
};

} // namespace np::app
