#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

#include <functional>

class QPrinter;

namespace np::app {

// The dialogs printing shows, behind an interface: real dialogs in the app (DialogPrintPrompts),
// scripted answers in tests, so no test ever waits on a modal dialog.
class PrintPrompts {
public:
    // Paints the document onto the printer it is given (the preview's, or the real one).
    using Paint = std::function<void(QPrinter*)>;

    virtual ~PrintPrompts() = default;

    // A day (of the day sheet, of the post-care batch), asked under `title` starting at
    // `suggested`; an invalid date when cancelled.
    virtual QDate chooseDate(const QString& title, const QDate& suggested) = 0;
    // Where to save a PDF, starting at `suggested`; empty when cancelled.
    virtual QString choosePdfPath(const QString& suggested) = 0;
    // Shows `paint`'s pages for `printer` until closed. True when the user printed them: `printer`
    // then says where they went (a printer's name, or a PDF file).
    virtual bool preview(QPrinter& printer, const Paint& paint) = 0;
    // The print dialog for `printer` (which printer, copies, pages). True when the user chose to
    // print: `printer` then says where to.
    virtual bool choosePrinter(QPrinter& printer) = 0;
    // One of `choices` (what a document could be about), asked under `title`: its index, or -1
    // when cancelled.
    virtual int chooseOne(const QString& title, const QString& question, const QStringList& choices) = 0;
    // Something could not be printed; `message` says what and why.
    virtual void showError(const QString& title, const QString& message) = 0;
};

} // namespace np::app
