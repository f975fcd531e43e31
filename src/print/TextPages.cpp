#include "print/TextPages.h"

#include "print/PageSetup.h"

#include <QAbstractTextDocumentLayout>
#include <QFont>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPalette>
#include <QTextBlock>
#include <QTextCursor>

#include <algorithm>
#include <optional>
#include <utility>
#include <vector>

namespace np::print {

namespace {

// What QTextCharFormat::font() multiplies the size by for the HTML sizes below the default
// (<small>, font-size: small / x-small): adjustments -2 and -1.
constexpr qreal SmallerScale[] = {0.7, 0.8};

// `format` with its size raised to MinimumPointSize if it asks for less; nullopt if it does not.
std::optional<QTextCharFormat> raisedSize(QTextCharFormat format, qreal defaultPointSize)
{
    bool changed = false;
    if (format.hasProperty(QTextFormat::FontPixelSize)) {
        // CSS pixels: 96 to the inch.
        if (format.intProperty(QTextFormat::FontPixelSize) * 72.0 / 96.0 < MinimumPointSize) {
            format.clearProperty(QTextFormat::FontPixelSize);
            format.setFontPointSize(MinimumPointSize);
            changed = true;
        }
    } else if (format.hasProperty(QTextFormat::FontPointSize) && format.fontPointSize() < MinimumPointSize) {
        format.setFontPointSize(MinimumPointSize);
        changed = true;
    }
    const int adjustment = format.intProperty(QTextFormat::FontSizeAdjustment);
    if (adjustment < 0) {
        const qreal base = format.hasProperty(QTextFormat::FontPointSize) ? format.fontPointSize() : defaultPointSize;
        if (base * SmallerScale[std::max(adjustment, -2) + 2] < MinimumPointSize) {
            format.setProperty(QTextFormat::FontSizeAdjustment, 0);
            changed = true;
        }
    }
    return changed ? std::optional(format) : std::nullopt;
}

void raiseSmallText(QTextDocument& document)
{
    const qreal defaultPointSize = document.defaultFont().pointSizeF();
    std::vector<std::pair<QTextFragment, QTextCharFormat>> raised;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it)
            if (auto format = raisedSize(it.fragment().charFormat(), defaultPointSize))
                raised.emplace_back(it.fragment(), *format);
    QTextCursor cursor(&document);
    for (const auto& [fragment, format] : raised) {
        cursor.setPosition(fragment.position());
        cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
        cursor.setCharFormat(format);
    }
}

} // namespace

std::unique_ptr<QTextDocument> textDocument(const QString& html, qreal pointSize)
{
    auto document = std::make_unique<QTextDocument>();
    QFont font = document->defaultFont();
    font.setPointSizeF(std::max(pointSize, MinimumPointSize));
    document->setDefaultFont(font);
    document->setDocumentMargin(0); // the page's margins are the printer's
    document->setHtml(html);
    raiseSmallText(*document);
    return document;
}

int layOutFor(QTextDocument& document, QPagedPaintDevice& device)
{
    document.documentLayout()->setPaintDevice(&device);
    document.setPageSize(QSizeF(device.width(), device.height()));
    return document.pageCount();
}

bool paintPages(QPainter& painter, QPagedPaintDevice& device, QTextDocument& document, bool& jobStarted)
{
    const QSizeF page = document.pageSize();
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, Qt::black);
    for (int i = 0; i < document.pageCount(); ++i) {
        if (jobStarted && !device.newPage())
            return false;
        jobStarted = true;
        const QRectF area(QPointF(0, i * page.height()), page);
        painter.save();
        painter.translate(0, -area.top());
        painter.setClipRect(area);
        context.clip = area;
        document.documentLayout()->draw(&painter, context);
        painter.restore();
    }
    return true;
}

} // namespace np::print
