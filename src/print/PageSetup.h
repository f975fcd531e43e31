#pragma once

#include <QPageLayout>
#include <QString>
#include <QtGlobal>

#include <optional>

// The paper a document is printed on, and the smallest text it may have.
namespace np::print {

// No printed text is smaller than this (issue 5: "a readable size, at least 11 pt"). It is the
// documents' default font size, and sizes below it in a template's HTML (font-size in pt or px,
// <small>, font-size: small) are raised to it when the HTML is read (textDocument()).
inline constexpr qreal MinimumPointSize = 11.0;

enum class PaperSize { A4, Letter };

// "a4" or "letter", as the CLI's --paper and the app's settings spell them.
[[nodiscard]] QString paperSizeCode(PaperSize paper);
// The paper a code names (case ignored); none for another word.
[[nodiscard]] std::optional<PaperSize> paperSizeFromCode(QStringView code);

// How an appointment card is printed: on a full page with the letterhead, or wallet-sized (85 x 55
// mm, a bank card's size) from its own template, either one card per page of that size (card
// stock, a card printer) or several to a sheet of the paper with cut marks.
enum class CardFormat { Page, Wallet, Sheet };

// "page", "wallet" or "sheet", as the CLI's --card and the app's settings spell them.
[[nodiscard]] QString cardFormatCode(CardFormat format);
// The format a code names (case ignored); none for another word.
[[nodiscard]] std::optional<CardFormat> cardFormatFromCode(QStringView code);

inline constexpr qreal WalletCardWidthMillimetres = 85.0;
inline constexpr qreal WalletCardHeightMillimetres = 55.0;
// The white edge inside a wallet card, around its text.
inline constexpr qreal WalletCardMarginMillimetres = 4.0;
// A sheet of wallet cards: the paper's margins, and the room kept around the cards' grid for the
// cut marks (a mark starts 1 mm from the grid).
inline constexpr qreal CardSheetMarginMillimetres = 6.0;
inline constexpr qreal CutMarkMillimetres = 5.0;

struct PageSetup {
    PaperSize paper = PaperSize::A4;
    qreal marginMillimetres = 15.0; // on every side
    qreal pointSize = MinimumPointSize; // the default font's size; never below MinimumPointSize
    CardFormat cards = CardFormat::Page; // for an appointment card; other documents: Page
};

// Portrait `setup.paper` with `setup`'s margins; for wallet cards one card (landscape, its own
// margins); for a sheet of cards the paper with the margins the cards' grid leaves.
[[nodiscard]] QPageLayout pageLayout(const PageSetup& setup);

} // namespace np::print
