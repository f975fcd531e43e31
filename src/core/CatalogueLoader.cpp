#include "CatalogueLoader.h"

#include "JsonReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace np {
namespace {

constexpr double MaxNeedleDepthMm = 3.5;

class CatalogueParser {
    Q_DECLARE_TR_FUNCTIONS(CatalogueParser)

public:
    explicit CatalogueParser(JsonContext& ctx)
        : m_ctx(ctx)
    { }

    Catalogue parse(const QJsonObject& root)
    {
        JsonObjectReader r(root, QString(), m_ctx);
        if (const auto format = r.integer(u"format"); format && *format != 1)
            r.error(u"format", tr("format %1 is not supported (this Needlepoint reads format 1)").arg(*format));
        c.name = r.string(u"name").value_or(QString());
        c.version = r.string(u"version").value_or(QString());
        readSeries(r);
        readReview(r);
        c.maintenanceMonths = r.integer(u"maintenance_months", Need::Required, 1, 120).value_or(12);
        if (const auto o = r.object(u"off_label_indication")) {
            JsonObjectReader off(*o, r.pathOf(u"off_label_indication"), m_ctx);
            c.offLabelIndication.code = readCode(off, u"code").value_or(QString());
            c.offLabelIndication.effect = readEffect(off, u"effect").value_or(Effect::Review);
            c.offLabelIndication.message = off.string(u"message").value_or(QString());
            off.finish();
        }
        forEachObject(r, u"areas", [this](JsonObjectReader& o) { c.areas.append(readArea(o)); });
        if (c.areas.size() > Catalogue::MaxAreas)
            r.error(
                u"areas", tr("at most %1 areas are supported, not %2").arg(Catalogue::MaxAreas).arg(c.areas.size()));
        forEachObject(r, u"modalities", [this](JsonObjectReader& o) { c.modalities.append(readModality(o)); });
        forEachObject(r, u"indications", [this](JsonObjectReader& o) { c.indications.append(readIndication(o)); });
        forEachObject(r, u"contraindications",
            [this](JsonObjectReader& o) { c.contraindications.append(readContraindication(o)); });
        forEachObject(r, u"age_rules", [this](JsonObjectReader& o) { c.ageRules.append(readAgeRule(o)); });
        readPreSessionScreen(r);
        r.finish();
        checkDuplicateFindingCodes();
        checkReferences();
        return std::move(c);
    }

private:
    template <typename F>
    void forEachObject(JsonObjectReader& r, QStringView key, F&& read)
    {
        forEachCodedObject(r, key, Need::Required, m_ctx, read);
    }

    // Reports `lowKey` when both values were read and low > high. A value that failed to read
    // has its own problem already; comparing against a stand-in would only add false ones.
    template <typename T>
    bool checkOrder(JsonObjectReader& r, QStringView lowKey, const std::optional<T>& low, QStringView highKey,
        const std::optional<T>& high, const QString& unit = QString())
    {
        if (!low || !high || *low <= *high)
            return true;
        r.error(lowKey, tr("%1 (%2%3) is more than %4 (%5%3)").arg(lowKey).arg(*low).arg(unit).arg(highKey).arg(*high));
        return false;
    }

    std::optional<QString> readCode(JsonObjectReader& r, QStringView key)
    {
        const auto code = r.string(key);
        if (!code)
            return std::nullopt;
        static const QRegularExpression pattern(u"^[a-z][a-z0-9_]*$"_s);
        if (!pattern.match(*code).hasMatch()) {
            r.error(key, tr("\"%1\" is not a code (lower-case letters, digits and _)").arg(*code));
            return std::nullopt;
        }
        return code;
    }

    std::optional<Effect> readEffect(JsonObjectReader& r, QStringView key, Need need = Need::Required)
    {
        const auto text = r.string(key, need);
        if (!text)
            return std::nullopt;
        const auto e = effectFromCode(*text);
        if (!e)
            r.error(key, tr("\"%1\" is not an effect (blocks, review or advice)").arg(*text));
        return e;
    }

