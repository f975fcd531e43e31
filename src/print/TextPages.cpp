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
#include <QTextOption>

#include <algorithm>
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
    document.setPageSize(QSizeF(device.width(), device.height() - footer));
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
