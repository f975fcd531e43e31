#include "PatientSearchModel.h"

#include "PatientText.h"

#include "app/workspace/Workspace.h"
#include "services/PatientService.h"

#include <QFont>
#include <QPalette>

namespace np::app {

PatientSearchModel::PatientSearchModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void PatientSearchModel::setWorkspace(const Workspace* workspace)
{
    m_workspace = workspace;
    refresh();
}

void PatientSearchModel::setSearchText(const QString& text)
{
    if (text == m_text)
        return;
    m_text = text;
    refresh();
}

void PatientSearchModel::setIncludeArchived(bool include)
{
    if (include == m_includeArchived)
        return;
    m_includeArchived = include;
    refresh();
}

void PatientSearchModel::refresh()
{
    QList<storage::PatientMatch> rows;
    QString failure;
    if (m_workspace && !m_text.trimmed().isEmpty()) {
        auto found = services::searchPatients(m_workspace->context(), m_text, Limit, m_includeArchived);
        if (found)
            rows = std::move(*found);
        else
            failure = found.error().message;
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    if (!failure.isEmpty())
        emit searchFailed(failure);
}

qint64 PatientSearchModel::patientId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].id : 0;
}

int PatientSearchModel::rowOf(qint64 id) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row)
        if (m_rows[row].id == id)
            return static_cast<int>(row);
    return -1;
}

int PatientSearchModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int PatientSearchModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PatientSearchModel::displayText(const storage::PatientMatch& match, int column) const
{
    switch (column) {
    case Name: {
        // Labelled in words, not only in grey italics: screen readers and printouts of the list say it.
        const QString name = patientDisplayName(match.familyName, match.givenNames);
        return match.archived ? tr("%1 (archived)").arg(name) : name;
    }
    case PreferredName:
        return match.preferredName;
    case BirthDate:
        return displayDate(match.birthDate);
    case Phone:
        return match.phone;
    case Email:
        return match.email;
    default:
        return {};
    }
}

QVariant PatientSearchModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const storage::PatientMatch& match = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return displayText(match, index.column());
    case Qt::ToolTipRole: {
        // The whole value, for a cell too narrow to show it (an email address, a long name).
        const QString text = displayText(match, index.column()).toString();
        return text.isEmpty() ? QVariant() : QVariant(text);
    }
    case Qt::FontRole:
    case Qt::ForegroundRole:
        return mutedRowStyle(match.archived, role);
    case PatientIdRole:
        return match.id;
    case ArchivedRole:
        return match.archived;
    default:
        return {};
    }
}

QVariant PatientSearchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case PreferredName:
        return tr("Preferred name");
    case BirthDate:
        return tr("Birth date");
    case Phone:
        return tr("Phone");
    case Email:
        return tr("Email");
    default:
        return {};
    }
}

} // namespace np::app
