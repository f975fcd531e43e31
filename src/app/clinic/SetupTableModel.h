#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QPair>
#include <QStringList>

namespace np::app {

// An editable table of texts: the set-up pages' lists (practitioners, rooms, devices, closures).
// A column may hold one of a list of choices (stored as its value, a code; shown as its text),
// edited with a combo box (ChoiceDelegate). Rows are added and removed by the page's buttons.
class SetupTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    using Choices = QList<QPair<QString, QString>>; // value, text

    SetupTableModel(QStringList headers, QObject* parent = nullptr);

    // `column` holds one of `choices`; a value no longer among them reads as the first.
    void setChoices(int column, Choices choices);
    [[nodiscard]] Choices choices(int column) const { return m_choices.value(column); }

    // A row of `values` (missing ones empty; a choice column's first choice) added at the end, with
    // `key` (a new one when empty: ClinicDraft's newKey()).
    void appendRow(QStringList values = {}, QString key = {});
    void removeRowAt(int row);
    // Every row removed.
    void clear();
    // The key of a row: the code of what it stands for in the set-up, kept when it is renamed.
    [[nodiscard]] QString key(int row) const { return m_keys.value(row); }
    // The values of every row, in order.
    [[nodiscard]] const QList<QStringList>& values() const { return m_rows; }
    [[nodiscard]] QString value(int row, int column) const { return m_rows.value(row).value(column); }

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex& index) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    [[nodiscard]] QString textOf(int column, const QString& value) const;

    QStringList m_headers;
    QList<QStringList> m_rows;
    QStringList m_keys; // one per row
    QHash<int, Choices> m_choices;
};

} // namespace np::app
