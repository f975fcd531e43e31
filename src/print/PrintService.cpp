#include "print/PrintService.h"

#include "print/CardSheet.h"
#include "print/TextPages.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QSaveFile>

#include <memory>
#include <numeric>
#include <vector>

using namespace Qt::StringLiterals;

namespace np::print {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(PrintService)
};

const QString Creator = u"Needlepoint"_s;

// Fonts need the platform plugin: QTextDocument aborts the program without a QGuiApplication.
std::expected<void, QString> guiApplicationPresent()
{
    if (qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return {};
    return std::unexpected(Tr::tr("printing needs a QGuiApplication (with no display, QT_QPA_PLATFORM=offscreen)"));
}

// Every document of `htmls` on `device`, laid out and painted one after the other, or as wallet
// cards on sheets.
std::expected<PrintedPages, QString> paintAll(
    QPagedPaintDevice& device, const QStringList& htmls, qreal pointSize, CardFormat cards)
{
    if (htmls.isEmpty())
        return std::unexpected(Tr::tr("there is nothing to print"));
    QPainter painter;
    if (!painter.begin(&device))
        return std::unexpected(Tr::tr("the output could not be started"));
    PrintedPages pages;
    bool jobStarted = false;
    if (cards == CardFormat::Sheet) {
        std::vector<std::unique_ptr<QTextDocument>> owned;
        QList<QTextDocument*> documents;
        for (const QString& html : htmls)
            documents.append(owned.emplace_back(textDocument(html, pointSize)).get());
        pages.sheets = 0;
        if (!paintCardSheets(painter, device, documents, pages.perDocument, pages.sheets, jobStarted))
            return std::unexpected(cardGrid(device).perSheet() == 0
                    ? Tr::tr("not one wallet card (85 x 55 mm) fits on the page")
                    : Tr::tr("a new page could not be started"));
        if (!painter.end())
            return std::unexpected(Tr::tr("the output could not be finished"));
        return pages;
    }
    for (const QString& html : htmls) {
        const auto document = textDocument(html, pointSize);
        pages.perDocument.append(layOutFor(*document, device));
        if (!paintPages(painter, device, *document, jobStarted))
            return std::unexpected(Tr::tr("a new page could not be started"));
    }
    if (!painter.end())
        return std::unexpected(Tr::tr("the output could not be finished"));
    return pages;
}

// Why `path`'s folder cannot take the PDF, if it is plainly so.
std::expected<void, QString> folderTakes(const QFileInfo& target)
{
    const QString folder = QDir::toNativeSeparators(target.absolutePath());
    if (target.isDir())
        return std::unexpected(Tr::tr("it is a folder"));
    if (!QFileInfo(target.absolutePath()).isDir())
        return std::unexpected(Tr::tr("the folder %1 does not exist").arg(folder));
    if (!QFileInfo(target.absolutePath()).isWritable())
        return std::unexpected(Tr::tr("the folder %1 is not writable").arg(folder));
    return {};
}

} // namespace

int PrintedPages::total() const
{
    return sheets >= 0 ? sheets : std::accumulate(perDocument.cbegin(), perDocument.cend(), 0);
}

std::expected<PrintedPages, QString> writePdf(
    const QString& path, const QStringList& htmls, const PageSetup& setup, const QString& title)
{
    const QFileInfo target(path);
    const QString shown = QDir::toNativeSeparators(target.absoluteFilePath());
    const auto failed
        = [&shown](const QString& why) { return std::unexpected(Tr::tr("Cannot write %1: %2").arg(shown, why)); };
    if (auto gui = guiApplicationPresent(); !gui)
        return failed(gui.error());
    if (auto folder = folderTakes(target); !folder)
        return failed(folder.error());
    QSaveFile file(path); // a temporary file beside `path`, renamed over it by commit()
    if (!file.open(QIODevice::WriteOnly))
        return failed(file.errorString());
    std::expected<PrintedPages, QString> pages;
    {
        QPdfWriter writer(&file);
        writer.setPageLayout(pageLayout(setup));
        writer.setTitle(title);
        writer.setCreator(Creator);
        pages = paintAll(writer, htmls, setup.pointSize, setup.cards);
    }
    if (!pages) {
        file.cancelWriting();
        return failed(pages.error());
    }
    if (!file.commit())
        return failed(file.errorString());
    return pages;
}

std::expected<PrintedPages, QString> print(
    QPrinter& printer, const QStringList& htmls, const QString& title, const PageSetup& setup)
{
    const QString shown = printer.outputFormat() == QPrinter::PdfFormat
        ? QDir::toNativeSeparators(printer.outputFileName())
        : printer.printerName();
    const auto failed
        = [&shown](const QString& why) { return std::unexpected(Tr::tr("Cannot print on %1: %2").arg(shown, why)); };
    if (auto gui = guiApplicationPresent(); !gui)
        return failed(gui.error());
    if (!printer.isValid())
        return failed(Tr::tr("the printer is not available"));
    printer.setDocName(title);
    printer.setCreator(Creator);
    auto pages = paintAll(printer, htmls, setup.pointSize, setup.cards);
    if (!pages)
        return failed(pages.error());
    if (printer.printerState() == QPrinter::Error)
        return failed(Tr::tr("the printer reported an error"));
    return pages;
}

void setUpPrinter(QPrinter& printer, const PageSetup& setup)
{
    printer.setPageLayout(pageLayout(setup));
    printer.setCreator(Creator);
}

std::expected<int, QString> pageCount(const QString& html, const PageSetup& setup)
{
    if (auto gui = guiApplicationPresent(); !gui)
        return std::unexpected(gui.error());
    QBuffer nowhere; // only the writer's page and resolution are used: nothing is painted
    QPdfWriter writer(&nowhere);
    writer.setPageLayout(pageLayout(setup));
    const auto document = textDocument(html, setup.pointSize);
    return layOutFor(*document, writer);
}

} // namespace np::print
