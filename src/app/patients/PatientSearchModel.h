#pragma once

#include "storage/PatientRepository.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>

namespace np::app {

class Workspace;

// The patients matching a search, as a table: services::searchPatients (at most Limit rows, best
// first), refreshed whenever the text, the archived toggle or the workspace changes.
// An empty search shows no rows.
class PatientSearchModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, PreferredName, BirthDate, Phone, Email, ColumnCount };
    enum Role { PatientIdRole = Qt::UserRole + 1, ArchivedRole };
    static constexpr int Limit = 200;

    explicit PatientSearchModel(QObject* parent = nullptr);

    // The workspace searched; null: none (no database open), no rows.
    void setWorkspace(const Workspace* workspace);
    void setSearchText(const QString& text);
    void setIncludeArchived(bool include);
    [[nodiscard]] QString searchText() const { return m_text; }
    [[nodiscard]] bool includeArchived() const { return m_includeArchived; }
    // Searches again with the same text (after the data changed).
    void refresh();

    // The patient on `row`; 0 when out of range.
    [[nodiscard]] qint64 patientId(int row) const;
    // The row of patient `id`; -1 when not listed.
    [[nodiscard]] int rowOf(qint64 id) const;
    // Whether Limit rows came back: there may be more.
    [[nodiscard]] bool isTruncated() const { return m_rows.size() >= Limit; }

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

signals:
    // The search failed (the database went away, a lock): the rows are cleared.
    void searchFailed(const QString& message);

private:
    [[nodiscard]] QVariant displayText(const storage::PatientMatch& match, int column) const;

    const Workspace* m_workspace = nullptr;
    QString m_text;
    bool m_includeArchived = false;
    QList<storage::PatientMatch> m_rows;
};

} // namespace np::app