    void readSeries(JsonObjectReader& r)
    {
        const auto o = r.object(u"series");
        if (!o)
            return;
        JsonObjectReader s(*o, r.pathOf(u"series"), m_ctx);
        const auto min = s.integer(u"min_sessions", Need::Required, 1, 50);
        const auto max = s.integer(u"max_sessions", Need::Required, 1, 50);
        // Bounds that contradict each other are reported once; the defaults stand in for them
        // so every modality is not flagged again against impossible bounds.
        if (checkOrder(s, u"min_sessions", min, u"max_sessions", max)) {
            c.seriesMinSessions = min.value_or(c.seriesMinSessions);
            c.seriesMaxSessions = max.value_or(c.seriesMaxSessions);
        }
        s.finish();
    }

    void readReview(JsonObjectReader& r)
    {
        const auto o = r.object(u"results_review");
        if (!o)
            return;
        JsonObjectReader s(*o, r.pathOf(u"results_review"), m_ctx);
        const auto from = s.integer(u"from_months", Need::Required, 0, 60);
        const auto to = s.integer(u"to_months", Need::Required, 0, 60);
        checkOrder(s, u"from_months", from, u"to_months", to);
        c.reviewFromMonths = from.value_or(c.reviewFromMonths);
        c.reviewToMonths = to.value_or(c.reviewToMonths);
        s.finish();
    }

    std::optional<DepthRange> readDepth(JsonObjectReader& r, QStringView key, Need need = Need::Required)
    {
        const auto o = r.object(key, need);
        if (!o)
            return std::nullopt;
        JsonObjectReader d(*o, r.pathOf(key), m_ctx);
        const auto min = readDepthValue(d, u"min");
        const auto max = readDepthValue(d, u"max");
        d.finish();
        if (!min || !max || !checkOrder(d, u"min", min, u"max", max, Mm))
            return std::nullopt;
        return DepthRange {*min, *max};
    }

    std::optional<double> readDepthValue(JsonObjectReader& r, QStringView key, Need need = Need::Required)
    {
        const auto v = r.number(key, need);
        if (v && (*v < 0 || *v > MaxNeedleDepthMm)) {
            r.error(key, tr("%1 mm is outside 0-%2 mm").arg(*v).arg(MaxNeedleDepthMm));
            return std::nullopt;
        }
        return v;
    }

    Area readArea(JsonObjectReader& r)
    {
        Area a;
        a.code = readCode(r, u"code").value_or(QString());
        a.name = r.string(u"name").value_or(QString());
        a.region = r.string(u"region").value_or(QString());
        if (!a.region.isEmpty() && a.region != u"face" && a.region != u"neck" && a.region != u"body")
            r.error(u"region", tr("\"%1\" is not a region (face, neck or body)").arg(a.region));
        const auto depth = readDepth(r, u"depth_mm");
        const auto limit = readDepthValue(r, u"max_depth_mm");
        if (depth && limit && depth->maxMm > *limit)
            r.error(u"max_depth_mm",
                tr("the hard limit (%1 mm) is below the usual range's top (%2 mm)").arg(*limit).arg(depth->maxMm));
        if (!limit)
            m_areasWithoutLimit.insert(a.code);
        a.depth = depth.value_or(DepthRange {});
        a.maxDepthMm = limit.value_or(0);
        a.notes = r.string(u"notes", Need::Optional).value_or(QString());
        return a;
    }

