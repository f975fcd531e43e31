#include "RecordTable.h"

#include "TextTableModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace np::app {

RecordTable::RecordTable(const QStringList& headers, const QString& accessibleName, int stretch, QWidget* parent)
    : QWidget(parent)
    , m_model(new TextTableModel(headers, this))
    , m_summary(new QLabel(this))
    , m_view(new QTableView(this))
{
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_view->setModel(m_model);
    m_view->setAccessibleName(accessibleName);
    configure(m_view, stretch);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
}

void RecordTable::configure(QTableView* view, int stretch)
{
    view->setTabKeyNavigation(false);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    QHeaderView* header = view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(stretch >= 0 ? stretch : header->count() - 1, QHeaderView::Stretch);
}

QString RecordTable::summary() const
{
    return m_summary->text();
}

void RecordTable::setSummary(const QString& summary)
{
    m_summary->setText(summary);
    m_view->setAccessibleDescription(summary);
}

qint64 RecordTable::currentId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model->idAt(current.row()) : 0;
}

} // namespace np::app
