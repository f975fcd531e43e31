// The print service's PDF and printer output, checked with poppler's pdfinfo and pdftotext.
#include "print/CardSheet.h"
#include "print/PrintService.h"
#include "print/TextPages.h"

#include "PdfText.h"
#include "SampleHtml.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QPdfWriter>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextBlock>

using namespace Qt::StringLiterals;
using np::print::PageSetup;
using np::print::PaperSize;
namespace sample = np::print::sample;
using np::test::pdfInfo;
using np::test::pdfPages;
using np::test::pdfText;

namespace {

np::print::PrintedPages written(const QString& path, const QStringList& htmls, PaperSize paper = PaperSize::A4)
{
    const auto pages = np::print::writePdf(path, htmls, PageSetup {.paper = paper}, u"Sample"_s);
    INFO((pages ? QString() : pages.error()).toStdString());
    REQUIRE(pages.has_value());
    return *pages;
}

QStringList entries(const QString& folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
}

} // namespace

TEST_CASE("writePdf gives A4 and Letter pages with the text, non-ASCII included, and the metadata")
{
    const auto [paper, sizeName]
        = GENERATE(std::pair {PaperSize::A4, "(A4)"}, std::pair {PaperSize::Letter, "(letter)"});
    QTemporaryDir dir;
    const QString path = dir.filePath(u"post-care.pdf"_s);
    const auto pages = written(path, {sample::postCareHtml(u"José Núñez"_s)}, paper);

    CHECK(pages.perDocument == QList<int> {1});
    const auto info = pdfInfo(path);
    CHECK(info.value(u"Page size"_s).endsWith(QString::fromLatin1(sizeName)));
    CHECK(info.value(u"Pages"_s) == u"1"_s);
    CHECK(info.value(u"Title"_s) == u"Sample"_s);
    CHECK(info.value(u"Creator"_s) == u"Needlepoint"_s);
    const QString text = pdfText(path);
    CHECK(text.contains(u"José Núñez"_s));
    CHECK(text.contains(u"Rosé Skin Clinic"_s));
    CHECK(text.contains(u"Instruction 25"_s));
    CHECK(text.contains(u"Monday 21 December 2026 at 10:30"_s));
}

TEST_CASE("A post-care sized document stays on one page at 11 pt and a long one takes several")
{
    const PaperSize paper = GENERATE(PaperSize::A4, PaperSize::Letter);
    const PageSetup setup {.paper = paper};
    CHECK(np::print::pageCount(sample::postCareHtml(u"José Núñez"_s), setup) == 1);

    QTemporaryDir dir;
    const QString path = dir.filePath(u"long.pdf"_s);
    const auto pages = written(path, {sample::longHtml(u"Notes"_s, 200)}, paper);
    REQUIRE(pages.total() > 3);
    CHECK(np::print::pageCount(sample::longHtml(u"Notes"_s, 200), setup) == pages.total());
    CHECK(pdfPages(path) == pages.total());
    CHECK(pdfText(path, 1, 1).contains(u"Notes line 1 of 200"_s));
    CHECK_FALSE(pdfText(path, 1, 1).contains(u"Notes line 200 of 200"_s));
    CHECK(pdfText(path, pages.total(), pages.total()).contains(u"Notes line 200 of 200"_s));
    // Letter is shorter than A4: more pages for the same text.
    if (paper == PaperSize::Letter)
        CHECK(pages.total() > np::print::pageCount(sample::longHtml(u"Notes"_s, 200), PageSetup {}).value_or(0));
}

TEST_CASE("A batch gives every document's pages in order, each document from a new page")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"batch.pdf"_s);
    const auto pages = written(path,
        {sample::postCareHtml(u"Ana Alpha"_s), sample::longHtml(u"Bravo"_s, 120),
            sample::postCareHtml(u"Carla Charlie"_s)});

    REQUIRE(pages.perDocument.size() == 3);
    CHECK(pages.perDocument[0] == 1);
    CHECK(pages.perDocument[1] > 1);
    CHECK(pages.perDocument[2] == 1);
    const int last = pages.total();
    CHECK(pdfPages(path) == last);
    const QString first = pdfText(path, 1, 1);
    CHECK(first.contains(u"Ana Alpha"_s));
    CHECK_FALSE(first.contains(u"Bravo"_s));
    CHECK(pdfText(path, 2, 2).trimmed().startsWith(u"Bravo"_s));
    const QString bravoEnd = pdfText(path, last - 1, last - 1);
    CHECK(bravoEnd.contains(u"Bravo line 120 of 120"_s));
    CHECK_FALSE(bravoEnd.contains(u"Carla Charlie"_s));
    const QString carla = pdfText(path, last, last);
    CHECK(carla.contains(u"Carla Charlie"_s));
    CHECK_FALSE(carla.contains(u"Bravo"_s));
}

