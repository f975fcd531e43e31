#pragma once

#include "Template.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

// The clinical text printed on the care sheets and the consent form, as data
// (resources/care/care-instructions.json, format in docs/printing.md): which line applies to which
// modality, which pre-care step to which finding and how many days before the appointment.
namespace np::print {

// One text in every language of the file.
struct LocalText {
    QMap<QString, QString> byLanguage;
    [[nodiscard]] QString in(const QString& language) const { return byLanguage.value(language); }
};

// How one language writes dates and times (QLocale formats: "dddd d MMMM yyyy", "HH:mm").
struct LanguageFormats {
    QString longDate;
    QString shortDate;
    QString time;
};

struct CareLine {
    QString code;
    LocalText text; // pre-care: "{date}" stands for the step's date
    QStringList modalities; // catalogue codes; empty: every modality
    QString finding; // pre-care: printed only for a patient with this finding code; empty: always
    int daysBefore = 0; // pre-care: the step's date is the appointment's date minus this

    [[nodiscard]] bool appliesTo(const QString& modality) const
    {
        return modalities.isEmpty() || modalities.contains(modality);
    }
};

struct CareStage {
    QString code;
    LocalText title;
    QList<CareLine> lines;
};

struct CareInstructions {
    QString version; // printed on the documents and recorded with what was given
    QMap<QString, LanguageFormats> languages; // "en" is always there
    QList<CareStage> postCare; // day 0, days 1-3, the first week, the first two weeks
    QList<CareLine> normal; // what is normal after a session
    QList<CareLine> callClinic; // when to call the clinic
    QList<CareLine> preCare; // by daysBefore, largest first
    QList<CareLine> consentRisks;
    QMap<QString, LocalText> modalityNames; // by catalogue code; optional "names" in the file
    QMap<QString, LocalText> areaNames;
    QMap<QString, LocalText> indicationNames; // as a series is called: "acne scars" ("the acne scars series")
    QMap<QString, LocalText> findingNames; // contraindications, as the front desk says them

    // The language a document is printed in: `wanted` ("es", "es-MX", "ES") when the file has it,
    // else English.
    [[nodiscard]] QString chooseLanguage(const QString& wanted) const;
    // The catalogue's name of a modality or of areas as `language` prints them; `fallback` (the
    // catalogue's own names) where the file has none.
    [[nodiscard]] QString modalityName(const QString& code, const QString& language, const QString& fallback) const;
    [[nodiscard]] QString indicationName(const QString& code, const QString& language, const QString& fallback) const;
    [[nodiscard]] QString findingName(const QString& code, const QString& language, const QString& fallback) const;
    [[nodiscard]] QStringList areaNamesIn(
        const QStringList& codes, const QString& language, const QStringList& fallback) const;
    // The date as `language` writes it, long ("Thursday 4 March 2027") or short.
    [[nodiscard]] QString longDate(const QDate& date, const QString& language) const;
    [[nodiscard]] QString shortDate(const QDate& date, const QString& language) const;
    [[nodiscard]] QString time(const QTime& time, const QString& language) const;
};

// Reads the file strictly: unknown and repeated keys, a text missing a language, a pre-care text
// with a token other than {date}; every problem named with file and JSON path, the file refused
// whole.
[[nodiscard]] Result<CareInstructions> parseCareInstructions(const QByteArray& json, const QString& fileName);
// The file's problems name their line as well as their JSON path ("line 12: post_care[2]...").
[[nodiscard]] Result<CareInstructions> loadCareInstructionsFile(const QString& path);
// "care-instructions.json": the built-in file's name, and the name a clinic's own copy has in its
// templates folder (loadDocumentResources reads it from there instead).
inline constexpr char16_t CareInstructionsFileName[] = u"care-instructions.json";
[[nodiscard]] Result<CareInstructions> loadBuiltInCareInstructions(); // :/care/care-instructions.json

} // namespace np::print
