#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

namespace np::app {

// A read-only table of text: what the record's tabs list (findings, series, consents, documents).
// Each row carries the id of what it shows; a muted row (retracted, withdrawn, cancelled, no longer
// in effect) reads in grey italics and says why in its tooltip, so nothing depends on colour alone;
// a struck row (called off) is also struck through.
class TextTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1, MutedRole };

    struct Row {
        qint64 id = 0;
        QStringList cells;
        QString toolTip;
        bool muted = false;
        bool struck = false; // muted and struck through: called off (a cancelled appointment)
    };

    explicit TextTableModel(QStringList headers, QObject* parent = nullptr);

    void setRows(QList<Row> rows);
    [[nodiscard]] const QList<Row>& rows() const { return m_rows; }
    // The id on `row`; 0 when out of range.
    [[nodiscard]] qint64 idAt(int row) const;
    // The text of a cell; empty when out of range (tests).
    [[nodiscard]] QString text(int row, int column) const;

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QStringList m_headers;
    QList<Row> m_rows;
};

} // namespace np::app
