#pragma once

#include <QMessageBox>
#include <QString>

namespace np::app {

// A warning the user cannot miss, shown without holding the window (window-modal, not a nested
// event loop): what failed and why, in the user's words.
inline void showWarning(QWidget* parent, const QString& title, const QString& text)
{
    auto* box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace np::app
