#pragma once

#include <QSizeF>
#include <QString>
#include <QTextDocument>

#include <memory>

class QPagedPaintDevice;
class QPainter;

// HTML made into a QTextDocument and painted page by page onto a printer or a PDF writer. Needs a
// QGuiApplication (fonts); PrintService checks for one.
namespace np::print {

// `html` as a document whose default font is `pointSize` (at least MinimumPointSize) and in which
// no text is smaller than MinimumPointSize: explicit sizes below it are raised to it.
[[nodiscard]] std::unique_ptr<QTextDocument> textDocument(const QString& html, qreal pointSize);

// Lays `document` out for `device`: its resolution and its page's paintable area (the page less the
// margins). Returns the number of pages. `document` keeps a pointer to `device` until laid out again.
int layOutFor(QTextDocument& document, QPagedPaintDevice& device);
// The same with pages of `page` size (device units) rather than the device's: a wallet card on a
// sheet. No page label is painted on such pages.
int layOutAt(QTextDocument& document, QPagedPaintDevice& device, const QSizeF& page);

// Paints every page of `document` (laid out by layOutFor for the device `painter` is active on),
// starting a new page before each one except the job's first (`jobStarted` false; set to true).
// False when the device refuses a new page.
[[nodiscard]] bool paintPages(QPainter& painter, QPagedPaintDevice& device, QTextDocument& document, bool& jobStarted);

} // namespace np::print
