#pragma once

#include <QListWidget>
#include <QStringList>

namespace np::app {

// A list of catalogue entries ticked by the user (areas, answers): each item shows a name and
// carries its code in Qt::UserRole.

// Adds an unticked item `text` for `code`.
inline QListWidgetItem* addCodeItem(
    QListWidget& list, const QString& text, const QString& code, const QString& toolTip = {})
{
    auto* item = new QListWidgetItem(text, &list);
    item->setData(Qt::UserRole, code);
    item->setToolTip(toolTip);
    item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setCheckState(Qt::Unchecked);
    return item;
}

// The codes ticked, in the list's order.
[[nodiscard]] inline QStringList checkedCodes(const QListWidget& list)
{
    QStringList codes;
    for (int i = 0; i < list.count(); ++i)
        if (list.item(i)->checkState() == Qt::Checked)
            codes << list.item(i)->data(Qt::UserRole).toString();
    return codes;
}

// Ticks exactly the items of `codes`.
inline void setCheckedCodes(QListWidget& list, const QStringList& codes)
{
    for (int i = 0; i < list.count(); ++i) {
        QListWidgetItem* item = list.item(i);
        item->setCheckState(codes.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
}

} // namespace np::app
