#pragma once

#include <QMessageBox>
#include <QPushButton>
#include <QString>

#include <functional>

namespace np::app {

// A warning the user cannot miss, shown without holding the window (window-modal, not a nested
// event loop): what failed and why, in the user's words.
inline void showWarning(QWidget* parent, const QString& title, const QString& text)
{
    auto* box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

// A question with two answers, asked without holding the window (window-modal): `onYes` runs when
// `yes` is chosen, `onNo` (if any) when `no` is, or the box is closed. `yesByDefault`: Enter
// answers `yes`, else `no`. Returns the box (tests answer it).
inline QMessageBox* askQuestion(QWidget* parent, const QString& title, const QString& text, const QString& yes,
    const QString& no, bool yesByDefault, std::function<void()> onYes, std::function<void()> onNo = {})
{
    auto* box = new QMessageBox(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    QPushButton* accept = box->addButton(yes, QMessageBox::AcceptRole);
    QPushButton* reject = box->addButton(no, QMessageBox::RejectRole);
    box->setDefaultButton(yesByDefault ? accept : reject);
    QObject::connect(box, &QMessageBox::buttonClicked, box,
        [accept, onYes = std::move(onYes), onNo = std::move(onNo)](QAbstractButton* button) {
            if (button == accept)
                onYes();
            else if (onNo)
                onNo();
        });
    box->open();
    return box;
}

} // namespace np::app
