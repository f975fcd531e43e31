#pragma once

#include "Codes.h"

#include <QList>
#include <QMap>
#include <QString>

#include <array>
#include <cstdint>
#include <optional>

namespace np {

// The protocol catalogue: every clinical number Needlepoint plans with. Loaded from JSON
// (resources/protocols/microneedling.json or a clinic's own file); see docs/protocol-format.md.

struct DepthRange {
    double minMm = 0;
    double maxMm = 0;
    friend bool operator==(const DepthRange&, const DepthRange&) = default;
};

struct DayRange {
    int min = 0;
    int max = 0;
};

struct Area {
    QString code;
    QString name;
    QString region; // "face", "neck" or "body"
    DepthRange depth; // the usual working range
    double maxDepthMm = 0; // hard limit: never deeper
    QString notes; // hard limits in words ("never inside the orbital rim")
};

struct SkinTypeNotice {
    QString code;
    int fitzpatrickMin = 1;
    int fitzpatrickMax = 6;
    Effect effect = Effect::Advice;
    QString message;
};

struct Modality {
    QString code;
    QString name;
    QString deviceKind;
    int intervalMin = 0; // days between sessions touching the same area: never fewer
    int intervalTarget = 0;
    int intervalMax = 0;
    std::array<int, SeverityCount> sessions {}; // by Severity
    int minSessions = 0; // bounds for an explicit session count
    int maxSessions = 0;
    DayRange eventWindow; // last session this many days before an event
    int numbingMinutes = 0;
    int treatmentMinutesPerArea = 0;
    std::optional<double> depthReviewAboveMm; // deeper needs a clinician's recorded reason
    QList<SkinTypeNotice> skinTypeNotices;

    [[nodiscard]] int sessionsFor(Severity s) const { return sessions[static_cast<std::size_t>(s)]; }
};

struct IndicationNotice {
    QString code;
    Effect effect = Effect::Advice;
    QString message;
};

struct Indication {
    QString code;
    QString name;
    QStringList modalities; // suitable modality codes
    std::optional<std::array<int, SeverityCount>> sessions; // overrides the modality's counts
    QMap<QString, DepthRange> depths; // by area code
    std::optional<IndicationNotice> notice;
};

enum class Scope { Any, TreatedAreas };

struct Contraindication {
    QString code;
    QString name;
    Effect effect = Effect::Blocks;
    QStringList modalities; // empty: every modality
    QMap<QString, Effect> modalityEffects; // per-modality effect overriding `effect`
    Scope scope = Scope::Any;
    QStringList onlyWhenTreating; // empty: whatever is treated
    std::optional<int> washoutDays; // after the finding ends
    bool oneOff = false; // an event: with no end date it ends on `since`
    QString message;

    [[nodiscard]] bool appliesTo(const QString& modality) const
    {
        return modalities.isEmpty() || modalities.contains(modality);
    }
    [[nodiscard]] Effect effectFor(const QString& modality) const { return modalityEffects.value(modality, effect); }
};

struct AgeRule {
    QString code;
    int belowYears = 0;
    Effect effect = Effect::Blocks;
    QStringList modalities; // empty: every modality
    QString message;
};

struct RuleText {
    QString code;
    Effect effect = Effect::Review;
    QString message;
};

// A free question of the pre-session re-screen, answered with text ("Any new medication?").
struct ScreenQuestion {
    QString code;
    QString text;
};

// What check-in asks before a session: yes/no for these contraindications, text for the questions.
struct PreSessionScreen {
    QStringList contraindications; // catalogue contraindication codes, in asking order
    QList<ScreenQuestion> questions;
};

class Catalogue {
public:
    static constexpr int MaxAreas = 64; // areas are handled as a 64-bit set while planning

    QString name;
    QString version;
    int seriesMinSessions = 3;
    int seriesMaxSessions = 6;
    int reviewFromMonths = 3;
    int reviewToMonths = 6;
    int maintenanceMonths = 12;
    RuleText offLabelIndication;
    QList<Area> areas;
    QList<Modality> modalities;
    QList<Indication> indications;
    QList<Contraindication> contraindications;
    QList<AgeRule> ageRules;
    PreSessionScreen preSessionScreen; // empty when the file has none

    [[nodiscard]] const Area* area(QStringView code) const;
    [[nodiscard]] int areaIndex(QStringView code) const; // -1 when unknown
    [[nodiscard]] const Modality* modality(QStringView code) const;
    [[nodiscard]] const Indication* indication(QStringView code) const;
    [[nodiscard]] const Contraindication* contraindication(QStringView code) const;

    // Bit i set for areas[i]; unknown codes are ignored (validate before).
    [[nodiscard]] std::uint64_t areaMask(const QStringList& codes) const;

    // The number of sessions a plan gets by default for this severity.
    [[nodiscard]] int defaultSessions(const Modality& m, const Indication& i, Severity s) const;
    // The usual depth for an area under an indication (the indication's own range, else the area's).
    [[nodiscard]] DepthRange depthFor(const Indication& i, const Area& a) const;
};

} // namespace np