    std::optional<std::array<int, SeverityCount>> readSessions(JsonObjectReader& r, int min, int max)
    {
        std::array<int, SeverityCount> counts {};
        bool ok = true;
        for (int s = 0; s < SeverityCount; ++s) {
            const QString key = severityCode(static_cast<Severity>(s));
            const auto n = r.integer(key, Need::Required, min, max);
            ok = ok && n.has_value();
            counts[static_cast<std::size_t>(s)] = n.value_or(0);
        }
        if (!ok)
            return std::nullopt;
        if (counts[0] > counts[1] || counts[1] > counts[2]) {
            r.error(u"mild",
                tr("session counts must not fall as severity rises (%1 / %2 / %3)")
                    .arg(counts[0])
                    .arg(counts[1])
                    .arg(counts[2]));
            return std::nullopt;
        }
        return counts;
    }

    Modality readModality(JsonObjectReader& r)
    {
        Modality m;
        m.code = readCode(r, u"code").value_or(QString());
        m.name = r.string(u"name").value_or(QString());
        m.deviceKind = readCode(r, u"device_kind").value_or(QString());
        if (const auto o = r.object(u"interval_days")) {
            JsonObjectReader i(*o, r.pathOf(u"interval_days"), m_ctx);
            const auto min = i.integer(u"min", Need::Required, 1, 3650);
            const auto target = i.integer(u"target", Need::Required, 1, 3650);
            const auto max = i.integer(u"max", Need::Required, 1, 3650);
            checkOrder(i, u"min", min, u"target", target, Days);
            checkOrder(i, u"target", target, u"max", max, Days);
            m.intervalMin = min.value_or(0);
            m.intervalTarget = target.value_or(0);
            m.intervalMax = max.value_or(0);
            i.finish();
        }
        if (const auto o = r.object(u"sessions")) {
            JsonObjectReader s(*o, r.pathOf(u"sessions"), m_ctx);
            const auto min = s.integer(u"min", Need::Optional, 1, 50);
            const auto max = s.integer(u"max", Need::Optional, 1, 50);
            m.minSessions = min.value_or(c.seriesMinSessions);
            m.maxSessions = max.value_or(c.seriesMaxSessions);
            if (checkOrder(s, u"min", std::optional(m.minSessions), u"max", std::optional(m.maxSessions))) {
                if (const auto counts = readSessions(s, m.minSessions, m.maxSessions))
                    m.sessions = *counts;
            }
            s.finish();
        }
        if (const auto o = r.object(u"event_window_days")) {
            JsonObjectReader e(*o, r.pathOf(u"event_window_days"), m_ctx);
            const auto min = e.integer(u"min", Need::Required, 0, 3650);
            const auto max = e.integer(u"max", Need::Required, 0, 3650);
            checkOrder(e, u"min", min, u"max", max, Days);
            m.eventWindow = {min.value_or(0), max.value_or(0)};
            e.finish();
        }
        m.numbingMinutes = r.integer(u"numbing_minutes", Need::Required, 0, 240).value_or(0);
        m.treatmentMinutesPerArea = r.integer(u"treatment_minutes_per_area", Need::Required, 1, 240).value_or(0);
        m.depthReviewAboveMm = readDepthValue(r, u"depth_review_above_mm", Need::Optional);
        if (const auto notices = r.array(u"skin_type_notices", Need::Optional)) {
            for (qsizetype i = 0; i < notices->size(); ++i) {
                const QString path = jsonPath(r.pathOf(u"skin_type_notices"), i);
                if (!notices->at(i).isObject()) {
                    m_ctx.add(path, tr("must be an object"));
                    continue;
                }
                JsonObjectReader n(notices->at(i).toObject(), path, m_ctx);
                SkinTypeNotice notice;
                notice.code = readCode(n, u"code").value_or(QString());
                if (const auto f = n.object(u"fitzpatrick")) {
                    JsonObjectReader fr(*f, n.pathOf(u"fitzpatrick"), m_ctx);
                    const auto min = fr.integer(u"min", Need::Required, 1, 6);
                    const auto max = fr.integer(u"max", Need::Required, 1, 6);
                    checkOrder(fr, u"min", min, u"max", max);
                    notice.fitzpatrickMin = min.value_or(1);
                    notice.fitzpatrickMax = max.value_or(6);
                    fr.finish();
                }
                notice.effect = readEffect(n, u"effect").value_or(Effect::Advice);
                notice.message = n.string(u"message").value_or(QString());
                n.finish();
                m.skinTypeNotices.append(notice);
            }
        }
        return m;
    }

