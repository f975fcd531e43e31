#pragma once

#include "core/Catalogue.h"
#include "core/ClinicSetup.h"
#include "core/Problem.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <expected>

namespace np::app {

// A clinic's set-up as the set-up pages hold it (the first-run wizard, Settings > Clinic): plain
// texts, as typed. It becomes a set-up file (docs/clinic-format.md) that core's parseClinicSetup
// checks exactly as `needlepoint-cli clinic load` does; its problems come back to the page and row
// they concern.
//
// A row's `key` is its code in the set-up (the stable name appointments point at), kept when it is
// renamed; a row added on a page has a new key (isNewKey) and gets a code made from its name.
struct ClinicDraft {
    QString name, address, phone, afterHoursPhone, email, website, timeZone;
    QString language; // of the clinic's documents ("es"); empty: English
    // Monday first: each day's ranges as typed ("09:00-13:00, 14:00-18:00"); empty: closed.
    std::array<QString, 7> hours;
    struct Practitioner {
        QString name, role;
        QString modalities; // catalogue modality codes joined by commas; empty: every one
        QString key;
    };
    QList<Practitioner> practitioners;
    struct Room {
        QString name, key;
    };
    QList<Room> rooms;
    struct Device {
        QString name, kind, serial;
        QString room; // the key of one of `rooms`; empty: mobile
        QString key;
    };
    QList<Device> devices;
    struct Closure {
        QString from, to, reason; // ISO dates
    };
    QList<Closure> closures;
    // The set-up file the draft was read from: what the pages do not edit (the logo, yearly
    // holidays, the scheduling grid, a practitioner's own hours and time off) is kept from it.
    QJsonObject base;
};

// Whether a row's key was made for a row added on a page (it has no code in the set-up yet).
[[nodiscard]] bool isNewKey(const QString& key);
// A key for a row added on a page, not a code: unique among those made so far.
[[nodiscard]] QString newKey();

// The draft of a set-up file that parseClinicSetup accepted (a stored set-up through
// clinicSetupToJson, or a clinic's file). A practitioner giving every modality of `allModalities`
// has none listed.
[[nodiscard]] ClinicDraft clinicDraftFromJson(const QJsonObject& setup, const QStringList& allModalities);

// The JSON keys of the weekdays, Monday first ("monday").
[[nodiscard]] QStringList weekdayKeys();

// A day's ranges as typed, split at commas, semicolons and spaces ("09:00-13:00, 14:00-18:00").
[[nodiscard]] QStringList rangesFromText(const QString& text);

// A stable code for `name` ("Treatment Room 1" -> "treatment-room-1": lower-case letters, digits
// and hyphens, accents dropped), unique among `taken` (a number added), `fallback` when the name
// has no letter or digit.
[[nodiscard]] QString codeFor(const QString& name, const QStringList& taken, const QString& fallback);

// The set-up file for `draft`. Every modality of `allModalities` for a practitioner without one.
[[nodiscard]] QJsonObject clinicDraftToJson(const ClinicDraft& draft, const QStringList& allModalities);

// The codes of the catalogue's modalities, in its order (what "every treatment" means to a draft).
[[nodiscard]] QStringList modalityCodes(const Catalogue& catalogue);

// The draft as the clinic's set-up, checked against `catalogue` exactly as `clinic load` checks a
// file; every problem otherwise, for the pages to show at their fields and rows.
[[nodiscard]] std::expected<ClinicSetup, Problems> parseClinicDraft(
    const ClinicDraft& draft, const Catalogue& catalogue);

// Whether `problem` is about the set-up file's `key` or something in it ("practitioners",
// "practitioners[1].name", "clinic.phone" under "clinic"; not "clinical").
[[nodiscard]] bool isUnder(const Problem& problem, const QString& key);
// The problems of `problems` under one of `keys` ("clinic", "opening_hours"): those a page shows.
[[nodiscard]] Problems problemsUnder(const Problems& problems, const QStringList& keys);

// The row a table's problem concerns: 1 for "practitioners[0].name" under "practitioners"; 0 when
// the path is not of a row of that list (the list itself: "practitioners").
[[nodiscard]] int problemRow(const QString& path, const QString& list);

} // namespace np::app
