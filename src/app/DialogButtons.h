#pragma once

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QKeySequence>
#include <QPushButton>

namespace np::app {

// The button a dialog is for (Book, Complete): the default one, also reached by Ctrl+Enter from any
// field (a note's too, where Enter starts a new line). `toolTip` has a %1 for that key, written the
// platform's way; `name` is what screen readers say.
inline QPushButton* addCommitButton(
    QDialogButtonBox& box, const QString& text, const QString& name, const QString& toolTip)
{
    const QKeySequence key(Qt::CTRL | Qt::Key_Return);
    QPushButton* button = box.addButton(text, QDialogButtonBox::AcceptRole);
    button->setAccessibleName(name);
    button->setToolTip(toolTip.arg(key.toString(QKeySequence::NativeText)));
    button->setShortcut(key);
    button->setDefault(true);
    return button;
}

// The box's Cancel button, named for screen readers by its text.
inline QPushButton* addCancelButton(QDialogButtonBox& box)
{
    QPushButton* cancel = box.addButton(QDialogButtonBox::Cancel);
    QString name = cancel->text();
    cancel->setAccessibleName(name.remove(u'&'));
    return cancel;
}

// Once the dialog has done its work: `done` leaves the box (which shows every button it lays out,
// so hiding alone would not do), `next` (what usually follows, such as printing) joins it as the
// default with the focus, and Cancel becomes Close. Returns `next`'s button.
inline QPushButton* offerNextStep(QDialogButtonBox& box, QPushButton* done, const QString& next, const QString& name)
{
    box.removeButton(done);
    done->hide();
    QPushButton* button = box.addButton(next, QDialogButtonBox::ActionRole);
    button->setAccessibleName(name);
    button->setDefault(true);
    button->setFocus();
    if (QPushButton* cancel = box.button(QDialogButtonBox::Cancel)) {
        cancel->setText(QCoreApplication::translate("np::app::DialogButtons", "Close"));
        cancel->setAccessibleName(cancel->text());
    }
    return button;
}

} // namespace np::app