TEST_CASE("print puts a batch on the caller's printer as one job with the page set up")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"printed.pdf"_s);
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    np::print::setUpPrinter(printer, PageSetup {.paper = PaperSize::Letter});

    const auto pages = np::print::print(
        printer, {sample::postCareHtml(u"José Núñez"_s), sample::longHtml(u"Day"_s, 5)}, u"Day sheet"_s);
    INFO((pages ? QString() : pages.error()).toStdString());
    REQUIRE(pages.has_value());
    CHECK(pages->perDocument == QList<int> {1, 1});
    const auto info = pdfInfo(path);
    CHECK(info.value(u"Pages"_s) == u"2"_s);
    CHECK(info.value(u"Page size"_s).endsWith(u"(letter)"_s));
    CHECK(info.value(u"Title"_s) == u"Day sheet"_s);
    CHECK(info.value(u"Creator"_s) == u"Needlepoint"_s);
    CHECK(pdfText(path, 1, 1).contains(u"José Núñez"_s));
    CHECK(pdfText(path, 2, 2).contains(u"Day line 5 of 5"_s));
}

TEST_CASE("No text is smaller than 11 pt, whatever the HTML asks for")
{
    const QString html = u"<h1>Big</h1><p>plain <span style=\"font-size:6pt\">six</span> <small>small</small> "
                         u"<span style=\"font-size:9px\">pixels</span> <span style=\"font-size:x-small\">tiny</span> "
                         u"<span style=\"font-size:12pt\">twelve</span></p>"_s;
    SECTION("at the default size")
    {
        const auto document = np::print::textDocument(html, 8.0);
        CHECK(document->defaultFont().pointSizeF() == np::print::MinimumPointSize);
        QMap<QString, QTextCharFormat> formats;
        for (QTextBlock block = document->begin(); block.isValid(); block = block.next())
            for (auto it = block.begin(); !it.atEnd(); ++it)
                formats.insert(it.fragment().text().trimmed(), it.fragment().charFormat());
        for (const QString& word : {u"six"_s, u"small"_s, u"pixels"_s, u"tiny"_s, u"plain"_s}) {
            INFO(word.toStdString());
            REQUIRE(formats.contains(word));
            const QTextCharFormat& f = formats[word];
            CHECK_FALSE(f.hasProperty(QTextFormat::FontPixelSize));
            CHECK(f.intProperty(QTextFormat::FontSizeAdjustment) >= 0);
            CHECK((!f.hasProperty(QTextFormat::FontPointSize) || f.fontPointSize() >= np::print::MinimumPointSize));
        }
        CHECK(formats[u"twelve"_s].fontPointSize() == 12.0);
        CHECK(formats[u"Big"_s].intProperty(QTextFormat::FontSizeAdjustment) > 0);
    }
    SECTION("a larger default keeps <small> while it stays readable")
    {
        const auto document = np::print::textDocument(u"<p><small>small</small></p>"_s, 14.0);
        CHECK(document->defaultFont().pointSizeF() == 14.0);
        CHECK(document->begin().begin().fragment().charFormat().intProperty(QTextFormat::FontSizeAdjustment) == -1);
    }
}

