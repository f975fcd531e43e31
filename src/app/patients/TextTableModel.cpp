#include "TextTableModel.h"

#include "PatientText.h"

#include <QFont>

namespace np::app {

TextTableModel::TextTableModel(QStringList headers, QObject* parent)
    : QAbstractTableModel(parent)
    , m_headers(std::move(headers))
{ }

void TextTableModel::setRows(QList<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    for (Row& row : m_rows)
        row.cells.resize(m_headers.size());
    endResetModel();
}

qint64 TextTableModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].id : 0;
}

QString TextTableModel::text(int row, int column) const
{
    if (row < 0 || row >= m_rows.size() || column < 0 || column >= m_headers.size())
        return {};
    return m_rows[row].cells[column];
}

int TextTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int TextTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_headers.size());
}

QVariant TextTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return row.cells[index.column()];
    case Qt::ToolTipRole:
        // The whole value of a cell too narrow for it, then why the row is muted.
        if (row.toolTip.isEmpty())
            return row.cells[index.column()].isEmpty() ? QVariant() : QVariant(row.cells[index.column()]);
        return QString(row.cells[index.column()] + u'\n' + row.toolTip);
    case Qt::FontRole:
        if (row.struck) {
            QFont font;
            font.setItalic(true);
            font.setStrikeOut(true);
            return font;
        }
        return mutedRowStyle(row.muted, role);
    case Qt::ForegroundRole:
        return mutedRowStyle(row.muted || row.struck, role);
    case IdRole:
        return row.id;
    case MutedRole:
        return row.muted;
    default:
        return {};
    }
}

QVariant TextTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < m_headers.size())
        return m_headers[section];
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace np::app
