#include "ScreeningAnswers.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

using namespace Qt::StringLiterals;

namespace np {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ScreeningAnswers)
};

const QString Other = u"other"_s;

QJsonValue dateValue(const std::optional<QDate>& date)
{
    return date ? QJsonValue(isoDate(*date)) : QJsonValue(QJsonValue::Null);
}

void readOther(const QJsonValue& value, const QString& path, JsonContext& ctx)
{
    if (!value.isObject()) {
        ctx.add(path, Tr::tr("must be an object of free-text answers ({\"new_medication\": \"...\"})"));
        return;
    }
    const QJsonObject other = value.toObject();
    for (auto it = other.begin(); it != other.end(); ++it)
        if (!it.value().isString())
            ctx.add(jsonPath(path, it.key()), Tr::tr("must be text"));
}

std::optional<Finding> readYes(
    const Catalogue& catalogue, const QString& code, const QJsonObject& yes, const QString& path, JsonContext& ctx)
{
    const qsizetype before = ctx.problems.size();
    JsonObjectReader r(yes, path, ctx);
    Finding f;
    f.code = code;
    f.since = r.date(u"since", Need::Optional);
    f.until = r.date(u"until", Need::Optional);
    f.areas = r.stringList(u"areas", Need::Optional).value_or(QStringList());
    (void)r.string(u"note", Need::Optional);
    r.finish();
    QSet<QString> seen;
    for (qsizetype i = 0; i < f.areas.size(); ++i) {
        const QString at = jsonPath(r.pathOf(u"areas"), i);
        if (catalogue.areaIndex(f.areas[i]) < 0)
            ctx.add(at, Tr::tr("unknown area \"%1\"").arg(f.areas[i]));
        else if (seen.contains(f.areas[i]))
            ctx.add(at, Tr::tr("\"%1\" is listed twice").arg(f.areas[i]));
        seen.insert(f.areas[i]);
    }
    if (f.since && f.until && *f.since > *f.until)
        ctx.add(r.pathOf(u"until"), Tr::tr("%1 is before since (%2)").arg(isoDate(*f.until), isoDate(*f.since)));
    if (ctx.problems.size() != before)
        return std::nullopt;
    return f;
}

} // namespace

QList<Finding> answersToFindings(
    const Catalogue& catalogue, const QJsonObject& answers, JsonContext& ctx, const QString& path)
{
    QList<Finding> out;
    for (auto it = answers.begin(); it != answers.end(); ++it) {
        const QString at = jsonPath(path, it.key());
        if (it.key() == Other) {
            readOther(it.value(), at, ctx);
            continue;
        }
        if (!catalogue.contraindication(it.key())) {
            ctx.add(at, Tr::tr("unknown contraindication code \"%1\"").arg(it.key()));
            continue;
        }
        if (it.value().isBool() && !it.value().toBool())
            continue;
        if (!it.value().isObject()) {
            ctx.add(at,
                Tr::tr("must be false (no) or an object {since, until, areas, note} (yes; {} when nothing more is "
                       "known)"));
            continue;
        }
        if (auto f = readYes(catalogue, it.key(), it.value().toObject(), at, ctx))
            out.append(*f);
    }
    return out;
}

QString screeningStatus(const ScreeningResult& result)
{
    if (result.findings.isEmpty())
        return u"clear"_s;
    switch (result.worst) {
    case Effect::Advice:
        return u"advice"_s;
    case Effect::Review:
        return u"review"_s;
    case Effect::Blocks:
        break;
    }
    return u"blocked"_s;
}

bool isScreeningStatus(QStringView status)
{
    return status == u"clear" || status == u"advice" || status == u"review" || status == u"blocked";
}

QJsonObject resultOf(
    const Catalogue& catalogue, const PatientProfile& patient, const Treatment& treatment, const QDate& date)
{
    const ScreeningResult result = screen(catalogue, patient, treatment, date);
    QJsonArray findings;
    for (const ApplicableFinding& f : result.findings)
        findings.append(QJsonObject {{u"code"_s, f.code}, {u"effect"_s, effectCode(f.effect)},
            {u"message"_s, f.message}, {u"from"_s, dateValue(f.from)}, {u"clears_on"_s, dateValue(f.clearsOn)}});
    return {
        {u"status"_s, screeningStatus(result)},
        {u"modality"_s, treatment.modality},
        {u"areas"_s, QJsonArray::fromStringList(treatment.areas)},
        {u"date"_s, isoDate(date)},
        {u"findings"_s, findings},
        {u"clears_on"_s, result.blocked ? dateValue(result.clearDate) : QJsonValue(QJsonValue::Null)},
    };
}

} // namespace np
