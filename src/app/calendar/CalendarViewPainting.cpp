#include "CalendarTime.h"
#include "CalendarView.h"

#include "app/patients/PatientText.h"

#include <QLocale>
#include <QPaintEvent>
#include <QPainter>

using namespace Qt::StringLiterals;

// The calendar's painting: the columns with their open hours, the appointments, the place a drag
// would put one, and the header and ruler pinned over them. Geometry, keys and the mouse are in
// CalendarView.cpp.
namespace np::app {
void CalendarView::paintEvent(QPaintEvent* event)
{
    QPainter p(viewport());
    const QRect clip = event->rect();
    paintColumns(p, clip);
    const auto& items = m_model->items();
    const QRect area(m_rulerWidth, m_headerHeight, viewport()->width(), viewport()->height());
    const ItemStyle style(font());
    for (int row = 0; row < items.size(); ++row) {
        const QRect r = itemRect(row);
        if (r.intersects(clip) && r.intersects(area))
            paintItem(p, style, items[row], r);
    }
    paintGhost(p);
    paintHeader(p, clip);
    paintRuler(p);
}

void CalendarView::paintColumns(QPainter& p, const QRect& clip) const
{
    const QPalette& pal = palette();
    const QColor offHours = pal.color(QPalette::AlternateBase).darker(104);
    const QColor line = pal.color(QPalette::Mid);
    const int top = m_headerHeight;
    const int bottom = minuteY(m_model->lastMinute());
    const int perDay = std::max(1, m_model->columnsPerDay());
    p.setClipRect(QRect(m_rulerWidth, m_headerHeight, viewport()->width(), viewport()->height()).intersected(clip));
    const auto& columns = m_model->columns();
    const int firstColumn = std::max(0, columnAt(m_rulerWidth));
    for (int c = firstColumn; c < columns.size(); ++c) {
        const int x = columnX(c);
        if (x > viewport()->width())
            break;
        const CalendarModel::Column& col = columns[c];
        const QRect whole(x, top, m_columnWidth, bottom - top);
        if (!col.closedReason.isEmpty()) {
            p.fillRect(whole, offHours);
            p.fillRect(whole, QBrush(line, Qt::BDiagPattern));
        } else {
            int from = m_model->firstMinute();
            for (const TimeRange& t : col.open) {
                const int start = minuteOfDay(t.start);
                if (start > from)
                    p.fillRect(QRect(x, minuteY(from), m_columnWidth, minuteY(start) - minuteY(from)), offHours);
                from = t.end == QTime(0, 0) ? 24 * 60 : minuteOfDay(t.end);
            }
            if (from < m_model->lastMinute())
                p.fillRect(QRect(x, minuteY(from), m_columnWidth, bottom - minuteY(from)), offHours);
        }
        p.setPen(QPen(line, (c + 1) % perDay == 0 ? 2 : 1));
        p.drawLine(x + m_columnWidth - 1, top, x + m_columnWidth - 1, bottom);
    }
    // The hours and half hours across every column.
    const int right = std::min(viewport()->width(), columnX(static_cast<int>(columns.size())));
    for (int m = m_model->firstMinute(); m <= m_model->lastMinute(); m += 30) {
        const int y = minuteY(m);
        p.setPen(QPen(line, 1, m % 60 == 0 ? Qt::SolidLine : Qt::DotLine));
        p.drawLine(m_rulerWidth, y, right, y);
    }
    p.setClipping(false);
}

CalendarView::ItemStyle::ItemStyle(const QFont& font)
    : plain(font)
    , bold(font)
    , plainMetrics(font)
    , boldMetrics([&] {
        QFont f = font;
        f.setBold(true);
        return f;
    }())
{
    bold.setBold(true);
    plainStruck = plain;
    plainStruck.setStrikeOut(true);
    boldStruck = bold;
    boldStruck.setStrikeOut(true);
}

void CalendarView::paintItem(QPainter& p, const ItemStyle& style, const CalendarModel::Item& item, const QRect& r) const
{
    const QPalette& pal = palette();
    const bool off = item.calledOff();
    const bool selected = item.id == m_current;
    const QRect area(m_rulerWidth, m_headerHeight, viewport()->width(), viewport()->height());
    QColor fill = item.colour;
    if (off)
        fill = QColor::fromHsl(fill.hslHue(), 20, 235);
    p.setClipRect(area);
    p.fillRect(r, fill);
    p.setPen(QPen(selected ? pal.color(QPalette::Highlight) : item.colour.darker(off ? 115 : 150), selected ? 3 : 1,
        off ? Qt::DashLine : Qt::SolidLine));
    p.drawRect(r.adjusted(0, 0, -1, -1));
    if (selected && hasFocus()) {
        p.setPen(QPen(pal.color(QPalette::HighlightedText), 1, Qt::DotLine));
        p.drawRect(r.adjusted(3, 3, -4, -4));
    }
    const QRect inside = r.adjusted(4, 2, -3, -1).intersected(area);
    p.setClipRect(inside);
    p.setPen(off ? pal.color(QPalette::Disabled, QPalette::Text) : QColor(Qt::black));
    const int width = r.width() - 7;
    int y = r.top() + 2;
    const auto line = [&](const QFont& f, const QFontMetrics& fm, const QString& s) {
        if (y > inside.bottom())
            return; // a short appointment shows what fits
        p.setFont(f);
        p.drawText(QRect(r.left() + 4, y, width, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
            fm.elidedText(s, Qt::ElideRight, width));
        y += fm.height();
    };
    line(off ? style.boldStruck : style.bold, style.boldMetrics, item.patient);
    line(off ? style.plainStruck : style.plain, style.plainMetrics, item.timeLine);
    line(off ? style.plainStruck : style.plain, style.plainMetrics, item.treatment);
    p.setClipping(false);
}

void CalendarView::paintGhost(QPainter& p) const
{
    if (!m_drag.active || m_drag.ghost.isEmpty())
        return;
    const QPalette& pal = palette();
    p.setClipRect(QRect(m_rulerWidth, m_headerHeight, viewport()->width(), viewport()->height()));
    const QColor colour = m_drag.refusal ? QColor(0xc0, 0x20, 0x20) : QColor(0x20, 0x80, 0x30);
    QColor fill = colour;
    fill.setAlpha(40);
    p.fillRect(m_drag.ghost, fill);
    p.setPen(QPen(colour, 2, m_drag.refusal ? Qt::DashLine : Qt::SolidLine));
    p.drawRect(m_drag.ghost.adjusted(1, 1, -1, -1));
    p.setPen(pal.color(QPalette::Text));
    const QString text = m_drag.refusal ? tr("Not here: %1").arg(*m_drag.refusal)
                                        : displayTime(m_drag.target ? m_drag.target->start.time() : QTime());
    p.drawText(m_drag.ghost.adjusted(4, 2, -3, -2), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, text);
    p.setClipping(false);
}

void CalendarView::paintHeader(QPainter& p, const QRect& clip) const
{
    if (clip.top() > m_headerHeight)
        return;
    const QPalette& pal = palette();
    const QFontMetrics fm = fontMetrics();
    const QRect band(0, 0, viewport()->width(), m_headerHeight);
    p.fillRect(band, pal.color(QPalette::Button));
    p.setClipRect(QRect(m_rulerWidth, 0, viewport()->width(), m_headerHeight));
    const auto& columns = m_model->columns();
    const int perDay = std::max(1, m_model->columnsPerDay());
    const int rowHeight = fm.height() + 4;
    QFont bold = font();
    bold.setBold(true);
    for (int c = 0; c < columns.size(); c += perDay) {
        const int x = columnX(c);
        const int width = perDay * m_columnWidth;
        if (x + width < m_rulerWidth || x > viewport()->width())
            continue;
        const CalendarModel::Column& col = columns[c];
        const bool today = col.day == m_model->today();
        // The longest form of the day that fits its columns: "Wednesday 16 December", "Wed 16
        // December", "Wed 16 Dec", "Wed 16"; cut short only when even the last does not.
        const QFontMetrics boldMetrics(bold);
        QString label;
        for (const QString& format : {u"dddd d MMMM"_s, u"ddd d MMMM"_s, u"ddd d MMM"_s, u"ddd d"_s}) {
            label = QLocale().toString(col.day, format);
            if (today)
                label = tr("%1 (today)").arg(label);
            if (!col.closedReason.isEmpty())
                label = tr("%1 · %2", "day · closure").arg(label, col.closedReason);
            if (boldMetrics.horizontalAdvance(label) <= width - 8)
                break;
        }
        const QRect r(x, 2, width, rowHeight);
        if (today)
            p.fillRect(r.adjusted(1, 0, -1, 0), pal.color(QPalette::Highlight));
        p.setPen(today ? pal.color(QPalette::HighlightedText) : pal.color(QPalette::ButtonText));
        p.setFont(bold);
        p.drawText(r.adjusted(4, 0, -4, 0), Qt::AlignCenter, boldMetrics.elidedText(label, Qt::ElideRight, width - 8));
        p.setPen(pal.color(QPalette::Mid));
        p.drawLine(x + width - 1, 0, x + width - 1, m_headerHeight);
    }
    p.setFont(font());
    p.setPen(pal.color(QPalette::ButtonText));
    for (int c = 0; c < columns.size(); ++c) {
        const int x = columnX(c);
        if (x + m_columnWidth < m_rulerWidth || x > viewport()->width())
            continue;
        const QRect r(x, 2 + rowHeight, m_columnWidth, rowHeight);
        p.drawText(r.adjusted(4, 0, -4, 0), Qt::AlignCenter,
            fm.elidedText(columns[c].name, Qt::ElideRight, m_columnWidth - 8));
    }
    p.setClipping(false);
    p.setPen(pal.color(QPalette::Mid));
    p.drawLine(0, m_headerHeight - 1, viewport()->width(), m_headerHeight - 1);
}

void CalendarView::paintRuler(QPainter& p) const
{
    const QPalette& pal = palette();
    p.fillRect(QRect(0, m_headerHeight, m_rulerWidth, viewport()->height()), pal.color(QPalette::Button));
    p.setClipRect(QRect(0, m_headerHeight, m_rulerWidth, viewport()->height()));
    p.setPen(pal.color(QPalette::ButtonText));
    const int h = fontMetrics().height();
    for (int m = m_model->firstMinute(); m < m_model->lastMinute(); m += 60) {
        const int y = minuteY(m);
        p.drawText(QRect(0, y + 1, m_rulerWidth - 6, h), Qt::AlignRight | Qt::AlignTop, displayTime(timeOfMinute(m)));
    }
    p.setClipping(false);
    p.setPen(pal.color(QPalette::Mid));
    p.drawLine(m_rulerWidth - 1, 0, m_rulerWidth - 1, viewport()->height());
    p.fillRect(QRect(0, 0, m_rulerWidth - 1, m_headerHeight - 1), pal.color(QPalette::Button));
}

} // namespace np::app
