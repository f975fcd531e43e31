#include "print/PageSetup.h"

#include <QMarginsF>
#include <QPageSize>

namespace np::print {

QPageLayout pageLayout(const PageSetup& setup)
{
    const QPageSize size(setup.paper == PaperSize::Letter ? QPageSize::Letter : QPageSize::A4);
    const qreal m = setup.marginMillimetres;
    return QPageLayout(size, QPageLayout::Portrait, QMarginsF(m, m, m, m), QPageLayout::Millimeter);
}

} // namespace np::print