TEST_CASE("writePdf refuses a target it cannot write, naming it, and leaves no file")
{
    QTemporaryDir dir;
    const QString html = sample::longHtml(u"Refused"_s, 3);
    const auto refused = [&html](const QString& path, const QString& why) {
        const auto pages = np::print::writePdf(path, {html}, PageSetup {}, u"x"_s);
        REQUIRE_FALSE(pages.has_value());
        INFO(pages.error().toStdString());
        CHECK(pages.error().contains(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())));
        CHECK(pages.error().contains(why));
    };

    refused(dir.filePath(u"missing/out.pdf"_s), u"does not exist"_s);
    QFile plain(dir.filePath(u"plain.txt"_s));
    REQUIRE(plain.open(QIODevice::WriteOnly));
    plain.close();
    refused(dir.filePath(u"plain.txt/out.pdf"_s), u"does not exist"_s);
    REQUIRE(QDir(dir.path()).mkdir(u"folder.pdf"_s));
    refused(dir.filePath(u"folder.pdf"_s), u"is a folder"_s);
    CHECK(entries(dir.path()) == QStringList {u"folder.pdf"_s, u"plain.txt"_s});

    const QString locked = dir.filePath(u"locked"_s);
    REQUIRE(QDir(dir.path()).mkdir(u"locked"_s));
    REQUIRE(QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    if (QFileInfo(locked).isWritable()) {
        WARN("the folder stays writable (running as root?): the not-writable case is not checked");
    } else {
        refused(locked + u"/out.pdf"_s, u"is not writable"_s);
        CHECK(entries(locked).isEmpty());
    }
    QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

TEST_CASE("An existing file is replaced only when the new PDF is complete")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"sheet.pdf"_s);
    QFile old(path);
    REQUIRE(old.open(QIODevice::WriteOnly));
    old.write("the previous sheet");
    old.close();

    const auto nothing = np::print::writePdf(path, {}, PageSetup {}, u"x"_s);
    REQUIRE_FALSE(nothing.has_value());
    CHECK(nothing.error().contains(u"nothing to print"_s));
    CHECK(np::test::readFile(path) == "the previous sheet");
    CHECK(entries(dir.path()) == QStringList {u"sheet.pdf"_s});

    written(path, {sample::postCareHtml(u"José Núñez"_s)});
    CHECK(np::test::readFile(path).startsWith("%PDF-"));
    CHECK(pdfText(path).contains(u"José Núñez"_s));
    CHECK(entries(dir.path()) == QStringList {u"sheet.pdf"_s});
}

TEST_CASE("Paper sizes read and write as a4 and letter, whatever the case, and nothing else")
{
    using np::print::PaperSize;
    for (const PaperSize paper : {PaperSize::A4, PaperSize::Letter})
        CHECK(np::print::paperSizeFromCode(np::print::paperSizeCode(paper)) == paper);
    CHECK(np::print::paperSizeCode(PaperSize::Letter) == QStringLiteral("letter"));
    CHECK(np::print::paperSizeFromCode(u"A4") == PaperSize::A4);
    CHECK_FALSE(np::print::paperSizeFromCode(u"legal").has_value());
    CHECK_FALSE(np::print::paperSizeFromCode(u"").has_value());
}

TEST_CASE("a long table repeats its header on every page, numbers its pages, and never splits a row")
{
    // Rows of four lines each, enough for several pages of A4 and of Letter.
    QString html = u"<html><body><meta name=\"page-label\" content=\"Page %1 of %2\">"
                   "<table width=\"100%\" border=\"1\" cellspacing=\"0\"><thead><tr><th>Patient</th><th>Phone</th>"
                   "</tr></thead>"_s;
    for (int i = 0; i < 60; ++i)
        html += u"<tr><td>Row%1 María<br>line two<br>line three</td><td>+34 600 000 %2<br>x<br>y<br>End%1.</td></tr>"_s
                    .arg(i)
                    .arg(100 + i);
    html += u"</table></body></html>"_s;
    for (const PaperSize paper : {PaperSize::A4, PaperSize::Letter}) {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"long.pdf"_s);
        const auto written = np::print::writePdf(path, {html}, PageSetup {.paper = paper}, u"Long"_s);
        REQUIRE(written);
        const int pages = pdfPages(path);
        REQUIRE(pages >= 3);
        QMap<int, int> pageOfRow; // row -> the page its name is on
        for (int p = 1; p <= pages; ++p) {
            const QString text = pdfText(path, p, p);
            INFO("page " << p);
            CHECK(text.contains(u"Page %1 of %2"_s.arg(p).arg(pages)));
            CHECK(text.contains(u"Patient"_s)); // the header, on every page
            for (int i = 0; i < 60; ++i) {
                if (text.contains(u"Row%1 María"_s.arg(i)))
                    pageOfRow[i] = p;
                // A row's phone and its last line are on the page of its name: it was not split.
                for (const QString& part : {u"+34 600 000 %1"_s.arg(100 + i), u"End%1."_s.arg(i)})
                    if (text.contains(part)) {
                        INFO("row " << i << ": " << part.toStdString());
                        CHECK(pageOfRow.value(i) == p);
                    }
            }
        }
        CHECK(pageOfRow.size() == 60);
    }
}

