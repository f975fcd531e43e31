#include "print/CardSheet.h"

#include "print/PageSetup.h"
#include "print/TextPages.h"

#include <QAbstractTextDocumentLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPen>

#include <cmath>

namespace np::print {
namespace {

qreal millimetres(const QPagedPaintDevice& device, qreal mm, bool horizontal)
{
    return mm * (horizontal ? device.logicalDpiX() : device.logicalDpiY()) / 25.4;
}

// Short lines outside the grid continuing each edge between the cards: where to cut. None lies
// on a card, so nothing printed on one is crossed out.
void drawCutMarks(QPainter& painter, const CardGrid& g)
{
    painter.save();
    QPen pen(Qt::black);
    pen.setWidthF(std::max(1.0, g.markLength / 40.0));
    painter.setPen(pen);
    const qreal gap = g.markLength / 5.0;
    const QRectF& r = g.grid;
    for (int c = 0; c <= g.columns; ++c) {
        const qreal x = r.left() + c * g.card.width();
        painter.drawLine(QPointF(x, r.top() - gap), QPointF(x, r.top() - g.markLength));
        painter.drawLine(QPointF(x, r.bottom() + gap), QPointF(x, r.bottom() + g.markLength));
    }
    for (int row = 0; row <= g.rows; ++row) {
        const qreal y = r.top() + row * g.card.height();
        painter.drawLine(QPointF(r.left() - gap, y), QPointF(r.left() - g.markLength, y));
        painter.drawLine(QPointF(r.right() + gap, y), QPointF(r.right() + g.markLength, y));
    }
    painter.restore();
}

} // namespace

QRectF CardGrid::cell(int index) const
{
    const int column = index % std::max(columns, 1);
    const int row = index / std::max(columns, 1);
    return {QPointF(grid.left() + column * card.width(), grid.top() + row * card.height()), card};
}

CardGrid cardGrid(const QPagedPaintDevice& device)
{
    CardGrid g;
    g.card = QSizeF(
        millimetres(device, WalletCardWidthMillimetres, true), millimetres(device, WalletCardHeightMillimetres, false));
    g.margin = millimetres(device, WalletCardMarginMillimetres, true);
    g.markLength = millimetres(device, CutMarkMillimetres, true);
    const qreal markHeight = millimetres(device, CutMarkMillimetres, false);
    const qreal width = device.width() - 2 * g.markLength;
    const qreal height = device.height() - 2 * markHeight;
    g.columns = std::max(0, int(std::floor(width / g.card.width())));
    g.rows = std::max(0, int(std::floor(height / g.card.height())));
    const QSizeF used(g.columns * g.card.width(), g.rows * g.card.height());
    g.grid = QRectF(QPointF((device.width() - used.width()) / 2, (device.height() - used.height()) / 2), used);
    return g;
}

bool paintCardSheets(QPainter& painter, QPagedPaintDevice& device, const QList<QTextDocument*>& documents,
    QList<int>& cardsPerDocument, int& sheets, bool& jobStarted)
{
    const CardGrid g = cardGrid(device);
    if (g.perSheet() == 0)
        return false;
    const QSizeF inside(g.card.width() - 2 * g.margin, g.card.height() - 2 * g.margin);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, Qt::black);
    int used = g.perSheet(); // the current sheet is full: the first card starts one
    for (QTextDocument* document : documents) {
        const int cards = layOutAt(*document, device, inside);
        cardsPerDocument.append(cards);
        for (int i = 0; i < cards; ++i) {
            if (used == g.perSheet()) {
                if (jobStarted && !device.newPage())
                    return false;
                jobStarted = true;
                ++sheets;
                used = 0;
                drawCutMarks(painter, g);
            }
            const QRectF cell = g.cell(used++);
            const QRectF area(QPointF(0, i * inside.height()), inside);
            painter.save();
            painter.translate(cell.left() + g.margin, cell.top() + g.margin - area.top());
            painter.setClipRect(area);
            context.clip = area;
            document->documentLayout()->draw(&painter, context);
            painter.restore();
        }
    }
    return true;
}

} // namespace np::print
