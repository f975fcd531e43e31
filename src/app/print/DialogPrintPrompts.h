#pragma once

#include "PrintPrompts.h"

class QPrintPreviewDialog;
class QWidget;

namespace np::app {

// Makes a print preview open readable: the page fits the width (not a third of its size in a
// small window), the window as tall as the screen allows at a page's proportions, or as the user
// last left it (QSettings "print/previewGeometry", saved when it closes).
void makeReadable(QPrintPreviewDialog& dialog);

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
