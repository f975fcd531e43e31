#include "print/PageSetup.h"

#include <QMarginsF>
#include <QPageSize>

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

QPageLayout pageLayout(const PageSetup& setup)
{
    const QPageSize size(setup.paper == PaperSize::Letter ? QPageSize::Letter : QPageSize::A4);
    const qreal m = setup.marginMillimetres;
    return QPageLayout(size, QPageLayout::Portrait, QMarginsF(m, m, m, m), QPageLayout::Millimeter);
}

} // namespace np::print
