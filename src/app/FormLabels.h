#pragma once

#include <QLabel>
#include <QString>
#include <QWidget>

namespace np::app {

// A label's or a button's text as a control's name: "Family name" from "&Family name:", "Add
// Finding" from "Add Findin&g…".
[[nodiscard]] inline QString plainLabelText(QString text)
{
    text.remove(u'&');
    text = text.trimmed();
    if (text.endsWith(u':') || text.endsWith(u'…'))
        text.chop(1);
    return text.trimmed();
}

// Every control of `form` that a label is the buddy of gets the label's text as its accessible
// name, so screen readers (and tests driving the app through them) find it by what the user reads.
inline void nameControlsByTheirLabels(QWidget& form)
{
    for (const QLabel* label : form.findChildren<QLabel*>())
        if (QWidget* buddy = label->buddy())
            buddy->setAccessibleName(plainLabelText(label->text()));
}

} // namespace np::app
