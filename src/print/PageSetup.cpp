#include "print/PageSetup.h"

#include <QMarginsF>
#include <QPageSize>
#include <QSizeF>

using namespace Qt::StringLiterals;

namespace np::print {

QString paperSizeCode(PaperSize paper)
{
    return paper == PaperSize::Letter ? u"letter"_s : u"a4"_s;
}

std::optional<PaperSize> paperSizeFromCode(QStringView code)
{
    for (const PaperSize paper : {PaperSize::A4, PaperSize::Letter})
        if (code.compare(paperSizeCode(paper), Qt::CaseInsensitive) == 0)
            return paper;
    return std::nullopt;
}

QString cardFormatCode(CardFormat format)
{
    switch (format) {
    case CardFormat::Wallet:
        return u"wallet"_s;
    case CardFormat::Sheet:
        return u"sheet"_s;
    case CardFormat::Page:
        break;
    }
    return u"page"_s;
}

std::optional<CardFormat> cardFormatFromCode(QStringView code)
{
    for (const CardFormat format : {CardFormat::Page, CardFormat::Wallet, CardFormat::Sheet})
        if (code.compare(cardFormatCode(format), Qt::CaseInsensitive) == 0)
            return format;
    return std::nullopt;
}

QPageLayout pageLayout(const PageSetup& setup)
{
    if (setup.cards == CardFormat::Wallet) {
        const QPageSize card(QSizeF(WalletCardHeightMillimetres, WalletCardWidthMillimetres), QPageSize::Millimeter,
            u"Wallet card"_s, QPageSize::ExactMatch);
        const qreal m = WalletCardMarginMillimetres;
        return QPageLayout(card, QPageLayout::Landscape, QMarginsF(m, m, m, m), QPageLayout::Millimeter);
    }
    const QPageSize size(setup.paper == PaperSize::Letter ? QPageSize::Letter : QPageSize::A4);
    // A sheet of cards: the grid and its cut marks fill what most printers can print.
    const qreal m = setup.cards == CardFormat::Sheet ? CardSheetMarginMillimetres : setup.marginMillimetres;
    return QPageLayout(size, QPageLayout::Portrait, QMarginsF(m, m, m, m), QPageLayout::Millimeter);
}

} // namespace np::print
