#pragma once

#include <QColor>
#include <QFormLayout>
#include <QLabel>
#include <QPalette>

namespace np::app {

// A problem shown at a field: a hidden, word-wrapped label in the app's error red, named
// `objectName` (tests and screen readers find it), shown once it has text.
[[nodiscard]] inline QLabel* makeErrorLabel(QWidget* parent, const QString& objectName)
{
    auto* error = new QLabel(parent);
    error->setObjectName(objectName);
    error->setWordWrap(true);
    error->setTextFormat(Qt::PlainText);
    QPalette palette = error->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    error->setPalette(palette);
    error->hide();
    return error;
}

// Shows `text` in `error` (hidden when empty).
inline void showError(QLabel* error, const QString& text)
{
    error->setText(text);
    error->setVisible(!text.isEmpty());
}

// An error label for `field` of `form`, in the row under it.
[[nodiscard]] inline QLabel* addErrorUnder(QFormLayout* form, QWidget* field, const QString& objectName)
{
    QLabel* error = makeErrorLabel(form->parentWidget(), objectName);
    int row = -1;
    QFormLayout::ItemRole role {};
    form->getWidgetPosition(field, &row, &role);
    form->insertRow(row + 1, static_cast<QWidget*>(nullptr), error); // no label: a hidden error takes no room
    return error;
}

} // namespace np::app