TEST_CASE("wallet cards fill a sheet's grid row by row, as many sheets as they need, each card whole")
{
    using np::print::CardFormat;
    for (const auto& [paper, perSheet] : {std::pair {PaperSize::A4, 10}, std::pair {PaperSize::Letter, 8}}) {
        INFO(np::print::paperSizeCode(paper).toStdString());
        QBuffer nowhere;
        QPdfWriter writer(&nowhere);
        writer.setPageLayout(np::print::pageLayout(PageSetup {.paper = paper, .cards = CardFormat::Sheet}));
        const np::print::CardGrid grid = np::print::cardGrid(writer);
        CHECK(grid.columns == 2);
        CHECK(grid.perSheet() == perSheet);
        // The cards and their cut marks are on the page, and the cards abut.
        CHECK(grid.grid.left() >= grid.markLength);
        CHECK(grid.grid.top() >= grid.markLength * 0.9);
        CHECK(grid.grid.right() <= writer.width() - grid.markLength);
        CHECK(grid.cell(1).left() == Approx(grid.cell(0).right()));
        CHECK(grid.cell(2).top() == Approx(grid.cell(0).bottom()));
    }

    // Eleven patients' cards: ten on the first A4 sheet, one on the second.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"cards.pdf"_s);
    QStringList cards;
    for (int i = 1; i <= 11; ++i)
        cards << u"<p><b>Patient %1</b></p><p>Tue 5 Jan 2027 09:00</p>"_s.arg(i);
    const auto pages = np::print::writePdf(path, cards, PageSetup {.cards = CardFormat::Sheet}, u"Cards"_s);
    REQUIRE(pages.has_value());
    CHECK(pages->sheets == 2);
    CHECK(pages->total() == 2);
    CHECK(pages->perDocument == QList<int>(11, 1));
    CHECK(pdfPages(path) == 2);
    const QString text = pdfText(path);
    for (int i = 1; i <= 11; ++i)
        CHECK(text.contains(QRegularExpression(u"Patient %1\\b"_s.arg(i))));

    // A card with more than fits continues on the next card; one per page, each page a card.
    QString longCard = u"<p><b>Many sessions</b></p>"_s;
    for (int i = 1; i <= 14; ++i)
        longCard += u"<p>Session %1</p>"_s.arg(i);
    const auto wallet = np::print::writePdf(
        dir.filePath(u"wallet.pdf"_s), {longCard}, PageSetup {.cards = CardFormat::Wallet}, u"Card"_s);
    REQUIRE(wallet.has_value());
    CHECK(wallet->perDocument.value(0) >= 2);
    CHECK(pdfInfo(dir.filePath(u"wallet.pdf"_s)).value(u"Page size"_s).startsWith(u"241 x 156 pts"_s));
    const QString walletText = pdfText(dir.filePath(u"wallet.pdf"_s));
    for (int i = 1; i <= 14; ++i)
        CHECK(walletText.contains(u"Session %1\n"_s.arg(i)));
}

TEST_CASE("Card formats read and write as page, wallet and sheet, whatever the case, and nothing else")
{
    using np::print::CardFormat;
    for (const CardFormat f : {CardFormat::Page, CardFormat::Wallet, CardFormat::Sheet})
        CHECK(np::print::cardFormatFromCode(np::print::cardFormatCode(f)) == f);
    CHECK(np::print::cardFormatFromCode(u"WALLET") == CardFormat::Wallet);
    CHECK_FALSE(np::print::cardFormatFromCode(u"pocket"));
}
