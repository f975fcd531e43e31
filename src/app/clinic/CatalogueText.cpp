#include "CatalogueText.h"

#include "core/Catalogue.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace np::app {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(CatalogueText)
};

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString mm(double value)
{
    return Tr::tr("%1 mm").arg(QLocale().toString(value, 'g', 3));
}

QString mmRange(const DepthRange& range)
{
    return Tr::tr("%1–%2 mm").arg(QLocale().toString(range.minMm, 'g', 3), QLocale().toString(range.maxMm, 'g', 3));
}

QString effectText(Effect effect)
{
    switch (effect) {
    case Effect::Blocks:
        return Tr::tr("blocks treatment");
    case Effect::Review:
        return Tr::tr("needs a clinician's review");
    case Effect::Advice:
        return Tr::tr("advice");
    }
    return {};
}

QString modalityNames(const Catalogue& catalogue, const QStringList& codes)
{
    QStringList names;
    for (const QString& code : codes)
        names << (catalogue.modality(code) ? catalogue.modality(code)->name : code);
    return QLocale().createSeparatedList(names);
}

QString row(const QStringList& cells)
{
    QString out = u"<tr>"_s;
    for (const QString& cell : cells)
        out += u"<td>"_s + cell + u"</td>"_s;
    return out + u"</tr>"_s;
}

QString table(const QStringList& headers, const QStringList& rows)
{
    QString out = u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"99%\"><tr>"_s;
    for (const QString& h : headers)
        out += u"<th align=\"left\">"_s + esc(h) + u"</th>"_s;
    return out + u"</tr>"_s + rows.join(QString()) + u"</table>"_s;
}

QString treatments(const Catalogue& catalogue)
{
    QStringList rows;
    for (const Modality& m : catalogue.modalities)
        rows << row({esc(m.name),
            Tr::tr("%1 / %2 / %3")
                .arg(m.sessionsFor(Severity::Mild))
                .arg(m.sessionsFor(Severity::Moderate))
                .arg(m.sessionsFor(Severity::Severe)),
            Tr::tr("at least %1, usually %2, at most %3").arg(m.intervalMin).arg(m.intervalTarget).arg(m.intervalMax),
            Tr::tr("%1 min numbing, %2 min per area").arg(m.numbingMinutes).arg(m.treatmentMinutesPerArea),
            m.depthReviewAboveMm ? Tr::tr("deeper than %1 needs a recorded reason").arg(mm(*m.depthReviewAboveMm))
                                 : QString()});
    return table({Tr::tr("Treatment"), Tr::tr("Sessions (mild / moderate / severe)"), Tr::tr("Days between sessions"),
                     Tr::tr("Time"), Tr::tr("Depth")},
        rows);
}

QString indications(const Catalogue& catalogue)
{
    QStringList rows;
    for (const Indication& i : catalogue.indications) {
        QStringList depths;
        for (auto [area, range] : i.depths.asKeyValueRange())
            depths << Tr::tr("%1: %2").arg(
                esc(catalogue.area(area) ? catalogue.area(area)->name : area), mmRange(range));
        rows << row({esc(i.name), esc(modalityNames(catalogue, i.modalities)),
            depths.isEmpty() ? Tr::tr("the areas' usual depths") : depths.join(u"<br>"_s)});
    }
    return table({Tr::tr("Indication"), Tr::tr("Treatments"), Tr::tr("Depth")}, rows);
}

QString areas(const Catalogue& catalogue)
{
    QStringList rows;
    for (const Area& a : catalogue.areas)
        rows << row({esc(a.name), mmRange(a.depth), mm(a.maxDepthMm), esc(a.notes)});
    return table({Tr::tr("Area"), Tr::tr("Usual depth"), Tr::tr("Never deeper than"), Tr::tr("Notes")}, rows);
}

QString contraindications(const Catalogue& catalogue)
{
    QStringList rows;
    for (const Contraindication& c : catalogue.contraindications) {
        QString effect = effectText(c.effect);
        if (!c.modalities.isEmpty())
            effect = Tr::tr("%1, for %2 only").arg(effect, esc(modalityNames(catalogue, c.modalities)));
        for (auto [modality, other] : c.modalityEffects.asKeyValueRange())
            effect += u"<br>"_s + Tr::tr("%1 for %2").arg(effectText(other), esc(modalityNames(catalogue, {modality})));
        QStringList when;
        if (c.scope == Scope::TreatedAreas)
            when << Tr::tr("in the treated area");
        if (!c.onlyWhenTreating.isEmpty()) {
            QStringList names;
            for (const QString& code : c.onlyWhenTreating)
                names << (catalogue.area(code) ? catalogue.area(code)->name : code);
            when << Tr::tr("when treating %1").arg(esc(QLocale().createSeparatedList(names)));
        }
        if (c.washoutDays)
            when << Tr::tr("%n day(s) after it ends", "", *c.washoutDays);
        rows << row({esc(c.name), effect, when.join(u"<br>"_s), esc(c.message)});
    }
    return table({Tr::tr("Finding"), Tr::tr("Effect"), Tr::tr("When"), Tr::tr("What the aesthetician reads")}, rows);
}

} // namespace

QString catalogueHtml(const Catalogue& catalogue)
{
    QString html = u"<h2>"_s + esc(catalogue.name) + u"</h2><p>"_s
        + Tr::tr("Version %1. A series has %2 to %3 sessions; results are reviewed %4 to %5 months after the last.")
              .arg(esc(catalogue.version))
              .arg(catalogue.seriesMinSessions)
              .arg(catalogue.seriesMaxSessions)
              .arg(catalogue.reviewFromMonths)
              .arg(catalogue.reviewToMonths)
        + u"</p>"_s;
    html += u"<h3>"_s + Tr::tr("Treatments") + u"</h3>"_s + treatments(catalogue);
    html += u"<h3>"_s + Tr::tr("Indications") + u"</h3>"_s + indications(catalogue);
    html += u"<h3>"_s + Tr::tr("Areas") + u"</h3>"_s + areas(catalogue);
    html += u"<h3>"_s + Tr::tr("Contraindications") + u"</h3>"_s + contraindications(catalogue);
    if (!catalogue.ageRules.isEmpty()) {
        QStringList rows;
        for (const AgeRule& a : catalogue.ageRules)
            rows << row({Tr::tr("under %1").arg(a.belowYears),
                a.modalities.isEmpty()
                    ? effectText(a.effect)
                    : Tr::tr("%1, for %2 only").arg(effectText(a.effect), esc(modalityNames(catalogue, a.modalities))),
                esc(a.message)});
        html += u"<h3>"_s + Tr::tr("Age") + u"</h3>"_s
            + table({Tr::tr("Age"), Tr::tr("Effect"), Tr::tr("What the aesthetician reads")}, rows);
    }
    const PreSessionScreen& screen = catalogue.preSessionScreen;
    if (!screen.contraindications.isEmpty() || !screen.questions.isEmpty()) {
        html += u"<h3>"_s + Tr::tr("Asked before each session") + u"</h3><ul>"_s;
        for (const QString& code : screen.contraindications)
            html += u"<li>"_s + esc(catalogue.contraindication(code) ? catalogue.contraindication(code)->name : code)
                + u"</li>"_s;
        for (const ScreenQuestion& q : screen.questions)
            html += u"<li>"_s + esc(q.text) + u"</li>"_s;
        html += u"</ul>"_s;
    }
    return html;
}

} // namespace np::app
