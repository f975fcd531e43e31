#pragma once

#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QTextDocument>

class QPagedPaintDevice;
class QPainter;

// Wallet cards (85 x 55 mm) laid out several to a sheet, with cut marks: each card document is
// laid out at a card's size, and its pages (one per card) fill the sheet's grid row by row, as
// many sheets as they need. Needs a QGuiApplication, as TextPages does.
namespace np::print {

// Where the cards go on a sheet, in the device's units: `columns` x `rows` cards of `card` size,
// abutting, with their top-left corner at `grid.topLeft()`, centred on the page's paintable area
// with room for the cut marks around.
struct CardGrid {
    int columns = 0;
    int rows = 0;
    QSizeF card;
    QRectF grid;
    qreal margin = 0; // the white edge inside a card
    qreal markLength = 0;

    [[nodiscard]] int perSheet() const { return columns * rows; }
    [[nodiscard]] QRectF cell(int index) const; // 0 .. perSheet() - 1, row by row
};

// The grid for `device`'s paintable area; columns or rows 0 when not even one card fits.
[[nodiscard]] CardGrid cardGrid(const QPagedPaintDevice& device);

// Lays every document out at a card's size and paints its cards into the grid, starting a new
// sheet when one is full (and, as paintPages does, before the first card unless `jobStarted` is
// false; set to true). `cardsPerDocument` gets how many cards each document took. False when no
// card fits on the page or the device refuses a new page.
[[nodiscard]] bool paintCardSheets(QPainter& painter, QPagedPaintDevice& device, const QList<QTextDocument*>& documents,
    QList<int>& cardsPerDocument, int& sheets, bool& jobStarted);

} // namespace np::print
