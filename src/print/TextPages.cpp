#include "print/TextPages.h"

#include "print/PageSetup.h"

#include <QAbstractTextDocumentLayout>
#include <QFont>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPalette>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextFrame>
#include <QTextOption>
#include <QTextTable>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;

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

// The document property holding the page label: `<meta name="page-label" content="Page %1 of %2">`
// in a template (the letterhead has one per language), %1 the page, %2 the page count.
constexpr char PageLabelProperty[] = "needlepointPageLabel";

QString pageLabelOf(const QString& html)
{
    static const QRegularExpression meta(uR"re(<meta\s+name\s*=\s*"page-label"\s+content\s*=\s*"([^"]*)"\s*/?>)re"_s);
    return meta.match(html).captured(1);
}

// Room under the text for the page label: a line of the default font and a half.
qreal footerHeight(const QTextDocument& document, QPagedPaintDevice& device)
{
    return QFontMetricsF(document.defaultFont(), &device).height() * 1.5;
}

void collectTables(QTextFrame* frame, QList<QTextTable*>& tables)
{
    for (QTextFrame* child : frame->childFrames()) {
        if (auto* table = qobject_cast<QTextTable*>(child))
            tables.append(table);
        collectTables(child, tables);
    }
}

// The top and bottom of row `r`'s text in document coordinates (pages one under the other).
std::pair<qreal, qreal> rowExtent(const QTextDocument& document, QTextTable& table, int r)
{
    QAbstractTextDocumentLayout* layout = document.documentLayout();
    qreal top = std::numeric_limits<qreal>::max();
    qreal bottom = 0;
    for (int c = 0; c < table.columns(); ++c) {
        const QTextTableCell cell = table.cellAt(r, c);
        if (!cell.isValid() || cell.row() != r || cell.column() != c)
            continue; // spanned from another row or column
        top = std::min(top, layout->blockBoundingRect(cell.firstCursorPosition().block()).top());
        bottom = std::max(bottom, layout->blockBoundingRect(cell.lastCursorPosition().block()).bottom());
    }
    return {top, bottom};
}

int pageOf(qreal y, qreal page)
{
    return static_cast<int>(std::floor(y / page));
}

// A table row is never split between pages: one that would be starts the next page whole, where
// the table's header row (a <thead>) repeats. Qt moves a row to the next page only when none of
// its text fits on the current one, and otherwise splits it at a line. So the row before a split
// row is made just tall enough (its first cell's bottom padding, found by halving) for the split
// row to start past the page's bottom, which Qt then moves whole: the row before reaches the foot
// of the page, as Qt's own move of a row leaves it. A table whose first row would be split starts
// on a new page; a row taller than a page is left to split.
void keepRowsWhole(QTextDocument& document)
{
    const qreal page = document.pageSize().height();
    if (page <= 0)
        return;
    QList<QTextTable*> tables;
    collectTables(document.rootFrame(), tables);
    auto isSplit = [&](QTextTable& table, int r) {
        const auto [top, bottom] = rowExtent(document, table, r);
        return bottom > top && bottom - top <= page && pageOf(top, page) != pageOf(bottom - 0.5, page);
    };
    for (QTextTable* table : tables) {
        for (int r = table->format().headerRowCount(); r < table->rows(); ++r) {
            if (!isSplit(*table, r))
                continue;
            if (r == table->format().headerRowCount()) {
                QTextTableFormat format = table->format();
                format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
                table->setFormat(format);
                continue;
            }
            const int startPage = pageOf(rowExtent(document, *table, r).first, page);
            QTextTableCell above = table->cellAt(r - 1, 0);
            const QTextTableCellFormat original = above.format().toTableCellFormat();
            auto movesWith = [&](qreal extra) {
                QTextTableCellFormat format = original;
                format.setBottomPadding(original.bottomPadding() + extra);
                above.setFormat(format); // lays the document out again
                return pageOf(rowExtent(document, *table, r).first, page) > startPage;
            };
            // Padding in the layout's units (CSS pixels, scaled to the device): up to a page of it
            // surely moves the row; halve towards the least that does.
            qreal low = 0;
            qreal high = page;
            if (!movesWith(high)) {
                above.setFormat(original);
                continue;
            }
            for (int i = 0; i < 24 && high - low > 0.25; ++i) {
                const qreal middle = (low + high) / 2;
                (movesWith(middle) ? high : low) = middle;
            }
            (void)movesWith(high);
        }
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
    // Lines break between words only, never inside one: a name, a time, a phone number, an email
    // or a web address stays whole (Qt's default also breaks anywhere when a word does not fit,
    // which cut "consentimiento" in two in a narrow column). Table columns then take at least
    // their longest word.
    QTextOption wrap = document->defaultTextOption();
    wrap.setWrapMode(QTextOption::WordWrap);
    document->setDefaultTextOption(wrap);
    document->setHtml(html);
    raiseSmallText(*document);
    document->setProperty(PageLabelProperty, pageLabelOf(html));
    return document;
}

int layOutFor(QTextDocument& document, QPagedPaintDevice& device)
{
    document.documentLayout()->setPaintDevice(&device);
    const bool labelled = !document.property(PageLabelProperty).toString().isEmpty();
    const qreal footer = labelled ? footerHeight(document, device) : 0;
    return layOutAt(document, device, QSizeF(device.width(), device.height() - footer));
}

int layOutAt(QTextDocument& document, QPagedPaintDevice& device, const QSizeF& page)
{
    document.documentLayout()->setPaintDevice(&device);
    document.setPageSize(page);
    keepRowsWhole(document);
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
        // "Page 2 of 5" under the text of a document of more than one page.
        const QString label = document.property(PageLabelProperty).toString();
        if (!label.isEmpty() && document.pageCount() > 1) {
            painter.save();
            painter.setFont(QFont(document.defaultFont(), &device));
            painter.setPen(Qt::black);
            const QRectF footer(0, page.height(), page.width(), device.height() - page.height());
            painter.drawText(footer, Qt::AlignHCenter | Qt::AlignBottom,
                label.arg(QString::number(i + 1), QString::number(document.pageCount())));
            painter.restore();
        }
    }
    return true;
}

} // namespace np::print
