#pragma once

#include <QObject>
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

} // namespace np::app
