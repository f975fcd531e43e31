#include "DocumentKinds.h"

using namespace Qt::StringLiterals;

namespace np::print {

const QList<DocumentKindNames>& documentKinds()
{
    static const QList<DocumentKindNames> all {
        {DocumentKind::PostCare, u"post_care"_s, u"post-care"_s, u"post-care"_s, u"appointment"_s},
        {DocumentKind::PreCare, u"pre_care"_s, u"pre-care"_s, u"pre-care"_s, u"appointment"_s},
        {DocumentKind::Consent, u"consent"_s, u"consent"_s, u"consent"_s, u"series"_s},
        {DocumentKind::AppointmentCard, u"appointment_card"_s, u"appointment-card"_s, u"appointment-card"_s,
            u"series"_s},
        {DocumentKind::DaySheet, u"day_sheet"_s, u"day-sheet"_s, u"day-sheet"_s, u"date"_s},
        {DocumentKind::RecallList, u"recall_list"_s, u"recall-list"_s, u"recalls"_s, QString()},
    };
    return all;
}

const DocumentKindNames& namesOf(DocumentKind kind)
{
    return documentKinds().at(static_cast<qsizetype>(kind));
}

std::optional<DocumentKind> documentKindFromCode(QStringView code)
{
    for (const DocumentKindNames& k : documentKinds())
        if (k.code == code)
            return k.kind;
    return std::nullopt;
}

} // namespace np::print