    Indication readIndication(JsonObjectReader& r)
    {
        Indication ind;
        ind.code = readCode(r, u"code").value_or(QString());
        ind.name = r.string(u"name").value_or(QString());
        ind.modalities = r.stringList(u"modalities").value_or(QStringList());
        if (ind.modalities.isEmpty() && r.has(u"modalities"))
            r.error(u"modalities", tr("lists no modality"));
        if (const auto o = r.object(u"sessions", Need::Optional)) {
            JsonObjectReader s(*o, r.pathOf(u"sessions"), m_ctx);
            ind.sessions = readSessions(s, 1, 50);
            s.finish();
        }
        if (const auto o = r.object(u"depth_mm", Need::Optional)) {
            JsonObjectReader d(*o, r.pathOf(u"depth_mm"), m_ctx);
            for (const QString& area : o->keys())
                if (const auto range = readDepth(d, area))
                    ind.depths.insert(area, *range);
            d.finish();
        }
        if (const auto o = r.object(u"notice", Need::Optional)) {
            JsonObjectReader n(*o, r.pathOf(u"notice"), m_ctx);
            IndicationNotice notice;
            notice.code = readCode(n, u"code").value_or(QString());
            notice.effect = readEffect(n, u"effect").value_or(Effect::Advice);
            notice.message = n.string(u"message").value_or(QString());
            n.finish();
            ind.notice = notice;
        }
        return ind;
    }

    Contraindication readContraindication(JsonObjectReader& r)
    {
        Contraindication ci;
        ci.code = readCode(r, u"code").value_or(QString());
        ci.name = r.string(u"name").value_or(QString());
        ci.effect = readEffect(r, u"effect").value_or(Effect::Blocks);
        ci.modalities = r.stringList(u"modalities", Need::Optional).value_or(QStringList());
        if (const auto o = r.object(u"modality_effects", Need::Optional)) {
            JsonObjectReader m(*o, r.pathOf(u"modality_effects"), m_ctx);
            for (const QString& modality : o->keys())
                if (const auto e = readEffect(m, modality))
                    ci.modalityEffects.insert(modality, *e);
            m.finish();
        }
        if (const auto scope = r.string(u"scope")) {
            if (*scope == u"any")
                ci.scope = Scope::Any;
            else if (*scope == u"treated_areas")
                ci.scope = Scope::TreatedAreas;
            else
                r.error(u"scope", tr("\"%1\" is not a scope (any or treated_areas)").arg(*scope));
        }
        ci.onlyWhenTreating = r.stringList(u"only_when_treating", Need::Optional).value_or(QStringList());
        ci.washoutDays = r.integer(u"washout_days", Need::Optional, 0, 3650);
        ci.oneOff = r.boolean(u"one_off", Need::Optional).value_or(false);
        ci.message = r.string(u"message").value_or(QString());
        return ci;
    }

    AgeRule readAgeRule(JsonObjectReader& r)
    {
        AgeRule a;
        a.code = readCode(r, u"code").value_or(QString());
        a.belowYears = r.integer(u"below_years", Need::Required, 1, 120).value_or(0);
        a.effect = readEffect(r, u"effect").value_or(Effect::Blocks);
        a.modalities = r.stringList(u"modalities", Need::Optional).value_or(QStringList());
        a.message = r.string(u"message").value_or(QString());
        return a;
    }

