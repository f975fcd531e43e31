#pragma once

#include "PrintPrompts.h"

class QWidget;

namespace np::app {

// PrintPrompts as dialogs: a small date dialog, a file dialog, QPrintPreviewDialog, a list to
// choose from and a message box, each over `parent`.
class DialogPrintPrompts : public PrintPrompts {
public:
    explicit DialogPrintPrompts(QWidget* parent = nullptr)
        : m_parent(parent)
    { }

    QDate chooseDate(const QString& title, const QDate& suggested) override;
    QString choosePdfPath(const QString& suggested) override;
    bool preview(QPrinter& printer, const Paint& paint) override;
    bool choosePrinter(QPrinter& printer) override;
    int chooseOne(const QString& title, const QString& question, const QStringList& choices) override;
    void showError(const QString& title, const QString& message) override;

private:
    QWidget* m_parent;
};

} // namespace np::app
