#include "SetupTableModel.h"

#include "ClinicDraft.h"

namespace np::app {

SetupTableModel::SetupTableModel(QStringList headers, QObject* parent)
    : QAbstractTableModel(parent)
    , m_headers(std::move(headers))
{ }

void SetupTableModel::setChoices(int column, Choices choices)
{
    m_choices.insert(column, std::move(choices));
    const Choices& now = m_choices[column];
    for (QStringList& row : m_rows) {
        const bool known = std::ranges::any_of(now, [&](const auto& c) { return c.first == row[column]; });
        if (!known)
            row[column] = now.isEmpty() ? QString() : now.first().first;
    }
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, column), index(rowCount() - 1, column));
}

void SetupTableModel::appendRow(QStringList values, QString key)
{
    values.resize(m_headers.size());
    for (auto [column, choices] : m_choices.asKeyValueRange())
        if (values[column].isEmpty() && !choices.isEmpty())
            values[column] = choices.first().first;
    beginInsertRows({}, rowCount(), rowCount());
    m_rows.append(values);
    m_keys.append(key.isEmpty() ? newKey() : key);
    endInsertRows();
}

void SetupTableModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_keys.clear();
    endResetModel();
}

void SetupTableModel::removeRowAt(int row)
{
    if (row < 0 || row >= rowCount())
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    m_keys.removeAt(row);
    endRemoveRows();
}

int SetupTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int SetupTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_headers.size());
}

QString SetupTableModel::textOf(int column, const QString& value) const
{
    const auto choices = m_choices.constFind(column);
    if (choices == m_choices.cend())
        return value;
    for (const auto& [code, text] : *choices)
        if (code == value)
            return text;
    return value;
}

QVariant SetupTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString& value = m_rows[index.row()][index.column()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return textOf(index.column(), value);
    case Qt::EditRole:
        return value;
    default:
        return {};
    }
}

bool SetupTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    QString& cell = m_rows[index.row()][index.column()];
    if (cell == value.toString())
        return true;
    cell = value.toString();
    emit dataChanged(index, index);
    return true;
}

Qt::ItemFlags SetupTableModel::flags(const QModelIndex& index) const
{
    return QAbstractTableModel::flags(index) | (index.isValid() ? Qt::ItemIsEditable : Qt::NoItemFlags);
}

QVariant SetupTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < m_headers.size())
        return m_headers[section];
    if (orientation == Qt::Vertical && role == Qt::DisplayRole && section >= 0 && section < rowCount())
        return section + 1;
    return {};
}

} // namespace np::app