    // {"contraindications": [CODE, ...], "questions": [{"code", "text"}, ...]}: what check-in asks.
    // Read after the contraindications, which its codes must name.
    void readPreSessionScreen(JsonObjectReader& r)
    {
        const auto o = r.object(u"pre_session_screen", Need::Optional);
        if (!o)
            return;
        JsonObjectReader s(*o, r.pathOf(u"pre_session_screen"), m_ctx);
        PreSessionScreen& screen = c.preSessionScreen;
        screen.contraindications = s.stringList(u"contraindications").value_or(QStringList());
        // A contraindication whose code failed to read has its own problem: no reference is checked.
        const bool codesRead
            = std::ranges::none_of(c.contraindications, [](const Contraindication& ci) { return ci.code.isEmpty(); });
        for (qsizetype i = 0; i < screen.contraindications.size(); ++i) {
            const QString& code = screen.contraindications[i];
            const QString path = jsonPath(s.pathOf(u"contraindications"), i);
            if (!c.contraindication(code) && codesRead)
                m_ctx.add(path, tr("unknown contraindication \"%1\"").arg(code));
            else if (screen.contraindications.indexOf(code) < i)
                m_ctx.add(path, tr("\"%1\" is listed twice").arg(code));
        }
        forEachObject(s, u"questions", [&](JsonObjectReader& q) {
            screen.questions.append({readCode(q, u"code").value_or(QString()), q.string(u"text").value_or(QString())});
        });
        s.finish();
    }

    // Finding codes (contraindications, age rules, notices) share one namespace in a plan.
    void checkDuplicateFindingCodes()
    {
        QHash<QString, QString> owner;
        auto claim = [&](const QString& code, const QString& path) {
            if (code.isEmpty())
                return;
            const auto it = owner.constFind(code);
            if (it != owner.constEnd() && *it != path)
                m_ctx.add(path, tr("finding code \"%1\" is already used at %2").arg(code, *it));
            else
                owner.insert(code, path);
        };
        for (qsizetype i = 0; i < c.contraindications.size(); ++i)
            claim(c.contraindications[i].code, jsonPath(jsonPath(u"contraindications"_s, i), u"code"));
        for (qsizetype i = 0; i < c.ageRules.size(); ++i)
            claim(c.ageRules[i].code, jsonPath(jsonPath(u"age_rules"_s, i), u"code"));
        claim(c.offLabelIndication.code, u"off_label_indication.code"_s);
        for (qsizetype i = 0; i < c.indications.size(); ++i)
            if (c.indications[i].notice)
                claim(c.indications[i].notice->code, jsonPath(jsonPath(u"indications"_s, i), u"notice.code"));
        // A skin-type notice may reuse its code in another modality (one modality is planned at a time).
        QHash<QString, QString> noticeOwner;
        for (qsizetype m = 0; m < c.modalities.size(); ++m) {
            QSet<QString> inModality;
            const auto& notices = c.modalities[m].skinTypeNotices;
            for (qsizetype i = 0; i < notices.size(); ++i) {
                const QString path
                    = jsonPath(jsonPath(jsonPath(u"modalities"_s, m), u"skin_type_notices"), i) + u".code"_s;
                if (notices[i].code.isEmpty())
                    continue;
                if (inModality.contains(notices[i].code))
                    m_ctx.add(path, tr("duplicate code \"%1\"").arg(notices[i].code));
                inModality.insert(notices[i].code);
                if (const auto it = owner.constFind(notices[i].code); it != owner.constEnd())
                    m_ctx.add(path, tr("finding code \"%1\" is already used at %2").arg(notices[i].code, *it));
            }
        }
    }

    void checkModalityRefs(const QStringList& codes, const QString& path)
    {
        for (qsizetype i = 0; i < codes.size(); ++i)
            if (!c.modality(codes[i]))
                m_ctx.add(jsonPath(path, i), tr("unknown modality \"%1\"").arg(codes[i]));
    }

    void checkAreaRefs(const QStringList& codes, const QString& path)
    {
        for (qsizetype i = 0; i < codes.size(); ++i)
            if (!c.area(codes[i]))
                m_ctx.add(jsonPath(path, i), tr("unknown area \"%1\"").arg(codes[i]));
    }

