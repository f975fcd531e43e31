#pragma once

#include "print/PageSetup.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <expected>

class QPrinter;

// One print service for every document: HTML in, pages out, as a PDF file or on a printer (the
// app's QPrintDialog / QPrintPreviewDialog hand it their QPrinter). A batch puts many documents
// into one PDF or one print job, each starting on a new page. Text is never smaller than
// MinimumPointSize (see PageSetup.h).
//
// Needs a QGuiApplication (fonts come from the platform plugin; "offscreen" will do without a
// display): without one every function fails with a message saying so.
namespace np::print {

// How many pages each document took, in order; on a sheet of wallet cards, how many cards each
// took, and the sheets all of them took.
struct PrintedPages {
    QList<int> perDocument;
    int sheets = -1; // -1: not a sheet of cards

    // The pages (sheets) that came out.
    [[nodiscard]] int total() const;
};

// Writes `htmls` as one PDF at `path` (title `title`, creator "Needlepoint"), each document from a
// new page. The file is written beside `path` and renamed over it only once complete: on any
// failure an existing file is left as it was and no partial file remains. Fails naming `path` and
// what went wrong (folder missing or not writable, a write error, nothing to print).
[[nodiscard]] std::expected<PrintedPages, QString> writePdf(
    const QString& path, const QStringList& htmls, const PageSetup& setup, const QString& title);

// Prints `htmls` as one job on `printer`, each document from a new page, with the printer's own
// page layout (paper and margins as set by setUpPrinter() and then maybe changed by the user in
// the print dialog); `setup.pointSize` is the default font's size (at least MinimumPointSize), and
// `setup.cards` Sheet puts the documents on the sheet as wallet cards with cut marks.
[[nodiscard]] std::expected<PrintedPages, QString> print(
    QPrinter& printer, const QStringList& htmls, const QString& title, const PageSetup& setup = {});

// Gives `printer` `setup`'s paper and margins, and the creator "Needlepoint"; call it before
// showing the print dialog.
void setUpPrinter(QPrinter& printer, const PageSetup& setup);

// How many pages `html` takes with `setup`, as writePdf would print it.
[[nodiscard]] std::expected<int, QString> pageCount(const QString& html, const PageSetup& setup);

} // namespace np::print
