#pragma once

#include <QDialog>
#include <QObject>
#include <QPointer>
#include <QWidget>

namespace np::app {

// For a form's destructor: its fields are deleted only after the form's own part is gone (QWidget
// deletes its children last), and a field losing focus or changing on the way would call a slot
// of a form that is no longer there. Every connection from a child to the form is cut first.
inline void disconnectChildren(QWidget& form)
{
    for (const QWidget* child : form.findChildren<QWidget*>())
        QObject::disconnect(child, nullptr, &form, nullptr);
}

// For a page whose database changes under it: the dialogs and questions it has open were made for
// the one before (its records, its set-up), so they close unanswered, as Cancel would.
template <typename... Dialog>
void closeForOtherDatabase(const QPointer<Dialog>&... dialogs)
{
    const auto close = [](QDialog* dialog) {
        if (dialog)
            dialog->reject();
    };
    (close(dialogs.data()), ...);
}

} // namespace np::app