    void checkReferences()
    {
        for (qsizetype i = 0; i < c.indications.size(); ++i) {
            const Indication& ind = c.indications[i];
            const QString path = jsonPath(u"indications"_s, i);
            checkModalityRefs(ind.modalities, jsonPath(path, u"modalities"));
            for (auto it = ind.depths.cbegin(); it != ind.depths.cend(); ++it) {
                const Area* a = c.area(it.key());
                const QString depthPath = jsonPath(jsonPath(path, u"depth_mm"), it.key());
                if (!a)
                    m_ctx.add(depthPath, tr("unknown area \"%1\"").arg(it.key()));
                else if (!m_areasWithoutLimit.contains(a->code) && it->maxMm > a->maxDepthMm)
                    m_ctx.add(depthPath,
                        tr("%1 mm is deeper than the area's hard limit (%2 mm)").arg(it->maxMm).arg(a->maxDepthMm));
            }
            if (!ind.sessions)
                continue;
            for (const QString& code : ind.modalities) {
                const Modality* m = c.modality(code);
                if (!m)
                    continue;
                for (int s = 0; s < SeverityCount; ++s) {
                    const int n = (*ind.sessions)[static_cast<std::size_t>(s)];
                    if (n < m->minSessions || n > m->maxSessions)
                        m_ctx.add(jsonPath(jsonPath(path, u"sessions"), severityCode(static_cast<Severity>(s))),
                            tr("%1 sessions is outside %2's bounds (%3-%4)")
                                .arg(n)
                                .arg(code)
                                .arg(m->minSessions)
                                .arg(m->maxSessions));
                }
            }
        }
        for (qsizetype i = 0; i < c.contraindications.size(); ++i) {
            const Contraindication& ci = c.contraindications[i];
            const QString path = jsonPath(u"contraindications"_s, i);
            checkModalityRefs(ci.modalities, jsonPath(path, u"modalities"));
            for (auto it = ci.modalityEffects.cbegin(); it != ci.modalityEffects.cend(); ++it)
                if (!c.modality(it.key()))
                    m_ctx.add(jsonPath(jsonPath(path, u"modality_effects"), it.key()),
                        tr("unknown modality \"%1\"").arg(it.key()));
            checkAreaRefs(ci.onlyWhenTreating, jsonPath(path, u"only_when_treating"));
        }
        for (qsizetype i = 0; i < c.ageRules.size(); ++i)
            checkModalityRefs(c.ageRules[i].modalities, jsonPath(jsonPath(u"age_rules"_s, i), u"modalities"));
    }

    const QString Days = tr(" days");
    const QString Mm = tr(" mm");
    JsonContext& m_ctx;
    Catalogue c;
    QSet<QString> m_areasWithoutLimit; // their hard limit failed to read: nothing to compare with
};

} // namespace

std::expected<Catalogue, Problems> parseCatalogue(const QByteArray& json, const QString& fileName)
{
    JsonContext ctx {fileName, {}};
    const auto root = parseJsonObject(json, ctx);
    if (!root)
        return std::unexpected(ctx.problems);
    Catalogue catalogue = CatalogueParser(ctx).parse(*root);
    if (!ctx.ok())
        return std::unexpected(ctx.problems);
    return catalogue;
}

std::expected<Catalogue, Problems> loadCatalogueFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return std::unexpected(Problems {{path, QString(),
            QCoreApplication::translate("CatalogueParser", "cannot read the file: %1").arg(file.errorString())}});
    }
    return parseCatalogue(file.readAll(), path);
}

QString builtInCataloguePath()
{
    return u":/protocols/microneedling.json"_s;
}

std::expected<Catalogue, Problems> loadBuiltInCatalogue()
{
    return loadCatalogueFile(builtInCataloguePath());
}

} // namespace np
