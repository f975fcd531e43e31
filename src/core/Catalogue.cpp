#include "Catalogue.h"

namespace np {
namespace {

template <typename T>
const T* findByCode(const QList<T>& items, QStringView code)
{
    for (const T& item : items)
        if (item.code == code)
            return &item;
    return nullptr;
}

} // namespace

const Area* Catalogue::area(QStringView code) const
{
    return findByCode(areas, code);
}
const Modality* Catalogue::modality(QStringView code) const
{
    return findByCode(modalities, code);
}
const Indication* Catalogue::indication(QStringView code) const
{
    return findByCode(indications, code);
}
const Contraindication* Catalogue::contraindication(QStringView code) const
{
    return findByCode(contraindications, code);
}

int Catalogue::areaIndex(QStringView code) const
{
    for (qsizetype i = 0; i < areas.size(); ++i)
        if (areas[i].code == code)
            return static_cast<int>(i);
    return -1;
}

std::uint64_t Catalogue::areaMask(const QStringList& codes) const
{
    std::uint64_t mask = 0;
    for (const QString& code : codes) {
        const int i = areaIndex(code);
        if (i >= 0 && i < MaxAreas)
            mask |= std::uint64_t {1} << i;
    }
    return mask;
}

int Catalogue::defaultSessions(const Modality& m, const Indication& i, Severity s) const
{
    if (i.sessions)
        return (*i.sessions)[static_cast<std::size_t>(s)];
    return m.sessionsFor(s);
}

DepthRange Catalogue::depthFor(const Indication& i, const Area& a) const
{
    return i.depths.value(a.code, a.depth);
}

} // namespace np
