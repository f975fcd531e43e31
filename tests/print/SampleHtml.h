#pragma once

// Sample documents for the PDF output tests and the print benchmark: what a post-care sheet is
// made of (a letterhead table with a logo, headings, 25 instruction lines), and long text.

#include <QBuffer>
#include <QColor>
#include <QImage>
#include <QString>

namespace np::print::sample {

// A small PNG logo as a data: URI, the way the document builders embed the clinic's logo.
inline QString logoDataUri()
{
    QImage logo(120, 48, QImage::Format_RGB32);
    logo.fill(QColor(176, 48, 96));
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    logo.save(&buffer, "PNG");
    return QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
}

// About one page at 11 pt on A4 or US Letter, for `patient`.
inline QString postCareHtml(const QString& patient)
{
    QString html = QStringLiteral("<html><body>"
                                  "<table width=\"100%\" cellpadding=\"2\"><tr>"
                                  "<td><img src=\"%1\" width=\"120\" height=\"48\"></td>"
                                  "<td align=\"right\"><b>Rosé Skin Clinic</b><br>12 Calle Mayor, Madrid<br>"
                                  "Phone +34 910 000 000 &middot; After hours +34 600 000 000</td>"
                                  "</tr></table>"
                                  "<h2>After your microneedling session</h2>"
                                  "<p><b>Patient:</b> %2 &nbsp; <b>Date:</b> 22 November 2026 &nbsp; "
                                  "<b>Treatment:</b> Automated pen, full face &nbsp; <b>Practitioner:</b> Ana Ruiz</p>"
                                  "<h3>What to do</h3><ul>")
                       .arg(logoDataUri(), patient);
    for (int i = 1; i <= 25; ++i)
        html += QStringLiteral("<li>Instruction %1: keep the treated skin clean and moisturised.</li>").arg(i);
    html += QStringLiteral("</ul><h3>Call the clinic</h3>"
                           "<p>If you notice signs of infection, blistering, a rash or fever, call +34 910 000 000.</p>"
                           "<p><b>Next appointment:</b> Monday 21 December 2026 at 10:30</p>"
                           "</body></html>");
    return html;
}

// `lines` numbered paragraphs ("Line 1" ...) under a heading: several pages.
inline QString longHtml(const QString& heading, int lines)
{
    QString html = QStringLiteral("<h1>%1</h1>").arg(heading);
    for (int i = 1; i <= lines; ++i)
        html += QStringLiteral("<p>%1 line %2 of %3</p>").arg(heading).arg(i).arg(lines);
    return html;
}

} // namespace np::print::sample
