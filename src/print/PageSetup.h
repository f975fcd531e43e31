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

struct PageSetup {
    PaperSize paper = PaperSize::A4;
    qreal marginMillimetres = 15.0; // on every side
    qreal pointSize = MinimumPointSize; // the default font's size; never below MinimumPointSize
};

// Portrait `setup.paper` with `setup`'s margins.
[[nodiscard]] QPageLayout pageLayout(const PageSetup& setup);

} // namespace np::print
