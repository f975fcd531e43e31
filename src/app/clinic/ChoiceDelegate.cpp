#include "ChoiceDelegate.h"

#include "SetupTableModel.h"

#include <QComboBox>

namespace np::app {

QWidget* ChoiceDelegate::createEditor(
    QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    // Either editor is named after its column, as a screen reader reads it.
    const QString column = index.model()->headerData(index.column(), Qt::Horizontal).toString();
    const auto* model = qobject_cast<const SetupTableModel*>(index.model());
    if (!model || model->choices(index.column()).isEmpty()) {
        QWidget* editor = QStyledItemDelegate::createEditor(parent, option, index);
        if (editor)
            editor->setAccessibleName(column);
        return editor;
    }
    auto* combo = new QComboBox(parent);
    for (const auto& [value, text] : model->choices(index.column()))
        combo->addItem(text, value);
    combo->setAccessibleName(column);
    return combo;
}

void ChoiceDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* combo = qobject_cast<QComboBox*>(editor);
    if (!combo)
        return QStyledItemDelegate::setEditorData(editor, index);
    combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::EditRole))));
}

void ChoiceDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    if (auto* combo = qobject_cast<QComboBox*>(editor))
        model->setData(index, combo->currentData(), Qt::EditRole);
    else
        QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace np::app
